// @vitest-environment node
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '$lib/content/markdown';
import { picturePlugin } from './markdown-picture';
import { pictureOf, stripPictures } from './syntax';

const opts = { base: '' };

describe('[[name]] in lesson Markdown', () => {
	it('renders a known name as an <img> with the dictionary alt text', () => {
		const { html, text } = renderInline('Em có [[điện thoại]] mới.', opts);
		expect(html).toBe(
			'Em có <img class="pic" src="/hinh/mobile-phone.svg" alt="điện thoại" width="40" height="40"> mới.'
		);
		expect(text).toBe('Em có mới.');
	});

	it('uses the author\u2019s alt text after "|", escaped', () => {
		const { html } = renderInline('[[mẹ|mẹ của "Lan" & em]]', opts);
		expect(html).toContain('alt="mẹ của &quot;Lan&quot; &amp; em"');
		expect(html).toContain('src="/hinh/woman.svg"');
	});

	it('prefixes the base path', () => {
		expect(renderInline('[[quà]]', { base: '/khien-nho' }).html).toContain(
			'src="/khien-nho/hinh/wrapped-gift.svg"'
		);
	});

	it('lays out a paragraph of 2-4 pictures as a scene, and one alone as a hero', () => {
		const { html } = renderBlock(
			'Chào em.\n\n[[em bé gái]] [[điện thoại]] [[bàn tay dừng]]\n\n[[ổ khóa]]',
			opts
		);
		expect(html).toContain('<p class="pic-scene"><img class="pic" src="/hinh/girl.svg"');
		expect(html.match(/width="96"/g)).toHaveLength(4);
		expect(html).toContain('<p class="pic-hero"><img class="pic" src="/hinh/locked.svg"');
		expect(html).toContain('<p>Chào em.</p>');
	});

	it('does not make a scene of pictures mixed with words, nor of five pictures', () => {
		const mixed = renderBlock('[[mẹ]] [[bố]] ở nhà', opts).html;
		expect(mixed).toMatch(/^<p><img/);
		const five = renderBlock('[[mẹ]] [[bố]] [[bà]] [[ông]] [[quà]]', opts).html;
		expect(five).toMatch(/^<p><img/);
	});

	it('draws the label of 111 on its picture, hidden from screen readers (the alt says it)', () => {
		const { html } = renderInline('[[111]]', opts);
		expect(html).toContain('alt="gọi số 111"');
		expect(html).toContain('<span class="pic-label" aria-hidden="true">111</span>');
	});

	it('makes the phone with 111 a call link in running text, never inside a label or a link', () => {
		const scene = renderBlock('[[mẹ]] [[111]]', opts).html;
		expect(scene).toContain(
			'<a class="pic-labelled pic-call" href="tel:111"><img class="pic" src="/hinh/telephone-receiver.svg" alt="gọi số 111"'
		);
		// Answer labels (inline renders) sit in buttons: no link there.
		expect(renderInline('[[111]] Tự gọi 111.', opts).html).not.toContain('<a');
		expect(renderBlock('[Gọi [[111]]](/tro-giup/)', opts).html.match(/<a /g)).toHaveLength(1);
		expect(renderBlock('## Số [[111]]', opts).html).not.toContain('tel:');
		// A picture without a number stays a picture.
		expect(renderBlock('[[mẹ]] [[bố]]', opts).html).not.toContain('<a');
	});

	it('leaves unknown names and ordinary brackets as text', () => {
		expect(renderInline('[[không có]]', opts).html).toBe('[[không có]]');
		expect(renderInline('[Ổn] và [link](/a/)', opts).html).toBe('[Ổn] và <a href="/a/">link</a>');
		expect(renderInline('[[ ]] [[a\nb]]', opts).html).toBe('[[ ]] [[a\nb]]');
	});

	it('works as a plugin on its own markdown-it', () => {
		const md = new MarkdownIt().use(picturePlugin, { base: () => '/x' });
		expect(md.renderInline('[[kẹo]]')).toContain('src="/x/hinh/candy.svg"');
	});
});

describe('plain-text fields', () => {
	it('strips pictures from a name and finds the first known one', () => {
		expect(stripPictures('[[ổn]]  Ổn ')).toBe('Ổn');
		expect(pictureOf('[[lạ]] [[thỏ hồng]] Thỏ Hồng', '/b')).toEqual({
			picture: { src: '/b/hinh/rabbit-face.svg', alt: 'Thỏ Hồng, hình đại diện trong game' }
		});
		expect(pictureOf('không có hình')).toEqual({});
	});
});
