import { describe, expect, it } from 'vitest';
import {
	pageWithUsedCss,
	pageWords,
	requiredClasses,
	scriptWords,
	withoutUnusedRules,
} from '../../src/integrations/unused-css';

describe('the classes a selector needs', () => {
	it('takes the classes of every compound, one list a selector', () => {
		expect(requiredClasses('.a .b>.c, p.d')).toEqual([['a', 'b', 'c'], ['d']]);
	});

	it('reads escaped Tailwind names as they are written in class attributes', () => {
		expect(requiredClasses(String.raw`.sm\:grid-cols-\[10rem_1fr\]`)).toEqual(
			['sm:grid-cols-[10rem_1fr]'].map((c) => [c])
		);
	});

	it('never needs a class inside :not(), :where() or :is(), nor an attribute or a state', () => {
		expect(requiredClasses('html:not(.js) .js-only')).toEqual([['js-only']]);
		expect(requiredClasses(':where(.space-y-2>:not(:last-child))')).toEqual([[]]);
		expect(requiredClasses('[data-theme=dark] a:hover, :root')).toEqual([[], []]);
	});
});

describe('the classes of a page and the words of a script', () => {
	it('reads class attributes, templates and inline scripts, with entities decoded', () => {
		const words = pageWords(
			`<p class="mt-2 [&amp;_li]:my-1 before:content-['/']">x</p>` +
				`<template><li class='row'></li></template><script>el.className="choice"</script>`
		);
		expect([...words]).toEqual(
			expect.arrayContaining(['mt-2', '[&_li]:my-1', "before:content-['/']", 'row', 'choice'])
		);
		expect(words).not.toContain('x');
	});

	it('finds a class in a script whichever quotes hold it', () => {
		const words = scriptWords(`a.className = "before:content-['/']"; b.classList.add('is-open', "x")`);
		expect([...words]).toEqual(expect.arrayContaining(["before:content-['/']", 'is-open', 'x']));
	});
});

describe('cutting a stylesheet to a page', () => {
	const css =
		'.used{color:red}.unused{color:blue}.unused,.used .x{margin:0}html:not(.js) .used{display:none}' +
		'@media (min-width:40rem){.unused{padding:0}}@keyframes spin{from{rotate:0}}' +
		'[aria-invalid=true]{outline:red}';

	it('drops a rule only when every selector needs a missing class, and empties no needed block', () => {
		const out = withoutUnusedRules(css, new Set(['used', 'x']));
		expect(out).toBe(
			'.used{color:red}.unused,.used .x{margin:0}html:not(.js) .used{display:none}' +
				'@keyframes spin{from{rotate:0}}[aria-invalid=true]{outline:red}'
		);
	});

	it('keeps the whole stylesheet when every class is used', () => {
		expect(withoutUnusedRules(css, new Set(['used', 'unused', 'x']))).toBe(css);
	});

	it('drops nested rules with their parent, and keeps a nested rule whose classes are there', () => {
		const nested = '.a{color:red;&.b{color:blue}&:hover{color:green}}.c{&:hover{color:red}}';
		expect(withoutUnusedRules(nested, new Set(['a']))).toBe('.a{color:red;&:hover{color:green}}');
	});
});

describe('a built page', () => {
	const css = '.used{color:red}.unused{color:blue}.scripted{color:green}';
	const page = (style: string) => `<style>${style}</style><p class="used">Hi</p>`;

	it('keeps what the page and the site scripts use', () => {
		expect(pageWithUsedCss(page(css), new Set(['scripted']))).toBe(
			page('.used{color:red}.scripted{color:green}')
		);
	});

	it('leaves a page whose stylesheet is all used as it was', () => {
		const html = page('.used{color:red}');
		expect(pageWithUsedCss(html, new Set())).toBe(html);
	});
});
