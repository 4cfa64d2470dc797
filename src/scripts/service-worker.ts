/**
 * The service worker: help that works without a connection. Built by
 * src/integrations/service-worker.ts, which bundles this file and injects the precache list
 * (`self.__WB_MANIFEST`) with Workbox.
 *
 * - Precached, with a revision for each file: the shell, and in every language the home page,
 *   the help page, the planner with its card and plan, and the offline page
 *   (src/lib/offline-pages.ts). A new build's worker installs the new revisions, drops
 *   what is gone, and takes over at once.
 * - Pages always come from the network when there is one, so a new build shows at once.
 *   Articles the reader opens, in any language, are kept for reading offline.
 * - Offline, a saved page opens from the cache; any other page gets the offline page in its own
 *   language, with the numbers to call or text (calls need no data).
 * - Never touched: other origins, the search index (the browser fetches it as it always does),
 *   and anything but GET.
 */
import {
	cacheNames,
	clientsClaim,
	setCacheNameDetails,
	type RouteHandlerCallbackOptions,
} from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import {
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { isArticlePath, offlinePageFor } from '../lib/offline-pages.ts';

/** The parts of the worker's global scope used here (the DOM types do not describe it). */
declare const self: {
	__WB_MANIFEST: (PrecacheEntry | string)[];
	registration: { scope: string };
	skipWaiting(): Promise<void>;
	addEventListener(
		type: 'activate',
		listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void
	): void;
};

setCacheNameDetails({ prefix: 'tir' });
const ARTICLES_CACHE = 'tir-articles';
const scope = self.registration.scope;

void self.skipWaiting();
clientsClaim();

/** The precache key of a page address: its index.html, without query or fragment. */
const pageKey = (url: URL) =>
	new URL(url.pathname.endsWith('/') ? 'index.html' : '', `${url.origin}${url.pathname}`).href;

/** Articles kept for offline reading, newest last. */
const MAX_ARTICLES = 60;

/**
 * Keep only the newest articles. Workbox's ExpirationPlugin would do this with an IndexedDB
 * database; the cache's own order (an article read again moves to the end) is enough.
 */
const keepNewest = {
	cacheDidUpdate: async ({ cacheName }: { cacheName: string }) => {
		const cache = await caches.open(cacheName);
		const keys = await cache.keys();
		await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ARTICLES)).map((key) => cache.delete(key)));
	},
};

const articles = new NetworkFirst({
	cacheName: ARTICLES_CACHE,
	plugins: [new CacheableResponsePlugin({ statuses: [200] }), keepNewest],
});
const network = new NetworkOnly();

// Registered before the precache's route, so pages go to the network first even when saved.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.href.startsWith(scope),
	async (options: RouteHandlerCallbackOptions) => {
		const path = options.url.href.slice(scope.length);
		try {
			return await (isArticlePath(path) ? articles : network).handle(options);
		} catch {
			return (
				(await matchPrecache(pageKey(options.url))) ??
				(await matchPrecache(new URL(offlinePageFor(path), scope).href)) ??
				Response.error()
			);
		}
	}
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Caches of this site that a newer worker no longer uses (a renamed cache, say) go at once.
self.addEventListener('activate', (event) => {
	const current = new Set([cacheNames.precache, cacheNames.runtime, ARTICLES_CACHE]);
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(names.filter((n) => n.startsWith('tir-') && !current.has(n)).map((n) => caches.delete(n)))
			)
	);
});
