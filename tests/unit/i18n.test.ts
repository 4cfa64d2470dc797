import { describe, expect, it } from 'vitest';
import { around, fill, LOCALES, plural, words, type Dictionary } from '../../src/i18n';

describe('fill', () => {
	it('puts values in their placeholders and leaves unknown ones', () => {
		expect(fill('Call {number} now', { number: '988' })).toBe('Call 988 now');
		expect(fill('Text {keyword} to {number}', { keyword: 'HOME' })).toBe('Text HOME to {number}');
	});
});

describe('plural', () => {
	const forms = { one: '{count} result for “{query}”', other: '{count} results for “{query}”' };
	it('picks the plural form for the locale and formats the number as a numeral', () => {
		expect(plural('en-US', forms, 1, { query: 'x' })).toBe('1 result for “x”');
		expect(plural('en-US', forms, 0, { query: 'x' })).toBe('0 results for “x”');
		expect(plural('en-US', forms, 1234, { query: 'x' })).toBe('1,234 results for “x”');
	});
	it('falls back to `other` when a language has no form for the category', () => {
		expect(plural('en-US', { other: '{count} things' }, 1)).toBe('1 things');
	});
});

describe('around', () => {
	it('splits a template around one placeholder', () => {
		expect(around('Call {number} now', 'number')).toEqual(['Call ', ' now']);
		expect(around('Chat online', 'number')).toEqual(['Chat online', '']);
	});
});

describe('the dictionaries', () => {
	/** Every path to a string in a dictionary. */
	const paths = (value: unknown, prefix = ''): string[] =>
		typeof value === 'string'
			? [prefix]
			: Object.entries(value as object).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
	const english = paths(words('en'));

	for (const locale of Object.keys(LOCALES) as (keyof typeof LOCALES)[]) {
		it(`${locale} has every key English has, and no empty words`, () => {
			const dictionary: Dictionary = words(locale);
			const keys = paths(dictionary);
			for (const key of english) {
				if (/\.(zero|two|few|many)$/.test(key)) continue; // plural categories vary by language
				expect(keys, `${locale}: ${key}`).toContain(key);
			}
			const empty = keys.filter((k) => {
				const value = k
					.split('.')
					.reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], dictionary);
				return typeof value !== 'string' || value.trim() === '';
			});
			expect(empty).toEqual([]);
		});

		it(`${locale} fills in the same placeholders as English`, () => {
			const valueAt = (dictionary: unknown, key: string) =>
				key
					.split('.')
					.reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], dictionary);
			const placeholders = (text: unknown) =>
				[...String(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			const differ = english.filter(
				(key) =>
					valueAt(words(locale), key) !== undefined &&
					placeholders(valueAt(words(locale), key)).join() !== placeholders(valueAt(words('en'), key)).join()
			);
			expect(differ).toEqual([]);
		});
	}
});
