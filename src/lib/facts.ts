// The one place for checked facts: phone numbers, laws, platform rules.
// Source: shared/facts/vietnam-online-child-safety.md (checked 2026-11-28).
// facts.test.ts pins every value; change both only when the source changes.

export const HOTLINES = {
	childProtection: {
		number: '111',
		tel: 'tel:111',
		free: true,
		hours: '24/7',
		website: 'tongdai111.vn',
		/** Free counselling (Decree 56/2017 Art. 22; tongdai111.vn): psychology, law, policy. */
		counselling: ['tâm lý', 'pháp luật', 'chính sách'],
		/** tongdai111.vn: its psychological counselling includes children in severe crisis. */
		crisisSupport: true
	},
	police: { number: '113', tel: 'tel:113' },
	fire: { number: '114', tel: 'tel:114' },
	ambulance: { number: '115', tel: 'tel:115' }
} as const;

export const REPORTING = {
	/** Online abuse reported to 111 is passed on to A05 (Ministry of Public Security) and local police. */
	cyberPoliceUnit: 'A05',
	vneidSection: 'Kiến nghị, phản ánh về an ninh, trật tự',
	takeItDown: {
		name: 'Take It Down',
		by: 'NCMEC',
		/** Only for images taken when the person was under 18. */
		maxAgeAtImage: 18,
		hasVietnamese: true,
		reachesEncryptedChats: false
	},
	stopNcii: { name: 'StopNCII.org', minAge: 18 }
} as const;

export const LAWS = {
	childrenLaw: {
		title: 'Luật Trẻ em',
		number: '102/2016/QH13',
		passed: '05/04/2016',
		inForce: '01/06/2017',
		/** Art. 1: a child is a person under 16. */
		childUnderAge: 16,
		articles: { definitionSexualAbuse: '4(8)', privacy: 21, online: 54 }
	},
	decree56: { number: '56/2017/NĐ-CP', hotlineArticles: [22, 23] },
	decree147: {
		number: '147/2024/NĐ-CP',
		inForce: '25/12/2024',
		/** Accounts of children under 16 are registered with a parent's details and supervised. */
		supervisedUnderAge: 16
	},
	personalData: { number: '91/2025/QH15', inForce: '01/01/2026', article: 24 },
	/** Consent of the child is also needed to publish a child's information from this age. */
	childConsentFromAge: 7,
	decision830: {
		number: '830/QĐ-TTg',
		date: '01/06/2021',
		title:
			'Bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng giai đoạn 2021-2025'
	},
	penalCode: {
		title: 'Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017)',
		articles: [
			{ article: 142, title: 'Tội hiếp dâm người dưới 16 tuổi' },
			{ article: 144, title: 'Tội cưỡng dâm người từ đủ 13 tuổi đến dưới 16 tuổi' },
			{
				article: 145,
				title:
					'Tội giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người từ đủ 13 tuổi đến dưới 16 tuổi'
			},
			{ article: 146, title: 'Tội dâm ô đối với người dưới 16 tuổi' },
			{ article: 147, title: 'Tội sử dụng người dưới 16 tuổi vào mục đích khiêu dâm' }
		]
	}
} as const;

export const PLATFORM_MIN_AGE = 13;

export const SCHOOL_LEVELS = {
	primary: { name: 'Tiểu học', grades: '1-5', ages: '6-10' },
	lowerSecondary: { name: 'THCS', grades: '6-9', ages: '11-14' },
	upperSecondary: { name: 'THPT', grades: '10-12', ages: '15-17' }
} as const;

// --- Added 2026-12-01: facts the secondary bands (11-14, 15-17) and the adult guides state. ---
// Source: the facts file's section "Added 2026-12-01" (and, for the campaign, its section
// "Prevention messages"). Rows marked CHECK there are left out on purpose: the ministry that
// runs 111, anonymity on 111, whether Take It Down covers AI-made images, whether making an AI
// nude of a minor is a named crime, Facebook's exact "Review tags" path, Zalo's exact
// phone-search label. facts.test.ts pins every value below.
export const FACTS_SECONDARY = {
	/** Decree 56/2017 Art. 25(1): whoever learns of abuse, or a risk of it, reports at once. */
	reportingDuty: {
		decree: '56/2017/NĐ-CP',
		article: 25,
		clause: 1,
		// The decree also names the social-affairs authority; content leaves it out because
		// which ministry holds that role changed in 2025 (CHECK in the facts file).
		reportTo: ['111', 'công an', 'Ủy ban nhân dân cấp xã'],
		/** Art. 26(3) and Art. 31: emergency protection within 12 hours of the information. */
		emergencyArticles: ['26(3)', '31'],
		emergencyWithinHours: 12
	},
	/** Bộ luật Dân sự 2015 Art. 21(1): a minor (người chưa thành niên) is under 18. */
	civilCode: { title: 'Bộ luật Dân sự 2015', article: 21, clause: 1, minorUnderAge: 18 },
	/** Bộ Công an (dantri.com.vn 02/10/2025): articles for victims under 18, and their under-16 twins. */
	penalCodeUnder18: [
		{ article: 141, crime: 'hiếp dâm', victimUnderAge: 18, under16Article: 142 },
		{ article: 143, crime: 'cưỡng dâm', victimUnderAge: 18, under16Article: 144 }
	],
	/** The campaign: started by Liên minh Niềm Tin Số, not by A05 (A05 coordinated). */
	campaignNotAlone: {
		name: 'Không một mình',
		startedBy: 'Liên minh Niềm Tin Số',
		patrons: ['UNODC', 'UNICEF', 'Bộ Giáo dục và Đào tạo', 'Bộ Y tế'],
		coordinatedWith: 'A05',
		from: '06/10/2025',
		to: '30/11/2025'
	},
	/** "Bắt cóc online": the fake-police script (MOET warning of 12/08/2025) and police advice. */
	onlineKidnapping: {
		warningDate: '12/08/2025',
		posesAs: ['công an', 'viện kiểm sát', 'tòa án'],
		inventedCharges: ['ma túy', 'rửa tiền', 'lệnh bắt'],
		demands: ['giữ bí mật', 'ở một mình trong nhà nghỉ hay khách sạn', 'cắt liên lạc với gia đình'],
		/** Sometimes the victim is pressed to send sensitive pictures or clips as a "hostage". */
		sensitiveImagesAsHostage: true,
		police: {
			worksByPhoneOrVideoCall: false,
			asksMoneyForInvestigation: false,
			asksToGoSomewhereAlone: false,
			/** They send an invitation or summons directly or through local police. */
			summonsInPerson: true
		},
		/** A05, Nov 2025: more than 50 cases since the start of 2025, victims mostly 18-22, 90% female. */
		a05: { year: 2025, casesOver: 50, victimsMostlyAged: '18-22', femalePercent: 90 }
	},
	alteredImages: {
		/** Police: AI "deepfake" puts a victim's face into sensitive pictures to extort; don't pay, report. */
		deepfakeExtortion: true,
		reportTo: ['công an', 'VNeID'],
		/** NCMEC: generative AI ("nudify" apps) makes nude images of children; making or sharing them has serious legal consequences. */
		ncmecLegalConsequences: true,
		/** Take It Down FAQ: never download or share a nude image in order to submit it. */
		takeItDownNoDownloadToSubmit: true
	},
	platforms: {
		messenger: {
			vanishModeSupported: false,
			/** Disappearing messages can be screenshotted; a chat can be reported up to 6 hours after. */
			disappearingCanBeScreenshotted: true,
			reportHoursAfterDisappearing: 6
		},
		instagram: {
			minAge: 13,
			privateByDefaultUnder: 16,
			/** Ages 13-15 need a parent to loosen Teen Account settings. */
			parentToLoosenUnder: 16,
			teenAccountsFrom: '09/2024',
			chatMediaModes: ['View Once', 'Allow Replay', 'Keep in Chat']
		},
		facebookTeen: { from: '09/2025', tagReview: true, quietHours: '22:00-07:00' },
		zalo: {
			privacyPath: 'Cá nhân → Quyền riêng tư',
			settings: [
				'Hiện ngày sinh',
				'Cho phép nhắn tin',
				'Cho phép gọi điện',
				'Cho phép xem và bình luận',
				'Nguồn tìm kiếm và kết bạn'
			],
			/** Since this date strangers cannot view or comment on your Nhật ký. */
			strangersOffNhatKySince: '01/08/2022'
		},
		/** TikTok 13-15: others cannot Duet, Stitch or download their videos. */
		tiktokUnder16NoDuetStitchDownload: true,
		/** TikTok LIVE: 18+ to receive Gifts, to buy or use Coins, and to host (press, since 23/11/2022). */
		tiktokLive: { giftsMinAge: 18, coinsMinAge: 18, hostMinAge: 18 }
	},
	places: {
		hue: {
			formerProvince: 'Thừa Thiên Huế',
			name: 'Thành phố Huế',
			since: '01/01/2025',
			resolution: '175/2024/QH15'
		}
	}
} as const;
