// Synthetic but valid lessons for benchmarks: every band, several steps, one activity of
// each type. Shared by bench:content and the full benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANDS, PLATFORMS, TOPICS } from '../../src/lib/content/vocab';

const NAMES = ['Lan', 'Minh', 'Hà', 'Khoa', 'Mai', 'Tuấn', 'Linh', 'Nam', 'Thảo', 'Bảo'];

function pick<T>(list: readonly T[], i: number): T {
	return list[i % list.length];
}

/** One valid lesson using every activity type, a little different for each i. */
export function syntheticLesson(i: number, band: string): string {
	const name = pick(NAMES, i);
	const friend = pick(NAMES, i + 3);
	const platform = pick(PLATFORMS, i);
	const topics = [pick(TOPICS, i), pick(TOPICS, i + 7)].filter((t, k, all) => all.indexOf(t) === k);
	return `---
id: bench-${i}
title: Bài học thử số ${i}
band: ${band}
summary: ${name} học cách giữ an toàn khi ${friend} nhắn tin trên mạng (bài số ${i}).
objectives:
  - Nhận ra tin nhắn đáng lo.
  - Biết kể với người lớn tin cậy.
topics: [${topics.join(', ')}]
platforms: [${platform}]
duration: ${10 + (i % 20)}
version: ${1 + (i % 3)}
keyMessages:
  - Em không có lỗi.
  - Hãy kể với người lớn em tin, hoặc gọi 111.
---

::: step Xin chào ${name}
Hôm nay ${name} học về **an toàn trên mạng**, bài số ${i}.

- Thông tin riêng là của riêng em.
- Em có quyền nói "Không".
:::

::: step Người lạ trên mạng
Có người trên mạng **giả vờ** là bạn. Xem [trang trợ giúp](/tro-giup).
Nếu em thấy lo, hãy dừng lại và hỏi người lớn.
:::

::: choice
${friend} hỏi địa chỉ nhà của ${name}. ${name} làm gì?
- [ ] Gửi địa chỉ ngay.
  > Chưa đúng. Địa chỉ nhà giúp người lạ tìm đến em. Em thử lại nhé.
- [x] Không gửi và kể với bố mẹ.
  > Đúng rồi! Địa chỉ nhà là thông tin riêng.
- [x] Chặn người đó nếu họ cứ hỏi.
  > Đúng rồi! Em được chặn bất kỳ ai.
:::

::: chat ${platform} ${friend}
${name} nhận được tin nhắn. Hãy chọn câu trả lời.

# bat-dau
${friend}: Chào ${name}, mình làm quen nhé?
${friend}: Gửi mình ảnh của bạn đi.
- [ ] Ừ, mình gửi ngay. -> gui-anh
- [x] Mình không gửi ảnh cho người mới quen. -> tu-choi
  > Giỏi lắm! Ảnh của em là của em.

# gui-anh
${friend}: Đừng kể với ai nhé.
-> ket-chua-an-toan

# tu-choi
Em: Mình sẽ hỏi mẹ đã.
= an toàn
> ${name} đã giữ an toàn và hỏi người lớn. Rất tốt!

# ket-chua-an-toan
= chưa an toàn
> Người lạ dặn giữ bí mật là dấu hiệu đáng lo. Em không có lỗi. Hãy kể với bố mẹ hoặc gọi 111.
:::

::: redflag ${platform}
Đọc tin nhắn ${name} nhận được. Chạm vào những tin nhắn đáng lo.
- [ ] ${friend}: Mai lớp mình đi dã ngoại nhé.
  > Tin nhắn bình thường.
- [!] Người lạ: Anh tặng em thẻ game, đừng nói với bố mẹ nhé.
  > Tặng quà rồi dặn giấu bố mẹ là dấu hiệu đáng lo.
- [!] Người lạ: Em ở một mình à? Gửi ảnh cho anh xem.
  > Hỏi em có ở một mình không và xin ảnh là dấu hiệu nguy hiểm.
:::

::: sort
Thông tin nào được chia sẻ trên mạng?
hộp: Chia sẻ được | Không chia sẻ | Hỏi người lớn
- [Chia sẻ được] Món ăn em thích
  > Điều này không giúp ai tìm ra em.
- [Không chia sẻ] Địa chỉ nhà em
  > Địa chỉ nhà giúp người lạ tìm đến em.
- [Hỏi người lớn] Ảnh cả lớp đi chơi
  > Trong ảnh có bạn khác: hỏi trước đã.
:::

::: settings ${platform}
Giúp ${name} cài đặt tài khoản cho an toàn.
- Ai có thể xem bài viết của bạn?
  - [ ] Công khai
  - [x] Bạn bè
  - [x] Chỉ mình tôi
  > Người lạ không xem được bài viết của bạn.
- Ai có thể nhắn tin cho bạn?
  - [ ] Mọi người
  - [x] Chỉ bạn bè
  > Người lạ không nhắn được cho bạn.
:::

::: step Em nhớ nhé
Em không có lỗi. Hãy kể với người lớn em tin. Gọi **111**, miễn phí, cả ngày lẫn đêm.
:::

::: discuss
- Em sẽ kể với ai khi có người lạ nhắn tin?
- Vì sao người lạ hay dặn trẻ giữ bí mật?
:::

::: facilitator
### Mục tiêu
Các em nhận ra tin nhắn đáng lo và biết kể với người lớn.

### Tiến trình (40 phút)
1. Khởi động (5 phút): hỏi các em hay dùng ứng dụng nào.
2. Làm bài (25 phút): cả lớp cùng chọn, thầy cô đọc to phản hồi.
3. Tổng kết (10 phút): nhắc số 111.
:::

::: parents
Hôm nay con học cách giữ an toàn trên mạng. Bố mẹ hãy hỏi con nhẹ nhàng, không mắng.
:::
`;
}

/** Writes n lessons as content/<band>/NNN-bai-i.md, spread evenly over the bands. */
export function generate(dir: string, n: number): number {
	let bytes = 0;
	const perBand = new Map<string, number>();
	for (let i = 1; i <= n; i++) {
		const band = pick(BANDS, i);
		const order = (perBand.get(band) ?? 0) + 1;
		perBand.set(band, order);
		const folder = join(dir, band);
		mkdirSync(folder, { recursive: true });
		const text = syntheticLesson(i, band);
		bytes += Buffer.byteLength(text);
		writeFileSync(join(folder, `${String(order).padStart(3, '0')}-bai-${i}.md`), text);
	}
	return bytes;
}
