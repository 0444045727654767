// @vitest-environment node
// One profile rule: a learner typed in the form and one read from a backup file are accepted
// or refused alike, because both go through ProfileInputSchema (schema.ts).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseBackup } from './backup-check';
import { exportBackup } from './backup-export';
import { createMemoryStore } from './memory';
import type { Backup } from './model';
import { cleanProfileInput, createProfile } from './profile-edit';
import { ProfileInputSchema } from './schema';
import { learner } from './test-helpers';

async function oneLearnerBackup(): Promise<Backup> {
	const store = createMemoryStore();
	await createProfile(store, learner({ nickname: 'Mai', avatar: 'rabbit' }));
	return exportBackup(store);
}

/** What the repository says of a profile with `field` set to `value` (undefined: absent). */
function repository(field: string, value: unknown): string | 'ok' {
	const input: Record<string, unknown> = { ...learner() };
	if (value === undefined) delete input[field];
	else input[field] = value;
	try {
		cleanProfileInput(input as never);
		return 'ok';
	} catch (e) {
		return (e as { key: string }).key;
	}
}

/** What the backup check says of the same profile inside a file. */
function backup(template: Backup, field: string, value: unknown): string[] | 'ok' {
	const file = structuredClone(template) as unknown as { profiles: Record<string, unknown>[] };
	if (value === undefined) delete file.profiles[0][field];
	else file.profiles[0][field] = value;
	const r = parseBackup(JSON.stringify(file));
	return r.ok ? 'ok' : r.errors.map((e) => e.key);
}

const CANDIDATES: [string, unknown[]][] = [
	['avatar', ['cat', 'owl', 'unicorn', 'Cat', '', 42, null, undefined]],
	['band', ['6-8', '15-17', '18+', '5-6', 6, undefined]],
	[
		'nickname',
		[
			'Na',
			'Nguyễn Thị Thu Hường'.normalize('NFD'),
			'  ',
			'a'.repeat(21),
			'Nguyễn Ngọc Bảo Trâm Anh',
			42,
			undefined
		]
	],
	[
		'pictureCode',
		[
			null,
			undefined,
			['sun', 'moon', 'star'],
			['sun', 'sun'],
			['sun', 'dog', 'star'],
			['sun', 'moon', 'star', 'tree'],
			'sun'
		]
	]
];

describe('one profile rule for the form and the backup file', () => {
	it.each(CANDIDATES)('%s: accepted or refused alike', async (field, values) => {
		const template = await oneLearnerBackup();
		const verdicts = values.map((value) => {
			const accepted = repository(field, value) === 'ok';
			// The value is named so that a failure says which one the two disagree on.
			expect([value, backup(template, field, value) === 'ok']).toEqual([value, accepted]);
			return accepted;
		});
		// Each field is tried with values the rule accepts and values it refuses.
		expect(new Set(verdicts)).toEqual(new Set([true, false]));
	});

	it('a bad avatar is refused by both with the same rule, each in its own words', async () => {
		const rule = v.safeParse(ProfileInputSchema, { ...learner(), avatar: 'unicorn' });
		expect(rule.success).toBe(false);
		expect(rule.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([
			['avatar', 'progress:errors.badAvatar']
		]);
		// The child at the form reads "choose a picture"...
		expect(repository('avatar', 'unicorn')).toBe('progress:errors.badAvatar');
		// ...the adult importing a file reads "a picture is not one of the app's pictures".
		expect(backup(await oneLearnerBackup(), 'avatar', 'unicorn')).toEqual([
			'progress:backup.errors.unknownAvatar'
		]);
	});
});
