// A bare SvelteKit app with the same versions as Khiên Nhỏ: the benchmark's baseline.
import adapter from '@sveltejs/adapter-static';

export default {
	kit: { adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html' }) }
};
