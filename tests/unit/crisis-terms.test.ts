import { describe, expect, it } from 'vitest';
import { CRISIS_TERMS, isCrisisQuery, normaliseQuery } from '../../src/lib/crisis-terms';

describe('isCrisisQuery', () => {
	it.each([
		'suicide',
		'SUICIDAL thoughts',
		'I want to die',
		"I don't want to live anymore",
		'i dont want to be alive',
		'how to not kill myself',
		'Self-harm',
		'self harm help',
		'selfharm',
		'hurting myself again',
		'overdose',
		'my son overdosed',
		'O.D.',
		'thinking about ending my life',
		'end it all',
		'no reason to live',
		"can't go on",
		'Suicide!!!',
		'  suïcide  ',
		'crisis line',
		'Quiero morir',
		'ya no quiero vivir',
		'pienso en suicidarme',
		'¿Qué hago si tengo pensamientos suicidas?',
		'SOBREDOSIS de fentanilo',
		'mi hijo no respira',
		'no aguanto más',
		'me quiero hacer daño',
		'autolesión',
	])('flags %j', (query) => {
		expect(isCrisisQuery(query)).toBe(true);
	});

	it.each([
		'sponsor',
		'Al-Anon',
		'lonely',
		'episode',
		'odd jobs',
		'method acting',
		'dieting',
		'code',
		'self care',
		'hurt feelings',
		'padrino',
		'reuniones en español',
		'vivir en recuperación',
		'',
	])('does not flag %j', (query) => {
		expect(isCrisisQuery(query)).toBe(false);
	});

	it('flags every listed term on its own', () => {
		for (const term of CRISIS_TERMS) expect(isCrisisQuery(term), term).toBe(true);
	});

	it('is harmless with hostile or odd input', () => {
		expect(isCrisisQuery('<script>alert("suicide")</script>')).toBe(true);
		expect(isCrisisQuery('x'.repeat(5000))).toBe(false);
		expect(isCrisisQuery('😀🙏 مساعدة')).toBe(false);
	});
});

describe('normaliseQuery', () => {
	it('lower-cases, strips accents and punctuation, joins apostrophes', () => {
		expect(normaliseQuery("  Don't   WANT—to LIVE!! ")).toBe('dont want to live');
		expect(normaliseQuery('Crème brûlée')).toBe('creme brulee');
	});
});
