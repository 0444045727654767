import { createHash } from 'node:crypto';
import { calculatorPage, calculatorScript } from '$lib/safety/calculator';

export const prerender = true;

// Quick exit's page for when there is no connection (see lib/safety/quick-exit.ts): plain
// HTML outside the app's layout, so nothing on it looks like Khiên Nhỏ.
export function GET() {
	const script = calculatorScript();
	const hash = createHash('sha256').update(script).digest('base64');
	return new Response(calculatorPage(script, hash), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}
