/**
 * The Spanish edition's content (content/es), checked as the English content is: every English
 * entry has its Spanish pair and the reverse, Spanish addresses are unique and safe, our own
 * narration avoids the words in content/es/words.yaml, each text reads at grade 8 or easier
 * (Fernández-Huerta), and each article keeps the English article's links, callouts and sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseLatin } from 'parse-latin';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { frontmatterOf } from '../../src/lib/mdx-text';
import { findAvoidedWords, loadWordRules, narrationFromMdx } from '../tools/content-lint';
import {
	fernandezHuerta,
	MIN_ARTICLE_EASE_ES,
	spanishCounts,
	spanishSyllables,
} from '../tools/readability-es';

const rules = loadWordRules('content/es/words.yaml');
const avoided = (text: string) => findAvoidedWords(text, rules, new ParseLatin());
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const filesIn = (dir: string, ext: string) =>
	readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('_'));
const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');
const yamlList = (file: string) => parseYaml(read(file)) as Record<string, unknown>[];

const english = Object.fromEntries(
	filesIn('content/articles', '.mdx').map((f) => [f.slice(0, -4), read('content/articles', f)])
);
const spanish = filesIn('content/es/articles', '.mdx').map((f) => {
	const source = read('content/es/articles', f);
	return { slug: f.slice(0, -4), source, data: frontmatterOf(source) };
});

/** The components of an article that carry links, safety messages or structure, in order. */
function skeleton(mdx: string): string[] {
	const body = mdx.replace(/^---[\s\S]*?\n---/, '');
	return [
		...body.matchAll(
			/<(ArticleLink slug="[^"]+"|SupportTypeLink type="[^"]+"|CrisisCallout|HelplineCallout|CircleLink|KeyPoints|TheirWords|Quote)\b/g
		),
	].map((m) => m[1]!);
}

describe('Spanish readability (Fernández-Huerta)', () => {
	it('counts Spanish syllables: diphthongs, hiatus, silent u, final y', () => {
		const cases: Record<string, number> = {
			casa: 2,
			bueno: 2,
			ciudad: 2,
			poeta: 3,
			día: 2,
			país: 2,
			que: 1,
			guerra: 2,
			agua: 2,
			pingüino: 3,
			muy: 1,
			hoy: 1,
			ayuda: 3,
			ahora: 3,
			recuperación: 5,
			y: 1,
		};
		expect(Object.fromEntries(Object.keys(cases).map((w) => [w, spanishSyllables(w)]))).toEqual(cases);
	});

	it('counts sentences and words, and scores plain text higher than dense text', () => {
		expect(spanishCounts('Hola. ¿Cómo está usted? Muy bien.')).toMatchObject({ sentence: 3, word: 6 });
		const plain = 'Llame hoy. Hable con alguien. No está solo. Hay ayuda cerca de usted.';
		const dense =
			'La implementación interinstitucional de intervenciones farmacológicas individualizadas requiere coordinación multidisciplinaria continuada entre profesionales especializados.';
		expect(fernandezHuerta(plain)).toBeGreaterThan(MIN_ARTICLE_EASE_ES);
		expect(fernandezHuerta(dense)).toBeLessThan(MIN_ARTICLE_EASE_ES);
	});
});

describe('the Spanish word list', () => {
	it('finds avoided words and phrases, with what to say instead, and leaves names alone', () => {
		const problems = avoided(
			'Ningún adicto es un caso perdido. Hablamos de abuso de sustancias. Alcohólicos Anónimos ayuda.'
		);
		expect(problems.map((p) => p.term)).toEqual(['adicto', 'abuso de sustancias']);
		expect(problems[0]!.use).toBe('persona con un trastorno por consumo de sustancias');
	});
});

describe('Spanish articles', () => {
	it('pair one to one with the English articles', () => {
		const pairs = spanish.map((a) => String(a.data.translationOf));
		expect([...pairs].sort(), 'translationOf of every Spanish article').toEqual(Object.keys(english).sort());
	});

	for (const { slug, source, data } of spanish) {
		describe(slug, () => {
			it('has a safe, unique address and the frontmatter a translation needs', () => {
				expect(slug).toMatch(SLUG);
				expect(spanish.filter((a) => a.slug === slug)).toHaveLength(1);
				// Topics, audiences, related articles and support types come from the English pair.
				const allowed = ['description', 'draft', 'published', 'sources', 'title', 'translationOf', 'updated'];
				expect(Object.keys(data).filter((key) => !allowed.includes(key))).toEqual([]);
				expect(Object.keys(data)).toEqual(
					expect.arrayContaining(['description', 'published', 'sources', 'title', 'translationOf'])
				);
				expect(String(data.title).length).toBeLessThanOrEqual(90);
				expect(String(data.description).length).toBeGreaterThanOrEqual(70);
				expect(String(data.description).length).toBeLessThanOrEqual(160);
			});

			it('keeps the English links, callouts and sources', () => {
				const original = english[String(data.translationOf)]!;
				expect(skeleton(source)).toEqual(skeleton(original));
				const urls = (mdx: string) =>
					((frontmatterOf(mdx).sources ?? []) as { url: string }[]).map((s) => s.url);
				expect(urls(source)).toEqual(expect.arrayContaining(urls(original)));
			});

			it('uses none of the avoided words in our own narration, and reads at grade 8 or easier', () => {
				const text = narrationFromMdx(source);
				expect(avoided(text)).toEqual([]);
				expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(MIN_ARTICLE_EASE_ES);
			});
		});
	}
});

describe('Spanish directory, glossary, hubs and topics', () => {
	const folders = ['directory/support-types', 'directory/organisations'];
	for (const folder of folders) {
		it(`${folder}: one Spanish file for each English one, with unique, safe addresses`, () => {
			expect(filesIn(join('content/es', folder), '.yaml')).toEqual(filesIn(join('content', folder), '.yaml'));
		});
	}

	const lists = ['glossary.yaml', 'hubs.yaml', 'topics.yaml'];
	for (const file of lists) {
		it(`${file}: the same ids as the English list`, () => {
			const ids = (list: Record<string, unknown>[]) => list.map((e) => String(e.id)).sort();
			expect(ids(yamlList(join('content/es', file)))).toEqual(ids(yamlList(join('content', file))));
		});
	}

	it('support types have text where English has text: every field a string, every step a string', () => {
		const fields = ['slug', 'name', 'summary', 'whatItIs', 'whoItHelps', 'whatToExpect'];
		for (const f of filesIn('content/es/directory/support-types', '.yaml')) {
			const entry = parseYaml(read('content/es/directory/support-types', f)) as Record<string, unknown>;
			for (const field of fields) expect(typeof entry[field], `${f}: ${field}`).toBe('string');
			const steps = entry.howToStart as unknown[];
			expect(
				Array.isArray(steps) && steps.every((step) => typeof step === 'string'),
				`${f}: howToStart`
			).toBe(true);
		}
	});

	it('Spanish addresses are unique and safe within each kind of page', () => {
		const slugsOf = (entries: Record<string, unknown>[]) => entries.map((e) => String(e.slug));
		const types = filesIn('content/es/directory/support-types', '.yaml').map(
			(f) => parseYaml(read('content/es/directory/support-types', f)) as Record<string, unknown>
		);
		for (const slugs of [
			slugsOf(types),
			slugsOf(yamlList('content/es/hubs.yaml')),
			slugsOf(yamlList('content/es/topics.yaml')),
		]) {
			for (const slug of slugs) expect(slug).toMatch(SLUG);
			expect(new Set(slugs).size).toBe(slugs.length);
		}
	});

	it('use none of the avoided words, and read at grade 8 or easier', () => {
		const texts: Record<string, string> = {};
		const collect = (name: string, value: unknown) => {
			if (typeof value === 'string') texts[name] = `${texts[name] ?? ''}\n\n${value}`;
			else if (Array.isArray(value)) value.forEach((v) => collect(name, v));
			else if (value && typeof value === 'object')
				for (const [key, v] of Object.entries(value))
					if (!['slug', 'id', 'url', 'title'].includes(key)) collect(name, v);
		};
		for (const folder of folders)
			for (const f of filesIn(join('content/es', folder), '.yaml'))
				collect(`${folder}/${f}`, parseYaml(read('content/es', folder, f)));
		for (const file of lists) collect(file, yamlList(join('content/es', file)));
		const problems = Object.entries(texts).flatMap(([name, text]) =>
			avoided(text).map((p) => `${name}: "${p.term}" (say ${p.use}): ${p.context}`)
		);
		expect(problems).toEqual([]);
		const hard = Object.entries(texts)
			.map(([name, text]) => ({ name, ease: Math.round(fernandezHuerta(text)) }))
			.filter(({ ease }) => ease < MIN_ARTICLE_EASE_ES);
		expect(hard).toEqual([]);
	});
});
