// How Chromium is started everywhere (tests, screenshots, benchmarks): headless-safe, and
// without the background networking that would dial out and be refused on a closed network.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
