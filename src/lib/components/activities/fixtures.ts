// Small activities for the component tests, shaped like the compiler's output.
import type {
	ChatActivity,
	ChoiceActivity,
	RedflagActivity,
	Rich,
	SettingsActivity,
	SortActivity
} from '$lib/content/types';

/** Plain text as the compiler would render it. */
function rich(text: string): Rich {
	const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return { html: `<p>${html}</p>`, text };
}

export const choice: ChoiceActivity = {
	id: 'a1',
	type: 'choice',
	line: 10,
	prompt: rich('Một người trên mạng xin ảnh em mặc đồ bơi. Em làm gì?'),
	multiple: false,
	options: [
		{
			id: 'o1',
			label: rich('Gửi ảnh, vì người đó khen em đẹp.'),
			correct: false,
			feedback: rich('Lời khen không phải là lý do để gửi ảnh. Em không có lỗi gì cả.')
		},
		{
			id: 'o2',
			label: rich('Không gửi, và kể ngay với bố mẹ.'),
			correct: true,
			feedback: rich('Em đã bảo vệ mình. Kể với người lớn là việc làm dũng cảm.')
		},
		{
			id: 'o3',
			label: rich('Gửi ảnh rồi xoá tin nhắn đi.'),
			correct: false,
			feedback: rich('Chưa đúng. Ảnh đã gửi đi thì người kia vẫn giữ được.')
		}
	]
};

export const choiceMultiple: ChoiceActivity = {
	id: 'a2',
	type: 'choice',
	line: 20,
	prompt: rich('Ai là người lớn em tin cậy để kể chuyện trên mạng?'),
	multiple: true,
	options: [
		{ id: 'm1', label: rich('Mẹ'), correct: true, feedback: rich('Mẹ luôn muốn bảo vệ em.') },
		{
			id: 'm2',
			label: rich('Người bạn mới quen trong trò chơi'),
			correct: false,
			feedback: rich('Em chưa biết người này ngoài đời.')
		},
		{
			id: 'm3',
			label: rich('Cô giáo chủ nhiệm'),
			correct: true,
			feedback: rich('Thầy cô có thể giúp em.')
		}
	]
};

export const chat: ChatActivity = {
	id: 'a3',
	type: 'chat',
	line: 30,
	platform: 'messenger',
	contact: 'Anh Tuấn',
	prompt: rich('Em nhận được tin nhắn từ một người em chưa gặp bao giờ. Hãy chọn câu trả lời.'),
	start: 'bat-dau',
	nodes: {
		'bat-dau': {
			id: 'bat-dau',
			messages: [
				{ from: 'Tuấn', mine: false, text: 'Chào em! Anh thấy em vẽ đẹp quá.' },
				{ from: 'Tuấn', mine: false, text: 'Em học trường nào thế?' }
			],
			replies: [
				{
					id: 'r1',
					text: 'Em học trường Tiểu học Kim Đồng ạ.',
					safe: false,
					next: 'noi-truong'
				},
				{
					id: 'r2',
					text: 'Em không nói chuyện với người em không quen.',
					safe: true,
					next: 'tu-choi',
					feedback: rich('Giỏi lắm! Tên trường là thông tin riêng.')
				}
			]
		},
		'noi-truong': {
			id: 'noi-truong',
			messages: [
				{
					from: 'Tuấn',
					mine: false,
					text: 'Vậy mai anh đến cổng trường đón em nhé, đừng nói với ai.'
				}
			],
			replies: [],
			goto: 'ket-chua-an-toan'
		},
		'tu-choi': {
			id: 'tu-choi',
			messages: [
				{ from: 'Tuấn', mine: false, text: 'Anh chỉ muốn làm quen thôi mà.' },
				{ from: 'me', mine: true, text: 'Em sẽ hỏi mẹ đã.' }
			],
			replies: [],
			end: {
				safe: true,
				feedback: rich('Em đã không cho người lạ biết trường của mình và hỏi ý người lớn. Rất tốt!')
			}
		},
		'ket-chua-an-toan': {
			id: 'ket-chua-an-toan',
			messages: [],
			replies: [],
			end: {
				safe: false,
				feedback: rich(
					'Người lạ hẹn gặp và dặn giữ bí mật là dấu hiệu nguy hiểm. Em không có lỗi. Hãy chặn, kể với bố mẹ hoặc gọi 111.'
				)
			}
		}
	}
};

export const redflag: RedflagActivity = {
	id: 'a4',
	type: 'redflag',
	line: 40,
	platform: 'zalo',
	prompt: rich('Đọc tin nhắn Lan nhận được. Chạm vào những tin nhắn là dấu hiệu đáng lo.'),
	items: [
		{
			id: 'i1',
			from: 'Khoa',
			mine: false,
			text: 'Chào Lan, mình là bạn cùng nhóm vẽ nè.',
			flag: false,
			why: rich('Lời chào bình thường, chưa có gì đáng lo.')
		},
		{
			id: 'i2',
			from: 'Khoa',
			mine: false,
			text: 'Lan xinh nhất nhóm, mình tặng Lan thẻ nạp game nhé.',
			flag: true,
			why: rich('Khen quá mức và tặng quà là cách kẻ xấu làm em thấy mang ơn.')
		},
		{
			id: 'i3',
			from: 'Khoa',
			mine: false,
			text: 'Chuyện này bí mật của hai đứa mình thôi nha.',
			flag: true,
			why: rich('Người tốt không bắt em giấu bố mẹ. Đây là dấu hiệu nguy hiểm.')
		}
	]
};

export const redflagProfile: RedflagActivity = {
	id: 'a5',
	type: 'redflag',
	line: 50,
	platform: 'facebook',
	prompt: rich('Xem trang cá nhân này. Chi tiết nào làm em thấy đáng lo?'),
	profile: { name: 'Bé Na 2012', bio: 'Thích mèo, thích vẽ. Kết bạn với mọi người nha!' },
	items: [
		{
			id: 'p1',
			from: 'Tuổi',
			mine: false,
			text: '13 tuổi, nhưng ảnh là người lớn',
			flag: true,
			why: rich('Tuổi và ảnh không khớp nhau: có thể là tài khoản giả.')
		},
		{
			id: 'p2',
			from: 'Sở thích',
			mine: false,
			text: 'Vẽ tranh',
			flag: false,
			why: rich('Sở thích bình thường.')
		}
	]
};

export const sort: SortActivity = {
	id: 'a6',
	type: 'sort',
	line: 60,
	prompt: rich('Thông tin nào được chia sẻ trên mạng? Xếp mỗi thẻ vào một hộp.'),
	bins: ['Chia sẻ được', 'Không chia sẻ', 'Hỏi người lớn'],
	cards: [
		{
			id: 'c1',
			text: 'Món ăn em thích nhất',
			bin: 'Chia sẻ được',
			why: rich('Điều này không giúp ai tìm ra em.')
		},
		{
			id: 'c2',
			text: 'Địa chỉ nhà em',
			bin: 'Không chia sẻ',
			why: rich('Địa chỉ nhà giúp người lạ tìm đến em.')
		},
		{
			id: 'c3',
			text: 'Ảnh cả lớp đi dã ngoại',
			bin: 'Hỏi người lớn',
			why: rich('Trong ảnh có bạn khác: hỏi người lớn và các bạn trước.')
		}
	]
};

export const settings: SettingsActivity = {
	id: 'a7',
	type: 'settings',
	line: 70,
	platform: 'facebook',
	prompt: rich('Giúp chị Mai cài đặt tài khoản cho an toàn.'),
	settings: [
		{
			id: 's1',
			label: 'Ai có thể xem bài viết sau này của bạn?',
			options: [
				{ id: 's1-o1', label: 'Công khai', safe: false },
				{ id: 's1-o2', label: 'Bạn bè', safe: true },
				{ id: 's1-o3', label: 'Chỉ mình tôi', safe: true }
			],
			why: rich('Chọn "Bạn bè" hoặc "Chỉ mình tôi" để người lạ không xem được ảnh của bạn.')
		},
		{
			id: 's2',
			label: 'Ai có thể tìm bạn bằng số điện thoại?',
			options: [
				{ id: 's2-o1', label: 'Mọi người', safe: false },
				{ id: 's2-o2', label: 'Chỉ bạn bè', safe: true }
			],
			why: rich('Số điện thoại giúp người lạ tìm ra bạn.')
		}
	]
};
