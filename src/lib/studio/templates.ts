// "Chèn hoạt động": one ready example of each activity type, in the course's own syntax
// (content/README.md), valid as inserted (templates.test.ts parses each one in a lesson).
// A teacher changes the words; the shape is already right.
import type { ActivityType } from '$lib/content/vocab';

export interface Template {
	type: ActivityType;
	/** The button's label. */
	label: string;
	text: string;
}

export const TEMPLATES: Template[] = [
	{
		type: 'choice',
		label: 'Câu hỏi chọn đáp án',
		text: `::: choice
Một người lạ nhắn: "Gửi cho chú ảnh của cháu nhé, chú sẽ tặng thẻ game." Em nên làm gì?
- [ ] Gửi ảnh, vì chú hứa tặng quà.
  > Chưa đúng. Quà của người lạ để đổi lấy ảnh là một cái bẫy. Thử lại nhé.
- [x] Không trả lời, chặn người đó và kể với người lớn em tin.
  > Đúng rồi. Em không có lỗi gì cả. Kể với người lớn là việc làm dũng cảm.
- [ ] Giữ bí mật để không ai biết.
  > Chưa đúng. Đây là bí mật xấu: em nên kể với bố mẹ hoặc thầy cô, hoặc gọi 111.
:::
`
	},
	{
		type: 'sort',
		label: 'Xếp thẻ vào hộp',
		text: `::: sort
Bí mật nào là bí mật tốt, bí mật nào em phải kể với người lớn?
hộp: Bí mật tốt | Phải kể ngay
- [Bí mật tốt] Món quà sinh nhật cả nhà chuẩn bị cho bà
  > Bí mật vui, rồi ai cũng sẽ biết.
- [Phải kể ngay] Một người bảo em giấu chuyện họ chạm vào chỗ riêng tư
  > Đây là bí mật xấu. Em không có lỗi. Hãy kể với người lớn em tin.
- [Phải kể ngay] Có người trên mạng xin ảnh em và dặn đừng nói với ai
  > Người tốt không bắt trẻ em giấu bố mẹ. Kể ngay nhé.
:::
`
	},
	{
		type: 'redflag',
		label: 'Tìm dấu hiệu lạ',
		text: `::: redflag messenger
Đây là tin nhắn một người lạ gửi cho bạn. Chạm vào những tin nhắn đáng lo.
- [ ] Anh Tuấn: Chào em, em cũng chơi game này à?
  > Một lời chào bình thường, nhưng em vẫn chưa biết người này là ai.
- [!] Anh Tuấn: Em học trường nào, nhà ở đâu?
  > Hỏi trường và nhà là hỏi thông tin riêng. Em không cần trả lời.
- [!] Anh Tuấn: Chuyện này chỉ hai anh em mình biết thôi nhé.
  > Bắt em giữ bí mật với bố mẹ là dấu hiệu nguy hiểm. Hãy kể với người lớn em tin.
:::
`
	},
	{
		type: 'settings',
		label: 'Chọn cài đặt an toàn',
		text: `::: settings zalo
Giúp bạn Lan chọn cài đặt an toàn cho tài khoản Zalo (tên mục có thể khác trên máy em).
- Ai có thể nhắn tin cho Lan?
  - [ ] Mọi người
  - [x] Chỉ bạn bè
  > Chỉ bạn bè nhắn tin được thì người lạ khó làm phiền Lan hơn.
- Ai có thể xem ngày sinh của Lan?
  - [ ] Mọi người
  - [x] Không ai
  > Ngày sinh là thông tin riêng, kẻ xấu có thể dùng để làm quen.
:::
`
	},
	{
		type: 'chat',
		label: 'Tình huống trò chuyện',
		text: `::: chat messenger Người lạ
Một người em chưa gặp bao giờ nhắn tin cho em. Em sẽ trả lời thế nào?

# bat-dau
Người lạ: Chào em, anh thấy em chơi game giỏi quá. Gửi anh ảnh em đi!
- [x] (Không gửi, chặn người đó và kể với bố mẹ) -> an-toan
  > Em làm đúng rồi. Em không cần trả lời người lạ.
- [ ] Dạ, để em gửi ảnh. -> chua-an-toan
  > Người lạ xin ảnh là điều đáng lo. Em chưa có lỗi gì, và vẫn có thể dừng lại.

# an-toan
= an toàn
> Em đã giữ an toàn cho mình. Nếu người đó nhắn tiếp, hãy kể với người lớn em tin hoặc gọi 111, miễn phí.

# chua-an-toan
= chưa an toàn
> Không phải lỗi của em. Hãy dừng lại, không gửi thêm gì và kể với người lớn em tin. Em cũng có thể gọi 111, miễn phí, cả ngày lẫn đêm.
:::
`
	}
];

/** A new lesson: the smallest complete one (a step, an activity, the adults' plan). */
export const STARTER = `---
id: bai-moi-cua-lop
title: Bài mới của lớp
band: 9-10
summary: Em biết nói "không" với người lạ xin ảnh và kể với người lớn em tin.
objectives:
  - Nhận ra khi một người lạ xin ảnh riêng tư.
  - Biết kể với người lớn em tin hoặc gọi 111.
topics: [strangers, trusted-adults]
platforms: []
duration: 10
version: 1
keyMessages:
  - Em có quyền nói "không" với người lạ xin ảnh.
  - Không phải lỗi của em; hãy kể với người lớn em tin hoặc gọi 111.
---

::: step Khi người lạ xin ảnh
Có người em chưa gặp ngoài đời nhắn tin xin ảnh của em.
Em có quyền không trả lời, chặn người đó và kể với người lớn em tin.
Không phải lỗi của em. Em cũng có thể gọi **111**, miễn phí, cả ngày lẫn đêm.
:::

${TEMPLATES[0].text}
::: facilitator
### Chuẩn bị
- Máy chiếu hoặc một máy tính bảng cho mỗi nhóm.

### Tiến trình (10 phút)
1. Cùng đọc bước học (3 phút).
2. Cả lớp bàn và chọn đáp án (5 phút).
3. Nhắc lại: không phải lỗi của em, kể với người lớn em tin, gọi 111 (2 phút).
:::
`;
