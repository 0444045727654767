import i18next, { type TOptions } from 'i18next';
import {
	viResources,
	loadLanguage,
	NAMESPACES,
	LANGUAGES,
	type Language,
	type Tree
} from './resources';

const STORAGE_KEY = 'khien-nho:lang';

// i18next is initialised synchronously with bundled resources, so the prerendered HTML
// and the first client render agree (Vietnamese) and no request is ever made for strings.
const instance = i18next.createInstance();
instance.init({
	resources: { vi: viResources },
	lng: 'vi',
	fallbackLng: 'vi',
	ns: [...NAMESPACES],
	defaultNS: 'common',
	nsSeparator: ':',
	interpolation: { escapeValue: false },
	initAsync: false,
	returnNull: false
});

// Plain look-ups (a key, no options) remembered: i18next's own look-up takes a slow phone
// about half a millisecond each, several times in the tap that shows an answer. Forgotten
// whenever strings are added or the language changes, whichever way that happens.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, not state: t() reads lang
const plain = new Map<string, string>();
instance.store.on('added', () => plain.clear());
instance.store.on('removed', () => plain.clear());
instance.on('languageChanged', () => plain.clear());

// JSON modules (their arrays of steps included) go to i18next as they are.
type PageLoaders = Partial<Record<Language, () => Promise<object>>>;
// Registered once per namespace by module code, never read by a template: no reactivity.
const pageNamespaces: Record<string, PageLoaders> = {};

class I18n {
	lang = $state<Language>('vi');
	/** Bumped when a namespace loaded later arrives (provide()), so its strings show. */
	#added = $state(0);

	/** Translate `ns:key`. Reading `lang` makes every caller re-render on a switch. */
	t = (key: string, options?: TOptions): string => {
		void this.lang;
		void this.#added;
		if (options) return instance.t(key, options as TOptions) as string;
		let text = plain.get(key);
		if (text === undefined) plain.set(key, (text = instance.t(key) as string));
		return text;
	};

	/** A list of strings stored as a JSON array (steps, bullet points). */
	list = (key: string): string[] => {
		void this.lang;
		const value = instance.t(key, { returnObjects: true }) as unknown;
		return Array.isArray(value) ? value.map(String) : [];
	};

	/** Whether a key exists, for optional labels (e.g. vocabulary terms). */
	has = (key: string): boolean => {
		void this.lang;
		return instance.exists(key);
	};

	/**
	 * Strings of a namespace only some pages need (resources.ts keeps it out of every page's
	 * bundle): the page's module adds them, every language at once, before it renders.
	 */
	addBundles = (ns: string, bundles: Record<Language, Tree>): void => {
		for (const [lang, tree] of Object.entries(bundles))
			if (!instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, tree);
		this.#added++;
	};

	/** Vietnamese strings of a namespace kept out of the bundle (resources.ts), handed over
	 *  by the page that uses them (its server data): the same on the server and the client. */
	provide = (ns: string, tree: Record<string, unknown>) => {
		if (instance.hasResourceBundle('vi', ns)) return;
		instance.addResourceBundle('vi', ns, tree, true, true);
		this.#added++;
	};

	/**
	 * Strings of a page that loads its own (the lesson studio): added when its chunk loads,
	 * so no other page carries them.
	 */
	addNamespace = (ns: string, trees: Partial<Record<Language, Tree>>): void => {
		for (const [lang, tree] of Object.entries(trees))
			instance.addResourceBundle(lang, ns, tree, true, true);
		this.#added++;
	};

	async set(lang: Language) {
		if (!(LANGUAGES as readonly string[]).includes(lang)) return;
		// Remember the choice before the strings arrive: a child who taps "English" and
		// moves on at once still gets English on the next page.
		remember(lang);
		if (!instance.hasResourceBundle(lang, 'common')) {
			try {
				const bundles = await loadLanguage(lang);
				for (const [ns, tree] of Object.entries(bundles))
					instance.addResourceBundle(lang, ns, tree, true, true);
			} catch {
				// Offline before the strings were cached: this page stays as it is; the
				// remembered choice is tried again on the next page.
				return;
			}
		}
		await this.loadPageNamespaces(lang);
		await instance.changeLanguage(lang);
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	/**
	 * A namespace only some pages use, registered by those pages' own code so that its strings
	 * stay out of the shell: Vietnamese given at once, other languages loaded when needed.
	 */
	addPageNamespace(ns: string, vi: object, others: PageLoaders) {
		if (!instance.hasResourceBundle('vi', ns)) instance.addResourceBundle('vi', ns, vi, true, true);
		pageNamespaces[ns] = others;
		if (this.lang !== 'vi') void this.loadPageNamespaces(this.lang).then(() => this.#added++);
	}

	private async loadPageNamespaces(lang: Language) {
		for (const [ns, loaders] of Object.entries(pageNamespaces)) {
			const load = loaders[lang];
			if (!load || instance.hasResourceBundle(lang, ns)) continue;
			try {
				instance.addResourceBundle(lang, ns, await load(), true, true);
			} catch {
				// Offline before these strings were cached: the Vietnamese ones stand in.
			}
		}
	}

	/** Apply the language remembered on this device; called once on the client. */
	async restore() {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(STORAGE_KEY);
		} catch {
			// Storage blocked: the default language stays.
		}
		if (saved && saved !== this.lang) await this.set(saved as Language);
	}
}

function remember(lang: Language) {
	try {
		localStorage.setItem(STORAGE_KEY, lang);
	} catch {
		// Storage blocked (private mode): the choice lasts for this visit only.
	}
}

export const i18n = new I18n();
export const t = i18n.t;
export const tl = i18n.list;
