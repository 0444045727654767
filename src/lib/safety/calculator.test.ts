import { describe, expect, it } from 'vitest';
import { calculatorPage, calculatorScript, runCalculator } from './calculator';

const page = () => calculatorPage(calculatorScript(), 'hash');

function mount() {
	const html = page().replace(/<script>[\s\S]*<\/script>/, '');
	document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1];
	runCalculator(document);
	const out = document.getElementById('kq') as HTMLOutputElement;
	const press = (...keys: string[]) => {
		for (const k of keys)
			document.querySelector<HTMLButtonElement>(`button[data-k="${k}"]`)!.click();
		return out.value;
	};
	return { out, press };
}

describe('the offline quick-exit page', () => {
	it('is a plain calculator with nothing of the app on it', () => {
		const html = calculatorPage('run()', 'abc=');
		expect(html).toContain('<title>Máy tính</title>');
		expect(html).not.toMatch(/Khiên|khien|111|favicon|manifest|Be Vietnam/);
		expect(html).toContain('<script>run()</script>');
		// Its one inline script is allowed by hash, as in the app's own policy; it fetches nothing.
		expect(html).toContain("default-src 'self'; script-src 'self' 'sha256-abc='");
		expect(html).toContain("connect-src 'none'");
		expect(html).toContain('<link rel="icon" href="data:,">');
	});

	it('calculates with taps', () => {
		const { press } = mount();
		expect(press('1', '2', '+', '3', '0', '=')).toBe('42');
		expect(press('×', '2', '=')).toBe('84');
		expect(press('C')).toBe('0');
		expect(press('7', '÷', '2', '=')).toBe('3,5');
		expect(press('C', '0', ',', '1', '+', '0', ',', '2', '=')).toBe('0,3');
		expect(press('C', '5', '−', '8', '=')).toBe('-3');
		expect(press('C', '2', '+', '3', '×', '4', '=')).toBe('20');
		expect(press('C', '1', '÷', '0', '=')).toBe('Lỗi');
		expect(press('2', '+', '2', '=')).toBe('4');
	});

	it('takes the keyboard too, and its script is the same function, standalone', () => {
		const { out } = mount();
		for (const key of ['9', '-', '4', 'Enter'])
			document.dispatchEvent(new KeyboardEvent('keydown', { key }));
		expect(out.value).toBe('5');
		// The script text alone (no imports, no closure) runs the page.
		const html = page().replace(/<script>[\s\S]*<\/script>/, '');
		document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1];
		new Function('document', calculatorScript())(document);
		for (const k of ['6', '×', '7', '='])
			document.querySelector<HTMLButtonElement>(`button[data-k="${k}"]`)!.click();
		expect((document.getElementById('kq') as HTMLOutputElement).value).toBe('42');
	});
});
