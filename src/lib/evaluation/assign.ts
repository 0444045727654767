// Which form and which list a learner gets (issue 20). Pure, so the rule is tested alone.
//
// - pre: by the learner's slot in the group's wave (the order children start it on this
//   device): A, B, A, B... so a group is half A, half B.
// - post: the other form than the learner's pre; a learner with no pre on this device (a
//   guest, a new profile) goes by slot like pre.
// - delayed: the learner's pre form again (weeks later, and not the form just seen at
//   post); else the other than post; else by slot.
// - list experiment: by slot too, but in pairs (short, short, long, long...), so the arm is
//   independent of the form: each form has both arms, half and half.
import type { Arm, Form, Wave } from './summary';

export const other = (f: Form): Form => (f === 'A' ? 'B' : 'A');
const bySlot = (slot: number): Form => (slot % 2 === 0 ? 'A' : 'B');

export function assignForm(wave: Wave, slot: number, known: Partial<Record<Wave, Form>>): Form {
	if (wave === 'post') return known.pre ? other(known.pre) : bySlot(slot);
	if (wave === 'delayed') {
		if (known.pre) return known.pre;
		if (known.post) return other(known.post);
	}
	return bySlot(slot);
}

export function assignArm(slot: number): Arm {
	return Math.floor(slot / 2) % 2 === 0 ? 'short' : 'long';
}

/** A new group's round id: 8 characters a-z 0-9 from the browser's random source. */
export function newRoundId(
	random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))
): string {
	const abc = 'abcdefghijklmnopqrstuvwxyz0123456789';
	// 252 = 7 x 36: bytes above it are dropped, so every character is equally likely.
	let id = '';
	while (id.length < 8) for (const b of random(16)) if (b < 252 && id.length < 8) id += abc[b % 36];
	return id;
}

/** Today as YYYY-MM-DD in the device's own time zone: a day, never an hour. */
export function today(d = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
