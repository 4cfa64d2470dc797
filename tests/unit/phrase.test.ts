import { describe, expect, it } from 'vitest';
import { phraseSchema, phraseText } from '../../src/lib/phrase';

describe('phrases with words in another language', () => {
	it('reads as plain text without the language marks', () => {
		expect(phraseText('Press 2 for Spanish.')).toBe('Press 2 for Spanish.');
		expect(phraseText(['For Spanish, text ', { lang: 'es', text: 'AYUDA' }, ' to 741741.'])).toBe(
			'For Spanish, text AYUDA to 741741.'
		);
	});

	it('rejects a part without a valid language code', () => {
		expect(phraseSchema.safeParse(['Text ', { lang: 'Spanish', text: 'AYUDA' }]).success).toBe(false);
		expect(phraseSchema.safeParse(['Text ', { text: 'AYUDA' }]).success).toBe(false);
		expect(phraseSchema.safeParse([]).success).toBe(false);
	});
});
