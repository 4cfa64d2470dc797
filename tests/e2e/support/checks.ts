import { expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from './axe';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * The WCAG AA rules whose result depends on colour: all a second theme can change, since both
 * themes share markup and layout.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Run axe and fail with a readable list of violations: every WCAG 2.2 AA rule (plus the rules in
 * `also`, such as the best-practice rule `region`), or only `rules`; outside what `exclude`
 * selects, if given.
 */
export async function expectNoAxeViolations(
	page: Page,
	label: string,
	{ rules, also, exclude }: { rules?: string[]; also?: string[]; exclude?: string } = {}
) {
	const violations = await axeViolations(page, rules ? { rules } : { tags: WCAG_TAGS, also }, exclude);
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(summary, `axe violations ${label}`).toEqual([]);
}

/**
 * Record every request to another origin and every console error (CSP violations are reported
 * as console errors in Chromium) while a page is used, until `stop()`.
 */
export function watchPage(page: Page, origin: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	const onRequest = (request: Request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	};
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error') errors.push(message.text());
	};
	const onError = (error: Error) => errors.push(error.message);
	page.on('request', onRequest);
	page.on('console', onConsole);
	page.on('pageerror', onError);
	const stop = () => {
		page.off('request', onRequest);
		page.off('console', onConsole);
		page.off('pageerror', onError);
	};
	return { foreign, errors, stop };
}
