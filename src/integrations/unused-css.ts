import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type AtRule, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * Each page carries the site's stylesheet inline (one request a page). Most of it is for other
 * pages: the typography of articles on the planner, the planner's forms on an article. This drops,
 * page by page, the rules that cannot match anything on it, so that more of the page fits the
 * first round trip and the browser has fewer rules to match before the first paint.
 *
 * A rule is dropped only when every selector in it needs a class that neither the page nor any
 * script of the site contains. Classes inside `:not()`, `:where()`, `:is()` and the like are never
 * taken as needed, and element, attribute and state selectors are never judged, so a rule for a
 * state the page reaches later (the dark theme, an open dialog, a field in error) stays.
 */

const requiredBySelector = new Map<string, string[][]>();

/** For each selector of a list, the classes an element (or its ancestors) must have for it to match. */
export function requiredClasses(selectorList: string): string[][] {
	const known = requiredBySelector.get(selectorList);
	if (known) return known;
	const required: string[][] = [];
	requiredBySelector.set(selectorList, required);
	selectorParser((root) => {
		for (const selector of root.nodes) {
			required.push(selector.nodes.filter((node) => node.type === 'class').map((node) => node.value));
		}
	}).processSync(selectorList);
	return required;
}

const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/**
 * Every word of a script that could be a class name it sets: split at white space and at quotes,
 * once at each kind, since a class may hold the other kind ("before:content-['/']").
 */
export function scriptWords(text: string): Set<string> {
	return new Set([/[\s'"`]+/, /[\s"`]+/, /[\s'`]+/].flatMap((quotes) => text.split(quotes)));
}

/** The words of every script a build ships (Pagefind's own aside), as `scriptWords` reads them. */
export function siteScriptWords(dist: string): Set<string> {
	const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.js') && !file.startsWith('pagefind')
	);
	return new Set(scripts.flatMap((file) => [...scriptWords(readFileSync(join(dist, file), 'utf8'))]));
}

/** The classes a page's markup (templates included) and inline scripts use. */
export function pageWords(html: string): Set<string> {
	const words = new Set<string>();
	for (const [, , value] of html.matchAll(/\sclass=(["'])(.*?)\1/gs)) {
		for (const word of decode(value!).split(/\s+/)) words.add(word);
	}
	for (const [, script] of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const word of scriptWords(script!)) words.add(word);
	}
	return words;
}

/** Whether some selector of the list needs only classes that are in `words`. */
export function canMatch(selectorList: string, words: Set<string>): boolean {
	return requiredClasses(selectorList).some((classes) => classes.every((c) => words.has(c)));
}

const GROUPING = new Set(['media', 'supports', 'layer', 'container']);

/** `css` without the rules that need a class missing from `words`, and without blocks left empty. */
export function withoutUnusedRules(css: string, words: Set<string>): string {
	const root = postcss.parse(css);
	root.walkRules((rule: Rule) => {
		const inKeyframes = rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name);
		if (inKeyframes) return;
		if (!canMatch(rule.selector, words)) rule.remove();
	});
	let emptied = true;
	while (emptied) {
		emptied = false;
		root.walkAtRules((at) => {
			if (GROUPING.has(at.name) && at.nodes && at.nodes.length === 0) {
				at.remove();
				emptied = true;
			}
		});
	}
	return root.toString();
}

/**
 * A page with each inline stylesheet cut to what can apply to it (csp-hashes.ts, a later step,
 * gives the page's Content-Security-Policy the new stylesheet's hash).
 */
export function pageWithUsedCss(html: string, scripts: Set<string>): string {
	const words = pageWords(html);
	for (const word of scripts) words.add(word);
	let page = html;
	for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
		const used = withoutUnusedRules(css!, words);
		if (used === css) continue;
		page = page.replace(`<style>${css}</style>`, () => `<style>${used}</style>`);
	}
	return page;
}

/** Cut the inline CSS of every built page (before the search index, the worker and compression). */
export function unusedCss(): AstroIntegration {
	return {
		name: 'together-in-recovery:unused-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await readdir(root, { recursive: true });
				const scripts = siteScriptWords(root);
				let before = 0;
				let after = 0;
				for (const file of files.filter((f) => f.endsWith('.html'))) {
					const html = await readFile(join(root, file), 'utf8');
					const page = pageWithUsedCss(html, scripts);
					before += html.length;
					after += page.length;
					if (page !== html) await writeFile(join(root, file), page);
				}
				logger.info(
					`Inline CSS cut to what each page uses: ${Math.round((before - after) / 1024)} KB less HTML.`
				);
			},
		},
	};
}
