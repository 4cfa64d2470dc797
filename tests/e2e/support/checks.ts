import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, listed tag by tag: axe's tags are not cumulative (target-size is wcag22aa). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * The WCAG AA rules whose result depends on colour: all a second theme can change, since both
 * themes share markup and layout.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Run axe (every WCAG 2.2 AA rule, or only `rules`) and fail with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string, rules?: string[]) {
	const axe = new AxeBuilder({ page });
	const results = await (rules ? axe.withRules(rules) : axe.withTags(WCAG_TAGS)).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(summary, `axe violations ${label}`).toEqual([]);
}

/**
 * Record every request to another origin and every console error (CSP violations are reported
 * as console errors in Chromium) while a page is used.
 */
export function watchPage(page: Page, origin: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { foreign, errors };
}
