// @vitest-environment node
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { phoneLinks } from './phone-links';

const md = new MarkdownIt({ html: false }).use(phoneLinks);
const render = (src: string) => md.render(src).trim();

describe('phoneLinks', () => {
	it('makes each hotline number in running text a tel: link', () => {
		expect(render('Hoặc gọi 111, miễn phí. Nguy hiểm ngay thì gọi 113.')).toBe(
			'<p>Hoặc gọi <a href="tel:111">111</a>, miễn phí. Nguy hiểm ngay thì gọi <a href="tel:113">113</a>.</p>'
		);
		expect(render('Cháy gọi 114, cấp cứu gọi 115.')).toContain(
			'<a href="tel:114">114</a>, cấp cứu gọi <a href="tel:115">115</a>'
		);
	});

	it('keeps emphasis, lists and tables around the link', () => {
		expect(render('Gọi **111** ngay.')).toBe(
			'<p>Gọi <strong><a href="tel:111">111</a></strong> ngay.</p>'
		);
		expect(render('- Kể với người lớn.\n- Gọi 111.')).toContain(
			'<li>Gọi <a href="tel:111">111</a>.</li>'
		);
		const table = render('| Ai | Số |\n| --- | --- |\n| Tổng đài | 111 |');
		expect(table).toContain('<td><a href="tel:111">111</a></td>');
		expect(render('> Gọi 113/111.')).toContain(
			'<a href="tel:113">113</a>/<a href="tel:111">111</a>'
		);
	});

	it('leaves headings, code, existing links, images and web addresses alone', () => {
		expect(render('## Gọi 111 khi nào?')).toBe('<h2>Gọi 111 khi nào?</h2>');
		expect(render('# 113')).toBe('<h1>113</h1>');
		expect(render('Gõ `111` rồi bấm gọi.')).toBe('<p>Gõ <code>111</code> rồi bấm gọi.</p>');
		expect(render('```\ngọi 111\n```')).toBe('<pre><code>gọi 111\n</code></pre>');
		expect(render('[Gọi 111](tel:111) ngay')).toBe('<p><a href="tel:111">Gọi 111</a> ngay</p>');
		expect(render('[tổng đài **111**](https://tongdai111.vn)')).not.toContain('tel:');
		expect(render('![Thẻ 111](/the.png)')).toBe('<p><img src="/the.png" alt="Thẻ 111"></p>');
		expect(render('Trang tongdai111.vn, số 0111, năm 2111.')).not.toContain('<a');
	});

	it('links the text after a link, not inside it', () => {
		expect(render('[Trợ giúp](/tro-giup/) hoặc 111')).toBe(
			'<p><a href="/tro-giup/">Trợ giúp</a> hoặc <a href="tel:111">111</a></p>'
		);
	});

	it('leaves inline-only renders (labels inside buttons) unless asked', () => {
		expect(md.renderInline('Kể với bố mẹ, hoặc gọi 111.')).toBe('Kể với bố mẹ, hoặc gọi 111.');
		const inline = new MarkdownIt().use(phoneLinks, { inline: true });
		expect(inline.renderInline('gọi 111')).toBe('gọi <a href="tel:111">111</a>');
	});

	it('can be turned off for one render through env', () => {
		expect(md.render('Gọi 111.', { phoneLinks: false }).trim()).toBe('<p>Gọi 111.</p>');
	});
});
