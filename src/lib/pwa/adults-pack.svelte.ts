// The adults' pack on this device (src/service-worker/adults.ts), as state for the card on
// /thay-co/: how many of its files are cached, and a download with progress. One instance.
import type { PackStatus, WorkerMessage } from './protocol';
import { serviceWorkerSupported } from './support';

export type PackState = 'checking' | 'missing' | 'downloading' | 'ready' | 'unsupported';

/** How often the card asks the worker for progress while the pack downloads. */
const POLL_MS = 400;

async function ask(message: WorkerMessage, timeoutMs?: number): Promise<PackStatus | null> {
	if (!serviceWorkerSupported()) return null;
	const { askWorker } = await import('./register');
	return (await askWorker(message, timeoutMs)) as PackStatus | null;
}

class AdultsPackState {
	state = $state<PackState>('checking');
	cached = $state(0);
	total = $state(0);
	#timer: ReturnType<typeof setTimeout> | null = null;

	#show(status: PackStatus | null) {
		if (!status) {
			this.state = serviceWorkerSupported() ? 'missing' : 'unsupported';
			return;
		}
		this.cached = status.cached;
		this.total = status.total;
		if (status.downloading) this.state = 'downloading';
		else this.state = status.total > 0 && status.cached >= status.total ? 'ready' : 'missing';
		if (this.state === 'downloading') this.#poll();
	}

	#poll() {
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.check();
		}, POLL_MS);
	}

	check = async (): Promise<void> => {
		this.#show(await ask({ type: 'GET_ADULTS_STATUS' }));
	};

	/** Starts (or joins) the download; the bar follows it until every file is cached. */
	download = async (): Promise<void> => {
		if (!serviceWorkerSupported()) return void (this.state = 'unsupported');
		this.state = 'downloading';
		const done = ask({ type: 'CACHE_ADULTS' }, 10 * 60_000);
		this.#poll();
		const status = await done;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#show(status ? { ...status, downloading: false } : null);
	};
}

export const adultsPack = new AdultsPackState();
