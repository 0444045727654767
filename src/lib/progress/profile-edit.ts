// Adding and editing a learner, through the one profile rule (ProfileInputSchema in
// schema.ts, the same the backup check applies). Loaded when a form saves, so the schema
// library never weighs on a child's page.
import * as v from 'valibot';
import { compareVi } from '$lib/i18n/text';
import { ProgressError, type Profile, type ProfileInput } from './model';
import { ProfileInputSchema } from './schema';
import type { Store, Tables } from './store';

/** The form's message for a field refused by its type alone (say, a number as nickname). */
const FIELD_KEYS: Record<string, string> = {
	nickname: 'progress:errors.nicknameEmpty',
	avatar: 'progress:errors.badAvatar',
	band: 'progress:errors.badBand',
	pictureCode: 'progress:errors.badCode'
};

/** Validate and normalise what a form gives; throws ProgressError with the form's key. */
export function cleanProfileInput(input: ProfileInput): ProfileInput {
	const r = v.safeParse(ProfileInputSchema, input, { abortEarly: true });
	if (r.success) return { ...r.output, pictureCode: r.output.pictureCode ?? null };
	const issue = r.issues[0];
	const field = String(issue.path?.[0]?.key ?? '');
	throw new ProgressError(
		/^progress:errors\./.test(issue.message)
			? issue.message
			: (FIELD_KEYS[field] ?? 'progress:errors.badInput')
	);
}

async function assertNoTwin(t: Tables, p: Profile) {
	const all = await t.profiles.all();
	const twin = all.find(
		(o) => o.id !== p.id && o.avatar === p.avatar && compareVi(o.nickname, p.nickname) === 0
	);
	// Same nickname AND same avatar: the children could not tell the two apart.
	if (twin) throw new ProgressError('progress:errors.duplicateProfile');
}

/**
 * A random id. Browsers offer `randomUUID` only in secure contexts (a school LAN over http
 * is not one); `getRandomValues` exists everywhere the app runs.
 */
export function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createProfile(
	store: Store,
	input: ProfileInput,
	now = Date.now()
): Promise<Profile> {
	const clean = cleanProfileInput(input);
	const profile: Profile = { id: newId(), created: now, ...clean };
	await store.write(async (t) => {
		await assertNoTwin(t, profile);
		await t.profiles.put(profile);
	});
	return profile;
}

/** Change some fields (`pictureCode: null` removes a forgotten code; progress is untouched). */
export async function updateProfile(
	store: Store,
	id: string,
	patch: Partial<ProfileInput>
): Promise<Profile> {
	return store.write(async (t) => {
		const old = await t.profiles.get(id);
		if (!old) throw new ProgressError('progress:errors.noProfile');
		const clean = cleanProfileInput({
			nickname: patch.nickname ?? old.nickname,
			avatar: patch.avatar ?? old.avatar,
			band: patch.band ?? old.band,
			pictureCode: 'pictureCode' in patch ? patch.pictureCode : old.pictureCode
		});
		const next: Profile = { ...old, ...clean };
		await assertNoTwin(t, next);
		await t.profiles.put(next);
		return next;
	});
}
