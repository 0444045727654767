/// <reference lib="webworker" />
// Khiên Nhỏ's service worker. SvelteKit bundles this file (Workbox modules from
// node_modules, nothing loaded from a CDN) into service-worker.js; @vite-pwa/sveltekit then
// injects the precache manifest in place of `self.__WB_MANIFEST` (see vite.config.ts).
//
// - precache.ts: the children's course (pages, data, fonts, images, the app's code) cached
//   at install time.
// - adults.ts: the adults' pack (/thay-co/, /phu-huynh/), downloaded when an adult asks.
// - routing.ts: offline navigations, unknown pages answered by the precached 200.html.
// - messages.ts: "update now" (SKIP_WAITING) and the course-availability check.
//
// The worker never calls skipWaiting on its own: an update waits for the learner (or for a
// navigation outside a lesson), so a lesson in progress is never swapped under a child.
import { clientsClaim } from 'workbox-core';
import { precacheCourse } from './precache';
import { routeNavigations } from './routing';
import { listenForMessages } from './messages';
import { AdultsPack, serveAdultsPack } from './adults';
import { splitPacks } from '../lib/pwa/packs';

declare const self: ServiceWorkerGlobalScope;

// One manifest, one build, one set of revisions: split by path prefix (src/lib/pwa/packs.ts).
const { children, adults } = splitPacks(self.__WB_MANIFEST);
const pack = new AdultsPack(adults);
const entries = precacheCourse(children);
serveAdultsPack(pack);
routeNavigations();
listenForMessages(entries, pack);

// On the very first install there is no older worker to wait for: take control of the open
// page at once so it works offline without a reload. Updates still wait (see above).
clientsClaim();
