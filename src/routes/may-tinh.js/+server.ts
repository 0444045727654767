import { calculatorScript } from '$lib/safety/calculator';

export const prerender = true;

export function GET() {
	return new Response(calculatorScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
