// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToText, plainInline, renderBlock, renderInline, slugify } from './markdown';

const opts = { base: '/khien-nho' };

describe('renderBlock', () => {
	it('renders Markdown and a plain-text twin for read-aloud', () => {
		const r = renderBlock('Vùng riêng tư là **của em**.\n\n- Nói "Không".\n- Kể với người lớn.', {
			base: ''
		});
		expect(r.html).toBe(
			'<p>Vùng riêng tư là <strong>của em</strong>.</p>\n<ul>\n<li>Nói &quot;Không&quot;.</li>\n<li>Kể với người lớn.</li>\n</ul>'
		);
		expect(r.text).toBe('Vùng riêng tư là của em.\nNói "Không".\nKể với người lớn.');
	});

	it('escapes raw HTML instead of rendering it', () => {
		for (const src of [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'Chữ <b onclick="alert(1)">đậm</b>'
		]) {
			const { html } = renderBlock(src, opts);
			expect(html).not.toMatch(/<(script|img|b)[\s>]/);
			expect(html).toContain('&lt;');
		}
		expect(renderBlock('`<img src=x onerror=alert(1)>`', opts).html).toBe(
			'<p><code>&lt;img src=x onerror=alert(1)&gt;</code></p>'
		);
	});

	it('never produces an href for javascript:, vbscript:, data: or file: links', () => {
		for (const src of [
			'[bấm](javascript:alert(1))',
			'[bấm](JavaScript:alert(1))',
			'[bấm](java&#115;cript:alert(1))',
			'[bấm](  javascript:alert(1))',
			'<javascript:alert(1)>',
			'[bấm][x]\n\n[x]: javascript:alert(1)',
			'[bấm](vbscript:msgbox(1))',
			'[bấm](data:text/html;base64,PHNjcmlwdD4=)',
			'[bấm](file:///etc/passwd)',
			'![ảnh](javascript:alert(1))'
		]) {
			const { html } = renderBlock(src, opts);
			expect(html, src).not.toContain('href');
			expect(html, src).not.toContain('<img');
			expect(html, src).not.toContain('<a');
		}
	});

	it('refuses protocol-relative and plain http links, keeps site, https, tel, mailto and anchors', () => {
		expect(renderBlock('[x](//evil.example)', opts).html).not.toContain('href');
		expect(renderBlock('[x](http://example.com)', opts).html).not.toContain('href');
		expect(renderInline('[x](tel:111)', opts).html).toBe('<a href="tel:111">x</a>');
		expect(renderInline('[x](mailto:hotro@example.vn)', opts).html).toBe(
			'<a href="mailto:hotro@example.vn">x</a>'
		);
		expect(renderInline('[x](#muc-2)', opts).html).toBe('<a href="#muc-2">x</a>');
	});

	it('prefixes site links and images with the base path', () => {
		expect(renderInline('[trợ giúp](/tro-giup)', opts).html).toBe(
			'<a href="/khien-nho/tro-giup">trợ giúp</a>'
		);
		expect(renderInline('[trợ giúp](/tro-giup)', { base: '' }).html).toBe(
			'<a href="/tro-giup">trợ giúp</a>'
		);
		expect(renderBlock('![Bạn nhỏ](/illustrations/ban-nho.svg)', opts).html).toBe(
			'<p><img src="/khien-nho/illustrations/ban-nho.svg" alt="Bạn nhỏ" loading="lazy"></p>'
		);
	});

	it('opens https links in a new tab without an opener', () => {
		expect(renderInline('[Tổng đài 111](https://tongdai111.vn)', opts).html).toBe(
			'<a href="https://tongdai111.vn" rel="noopener noreferrer" target="_blank">Tổng đài 111</a>'
		);
	});

	it('gives level-2 headings an id, and only those', () => {
		expect(renderBlock('## Đặt giới hạn cho con', opts).html).toBe(
			'<h2 id="dat-gioi-han-cho-con">Đặt giới hạn cho con</h2>'
		);
		expect(renderBlock('### Mục tiêu', opts).html).toBe('<h3>Mục tiêu</h3>');
	});
});

describe('renderInline and plainInline', () => {
	it('renders inline Markdown without a paragraph', () => {
		expect(renderInline('Nói **"Không!"**', opts)).toEqual({
			html: 'Nói <strong>&quot;Không!&quot;</strong>',
			text: 'Nói "Không!"'
		});
	});

	it('strips markup to plain text, and keeps escaped text as text', () => {
		expect(plainInline('**Chào** _em_')).toBe('Chào em');
		expect(plainInline('a & b <b>c</b>')).toBe('a & b <b>c</b>');
	});
});

describe('htmlToText', () => {
	it('breaks lines after blocks and decodes entities once', () => {
		expect(htmlToText('<h2>A</h2><p>B &amp; C</p><ul><li>D</li><li>E</li></ul>')).toBe(
			'A\nB & C\nD\nE'
		);
		expect(htmlToText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;');
		expect(htmlToText('<p>&lt;img src=x&gt; &quot;x&quot; &#39;y&#39;</p>')).toBe(
			'<img src=x> "x" \'y\''
		);
	});
});

describe('slugify', () => {
	it('drops Vietnamese diacritics, including đ and Đ', () => {
		expect(slugify('Đặt giới hạn cho con')).toBe('dat-gioi-han-cho-con');
		expect(slugify('Nếu con kể: "Có người lạ nhắn tin"!')).toBe('neu-con-ke-co-nguoi-la-nhan-tin');
		expect(slugify('  --Ảnh riêng tư--  ')).toBe('anh-rieng-tu');
	});
});
