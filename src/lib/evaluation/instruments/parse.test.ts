// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codebookCsv, codebookObjectives, codebookRows } from './codebook';
import { makeCodebook } from '../report/codebook';
import { leavesOf } from './leaves';
import { formatInstrumentError, loadInstruments } from './load';
import { parseInstrument } from './parse';
import type { FormInstrument } from './types';
import { checkParallel } from './validate';

const head = (part: 'a' | 'b', extra = '') => `---
id: dg-6-8-${part}
band: 6-8
form: ${part.toUpperCase()}
version: 1
title: Em sẽ làm gì?
objectives:
  bi-mat: Phân biệt bí mật tốt với bí mật xấu
  ke: Kể với người lớn tin cậy
${extra}---
`;
const CHOICE = `
::: choice bi-mat
Chú hàng xóm dặn: "Đừng kể với mẹ."
- [ ] Giữ bí mật.
- [x] Kể với mẹ.
:::
`;
const SORT = `
::: sort ke
Em xếp mỗi thẻ vào một hộp nhé.
hộp: Kể | Không cần kể
- [Kể] Một người dặn em giấu chuyện.
- [Không cần kể] Em thích ăn phở.
:::
`;
const FLAG = `
::: redflag games ke
Em chạm vào tin nhắn đáng lo nhé.
- [ ] Cáo Nhỏ: Ván này vui ghê!
- [!] Cáo Nhỏ: Gửi tớ một tấm ảnh đi.
:::
`;
const parse = (src: string, part: 'a' | 'b' | 'chung' = 'a', band = '6-8') =>
	parseInstrument(src, { path: `content/danh-gia/${band}/${part}.md` });
const form = (src: string, part: 'a' | 'b' = 'a') => {
	const r = parse(src, part);
	expect(r.errors).toEqual([]);
	return r.instrument as FormInstrument;
};
const messages = (src: string, part: 'a' | 'b' | 'chung' = 'a', band = '6-8') =>
	parse(src, part, band).errors.map((e) => `${e.line}: ${e.message}`);

describe('instrument parser', () => {
	it('reads a form into lesson activities with leaf ids per block, card and message', () => {
		const f = form(head('a') + CHOICE + SORT + FLAG);
		expect(f.items.map((i) => [i.n, i.activity.type, i.objective])).toEqual([
			[1, 'choice', 'bi-mat'],
			[2, 'sort', 'ke'],
			[3, 'redflag', 'ke']
		]);
		const leaves = leavesOf(f);
		expect(leaves.map((l) => [l.id, l.correct])).toEqual([
			['dg-6-8-a.1', 'o2'],
			['dg-6-8-a.2.1', 'b1'],
			['dg-6-8-a.2.2', 'b2'],
			['dg-6-8-a.3.1', 'pass'],
			['dg-6-8-a.3.2', 'flag']
		]);
		expect(leaves[0].options.map((o) => o.text)).toEqual(['Giữ bí mật.', 'Kể với mẹ.']);
	});

	it('names file:line for a choice with two [x], an undeclared bin and objective', () => {
		const src =
			head('a') +
			CHOICE.replace('- [ ] Giữ', '- [x] Giữ') +
			SORT.replace('- [Kể] Một', '- [Nói] Một') +
			FLAG.replace('games ke', 'games khac');
		const errs = parse(src).errors;
		expect(errs.every((e) => e.path === 'content/danh-gia/6-8/a.md')).toBe(true);
		const text = errs.map(formatInstrumentError).join('\n');
		expect(text).toContain(
			'content/danh-gia/6-8/a.md:12: choice: cần đúng một lựa chọn "- [x]", đang có 2'
		);
		expect(text).toMatch(/a\.md:21: sort: thẻ ghi hộp "Nói" chưa khai/);
		expect(text).toMatch(/a\.md:25: redflag: mục tiêu "khac" chưa khai/);
	});

	it('refuses a bad frontmatter: missing version, wrong band, form and id', () => {
		const src =
			head('a')
				.replace('version: 1\n', '')
				.replace('band: 6-8', 'band: 9-10')
				.replace('form: A', 'form: B') +
			CHOICE +
			SORT;
		const m = messages(src);
		expect(m.some((x) => x.startsWith('1: "version" phải là số nguyên'))).toBe(true);
		expect(m.some((x) => /^3: "band: 9-10" khác thư mục "6-8"/.test(x))).toBe(true);
		expect(m.some((x) => /"form" phải là A/.test(x))).toBe(true);
		expect(messages('no frontmatter')).toEqual([
			'1: tệp phải bắt đầu bằng khối "---" (frontmatter is missing)'
		]);
	});

	it('reports a block left open and text outside blocks', () => {
		const m = messages(head('a') + '\nlạc dòng\n' + CHOICE.replace(/:::\n$/, '') + SORT);
		expect(m.some((x) => /dòng ngoài khối/.test(x))).toBe(true);
		expect(m.some((x) => /chưa được đóng/.test(x))).toBe(true);
	});

	it('checks parallel forms: same objectives, same scored leaves per objective', () => {
		const a = form(head('a') + CHOICE + SORT);
		expect(checkParallel(a, form(head('b') + SORT + CHOICE, 'b'))).toEqual([]);
		const shortB = form(
			head('b') +
				CHOICE +
				FLAG.replace(
					'- [ ] Cáo Nhỏ: Ván này vui ghê!\n',
					'- [ ] Cáo Nhỏ: Ván này vui ghê!\n- [ ] Cáo Nhỏ: Mai chơi tiếp nha.\n'
				),
			'b'
		);
		const errs = checkParallel(a, shortB);
		expect(errs).toHaveLength(1);
		expect(errs[0]).toMatchObject({ path: 'content/danh-gia/6-8/b.md', line: 18 });
		expect(errs[0].message).toContain('"ke": phiếu A có 2 ý được chấm, phiếu B có 3');
		const renamed = form(
			head('b').replace('ke: Kể với người lớn tin cậy', 'ke: Kể với thầy cô') + CHOICE + SORT,
			'b'
		);
		expect(checkParallel(a, renamed)[0].message).toContain('được mô tả khác');
	});

	const CHUNG = (list: string, band = '11-14') => `---
id: dg-${band}-chung
band: ${band}
version: 2
title: Bạn thấy thế nào?
---

::: confidence
Chọn một mặt cho mỗi câu.
- Mình biết phải làm gì nếu có người xin ảnh.
- Mình biết phải làm gì nếu bị dọa.
- Mình biết phải làm gì nếu bạn bị bắt nạt.
:::

::: worry
Bạn có thấy lo không?
:::
${list}`;
	const LIST = `
::: list
Có bao nhiêu điều đúng với bạn?
- Mình đã gọi video với người thân.
- Mình đã chơi game với người ở tỉnh khác.
- [!] Mình nhắn tin với người chỉ quen trên mạng.
- Mình đã đọc hết một cuốn sách.
:::
`;

	it('reads the common part: faces, worry, list with options 0..N+1', () => {
		const r = parse(CHUNG(LIST), 'chung', '11-14');
		expect(r.errors).toEqual([]);
		const leaves = leavesOf(r.instrument!);
		expect(leaves.map((l) => l.id)).toEqual([
			'dg-11-14-chung.c1',
			'dg-11-14-chung.c2',
			'dg-11-14-chung.c3',
			'dg-11-14-chung.w',
			'dg-11-14-chung.l'
		]);
		const list = leaves.at(-1)!;
		expect(list.options.map((o) => o.key)).toEqual(['0', '1', '2', '3', '4']);
		expect(list).toMatchObject({ sensitive: true, correct: null });
	});

	it('needs one [!] and 3-5 ordinary statements in a list, and a list only for 11-17', () => {
		const two = LIST.replace('- Mình đã đọc', '- [!] Mình đã đọc');
		expect(messages(CHUNG(two), 'chung', '11-14').join()).toContain(
			'cần đúng một câu "- [!]", đang có 2'
		);
		const few = LIST.replace('- Mình đã đọc hết một cuốn sách.\n', '');
		expect(messages(CHUNG(few), 'chung', '11-14').join()).toContain(
			'cần 3-5 câu bình thường, đang có 2'
		);
		expect(messages(CHUNG(''), 'chung', '11-14').join()).toContain('cần một khối "list"');
		expect(messages(CHUNG(LIST, '6-8'), 'chung', '6-8').join()).toContain(
			'không dùng câu danh sách'
		);
	});
});

describe('the instruments in content/danh-gia', () => {
	const set = loadInstruments({ root: process.cwd() });

	it('load for all four bands without an error', () => {
		expect(set.errors.map(formatInstrumentError)).toEqual([]);
		expect(set.bands.map((b) => b.band)).toEqual(['6-8', '9-10', '11-14', '15-17']);
	});

	it('have the scored leaves per form that the README promises (23, 23, 31, 28)', () => {
		const rows = codebookRows(set.bands);
		const scored = (band: string, form: 'A' | 'B') =>
			rows.filter((r) => r.band === band && r.form === form && r.objective).length;
		for (const [band, n] of [
			['6-8', 23],
			['9-10', 23],
			['11-14', 31],
			['15-17', 28]
		] as const) {
			expect(scored(band, 'A')).toBe(n);
			expect(scored(band, 'B')).toBe(n);
		}
		expect(rows.filter((r) => r.kind === 'list').map((r) => r.id)).toEqual([
			'dg-11-14-chung.l',
			'dg-15-17-chung.l'
		]);
	});

	it('name every objective a scored leaf measures, in words, for the report', () => {
		const rows = codebookRows(set.bands);
		const book = makeCodebook(rows, codebookObjectives(set.bands));
		const missing = rows
			.filter((r) => r.objective && !book.objectives.get(`${r.band}/${r.objective}`)?.trim())
			.map((r) => `${r.band}/${r.objective}`);
		expect(missing).toEqual([]);
		// Words, not the code again.
		for (const [key, text] of book.objectives) expect(text, key).not.toBe(key.split('/')[1]);
	});

	it('give a CSV codebook with a BOM and one row per leaf', () => {
		const rows = codebookRows(set.bands);
		const csv = codebookCsv(rows);
		expect(csv.startsWith('\uFEFFleaf,band,form')).toBe(true);
		expect(csv.trim().split('\r\n')).toHaveLength(rows.length + 1);
	});
});
