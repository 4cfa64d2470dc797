/**
 * Crisis-aware search: queries about suicide, self-harm, overdose or wanting to die show the
 * crisis lines above the results, every time, in English or in Spanish (a reader may search in
 * either language on either edition). Matching ignores case, punctuation, accents and extra
 * spaces, and works on whole words so "odd" or "episode" never trigger it.
 */
const ENGLISH_TERMS = [
	'suicide',
	'suicidal',
	'kill myself',
	'killing myself',
	'kms',
	'end my life',
	'ending my life',
	'end it all',
	'take my own life',
	'want to die',
	'wanna die',
	'wish i was dead',
	'wish i were dead',
	'better off dead',
	'dont want to live',
	'dont want to be alive',
	'no reason to live',
	'cant go on',
	'self harm',
	'selfharm',
	'hurt myself',
	'hurting myself',
	'cutting myself',
	'overdose',
	'overdosed',
	'overdosing',
	'od',
	'too many pills',
	'not breathing',
	'wont wake up',
	'cant wake',
	'crisis',
];

/** The Spanish phrases, written without accents (matching ignores them). */
export const SPANISH_CRISIS_TERMS: readonly string[] = [
	'suicidio',
	'suicida',
	'suicidas',
	'suicidarme',
	'suicidarse',
	'quiero morir',
	'quiero morirme',
	'me quiero morir',
	'no quiero vivir',
	'no quiero seguir viviendo',
	'quitarme la vida',
	'matarme',
	'acabar con mi vida',
	'terminar con mi vida',
	'ya no puedo mas',
	'no aguanto mas',
	'hacerme dano',
	'quiero hacer dano',
	'lastimarme',
	'autolesion',
	'autolesiones',
	'sobredosis',
	'demasiadas pastillas',
	'no respira',
	'no despierta',
];

/** Every phrase, in both languages. */
export const CRISIS_TERMS: readonly string[] = [...ENGLISH_TERMS, ...SPANISH_CRISIS_TERMS];

/** Lower-case words only: no accents, no punctuation (apostrophes join), single spaces. */
export function normaliseQuery(query: string): string {
	return query
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const padded = CRISIS_TERMS.map((term) => ` ${normaliseQuery(term)} `);

/** Whether a search query is about a crisis (see CRISIS_TERMS). */
export function isCrisisQuery(query: string): boolean {
	const text = ` ${normaliseQuery(query).replace(/\bself\s+harm/g, 'self harm')} `;
	// "o.d." and "O D" normalise to "o d"; treat them as "od".
	const joined = text.replace(/ o d /g, ' od ');
	return padded.some((term) => joined.includes(term));
}
