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

export class PersistenceState {
	state = $state<Persistence>('unknown');
	#asked = false;

	/** Asks once (later calls do nothing); resolves when the browser answers, if ever. */
	request = async (
		storage: Storage | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage
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
			this.state = 'pending';
			this.state = (await storage.persist()) ? 'granted' : 'denied';
		} catch {
			this.state = 'unsupported';
		}
	};
}

export const persistence = new PersistenceState();
