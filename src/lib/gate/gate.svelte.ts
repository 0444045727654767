// The adult gate as a small rune object: one per page (or panel) that has adult actions.
//
//   const gate = new AdultGate();               // asks every time (destructive actions)
//   const gate = new AdultGate({ keep: true }); // once passed, open while the page is open
//
//   <button onclick={() => gate.guard(wipe, t('gate:purpose.clearAll'))}>…</button>
//   {#if gate.passed}…an adults' section…{/if}
//   <AdultGateDialog {gate} />                  // once on the page: the question, when asked
//
// `guard(action, purpose)` runs the action at once when a kept pass exists; otherwise it
// opens the dialog (which shows `purpose`), and the action runs only after an adult passes.
// Cancelling drops the action. The pass lives in this object: leaving or reloading the page
// closes the gate again, and nothing is stored.
export interface GateRequest {
	/** What the adult is about to do, shown in the dialog ("Xóa toàn bộ dữ liệu…"). */
	purpose: string;
	action: () => void;
}

export class AdultGate {
	readonly keep: boolean;
	/** Passed (and kept): adult-only sections may show. Always false when `keep` is off. */
	passed = $state(false);
	/** The action waiting for the gate, while the dialog is open. */
	request = $state.raw<GateRequest | null>(null);

	constructor({ keep = false }: { keep?: boolean } = {}) {
		this.keep = keep;
	}

	get asking(): boolean {
		return this.request !== null;
	}

	/** Run `action` behind the gate. Arrow functions: they can be passed on as props. */
	guard = (action: () => void, purpose = ''): void => {
		if (this.keep && this.passed) return action();
		this.request = { action, purpose };
	};

	/** Called by the dialog when an adult has answered and held. */
	pass = (): void => {
		const request = this.request;
		this.request = null;
		if (this.keep) this.passed = true;
		request?.action();
	};

	cancel = (): void => {
		this.request = null;
	};
}

/** What components take when the page decides which actions are gated. */
export type Guard = (action: () => void, purpose?: string) => void;

/** No gate: the action runs at once (the default for components used without one). */
export const ungated: Guard = (action) => action();
