// Short sounds made on the spot with the Web Audio API: no audio file to download or cache.
// Quiet (gain 0.08) and brief, so a classroom is not startled.

let ctx: AudioContext | null = null;

function audio(): AudioContext | null {
	const AC =
		globalThis.AudioContext ??
		(globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
	if (!AC) return null;
	ctx ??= new AC();
	if (ctx.state === 'suspended') void ctx.resume();
	return ctx;
}

/** Plays notes (Hz) one after another, each `step` seconds long. */
export function playNotes(notes: number[], step = 0.12): boolean {
	const ac = audio();
	if (!ac) return false;
	const start = ac.currentTime + 0.02;
	notes.forEach((hz, i) => {
		const osc = ac.createOscillator();
		const gain = ac.createGain();
		osc.type = 'sine';
		osc.frequency.value = hz;
		const t = start + i * step;
		gain.gain.setValueAtTime(0, t);
		gain.gain.linearRampToValueAtTime(0.08, t + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, t + step * 2);
		osc.connect(gain).connect(ac.destination);
		osc.start(t);
		osc.stop(t + step * 2 + 0.05);
	});
	return true;
}

/** A right answer: two rising notes. */
export const chime = () => playNotes([659.25, 987.77], 0.1);
/** The end of a lesson: a bright rising arpeggio (C E G C). */
export const fanfare = () => playNotes([523.25, 659.25, 783.99, 1046.5], 0.13);
