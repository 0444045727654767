// A minimal valid lesson around one body, for parser tests (not shipped: only tests import it).
export function lessonAround(body: string): string {
	return `---
id: b68-thu-nghiem
title: Bài thử
band: 6-8
summary: Một bài học ngắn để kiểm tra.
objectives:
  - Biết kể với người lớn tin cậy.
topics: [trusted-adults]
platforms: []
duration: 5
keyMessages:
  - Em không có lỗi.
  - Hãy kể với người lớn em tin.
---

::: step Bắt đầu
Xin chào.
:::

${body}

::: choice
Khi lo lắng, em kể với ai?
- [x] Bố mẹ hoặc thầy cô.
  > Đúng rồi!
- [ ] Không kể với ai.
  > Chưa đúng. Em thử lại nhé.
:::

::: facilitator
Kế hoạch buổi học.
:::
`;
}

/** Line 20 is the first line of `body` in `lessonAround(body)`. */
export const BODY_LINE = 20;
