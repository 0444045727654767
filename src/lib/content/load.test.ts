// @vitest-environment node
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatError, loadContent, summary } from './load';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures');
const GOOD = join(FIXTURES, 'content-valid/9-10/01-nguoi-ban-moi.md');
const BROKEN = join(FIXTURES, 'content-broken/9-10');

const temps: string[] = [];
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project root: `files` maps paths under it to a fixture path or to text. */
function tempRoot(files: Record<string, string | { copy: string }>): string {
	const root = mkdtempSync(join(tmpdir(), 'khien-nho-content-'));
	temps.push(root);
	for (const [rel, src] of Object.entries(files)) {
		const full = join(root, rel);
		mkdirSync(dirname(full), { recursive: true });
		if (typeof src === 'string') writeFileSync(full, src);
		else copyFileSync(src.copy, full);
	}
	return root;
}

const reason = (message: string) => message.match(/\(([^()]+)\)$/)?.[1];

describe('loadContent', () => {
	it('loads valid lessons, sorted by band then order, with images checked under static/', () => {
		const root = tempRoot({ 'static/illustrations/ho-so.svg': '<svg/>' });
		const set = loadContent({
			root,
			base: '/khien-nho',
			contentDir: join(FIXTURES, 'content-valid')
		});
		expect(set.errors).toEqual([]);
		expect(set.files).toBe(2);
		expect(set.lessons.map((l) => [l.band, l.id, l.path])).toEqual([
			['9-10', 'b910-nguoi-ban-moi', 'content/9-10/01-nguoi-ban-moi.md'],
			['15-17', 'b1517-ho-so-gia', 'content/15-17/02-ho-so-gia.md']
		]);
		const step = set.lessons[1].screens[0];
		expect(step.kind === 'step' && step.image?.src).toBe('/khien-nho/illustrations/ho-so.svg');
	});

	it('reports a missing image against the project static/ folder', () => {
		const root = tempRoot({});
		const set = loadContent({ root, contentDir: join(FIXTURES, 'content-valid') });
		expect(set.errors).toEqual([
			{
				path: 'content/15-17/02-ho-so-gia.md',
				line: 22,
				message: 'không tìm thấy hình "/illustrations/ho-so.svg" (image not found)'
			}
		]);
		expect(set.lessons.map((l) => l.id)).toEqual(['b910-nguoi-ban-moi']);
	});

	it('reports a duplicate id across two files', () => {
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/11-14/04-ban-moi.md': {
				copy: GOOD
			}
		});
		// Same id, but a valid lesson for its folder otherwise.
		const second = join(root, 'content/11-14/04-ban-moi.md');
		writeFileSync(
			second,
			readFileSync(second, 'utf8').replace('band: 9-10', 'band: 11-14').replace('title: Người bạn', 'title: Bạn')
		);
		const set = loadContent({ root });
		expect(set.errors).toEqual([
			{
				path: 'content/9-10/01-nguoi-ban-moi.md',
				line: 2,
				message:
					'mã bài "b910-nguoi-ban-moi" trùng với content/11-14/04-ban-moi.md (duplicate id)'
			}
		]);
	});

	it('reports two lessons with the same band and slug', () => {
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/9-10/02-nguoi-ban-moi.md': { copy: GOOD }
		});
		const second = join(root, 'content/9-10/02-nguoi-ban-moi.md');
		writeFileSync(second, readFileSync(second, 'utf8').replace('id: b910-nguoi-ban-moi', 'id: b910-ban-moi-2'));
		const set = loadContent({ root });
		expect(set.errors).toHaveLength(1);
		expect(set.errors[0]).toMatchObject({ path: 'content/9-10/02-nguoi-ban-moi.md', line: 1 });
		expect(set.errors[0].message).toContain('đường dẫn "9-10/nguoi-ban-moi" trùng');
	});

	it('reports an unknown band folder and a translation without its source', () => {
		const root = tempRoot({
			'content/7-9/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/en/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/README.md': '# not a lesson',
			'content/9-10/README.md': '# not a lesson either',
			'content/9-10/ghi-chu.txt': 'not markdown'
		});
		const set = loadContent({ root });
		expect(set.files).toBe(2);
		expect(set.errors.map((e) => [e.path, e.line, reason(e.message)])).toEqual([
			['content/7-9/01-nguoi-ban-moi.md', 1, 'unknown band folder'],
			['content/en/9-10/01-nguoi-ban-moi.md', 2, 'translation without a source lesson']
		]);
	});

	it('keeps a translation next to its Vietnamese source', () => {
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/en/9-10/01-nguoi-ban-moi.md': { copy: GOOD }
		});
		const set = loadContent({ root });
		expect(set.errors).toEqual([]);
		expect(set.lessons).toHaveLength(1);
		expect([...set.translations.keys()]).toEqual(['en:b910-nguoi-ban-moi']);
		expect(set.translations.get('en:b910-nguoi-ban-moi')?.lang).toBe('en');
	});

	it('reports every broken fixture and drops none silently', () => {
		const set = loadContent({ root: ROOT, contentDir: join(FIXTURES, 'content-broken') });
		const files = readdirSync(BROKEN).filter((f) => f.endsWith('.md'));
		expect(set.files).toBe(files.length);
		expect(set.lessons).toEqual([]);
		const withErrors = new Set(set.errors.map((e) => e.path));
		expect([...withErrors].sort()).toEqual(files.map((f) => `content/9-10/${f}`).sort());
		// Sorted by file then line, so an author can work down the list.
		const keys = set.errors.map((e) => [e.path, e.line] as const);
		const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
		expect(keys).toEqual(sorted);
	});

	it('loads guides and refuses an id used twice, even across lessons and guides', () => {
		const words = Array.from({ length: 60 }, (_, i) => `chữ${i}`).join(' ');
		const guide = (id: string) =>
			`---\nid: ${id}\ntitle: Tài liệu\naudience: parents\nsummary: Tóm tắt.\n---\n\n## Phần một\n\n${words}\n`;
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/guides/parents/01-mot.md': guide('ph-mot'),
			'content/guides/parents/02-hai.md': guide('b910-nguoi-ban-moi')
		});
		const set = loadContent({ root });
		expect(set.guides.map((g) => g.id)).toEqual(['ph-mot', 'b910-nguoi-ban-moi']);
		expect(set.errors.map((e) => [e.path, reason(e.message)])).toEqual([
			['content/guides/parents/02-hai.md', 'duplicate id']
		]);
	});
});

describe('summary and formatError', () => {
	it('summarises lessons and errors for machines, and errors as file:line for people', () => {
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			'content/9-10/02-lua-chon-thieu-phan-hoi.md': {
				copy: join(BROKEN, '01-lua-chon-thieu-phan-hoi.md')
			}
		});
		const set = loadContent({ root });
		const s = summary(set);
		expect(s.lessons).toEqual([
			{
				id: 'b910-nguoi-ban-moi',
				path: 'content/9-10/01-nguoi-ban-moi.md',
				band: '9-10',
				title: 'Người bạn mới trên mạng',
				topics: ['online-friends', 'strangers', 'personal-info', 'trusted-adults'],
				platforms: ['zalo', 'messenger', 'facebook'],
				activities: { choice: 2, chat: 1, redflag: 1, sort: 1, settings: 1 }
			}
		]);
		expect(s.errors).toHaveLength(1);
		expect(formatError(set.errors[0])).toBe(
			'content/9-10/02-lua-chon-thieu-phan-hoi.md:27: lựa chọn "Trả lời ngay, vì người đó rất vui tính." thiếu phản hồi (option has no feedback)'
		);
	});
});

describe('the real content/ folder', () => {
	it('has no errors, and every lesson has a step and an activity', () => {
		const set = loadContent({ root: ROOT });
		expect(set.errors.map(formatError)).toEqual([]);
		expect(set.lessons.length).toBeGreaterThan(0);
		for (const lesson of set.lessons) {
			expect(lesson.stepCount, lesson.path).toBeGreaterThanOrEqual(1);
			expect(
				Object.values(lesson.activityCounts).reduce((a, b) => a + (b ?? 0), 0),
				lesson.path
			).toBeGreaterThanOrEqual(1);
		}
	});
});

// Each run starts tsx: a few seconds, more on a busy machine.
describe('npm run content:check', { timeout: 60_000 }, () => {
	function check(...args: string[]) {
		return spawnSync('npx', ['tsx', 'scripts/content-check.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 60_000
		});
	}

	function contentDir(withBroken: boolean): string {
		const root = tempRoot({
			'content/9-10/01-nguoi-ban-moi.md': { copy: GOOD },
			...(withBroken
				? {
						'content/9-10/02-lua-chon-thieu-phan-hoi.md': {
							copy: join(BROKEN, '01-lua-chon-thieu-phan-hoi.md')
						}
					}
				: {})
		});
		return join(root, 'content');
	}

	it('prints a JSON summary and exits 1 when a lesson is broken', () => {
		const run = check('--json', `--dir=${contentDir(true)}`);
		expect(run.status, run.stderr).toBe(1);
		const out = JSON.parse(run.stdout);
		expect(out).toMatchObject({
			lessons: [
				{
					id: 'b910-nguoi-ban-moi',
					path: 'content/9-10/01-nguoi-ban-moi.md',
					band: '9-10',
					title: 'Người bạn mới trên mạng',
					topics: ['online-friends', 'strangers', 'personal-info', 'trusted-adults'],
					platforms: ['zalo', 'messenger', 'facebook'],
					activities: { choice: 2, chat: 1, redflag: 1, sort: 1, settings: 1 }
				}
			],
			errors: [
				{
					path: 'content/9-10/02-lua-chon-thieu-phan-hoi.md',
					line: 27,
					message: expect.stringContaining('(option has no feedback)')
				}
			]
		});
		for (const l of out.lessons)
			expect(Object.keys(l).sort()).toEqual(
				['activities', 'band', 'id', 'path', 'platforms', 'title', 'topics'].sort()
			);
		for (const e of out.errors) expect(Object.keys(e).sort()).toEqual(['line', 'message', 'path']);
	});

	it('prints file:line errors for people', () => {
		const run = check(`--dir=${contentDir(true)}`);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'content/9-10/02-lua-chon-thieu-phan-hoi.md:27: lựa chọn "Trả lời ngay, vì người đó rất vui tính." thiếu phản hồi (option has no feedback)'
		);
		expect(run.stdout).toContain('2 tệp · 1 bài học (9-10: 1) · 0 tài liệu · 1 lỗi');
	});

	it('exits 0 when every lesson is valid', () => {
		const run = check('--json', `--dir=${contentDir(false)}`);
		expect(run.status, run.stderr).toBe(0);
		expect(JSON.parse(run.stdout).errors).toEqual([]);
	});
});
