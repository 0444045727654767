import i18next, { type TOptions } from 'i18next';
import { viResources, loadLanguage, NAMESPACES, LANGUAGES, type Language } from './resources';

type Tree = { [key: string]: string | Tree };

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

class I18n {
	lang = $state<Language>('vi');

	/** Translate `ns:key`. Reading `lang` makes every caller re-render on a switch. */
	t = (key: string, options?: TOptions): string => {
		void this.lang;
		return instance.t(key, options as TOptions) as string;
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
	 * Strings of a page that loads its own (the lesson studio): added when its chunk loads,
	 * so no other page carries them.
	 */
	addNamespace = (ns: string, trees: Partial<Record<Language, Tree>>): void => {
		for (const [lang, tree] of Object.entries(trees))
			instance.addResourceBundle(lang, ns, tree, true, true);
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
		await instance.changeLanguage(lang);
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
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
