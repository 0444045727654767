// How the client JavaScript is cut into files. Left to itself, the bundler makes a chunk
// for every pattern of sharing between routes: the home page needed 19 files and a lesson
// 25. On a phone over 3G each file costs a round trip, so the first paint waited for
// requests, not bytes. Everything every page needs at start-up (Svelte, SvelteKit, i18next
// with the Vietnamese strings, the layout and its components, the progress state without
// Dexie) goes into one "shell" file; each route keeps its own file, and what loads later on
// purpose (Dexie, workbox-window, English strings, backup, the progress schemas and profile
// editing, the effectiveness check, the update prompt, the install steps of each browser)
// stays apart.

/** Loaded on demand: must never be pulled into the shell. */
const LATER =
	/[\\/](dexie|workbox-window)[\\/]|src[\\/]lib[\\/](i18n[\\/]locales[\\/](?!vi[\\/])|i18n[\\/]locales[\\/]\w+[\\/]report\.json|i18n[\\/]locales[\\/]vi[\\/](media-kit|facilitator|training|studio|custom)\b|progress[\\/](db|backup|csv|schema|profile-edit|evaluation|narration|custom-lessons)\b|pwa[\\/](register|platform)\b|components[\\/]pwa[\\/](UpdatePrompt|OfflineStatusCard)\b)/;

/** Needed by every page before it can respond to a tap. */
const SHELL = new RegExp(
	[
		String.raw`node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|i18next|clsx)[\\/]`,
		String.raw`src[\\/]lib[\\/](i18n|progress|pwa|styles|a11y|speech|facts|after-paint)[\\/.]`,
		// The layout's chrome and quick exit (every page), and hotline numbers as call links.
		String.raw`src[\\/]lib[\\/](layout|safety)[\\/]`,
		String.raw`src[\\/]lib[\\/]components[\\/](layout|common|icons|safety)[\\/]`,
		String.raw`src[\\/]lib[\\/]components[\\/]help[\\/]PhoneText\b`,
		String.raw`src[\\/]lib[\\/]components[\\/]pwa[\\/](PwaShell|OfflineIndicator)\b`,
		String.raw`src[\\/]lib[\\/]components[\\/]profiles[\\/](Avatar|StorageNotice|art)\b`,
		String.raw`src[\\/]routes[\\/]\+layout\b`,
		String.raw`vite[\\/]preload-helper`
	].join('|')
);

export const isShellModule = (id: string) => SHELL.test(id) && !LATER.test(id);

/** Rolldown's `output.codeSplitting` for the client build. */
export const codeSplitting = {
	groups: [{ name: 'shell', priority: 20, test: isShellModule }]
};
