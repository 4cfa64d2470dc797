/**
 * The shape every language's dictionary has: English's keys (src/i18n/en.ts), any words. A
 * dictionary typed with it fails `astro check` when it lacks a key.
 */
import type { en } from './en';
import type { Plural } from './format';

export type Dictionary = Words<typeof en>;
type Words<T> = {
	readonly [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Words<T[K]>;
};
