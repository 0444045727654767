// @vitest-environment node
import { describe, expect, it } from 'vitest';
import vi from '$lib/i18n/locales/vi/progress.json';
import { csvField, toCsv } from './csv';
import type { ClassSummary } from './model';

/** The Vietnamese labels, as the class summary passes them on a Vietnamese screen. */
const VI = vi.csv;

const summary: Pick<ClassSummary, 'lessons' | 'rows'> = {
	lessons: [
		{ id: 'l1', title: 'Cơ thể của em' },
		{ id: 'l2', title: 'Người lạ, "bạn" mới' }
	],
	rows: [
		{
			profile: {
				id: 'a',
				nickname: '=HYPERLINK("http://x")',
				avatar: 'cat',
				band: '6-8',
				hasCode: false
			},
			cells: { l1: { status: 'done', stars: 3 }, l2: { status: 'in-progress', stars: 0 } },
			done: 1
		},
		{
			profile: {
				id: 'b',
				nickname: 'Hà, lớp 5A\nnhóm 2',
				avatar: 'owl',
				band: '9-10',
				hasCode: true
			},
			cells: { l1: { status: 'not-started', stars: 0 }, l2: { status: 'done', stars: 1 } },
			done: 1
		}
	]
};

describe('class summary CSV', () => {
	it('is UTF-8 with BOM, CRLF, quoted fields, no formulas, Vietnamese intact', () => {
		const csv = toCsv(summary, VI);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'Tên gọi,Độ tuổi,Số bài đã xong,Cơ thể của em,"Người lạ, ""bạn"" mới"',
			`"'=HYPERLINK(""http://x"")",6-8 tuổi,1,Xong (3 sao),Đang học`,
			'"Hà, lớp 5A\nnhóm 2",9-10 tuổi,1,Chưa học,Xong (1 sao)',
			''
		]);
		// The bytes Excel reads start with the UTF-8 BOM and keep the diacritics.
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toContain('Độ tuổi');
	});

	it('guards every formula start and quotes what must be quoted', () => {
		expect(['=1+1', '+84 90', '-5', '@SUM(A1)', '\tx', 'ok', 42].map((v) => csvField(v))).toEqual([
			"'=1+1",
			"'+84 90",
			"'-5",
			"'@SUM(A1)",
			"'\tx",
			'ok',
			'42'
		]);
		expect(csvField('a;b', ';')).toBe('"a;b"');
		expect(csvField('a;b')).toBe('a;b');
		expect(csvField('x\r\ny')).toBe('"x\r\ny"');
		expect(toCsv(summary, VI, { delimiter: ';' }).split('\r\n')[0]).toBe(
			'\uFEFFTên gọi;Độ tuổi;Số bài đã xong;Cơ thể của em;"Người lạ, ""bạn"" mới"'
		);
	});
});
