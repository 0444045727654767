// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderBlock } from '$lib/content/markdown';
import { splitAims } from './plan';

const block = renderBlock(
	[
		'### Mục tiêu',
		'- Mỗi em chọn được năm người lớn tin cậy.',
		'- Các em nhớ số 111.',
		'',
		'### Chuẩn bị',
		'- Giấy, bút màu.',
		'',
		'### Mục tiêu phụ',
		'Không đụng tới.'
	].join('\n'),
	{ base: '' }
).html;

describe('splitAims', () => {
	it('takes the aims out of the facilitator block, heading and all', () => {
		const { aims, rest } = splitAims(block);
		expect(aims).toBe(
			'<ul>\n<li>Mỗi em chọn được năm người lớn tin cậy.</li>\n<li>Các em nhớ số <a href="tel:111">111</a>.</li>\n</ul>'
		);
		expect(rest.startsWith('<h3>Chuẩn bị</h3>')).toBe(true);
		expect(rest).not.toMatch(/<h3>Mục tiêu<\/h3>/);
		expect(rest).toContain('<h3>Mục tiêu phụ</h3>');
	});

	it('leaves a block without aims as it is', () => {
		expect(splitAims('<h3>Chuẩn bị</h3>\n<p>Giấy.</p>')).toEqual({
			aims: null,
			rest: '<h3>Chuẩn bị</h3>\n<p>Giấy.</p>'
		});
	});
});
