import { describe, expect, it } from 'vitest';
import { crisisLine, HELPLINE, SITE } from '../../src/config';
import { phraseText } from '../../src/lib/phrase';
import { siteConfigSchema } from '../../src/lib/site-config-schema';

describe('site configuration', () => {
	it('holds the helpline as E.164 with its display form, labelled as a provider line', () => {
		expect(HELPLINE.call).toEqual({ e164: '+18447448783', display: '(844) 744-8783' });
		expect(HELPLINE.kind).toBe('provider');
		expect(HELPLINE.label).toMatch(/True Recovery/);
	});

	it('has the national lines from the content guide', () => {
		expect(crisisLine('lifeline988').call?.e164).toBe('988');
		expect(crisisLine('lifeline988').text?.e164).toBe('988');
		expect(crisisLine('lifeline988').options.map(phraseText).join(' ')).toMatch(
			/Press 1.*Veterans.*Press 2.*Spanish/s
		);
		expect(crisisLine('crisisText').text).toMatchObject({ e164: '741741', keyword: 'HOME' });
		expect(crisisLine('crisisText').options).toContainEqual([
			'For Spanish, text ',
			{ lang: 'es', text: 'AYUDA' },
			' to 741741.',
		]);
		expect(crisisLine('samhsa').call?.e164).toBe('+18006624357');
		expect(crisisLine('samhsa').tty?.e164).toBe('+18004874889');
		expect(crisisLine('emergency').call?.e164).toBe('911');
	});

	it('throws on an unknown line id', () => {
		expect(() => crisisLine('nope')).toThrow(/Unknown line "nope"/);
	});

	const valid = () => structuredClone(siteConfigSchema.parse(SITE)) as Record<string, any>;

	it('rejects a helpline number that is not E.164', () => {
		const bad = valid();
		bad.helpline.call.e164 = '(844) 744-8783';
		const result = siteConfigSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['helpline', 'call', 'e164']);
		expect(result.error?.issues[0]?.message).toMatch(/E\.164/);
	});

	it('rejects a non-https website and unknown fields', () => {
		const bad = valid();
		bad.crisisLines[0].website = 'http://988lifeline.org';
		bad.extra = true;
		const result = siteConfigSchema.safeParse(bad);
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((i) => i.path.join('.'));
		expect(paths).toContain('crisisLines.0.website');
		expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
	});

	it('requires the helpline to be a provider line with a number', () => {
		const bad = valid();
		bad.helpline.kind = 'crisis';
		delete bad.helpline.call;
		const result = siteConfigSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
			expect.arrayContaining(['helpline.kind', 'helpline.call'])
		);
	});
});
