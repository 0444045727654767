import { base } from '$app/paths';
import { calculatorPage } from '$lib/safety/calculator';

export const prerender = true;

// Quick exit's page for when there is no connection (see lib/safety/quick-exit.ts): plain
// HTML outside the app's layout, so nothing on it looks like Khiên Nhỏ.
export function GET() {
	return new Response(calculatorPage(`${base}/may-tinh.js`), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}
