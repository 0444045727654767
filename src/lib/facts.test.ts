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
