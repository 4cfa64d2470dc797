/**
 * Reading ease of Spanish text: the Fernández-Huerta index (1959), in the corrected form that
 * scales with the text (Gwillim Law, 2011, as legible.es gives it):
 *
 *   L = 206.84 - 60 * syllables / words - 1.02 * words / sentences
 *
 * Higher is easier. On its scale 60 to 70 is "normal", US grade 7 or 8; 70 to 80 is grade 6.
 * No maintained npm package computes it, so this small module counts Spanish syllables itself.
 */
import { ParseLatin } from 'parse-latin';
import { textCounts } from './content-lint.ts';

/** Lowest index for Spanish articles: grade 8, as the English articles' Flesch-Kincaid limit. */
export const MIN_ARTICLE_EASE_ES = 60;
/** Lowest index for the Spanish help page: grade 6, as the English help page's limit. */
export const MIN_HELP_EASE_ES = 70;

const STRONG = 'aeoáéíóú'; // an accented i or u breaks a diphthong, as a strong vowel does
const WEAK = 'iuü';

/**
 * Syllables of one Spanish word: one for each vowel group, where a weak vowel next to another
 * vowel shares its syllable (diphthong: "bue-no", "ciu-dad") and two strong vowels do not
 * (hiatus: "po-e-ta", "dí-a"). The u of "que", "qui", "gue", "gui" is silent; a final y is a
 * vowel ("muy", "hoy"). A word with no vowel counts one.
 */
export function spanishSyllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
	if (!w) return 0;
	let count = 0;
	let previous: 'strong' | 'weak' | null = null;
	for (let i = 0; i < w.length; i++) {
		let c = w[i]!;
		const next = w[i + 1] ?? '';
		if (c === 'u' && (w[i - 1] === 'q' || (w[i - 1] === 'g' && 'eéií'.includes(next)))) continue;
		if (c === 'y') c = i === w.length - 1 ? 'i' : '';
		const kind = STRONG.includes(c) ? 'strong' : c && WEAK.includes(c) ? 'weak' : null;
		if (kind && (previous === null || (previous === 'strong' && kind === 'strong'))) count++;
		previous = kind;
	}
	return Math.max(count, 1);
}

/** Sentences, words and syllables of Spanish text (words by the site's one counter). */
export function spanishCounts(text: string): { sentence: number; word: number; syllable: number } {
	return textCounts(text, { parser: new ParseLatin(), syllables: spanishSyllables });
}

/** The Fernández-Huerta index of `text` (100 for empty text). */
export function fernandezHuerta(text: string): number {
	const { sentence, word, syllable } = spanishCounts(text);
	if (word === 0 || sentence === 0) return 100;
	return 206.84 - (60 * syllable) / word - (1.02 * word) / sentence;
}
