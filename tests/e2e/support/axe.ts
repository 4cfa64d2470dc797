/**
 * axe-core run inside the page. (A wrapper such as @axe-core/playwright finishes every run in a
 * fresh blank page, which costs three times the rules themselves; the site has no frames, the
 * one thing such a wrapper adds.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA, listed tag by tag: axe's tags are not cumulative (target-size is wcag22aa). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What to run: every rule with these tags (plus the rules in `also`), or only these rules. */
export type AxeScope = { tags: string[]; also?: string[] } | { rules: string[] };

interface Violation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Have axe in every page this Playwright page loads. An init script is compiled once and cached by
 * the browser; injecting the 650 KB source after each load costs about 90 ms a page.
 */
export async function installAxe(page: Page) {
	await page.addInitScript(AXE_SOURCE);
}

/** The violations of the rules in `scope` on the page as it is now, outside the elements `exclude` selects. */
export async function axeViolations(page: Page, scope: AxeScope, exclude?: string): Promise<Violation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const options =
		'tags' in scope
			? {
					runOnly: { type: 'tag', values: scope.tags },
					rules: Object.fromEntries((scope.also ?? []).map((id) => [id, { enabled: true }])),
				}
			: { runOnly: { type: 'rule', values: scope.rules } };
	return page.evaluate(
		({ options, exclude }) =>
			(
				window as unknown as {
					axe: { run(c: Document | object, o: object): Promise<{ violations: Violation[] }> };
				}
			).axe
				.run(exclude ? { exclude: [[exclude]] } : document, options)
				.then((results) => results.violations),
		{ options: { ...options, resultTypes: ['violations'] }, exclude }
	);
}
