/**
 * Register the service worker (written by src/integrations/service-worker.ts) once the page has
 * loaded and the browser is idle, so help pages and the planner open without a connection next
 * time. Production builds only: the dev server has no worker.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const base = document.documentElement.dataset.base ?? '/';
	const register = () => {
		navigator.serviceWorker
			.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
			.catch(() => undefined); // offline help is a bonus; the page works without it
	};
	// After the page has loaded and the browser is idle, so the worker never competes with the page.
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(register, { timeout: 5000 })
			: setTimeout(register, 1000);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
