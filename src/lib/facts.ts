// The one place for checked facts: phone numbers, laws, platform rules.
// Source: shared/facts/vietnam-online-child-safety.md (checked 2026-11-28).
// facts.test.ts pins every value; change both only when the source changes.

export const HOTLINES = {
	childProtection: {
		number: '111',
		tel: 'tel:111',
		free: true,
		hours: '24/7',
		website: 'tongdai111.vn'
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

export const CAMPAIGN_NOT_ALONE = { name: 'Không một mình', by: 'A05', date: '10/2025' } as const;
