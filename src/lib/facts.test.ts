// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOTLINES, LAWS, PLATFORM_MIN_AGE, REPORTING } from './facts';

// Pinned to shared/facts/vietnam-online-child-safety.md. If this fails, a fact changed:
// check the source before changing the expectation.
describe('facts', () => {
	it('hotlines', () => {
		expect(HOTLINES.childProtection.number).toBe('111');
		expect(HOTLINES.childProtection.tel).toBe('tel:111');
		expect(HOTLINES.childProtection.free).toBe(true);
		expect(HOTLINES.childProtection.hours).toBe('24/7');
		expect(HOTLINES.childProtection.counselling).toEqual(['tâm lý', 'pháp luật', 'chính sách']);
		expect(HOTLINES.childProtection.crisisSupport).toBe(true);
		expect(HOTLINES.police.number).toBe('113');
		expect(HOTLINES.fire.number).toBe('114');
		expect(HOTLINES.ambulance.number).toBe('115');
	});
	it('laws', () => {
		expect(LAWS.childrenLaw).toMatchObject({
			title: 'Luật Trẻ em',
			number: '102/2016/QH13',
			passed: '05/04/2016',
			inForce: '01/06/2017',
			childUnderAge: 16
		});
		expect(LAWS.decree56.number).toBe('56/2017/NĐ-CP');
		expect(LAWS.decree147).toMatchObject({ number: '147/2024/NĐ-CP', inForce: '25/12/2024' });
		expect(LAWS.personalData).toMatchObject({ number: '91/2025/QH15', inForce: '01/01/2026' });
		expect(LAWS.decision830.number).toBe('830/QĐ-TTg');
		expect(LAWS.penalCode.articles.map((a) => a.article)).toEqual([142, 144, 145, 146, 147]);
		expect(LAWS.penalCode.articles[0].title).toBe('Tội hiếp dâm người dưới 16 tuổi');
		expect(LAWS.penalCode.articles[3].title).toBe('Tội dâm ô đối với người dưới 16 tuổi');
		expect(LAWS.penalCode.articles[4].title).toBe(
			'Tội sử dụng người dưới 16 tuổi vào mục đích khiêu dâm'
		);
	});
	it('reporting and platforms', () => {
		expect(REPORTING.takeItDown.maxAgeAtImage).toBe(18);
		expect(REPORTING.stopNcii.minAge).toBe(18);
		expect(REPORTING.vneidSection).toBe('Kiến nghị, phản ánh về an ninh, trật tự');
		expect(PLATFORM_MIN_AGE).toBe(13);
	});
});

// Added 2026-12-01 (secondary bands and adult guides): pinned to the facts file's section
// "Added 2026-12-01" and, for the campaign, "Prevention messages".
import { FACTS_SECONDARY as S } from './facts';

describe('facts added 2026-12-01 (secondary)', () => {
	it('reporting duty and emergency measures (Decree 56/2017 Art. 25, 26(3), 31)', () => {
		expect(S.reportingDuty).toMatchObject({ decree: '56/2017/NĐ-CP', article: 25, clause: 1 });
		expect(S.reportingDuty.reportTo).toEqual(['111', 'công an', 'Ủy ban nhân dân cấp xã']);
		expect(S.reportingDuty.emergencyWithinHours).toBe(12);
		expect(S.reportingDuty.emergencyArticles).toEqual(['26(3)', '31']);
	});
	it('ages 16-17: minors under 18, Penal Code 141 and 143', () => {
		expect(S.civilCode).toMatchObject({
			title: 'Bộ luật Dân sự 2015',
			article: 21,
			minorUnderAge: 18
		});
		expect(S.penalCodeUnder18.map((a) => [a.article, a.under16Article])).toEqual([
			[141, 142],
			[143, 144]
		]);
		expect(S.penalCodeUnder18.every((a) => a.victimUnderAge === 18)).toBe(true);
	});
	it('the campaign "Không một mình" was started by Liên minh Niềm Tin Số, with A05 coordinating', () => {
		expect(S.campaignNotAlone).toMatchObject({
			name: 'Không một mình',
			startedBy: 'Liên minh Niềm Tin Số',
			coordinatedWith: 'A05',
			from: '06/10/2025',
			to: '30/11/2025'
		});
		expect(S.campaignNotAlone.patrons).toEqual([
			'UNODC',
			'UNICEF',
			'Bộ Giáo dục và Đào tạo',
			'Bộ Y tế'
		]);
	});
	it('online kidnapping: the fake-police script and what real police do not do', () => {
		expect(S.onlineKidnapping.warningDate).toBe('12/08/2025');
		expect(S.onlineKidnapping.posesAs).toEqual(['công an', 'viện kiểm sát', 'tòa án']);
		expect(S.onlineKidnapping.police).toEqual({
			worksByPhoneOrVideoCall: false,
			asksMoneyForInvestigation: false,
			asksToGoSomewhereAlone: false,
			summonsInPerson: true
		});
		expect(S.onlineKidnapping.a05).toEqual({
			year: 2025,
			casesOver: 50,
			victimsMostlyAged: '18-22',
			femalePercent: 90
		});
	});
	it('altered images and platform features', () => {
		expect(S.alteredImages.reportTo).toEqual(['công an', 'VNeID']);
		expect(S.platforms.messenger).toEqual({
			vanishModeSupported: false,
			disappearingCanBeScreenshotted: true,
			reportHoursAfterDisappearing: 6
		});
		expect(S.platforms.instagram).toMatchObject({ minAge: 13, privateByDefaultUnder: 16 });
		expect(S.platforms.instagram.chatMediaModes).toEqual([
			'View Once',
			'Allow Replay',
			'Keep in Chat'
		]);
		expect(S.platforms.facebookTeen.quietHours).toBe('22:00-07:00');
		expect(S.platforms.zalo.settings).toEqual([
			'Hiện ngày sinh',
			'Cho phép nhắn tin',
			'Cho phép gọi điện',
			'Cho phép xem và bình luận',
			'Nguồn tìm kiếm và kết bạn'
		]);
		expect(S.platforms.zalo.strangersOffNhatKySince).toBe('01/08/2022');
		expect(S.platforms.instagram.teenAccountsFrom).toBe('09/2024');
		expect(S.platforms.tiktokLive).toEqual({ giftsMinAge: 18, coinsMinAge: 18, hostMinAge: 18 });
	});
	it('places: Thừa Thiên Huế is Thành phố Huế since 01/01/2025', () => {
		expect(S.places.hue).toEqual({
			formerProvince: 'Thừa Thiên Huế',
			name: 'Thành phố Huế',
			since: '01/01/2025',
			resolution: '175/2024/QH15'
		});
	});
});
