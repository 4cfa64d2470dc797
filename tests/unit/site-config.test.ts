import { describe, expect, it } from 'vitest';
import { crisisLine, HELPLINE, SITE } from '../../src/config';
import { siteConfigSchema } from '../../src/lib/site-config-schema';
import { siteConfig as fixtureConfig } from '../fixtures/site-config';

describe('site configuration', () => {
	it('holds the helpline as E.164 with its display form, labelled as the publisher’s line', () => {
		expect(HELPLINE.call.e164).toMatch(/^\+[1-9]\d{7,14}$/);
		expect(HELPLINE.call.display.length).toBeGreaterThan(3);
		expect(HELPLINE.kind).toBe('provider');
		expect(HELPLINE.label).toContain(SITE.publisher.name.split(' ')[0]);
	});

	it('has the national lines the pages and the crisis card look up, with the channels they use', () => {
		expect(crisisLine('lifeline988').call).toBeDefined();
		expect(crisisLine('lifeline988').text).toBeDefined();
		expect(crisisLine('crisisText').text?.keyword).toMatch(/^[A-Z]+$/);
		expect(crisisLine('samhsa').call).toBeDefined();
		expect(crisisLine('samhsa').tty).toBeDefined();
		expect(crisisLine('emergency').call).toBeDefined();
		const kinds = SITE.crisisLines.map((l) => l.kind);
		expect(kinds).toEqual(expect.arrayContaining(['crisis', 'referral', 'emergency']));
		expect(kinds).not.toContain('provider');
	});

	it('is matched by the fixture configuration the sub-path build uses, with the same national lines', () => {
		expect(siteConfigSchema.safeParse(fixtureConfig).error?.issues ?? []).toEqual([]);
		// The fixture changes the publisher and the helpline only; the lines it copies stay in step.
		expect(siteConfigSchema.parse(fixtureConfig).crisisLines).toEqual(SITE.crisisLines);
	});

	it('throws on an unknown line id', () => {
		expect(() => crisisLine('nope')).toThrow(/Unknown line "nope"/);
	});

	// A copy to break on purpose, field by field, so its type is deliberately loose.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const valid = () => structuredClone(siteConfigSchema.parse(SITE)) as Record<string, any>;

	it('rejects a helpline number that is not E.164', () => {
		const bad = valid();
		bad.helpline.call.e164 = bad.helpline.call.e164.replace('+', '00');
		const result = siteConfigSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['helpline', 'call', 'e164']);
		expect(result.error?.issues[0]?.message).toMatch(/E\.164/);
	});

	it('rejects a display form that is not the number the phone dials, naming the field and both values', () => {
		const bad = valid();
		const { e164 } = bad.helpline.call;
		// Another number: the same one with its last digit changed.
		const wrong = e164.slice(0, -1) + String((Number(e164.at(-1)) + 1) % 10);
		bad.helpline.call.display = wrong;
		const result = siteConfigSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['helpline', 'call', 'display']);
		expect(result.error?.issues[0]?.message).toBe(
			`display "${wrong}" does not match e164 "${e164}": it reads as ${wrong}`
		);
	});

	it('rejects a short code shown with other digits', () => {
		const bad = valid();
		const textLine = bad.crisisLines.findIndex((l: { text?: { e164: string } }) => l.text?.e164.length === 6);
		bad.crisisLines[textLine].text.display = '123456';
		const result = siteConfigSchema.safeParse(bad);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
			`crisisLines.${textLine}.text.display`,
		]);
	});

	it('rejects a non-https website and unknown fields', () => {
		const bad = valid();
		bad.crisisLines[0].website = bad.crisisLines[0].website.replace('https:', 'http:');
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
