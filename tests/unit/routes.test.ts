/**
 * The one map of addresses between English and Spanish (src/i18n/routes.ts): on small tables, and
 * on the real content so that every Spanish page has exactly one English pair and the reverse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATEGORIES, ARTICLE_AUDIENCES, valueSlugTables } from '../../src/lib/facets';
import { frontmatterOf } from '../../src/lib/mdx-text';
import {
	ENGLISH_ONLY,
	englishPathOf,
	localeOfPath,
	pairOf,
	pathIn,
	SEGMENTS_ES,
	type SlugTables,
} from '../../src/i18n/routes';

const tables: SlugTables = {
	articles: { 'the-identity-shift': 'el-cambio-de-identidad' },
	supportTypes: { sponsorship: 'padrinos-y-madrinas' },
	hubs: { 'in-recovery': 'en-recuperacion' },
	topics: { isolation: 'soledad-y-aislamiento' },
	categories: { lines: 'lineas-de-ayuda' },
	audiences: { family: 'familiares-y-amigos' },
};

describe('pathIn and englishPathOf', () => {
	const pairs: [en: string, es: string][] = [
		['/', '/es/'],
		['/articles/', '/es/articulos/'],
		['/articles/the-identity-shift/', '/es/articulos/el-cambio-de-identidad/'],
		['/articles/for/family/', '/es/articulos/para/familiares-y-amigos/'],
		['/directory/category/lines/', '/es/directorio/categoria/lineas-de-ayuda/'],
		['/in-recovery/', '/es/en-recuperacion/'],
		['/topics/isolation/', '/es/temas/soledad-y-aislamiento/'],
		['/search/', '/es/buscar/'],
		['/my-circle/', '/es/mi-circulo/'],
		['/my-circle/card/', '/es/mi-circulo/tarjeta/'],
		['/offline/', '/es/sin-conexion/'],
	];

	it.each(pairs)('%s ↔ %s', (en, es) => {
		expect(pathIn('es', en, tables)).toBe(es);
		expect(englishPathOf(es, tables)).toBe(en);
		expect(pairOf(en, tables)).toEqual({ en, es });
		expect(pairOf(es, tables)).toEqual({ en, es });
	});

	it('keeps English paths as they are', () => {
		expect(pathIn('en', '/about/', tables)).toBe('/about/');
		expect(englishPathOf('/about/', tables)).toBe('/about/');
		expect(localeOfPath('/about/')).toBe('en');
		expect(localeOfPath('/es/')).toBe('es');
		expect(localeOfPath('/estonia/')).toBe('en');
	});

	it('lists every English-only page with its reason', () => {
		for (const [prefix, reason] of Object.entries(ENGLISH_ONLY)) {
			expect(prefix).toMatch(/^\//);
			expect(reason.length).toBeGreaterThan(10);
		}
	});

	it('has no pair for a page not built in Spanish yet, or for unknown content', () => {
		for (const path of Object.keys(ENGLISH_ONLY).filter((p) => p.endsWith('/'))) {
			expect(pathIn('es', path, tables), path).toBeUndefined();
			expect(pairOf(path, tables), path).toEqual({ en: path });
		}
		expect(pathIn('es', '/articles/no-such-article/', tables)).toBeUndefined();
		expect(englishPathOf('/es/articulos/no-existe/', tables)).toBeUndefined();
		expect(englishPathOf('/es/no-existe/', tables)).toBeUndefined();
		// A category or audience id under a Spanish prefix is not a Spanish address.
		expect(englishPathOf('/es/directorio/categoria/lines/', tables)).toBeUndefined();
		expect(pathIn('es', '/articles/for/no-such-audience/', tables)).toBeUndefined();
		// An English slug under a Spanish prefix is not a Spanish address.
		expect(englishPathOf('/es/articles/the-identity-shift/', tables)).toBeUndefined();
	});

	it('maps every fixed segment of the design, both ways', () => {
		expect(SEGMENTS_ES).toMatchObject({
			articles: 'articulos',
			directory: 'directorio',
			'get-help': 'obtener-ayuda',
			about: 'acerca-de',
			privacy: 'privacidad',
			accessibility: 'accesibilidad',
			glossary: 'glosario',
			search: 'buscar',
			topics: 'temas',
			'my-circle': 'mi-circulo',
			card: 'tarjeta',
			plan: 'plan',
			category: 'categoria',
			print: 'imprimir',
			offline: 'sin-conexion',
		});
		// Through the mapping itself; English-only pages have no Spanish address yet.
		const all = { ...tables };
		const without = (en: string) => !Object.keys(ENGLISH_ONLY).some((prefix) => en.startsWith(prefix));
		for (const [en, es] of [
			['/directory/sponsorship/', '/es/directorio/padrinos-y-madrinas/'],
			['/directory/category/lines/', '/es/directorio/categoria/lineas-de-ayuda/'],
			['/directory/print/', '/es/directorio/imprimir/'],
			['/my-circle/card/', '/es/mi-circulo/tarjeta/'],
			['/my-circle/plan/', '/es/mi-circulo/plan/'],
		] as const) {
			expect(englishPathOf(es, all)).toBe(en);
			expect(pathIn('es', en, all)).toBe(without(en) ? es : undefined);
		}
	});
});

describe('the real content', () => {
	const read = (file: string) => readFileSync(file, 'utf8');
	const yamlList = (file: string) => parse(read(file)) as { id: string; slug: string }[];
	const folder = 'content/es/articles';
	const real: SlugTables = {
		articles: Object.fromEntries(
			readdirSync(folder)
				.filter((f) => f.endsWith('.mdx'))
				.map((f) => [frontmatterOf(read(join(folder, f))).translationOf as string, f.slice(0, -4)])
		),
		supportTypes: Object.fromEntries(
			readdirSync('content/es/directory/support-types')
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => [
					f.slice(0, -5),
					(parse(read(join('content/es/directory/support-types', f))) as { slug: string }).slug,
				])
		),
		hubs: Object.fromEntries(yamlList('content/es/hubs.yaml').map((h) => [h.id, h.slug])),
		topics: Object.fromEntries(yamlList('content/es/topics.yaml').map((t) => [t.id, t.slug])),
		...valueSlugTables(),
	};

	it('gives every English article its own Spanish address and back', () => {
		const english = readdirSync('content/articles')
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => `/articles/${f.slice(0, -4)}/`);
		const spanish = english.map((en) => pathIn('es', en, real));
		expect(spanish).not.toContain(undefined);
		expect(new Set(spanish).size).toBe(english.length);
		expect(spanish.map((es) => englishPathOf(es!, real))).toEqual(english);
	});

	it('gives every category and article audience its own safe Spanish address and back', () => {
		const english = [
			...CATEGORIES.map((c) => `/directory/category/${c.id}/`),
			...ARTICLE_AUDIENCES.map((a) => `/articles/for/${a.id}/`),
		];
		const spanish = english.map((en) => pathIn('es', en, real));
		expect(spanish).not.toContain(undefined);
		expect(new Set(spanish).size).toBe(english.length);
		for (const es of spanish) expect(es).toMatch(/^\/es\/[a-z0-9/-]+\/$/);
		expect(spanish.map((es) => englishPathOf(es!, real))).toEqual(english);
	});

	it('never lets a Spanish hub slug take a fixed segment', () => {
		const fixed = new Set(Object.values(SEGMENTS_ES));
		for (const slug of Object.values(real.hubs)) expect(fixed.has(slug as never)).toBe(false);
	});
});
