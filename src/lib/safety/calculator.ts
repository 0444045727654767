// The page quick exit opens when there is no connection: a plain calculator, nothing of
// Khiên Nhỏ on it (no header, logo, colours, font or icon), served from the precache.
// It is a standalone HTML file, not a SvelteKit page, so it carries none of the app.

/**
 * Wires the calculator's buttons and keys. Self-contained on purpose: the page carries its
 * source text (`String(runCalculator)`) as its one inline script, so it must not use
 * anything from outside its own body.
 */
export function runCalculator(doc: Document): void {
	const screen = doc.getElementById('kq') as HTMLOutputElement;
	let shown = '0';
	let stored: number | null = null;
	let op: string | null = null;
	let fresh = true;

	const value = (s: string) => Number(s.replace(',', '.'));
	const format = (n: number) =>
		Number.isFinite(n) ? String(Number(n.toPrecision(12))).replace('.', ',') : 'Lỗi';
	const apply = (a: number, b: number, o: string) =>
		o === '+' ? a + b : o === '−' ? a - b : o === '×' ? a * b : b === 0 ? NaN : a / b;

	function press(k: string) {
		if (/^\d$/.test(k)) {
			shown = fresh || shown === '0' ? k : shown.length < 14 ? shown + k : shown;
			fresh = false;
		} else if (k === ',') {
			if (fresh) shown = '0,';
			else if (!shown.includes(',')) shown += ',';
			fresh = false;
		} else if (k === 'C') {
			[shown, stored, op, fresh] = ['0', null, null, true];
		} else if (k === '=' || '+−×÷'.includes(k)) {
			if (op !== null && stored !== null && !fresh) {
				stored = apply(stored, value(shown), op);
				shown = format(stored);
			} else if (op === null) stored = value(shown);
			op = k === '=' ? null : k;
			fresh = true;
			if (shown === 'Lỗi') [stored, op] = [null, null];
		}
		screen.value = shown;
	}

	const KEYS: Record<string, string> = {
		'+': '+',
		'-': '−',
		'*': '×',
		x: '×',
		'/': '÷',
		Enter: '=',
		'=': '=',
		Escape: 'C',
		Delete: 'C',
		'.': ',',
		',': ','
	};
	doc.querySelectorAll<HTMLButtonElement>('button[data-k]').forEach((b) => {
		b.addEventListener('click', () => press(b.dataset.k ?? ''));
	});
	doc.addEventListener('keydown', (e) => {
		const k = /^\d$/.test(e.key) ? e.key : KEYS[e.key];
		if (!k) return;
		e.preventDefault();
		press(k);
	});
}

const ROWS = [
	['C', '÷', '×', '−'],
	['7', '8', '9', '+'],
	['4', '5', '6', ','],
	['1', '2', '3', '='],
	['0']
];
const NAMES: Record<string, string> = {
	C: 'Xóa',
	'÷': 'Chia',
	'×': 'Nhân',
	'−': 'Trừ',
	'+': 'Cộng',
	',': 'Dấu phẩy',
	'=': 'Bằng'
};

/** The page's script: the function above, called on the page's document. */
export function calculatorScript(): string {
	return `(${String(runCalculator)})(document);`;
}

/**
 * The whole calculator page. Its script is inline, allowed by a Content-Security-Policy
 * that names it by hash (`scriptHash`: base64 SHA-256 of `script`), as the app's pages do.
 */
export function calculatorPage(script: string, scriptHash: string): string {
	const keys = ROWS.flat()
		.map((k) => {
			const label = NAMES[k] ? ` aria-label="${NAMES[k]}"` : '';
			return `<button type="button" data-k="${k}"${label}>${k}</button>`;
		})
		.join('');
	return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-${scriptHash}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'">
<title>Máy tính</title>
<link rel="icon" href="data:,">
<style>
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#eceff1;color:#212121}
body{margin:0;min-height:100vh;display:grid;place-items:center}
main{width:min(92vw,22rem);padding:1rem;background:#fafafa;border-radius:.75rem;box-shadow:0 2px 8px rgb(0 0 0/.15)}
h1{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
output{display:block;padding:.75rem;margin-bottom:.75rem;font-size:2.25rem;text-align:right;background:#fff;border:1px solid #cfd8dc;border-radius:.5rem;overflow-wrap:anywhere;min-height:2.7rem}
.keys{display:grid;grid-template-columns:repeat(4,1fr);gap:.5rem}
button{min-height:3.5rem;font:inherit;font-size:1.5rem;border:1px solid #b0bec5;border-radius:.5rem;background:#fff;color:#212121;cursor:pointer}
button:focus-visible{outline:3px solid #1565c0;outline-offset:2px}
button[data-k="="]{background:#455a64;color:#fff;border-color:#455a64}
button[data-k="0"]{grid-column:span 4}
</style>
</head>
<body>
<main>
<h1>Máy tính</h1>
<output id="kq" aria-live="polite">0</output>
<div class="keys">${keys}</div>
</main>
<script>${script}</script>
</body>
</html>
`;
}
