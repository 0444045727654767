// How to install the app in a browser that does not offer installation itself: only
// Chromium fires `beforeinstallprompt` (the app then shows its own button). iOS and iPadOS,
// Firefox and Safari on a Mac each have their own way, and any other browser its menu: the
// settings page always says which. The user agent is the only clue a page has.
import type { IconName } from '$lib/components/icons/paths';

export type InstallRoute = 'ios' | 'firefoxAndroid' | 'firefoxDesktop' | 'safariMac' | 'menu';

export function installRoute(userAgent: string, maxTouchPoints = 0): InstallRoute {
	// iPadOS presents itself as a Mac; touch points give it away. Every iOS browser is WebKit
	// and installs from the Share menu, Firefox (FxiOS) included.
	if (/iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1))
		return 'ios';
	if (/Firefox\//.test(userAgent))
		return /Android/.test(userAgent) ? 'firefoxAndroid' : 'firefoxDesktop';
	if (
		/Macintosh/.test(userAgent) &&
		/Version\/[\d.]+.*Safari\//.test(userAgent) &&
		!/(Chrome|Chromium|Edg|OPR)\//.test(userAgent)
	)
		return 'safariMac';
	return 'menu';
}

export interface InstallStep {
	icon?: IconName;
	/** Translation key. */
	text: string;
}

/** What the settings page says for each route: a sentence, then the steps. */
export const INSTALL_STEPS: Record<InstallRoute, { intro: string; steps: InstallStep[] }> = {
	ios: {
		intro: 'pwa:install.iosSteps',
		steps: [
			{ icon: 'share', text: 'pwa:install.iosShare' },
			{ icon: 'square-plus', text: 'pwa:install.iosAdd' }
		]
	},
	firefoxAndroid: {
		intro: 'pwa:install.firefoxAndroid.intro',
		steps: [
			{ text: 'pwa:install.firefoxAndroid.menu' },
			{ icon: 'square-plus', text: 'pwa:install.firefoxAndroid.add' }
		]
	},
	firefoxDesktop: {
		intro: 'pwa:install.firefoxDesktop.intro',
		steps: [
			{ icon: 'star', text: 'pwa:install.firefoxDesktop.bookmark' },
			{ icon: 'download', text: 'pwa:install.firefoxDesktop.other' }
		]
	},
	safariMac: {
		intro: 'pwa:install.safariMac.intro',
		steps: [
			{ text: 'pwa:install.safariMac.menu' },
			{ icon: 'square-plus', text: 'pwa:install.safariMac.add' }
		]
	},
	menu: {
		intro: 'pwa:install.menu.intro',
		steps: [{ text: 'pwa:install.menu.open' }, { icon: 'download', text: 'pwa:install.menu.add' }]
	}
};
