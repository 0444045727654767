// Whether the browser keeps this device's data for the long term (navigator.storage.persist()),
// as one small rune singleton the settings page reads. Asked once storage has opened, and
// never waited on: Firefox asks the user, and a question nobody answers leaves the promise
// pending for as long as the page stays open (a lesson that waited on it never resumed).

export type Persistence =
	| 'unknown' // not asked yet
	| 'pending' // asked; the browser has not answered (Firefox: its question is still open)
	| 'granted'
	| 'denied'
	| 'unsupported'; // the browser cannot tell (no StorageManager, or it failed)

type Storage = Pick<StorageManager, 'persist' | 'persisted'>;

/** Remembers, per device, that the question was asked and refused (so it is not asked again). */
export interface AnswerMemory {
	refused(): boolean;
	rememberRefusal(): void;
}

const KEY = 'khien-nho:persist-refused';

/** localStorage where the browser allows it; a blocked localStorage just asks again. */
export const localMemory: AnswerMemory = {
	refused() {
		try {
			return localStorage.getItem(KEY) === '1';
		} catch {
			return false;
		}
	},
	rememberRefusal() {
		try {
			localStorage.setItem(KEY, '1');
		} catch {
			// Private mode or blocked: the question may come back on a later visit.
		}
	}
};

export class PersistenceState {
	state = $state<Persistence>('unknown');
	#asked = false;

	/**
	 * Asks once per page, and never again on a device that refused (Firefox would show its
	 * question on every visit); resolves when the browser answers, if ever.
	 */
	request = async (
		storage: Storage | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
		memory: AnswerMemory = localMemory
	): Promise<void> => {
		if (this.#asked) return;
		this.#asked = true;
		if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') {
			this.state = 'unsupported';
			return;
		}
		try {
			// Already granted: no question at all.
			if (await storage.persisted()) {
				this.state = 'granted';
				return;
			}
			if (memory.refused()) {
				this.state = 'denied';
				return;
			}
			this.state = 'pending';
			const granted = await storage.persist();
			if (!granted) memory.rememberRefusal();
			this.state = granted ? 'granted' : 'denied';
		} catch {
			this.state = 'unsupported';
		}
	};
}

export const persistence = new PersistenceState();
