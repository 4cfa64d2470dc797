import { describe, expect, it } from 'vitest';
import {
	articleSchema,
	articleTranslationSchema,
	glossaryTranslationSchema,
	hubSchema,
	hubTranslationSchema,
	organisationTranslationSchema,
	supportTypeTranslationSchema,
	topicTranslationSchema,
	organisationSchema,
	supportTypeSchema,
	type KnownIds,
} from '../../src/lib/content-schemas';
import { DIAL_NUMBER_RULE } from '../../src/lib/links';

const ids: KnownIds = {
	topics: ['isolation', 'identity'],
	articles: ['feeling-alone', 'first-meeting'],
	supportTypes: ['twelve-step-fellowships', 'crisis-lines'],
};

const article = () => ({
	title: 'Feeling alone in early recovery',
	description:
		'Loneliness is common in the first months of recovery. Here is why it happens and why it passes.',
	published: '2026-11-26',
	audiences: ['in-recovery'],
	topics: ['isolation'],
	relatedArticles: ['first-meeting'],
	supportTypes: ['twelve-step-fellowships'],
	sources: [
		{
			title: 'NIDA Words Matter',
			url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
			supports: 'the person-first words the article uses',
		},
		{
			title: 'The A.A. Group',
			url: 'https://www.aa.org/the-aa-group',
			supports: 'what an A.A. group is and that it has no dues',
		},
	],
});

/** The first issue of a failed parse, as "field: message". */
function firstIssue(
	schema: {
		safeParse: (v: unknown) => {
			success: boolean;
			error?: { issues: { path: PropertyKey[]; message: string }[] };
		};
	},
	value: unknown
): string {
	const result = schema.safeParse(value);
	expect(result.success).toBe(false);
	const issue = result.error!.issues[0]!;
	return `${issue.path.map(String).join('.')}: ${issue.message}`;
}

describe('article frontmatter', () => {
	it('accepts a valid article and fills defaults', () => {
		const parsed = articleSchema(ids).parse(article());
		expect(parsed.draft).toBe(false);
		expect(parsed.featured).toBe(false);
		expect(parsed.published).toBeInstanceOf(Date);
	});

	it('names an unknown field', () => {
		const result = articleSchema(ids).safeParse({ ...article(), autor: 'someone' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['autor'] });
	});

	it('names an unknown topic and lists the allowed ones', () => {
		expect(firstIssue(articleSchema(ids), { ...article(), topics: ['lonelyness'] })).toBe(
			'topics.0: unknown topic "lonelyness"; allowed: isolation, identity'
		);
	});

	it('names a dangling related article and support type', () => {
		expect(firstIssue(articleSchema(ids), { ...article(), relatedArticles: ['nope'] })).toMatch(
			/^relatedArticles\.0: unknown article "nope"; allowed: feeling-alone, first-meeting$/
		);
		expect(firstIssue(articleSchema(ids), { ...article(), supportTypes: ['aa'] })).toMatch(
			/^supportTypes\.0: unknown support type "aa"; allowed: twelve-step-fellowships, crisis-lines$/
		);
	});

	it('rejects descriptions that are too short or too long', () => {
		expect(firstIssue(articleSchema(ids), { ...article(), description: 'Too short.' })).toMatch(
			/^description: must be at least 70 characters/
		);
		expect(firstIssue(articleSchema(ids), { ...article(), description: 'x'.repeat(161) })).toMatch(
			/^description: must be 160 characters or fewer/
		);
	});

	it('rejects non-https sources, duplicate topics and an unknown audience', () => {
		expect(
			firstIssue(articleSchema(ids), {
				...article(),
				sources: [
					{ title: 'Alcoholics Anonymous', url: 'http://www.aa.org', supports: 'what a meeting is like' },
					{ title: 'SAMHSA', url: 'https://www.samhsa.gov', supports: 'where to find help' },
				],
			})
		).toBe('sources.0.url: must be a full https:// address');
		expect(firstIssue(articleSchema(ids), { ...article(), topics: ['isolation', 'isolation'] })).toBe(
			'topics: lists a value twice'
		);
		expect(firstIssue(articleSchema(ids), { ...article(), audiences: ['everyone'] })).toBe(
			'audiences.0: unknown audience "everyone"; allowed: in-recovery, family'
		);
	});

	it('rejects an update before publication', () => {
		expect(firstIssue(articleSchema(ids), { ...article(), updated: '2026-01-01' })).toBe(
			'updated: updated must not be before published'
		);
	});
});

const supportType = () => ({
	name: 'Crisis lines',
	summary: 'Free lines you can call or text any time when things feel like too much.',
	category: 'lines',
	whatItIs: 'A crisis line connects you with a trained person who listens and helps you stay safe right now.',
	whoItHelps: 'Anyone who is struggling, and anyone worried about someone else.',
	whatToExpect:
		'Someone answers, asks how you are, and listens. You choose how much to share with them today.',
	howToStart: ['Call or text the line.', 'Say that you need to talk.'],
	costs: ['free'],
	formats: ['phone', 'text'],
	approaches: ['clinical'],
	audiences: ['in-recovery', 'family'],
});

describe('support types', () => {
	it('accepts a valid entry', () => {
		expect(supportTypeSchema(ids).parse(supportType()).order).toBe(100);
	});

	it('names an unknown facet value with what is allowed', () => {
		expect(firstIssue(supportTypeSchema(ids), { ...supportType(), formats: ['carrier pigeon'] })).toBe(
			'formats.0: unknown format "carrier pigeon"; allowed: in-person, online, phone, text'
		);
		expect(firstIssue(supportTypeSchema(ids), { ...supportType(), category: 'misc' })).toMatch(
			/^category: unknown category "misc"; allowed: mutual-help, family-support/
		);
	});
});

const organisation = () => ({
	name: 'Al-Anon and Alateen',
	description:
		'Al-Anon is for anyone affected by someone else’s drinking. Alateen is its group for younger people.',
	website: 'https://al-anon.org',
	lines: [{ kind: 'call', e164: '+18884252666', display: '1-888-425-2666', note: 'Meeting information' }],
	facts: [
		{
			about: ['website', 'description', 'lines'],
			source: 'https://docslib.org/doc/12364261/fact-sheet-for-professionals',
			seen: '2026-11-26',
			status: 'V',
		},
	],
	supportTypes: ['crisis-lines'],
});

/** Every issue of a failed parse, as "field: message". */
function issues(value: unknown): string[] {
	const result = organisationSchema(ids).safeParse(value);
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('organisations', () => {
	it('accepts a valid entry, with dates as dates and languages optional', () => {
		const parsed = organisationSchema(ids).parse(organisation());
		expect(parsed.facts[0]!.seen).toBeInstanceOf(Date);
		expect(parsed.languages).toBeUndefined();
	});

	it('rejects a malformed phone number', () => {
		const bad = organisation();
		bad.lines[0]!.e164 = '888-425-2666';
		expect(firstIssue(organisationSchema(ids), bad)).toBe(`lines.0.e164: ${DIAL_NUMBER_RULE}`);
	});

	it('rejects a display form that does not match the number, and accepts a vanity form that does', () => {
		const bad = organisation();
		bad.lines[0]!.display = '1-888-425-2606';
		expect(firstIssue(organisationSchema(ids), bad)).toBe(
			'lines.0.display: display "1-888-425-2606" does not match e164 "+18884252666": it reads as +18884252606'
		);
		const vanity = organisation();
		vanity.lines[0]!.display = '1-888-425-2666 (888-4AL-ANON)';
		expect(organisationSchema(ids).safeParse(vanity).success).toBe(true);
	});

	it('rejects a non-https website', () => {
		expect(firstIssue(organisationSchema(ids), { ...organisation(), website: 'http://al-anon.org' })).toBe(
			'website: must be a full https:// address'
		);
	});

	it('rejects a dangling support type', () => {
		expect(firstIssue(organisationSchema(ids), { ...organisation(), supportTypes: ['family-groups'] })).toBe(
			'supportTypes.0: unknown support type "family-groups"; allowed: twelve-step-fellowships, crisis-lines'
		);
	});

	it('rejects an unknown line kind', () => {
		const bad = organisation() as { lines: { kind: string }[] };
		bad.lines[0].kind = 'fax';
		expect(firstIssue(organisationSchema(ids), bad)).toBe(
			'lines.0.kind: unknown line kind "fax"; allowed: call, text, tty'
		);
	});

	it('no longer takes lastChecked or confirm: the facts carry the dates', () => {
		const result = organisationSchema(ids).safeParse({ ...organisation(), lastChecked: '2026-11-26' });
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['lastChecked'] });
	});
});

describe('organisation facts', () => {
	it('needs at least one fact', () => {
		expect(issues({ ...organisation(), facts: [] })).toContain(
			'facts: needs at least one fact: the page each fact on the card was confirmed on'
		);
	});

	it('fails a field that no fact backs, naming the field', () => {
		const entry = { ...organisation(), caveat: 'Meetings may have moved online.' };
		expect(issues(entry)).toEqual([
			'caveat: no fact backs caveat: add a fact whose "about" lists caveat, with the page address and the date it was checked',
		]);
	});

	it('fails a phone line backed only by an S fact', () => {
		const entry = organisation();
		entry.facts = [
			{ ...entry.facts[0]!, about: ['website', 'description'] },
			{ about: ['lines'], source: 'https://example.org/list-of-helplines', seen: '2026-11-26', status: 'S' },
		];
		const found = issues(entry);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^lines: a phone or text line needs a fact with status V/);
	});

	it('fails a national line backed only by an S fact, naming nationalLine', () => {
		const entry = { ...organisation(), lines: [], nationalLine: 'samhsa' };
		entry.facts = [
			{ ...entry.facts[0]!, about: ['website', 'description'] },
			{ about: ['lines'], source: 'https://example.org/', seen: '2026-11-26', status: 'S' },
		];
		expect(issues(entry)[0]).toMatch(/^nationalLine: a phone or text line needs a fact with status V/);
	});

	it('fails a fact about a field the entry does not have', () => {
		const entry = organisation();
		entry.facts[0]!.about = ['website', 'description', 'lines', 'findUrl'];
		expect(issues(entry)).toEqual([
			'facts.0.about.3: findUrl is not on this entry: remove it from "about", or add the field',
		]);
	});

	it('names a bad status, field, date and address in a fact', () => {
		const bad = (change: object) => {
			const entry = organisation();
			entry.facts[0] = { ...entry.facts[0]!, ...change };
			return firstIssue(organisationSchema(ids), entry);
		};
		expect(bad({ status: 'maybe' })).toMatch(/^facts\.0\.status: unknown status "maybe"; allowed: V \(/);
		expect(bad({ about: ['phone'] })).toMatch(
			/^facts\.0\.about\.0: unknown field "phone"; allowed: website, /
		);
		expect(bad({ seen: 'last week' })).toBe('facts.0.seen: needs the date the page was checked, YYYY-MM-DD');
		expect(bad({ source: 'al-anon.org' })).toMatch(/^facts\.0\.source: must be the full address/);
	});

	it('needs languages and spanish to be backed when present', () => {
		const entry = { ...organisation(), languages: ['English'], spanish: 'Llame al 988 y marque 2.' };
		expect(issues(entry)).toEqual([
			expect.stringMatching(/^languages: no fact backs languages/),
			expect.stringMatching(/^spanish: no fact backs spanish/),
		]);
	});
});

describe('hubs', () => {
	it('rejects a reading path with a missing article', () => {
		expect(
			firstIssue(hubSchema(ids), {
				id: 'in-recovery',
				title: 'For you',
				description: 'd'.repeat(80),
				welcome: 'x'.repeat(40),
				readingPath: ['gone'],
			})
		).toMatch(/^readingPath\.0: unknown article "gone"/);
	});
});

describe('the Spanish edition', () => {
	const spanishArticle = () => ({
		title: 'Sentirse solo al inicio de la recuperación',
		description:
			'La soledad es común en los primeros meses de recuperación. Sepa por qué pasa y por qué no dura para siempre.',
		translationOf: 'feeling-alone',
		published: '2026-11-29',
		sources: article().sources.map((s) => ({
			...s,
			supports: 'las palabras que ponen a la persona primero',
		})),
	});

	it('accepts a translated article, and names an unknown English article with the allowed ones', () => {
		expect(articleTranslationSchema(ids).parse(spanishArticle()).draft).toBe(false);
		expect(firstIssue(articleTranslationSchema(ids), { ...spanishArticle(), translationOf: 'nope' })).toBe(
			'translationOf: unknown English article "nope"; allowed: feeling-alone, first-meeting'
		);
	});

	it('keeps facets in English: a Spanish article may not set topics', () => {
		expect(firstIssue(articleTranslationSchema(ids), { ...spanishArticle(), topics: ['isolation'] })).toMatch(
			/topics/
		);
	});

	it('rejects an address with accents or spaces', () => {
		const type = {
			slug: 'grupos-de-12-pasos',
			name: 'Grupos de 12 Pasos',
			summary: 'Grupos de ayuda mutua gratuitos donde las personas se apoyan entre sí.',
			whatItIs: 'x'.repeat(80),
			whoItHelps: 'y'.repeat(40),
			whatToExpect: 'z'.repeat(80),
			howToStart: ['Busque una reunión.', 'Vaya a unas cuantas.'],
		};
		expect(supportTypeTranslationSchema().parse(type).sources).toEqual([]);
		expect(firstIssue(supportTypeTranslationSchema(), { ...type, slug: 'línea de ayuda' })).toMatch(
			/^slug: /
		);
		expect(
			firstIssue(topicTranslationSchema(ids), {
				id: 'isolation',
				slug: 'Soledad',
				name: 'Soledad',
				description: 'd'.repeat(40),
			})
		).toMatch(/^slug: must be lower-case words/);
	});

	it('names an unknown id in the lists, with the allowed ones', () => {
		expect(
			firstIssue(topicTranslationSchema(ids), {
				id: 'nope',
				slug: 'no',
				name: 'Nada',
				description: 'd'.repeat(40),
			})
		).toBe('id: unknown topic "nope"; allowed: isolation, identity');
		expect(
			firstIssue(glossaryTranslationSchema(['sponsor']), {
				id: 'x',
				term: 'Padrino',
				definition: 'd'.repeat(30),
			})
		).toBe('id: unknown glossary term "x"; allowed: sponsor');
		expect(
			firstIssue(hubTranslationSchema(), {
				id: 'families',
				slug: 'para-familias',
				title: 'Para familias',
				description: 'd'.repeat(70),
				welcome: 'w'.repeat(40),
			})
		).toBe('id: unknown hub "families"; allowed: in-recovery, for-families');
	});

	it('takes only words for an organisation: numbers stay in the English file', () => {
		const words = { description: 'd'.repeat(60) };
		expect(organisationTranslationSchema().parse(words)).toEqual(words);
		expect(firstIssue(organisationTranslationSchema(), { ...words, lines: [] })).toMatch(/lines/);
	});
});
