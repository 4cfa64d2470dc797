/**
 * What the planner loads only on first use: phone checks (libphonenumber-js's metadata) and
 * reading a file (Zod). The page builds each as its own standalone file (`?worker&url`, as the
 * header does for the search dialog) and gives the planner their addresses; such a build keeps
 * no exports, so each file puts its function here, on one global.
 */
import type { readCircleFile } from '../../lib/circle-file';
import type { checkPhone } from '../../lib/reader-phone';

export interface Lazy {
	checkPhone?: typeof checkPhone;
	readCircleFile?: typeof readCircleFile;
}

declare global {
	var tirCircleLazy: Lazy | undefined;
}

/** The one object every lazily loaded file adds its function to. */
export const lazy: Lazy = (globalThis.tirCircleLazy ??= {});

/** The function `key`, loading its file from `url` the first time. */
export async function load<K extends keyof Lazy>(key: K, url: string): Promise<NonNullable<Lazy[K]>> {
	if (!lazy[key]) await import(/* @vite-ignore */ url);
	const loaded = lazy[key];
	if (!loaded) throw new Error(`${url} did not provide ${key}`);
	return loaded;
}
