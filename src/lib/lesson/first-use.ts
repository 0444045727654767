// "Học thử" chosen on the first band page of a visit: remembered for the tab's session, so the
// question "Ai đang học?" is asked once, not on every band page. sessionStorage, because a
// shared tablet's next child should be asked again after the browser is closed.
const KEY = 'khien-nho:guest-chosen';

export function guestChosen(storage: Pick<Storage, 'getItem'> | undefined = session()): boolean {
	try {
		return storage?.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

export function chooseGuest(storage: Pick<Storage, 'setItem'> | undefined = session()): void {
	try {
		storage?.setItem(KEY, '1');
	} catch {
		// Storage blocked: the question may come back on the next band page, nothing worse.
	}
}

function session(): Storage | undefined {
	try {
		return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
	} catch {
		return undefined;
	}
}
