/**
 * WCAG 2.2 AA checks that axe cannot make on its own: reflow, text spacing, resize text, focus
 * not obscured and visible, target size with the spacing exception and the language of parts
 * (landmarks are axe's `region` rule, run with its other rules in pages.spec.ts). The measuring
 * runs in the page (installed by `installWcag`); these helpers turn its findings into failures
 * that name the page and the element.
 */
import { expect, type CDPSession, type Page } from '@playwright/test';

/** 320 x 256 CSS px: WCAG 1.4.10's width, and what a 1280 x 1024 screen shows at 400% zoom. */
export const REFLOW = { width: 320, height: 256 };

/** The WCAG 1.4.12 overrides, as the usual text-spacing bookmarklet applies them. */
export const TEXT_SPACING_CSS = `
*, *::before, *::after {
	line-height: 1.5 !important;
	letter-spacing: 0.12em !important;
	word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/**
 * Words that are unmistakably Spanish (or English) in running text, for the `lang` of parts
 * check. Kept short on purpose: a word here must never be an ordinary word of the other
 * language, a name or a loanword ("los" in Los Angeles, "gratis", "crisis" are left out).
 */
export const FOREIGN_WORDS: Record<string, { lang: string; words: string[] }> = {
	en: {
		lang: 'es',
		words: (
			'ayuda ayúdame español española llame marque oprima presione línea gratuita gratuito usted ' +
			'ustedes ahora aquí también está están recuperación adicción apoyo familias necesita mensaje ' +
			'envía envíe texto salud reunión reuniones página qué cómo dónde'
		).split(' '),
	},
	es: {
		lang: 'en',
		words: 'the and you your with call help home what when where this that about support friends'.split(' '),
	},
};

/**
 * Press Tab at most this many times a page; stops beyond it are focused by script (see
 * `expectFocusVisibleAndUnobscured`). Only the glossary has more today (156).
 */
export const TAB_STOPS = 100;

/**
 * Tab presses on a page whose route was tabbed through in full already: the skip link and header
 * (9 stops) and the start of <main>. The focus order is the template's, and the remaining stops
 * get the same checks by script; a positive tabindex, the one way content could reorder them, is
 * axe's `tabindex` rule, run on every page.
 */
export const REPEAT_TAB_STOPS = 20;

interface Problem {
	element: string;
	problem: string;
}

/** What the in-page part offers; see `wcagInPage` for each measurement. */
interface WcagInPage {
	reflow(): Problem[];
	clippedText(): Problem[];
	addStyles(css: string): void;
	removeStyles(): void;
	fontSizes(): Map<Element, number>;
	notResized(before: Map<Element, number>, factor: number): Problem[];
	prepareFocus(): number;
	focusReport(): { visited: number; problems: Problem[] };
	focusRest(from: number): Problem[];
	targetSize(): Problem[];
	foreignWords(words: string[], lang: string): Problem[];
	saved?: Map<Element, number>;
}

declare global {
	interface Window {
		__wcag: WcagInPage;
	}
}

/**
 * Everything that runs in the page. Passed to `addInitScript`, so it must not use anything
 * from this module's scope.
 */
function wcagInPage() {
	const doc = document;

	const visible = (el: Element) =>
		el.checkVisibility({ opacityProperty: false, visibilityProperty: true }) &&
		!el.closest('[aria-hidden="true"], [inert]');
	/** Tailwind's sr-only and the like: present for screen readers, nothing on screen. */
	const visuallyHidden = (el: Element) => {
		const s = getComputedStyle(el);
		if (s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
		const r = el.getBoundingClientRect();
		return r.width <= 1 && r.height <= 1;
	};

	/** Inside an sr-only box: clipped to nothing, so it cannot push the page sideways (e.g. a name marked lang). */
	const insideVisuallyHidden = (el: Element) => {
		for (let node = el.parentElement; node && node !== doc.body; node = node.parentElement)
			if (visuallyHidden(node)) return true;
		return false;
	};

	function describe(el: Element): string {
		const parts: string[] = [];
		let node: Element | null = el;
		while (node && node !== doc.body && parts.length < 4) {
			if (node.id) {
				parts.unshift(`${node.localName}#${node.id}`);
				break;
			}
			const classes = [...node.classList].filter((c) => /^[a-z][\w-]*$/.test(c)).slice(0, 2);
			parts.unshift([node.localName, ...classes].join('.'));
			node = node.parentElement;
		}
		const text = ((el as HTMLElement).innerText || el.getAttribute('aria-label') || el.textContent || '')
			.replace(/\s+/g, ' ')
			.trim();
		return `${parts.join(' > ')}${text ? ` "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"` : ''}`;
	}

	const px = (n: number) => `${Math.round(n)} px`;

	/** Width an element needs at least: its box at `width: min-content` (only called when something fails). */
	function minContentWidth(el: HTMLElement): number {
		const { width, minWidth } = el.style;
		el.style.setProperty('width', 'min-content', 'important');
		el.style.setProperty('min-width', '0', 'important');
		const w = el.getBoundingClientRect().width;
		el.style.width = width;
		el.style.minWidth = minWidth;
		return w;
	}

	/** Content that may scroll in two dimensions under 1.4.10 (none today). */
	const TWO_DIMENSIONAL = 'table, pre';

	/**
	 * 1.4.10: the page must not scroll sideways. Names each box that sticks out past the
	 * viewport and, inside it, the deepest box whose unbreakable content is too wide.
	 */
	function reflow(): Problem[] {
		const problems: Problem[] = [];
		const vw = doc.documentElement.clientWidth;
		const sticking = new Set(
			[...doc.body.querySelectorAll('*')].filter((el) => {
				if (el.closest(TWO_DIMENSIONAL) || !visible(el) || insideVisuallyHidden(el)) return false;
				const r = el.getBoundingClientRect();
				return r.width > 0 && r.right > vw + 0.5;
			})
		);
		for (const box of sticking) {
			if (box.parentElement && sticking.has(box.parentElement)) continue;
			// The deepest box that could not fit even if it started at the left edge of the one sticking out.
			const left = box.getBoundingClientRect().left;
			let culprit: Element = box;
			for (const inner of box.querySelectorAll('*')) {
				if (!sticking.has(inner) || getComputedStyle(inner).display === 'inline') continue;
				if (left + minContentWidth(inner as HTMLElement) > vw + 0.5) culprit = inner;
			}
			const reach = px(box.getBoundingClientRect().right);
			problems.push({
				element: describe(box),
				problem:
					culprit === box
						? `reaches ${reach} in a ${px(vw)} viewport`
						: `reaches ${reach} in a ${px(vw)} viewport because ${describe(culprit)} cannot be narrower than ${px(minContentWidth(culprit as HTMLElement))}`,
			});
		}
		// Text that runs out of its own box (a long word, nowrap), and boxes that scroll sideways.
		const spilling: Element[] = [];
		for (const el of doc.body.querySelectorAll('*')) {
			if (el.scrollWidth <= el.clientWidth + 1 || el.closest(TWO_DIMENSIONAL) || !visible(el)) continue;
			const s = getComputedStyle(el);
			if (/auto|scroll/.test(s.overflowX))
				problems.push({
					element: describe(el),
					problem: `scrolls sideways (${px(el.scrollWidth)} of content)`,
				});
			else if (s.overflowX === 'visible' && el.getBoundingClientRect().left + el.scrollWidth > vw + 0.5)
				spilling.push(el);
		}
		for (const el of spilling) {
			const inReported = [...sticking].some((box) => box.contains(el) || el.contains(box));
			if (inReported || spilling.some((other) => other !== el && el.contains(other))) continue;
			problems.push({
				element: describe(el),
				problem: `content runs ${px(el.getBoundingClientRect().left + el.scrollWidth - vw)} past the ${px(vw)} viewport`,
			});
		}
		// The spec checks 320 CSS px at one device pixel ratio as the equivalent of 400% zoom.
		const conditions = (rules: CSSRuleList): string[] =>
			[...rules].flatMap((rule) => [
				...(rule instanceof CSSConditionRule ? [rule.conditionText] : []),
				...('cssRules' in rule ? conditions((rule as CSSGroupingRule).cssRules) : []),
			]);
		const byResolution = [...doc.styleSheets, ...doc.adoptedStyleSheets]
			.flatMap((sheet) => conditions(sheet.cssRules))
			.some((condition) => /resolution|pixel-ratio/.test(condition));
		if (byResolution)
			problems.push({
				element: 'stylesheet',
				problem: 'uses a resolution media query: check reflow with deviceScaleFactor 4, not only at 320 px',
			});
		if (problems.length === 0 && doc.documentElement.scrollWidth > vw + 0.5)
			problems.push({
				element: 'html',
				problem: `page is ${px(doc.documentElement.scrollWidth)} wide in a ${px(vw)} viewport`,
			});
		return problems;
	}

	/**
	 * 1.4.12, 1.4.4 and 1.4.10: no text cut off. Boxes that hide or clip their overflow must have
	 * room for their text, boxes of fixed height must not let text spill out over what follows,
	 * and a bar fixed to the bottom of the screen must not cover the end of the page.
	 */
	function clippedText(): Problem[] {
		const problems: Problem[] = [];
		for (const el of doc.body.querySelectorAll('*')) {
			if (!el.textContent?.trim() || !visible(el) || visuallyHidden(el)) continue;
			const s = getComputedStyle(el);
			const clipsX = /hidden|clip/.test(s.overflowX);
			const clipsY = /hidden|clip/.test(s.overflowY);
			const over = (a: number, b: number) => a > b + 1;
			if (clipsX && over(el.scrollWidth, el.clientWidth))
				problems.push({
					element: describe(el),
					problem: `cuts off text sideways (${px(el.scrollWidth)} in ${px(el.clientWidth)})`,
				});
			if (clipsY && over(el.scrollHeight, el.clientHeight))
				problems.push({
					element: describe(el),
					problem: `cuts off text at the bottom (${px(el.scrollHeight)} in ${px(el.clientHeight)})`,
				});
			// A box with a set height whose text spills out: the text overlaps what comes next.
			if (
				!clipsY &&
				s.overflowY === 'visible' &&
				s.display !== 'inline' &&
				over(el.scrollHeight, el.clientHeight)
			) {
				const spill = [...el.children].some((child) => {
					const cs = getComputedStyle(child);
					if (cs.position === 'absolute' || cs.position === 'fixed' || visuallyHidden(child)) return false;
					return child.getBoundingClientRect().bottom > el.getBoundingClientRect().bottom + 1;
				});
				if (spill)
					problems.push({
						element: describe(el),
						problem: `text spills out of its ${px(el.clientHeight)} high box (needs ${px(el.scrollHeight)})`,
					});
			}
		}
		// At the end of the page, no text may stay under a bar fixed to the bottom of the screen:
		// the page must keep as much room below its content as the bar is tall.
		const vh = doc.documentElement.clientHeight;
		const { scrollX, scrollY } = window;
		window.scrollTo(0, doc.documentElement.scrollHeight);
		const bars = fixedOrSticky().filter((bar) => {
			const r = bar.getBoundingClientRect();
			return r.height > 0 && r.bottom >= vh - 1 && r.top > vh / 2;
		});
		let lowest: Element | undefined;
		let bottom = -Infinity;
		for (const el of bars.length ? doc.body.querySelectorAll('*') : []) {
			const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
			if (!own || bars.some((bar) => bar.contains(el)) || !visible(el) || visuallyHidden(el)) continue;
			const b = el.getBoundingClientRect().bottom;
			if (b > bottom) [bottom, lowest] = [b, el];
		}
		for (const bar of bars) {
			const top = bar.getBoundingClientRect().top;
			if (lowest && top < bottom - 0.5)
				problems.push({
					element: describe(lowest),
					problem: `stays ${px(bottom - top)} under ${describe(bar)} at the end of the page`,
				});
		}
		window.scrollTo(scrollX, scrollY);
		return problems;
	}

	/** A stylesheet added through the CSSOM, which the page's Content Security Policy allows. */
	const added = new Set<CSSStyleSheet>();
	function addStyles(css: string) {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		added.add(sheet);
		doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
	}
	/** Take away every sheet `addStyles` added. */
	function removeStyles() {
		doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => !added.has(sheet));
		added.clear();
	}
	/**
	 * Move the point the next Tab starts from back to the top of the page, as on a fresh load
	 * (a page may be tabbed through more than once):
	 * focus a placeholder at the start of the body, then remove it (the browser keeps the
	 * starting point where the removed node was).
	 */
	function resetFocusStart() {
		const start = doc.createElement('span');
		start.tabIndex = -1;
		doc.body.prepend(start);
		start.focus({ preventScroll: true });
		start.remove();
	}

	/** Font size of every element that holds text directly. */
	function fontSizes(): Map<Element, number> {
		const sizes = new Map<Element, number>();
		for (const el of doc.body.querySelectorAll('*')) {
			const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
			if (own && visible(el)) sizes.set(el, parseFloat(getComputedStyle(el).fontSize));
		}
		return sizes;
	}

	/** 1.4.4: text that did not grow with the reader's text size (sizes in px instead of rem). */
	function notResized(before: Map<Element, number>, factor: number): Problem[] {
		const problems: Problem[] = [];
		for (const [el, size] of before) {
			const now = parseFloat(getComputedStyle(el).fontSize);
			if (now < size * factor * 0.95)
				problems.push({
					element: describe(el),
					problem: `text stays at ${Math.round(now)} px (was ${Math.round(size)} px)`,
				});
		}
		return problems;
	}

	/** Elements the Tab key stops at, in order (positive tabindex first, then document order). */
	function sequentialFocusables(): Element[] {
		const candidates = [
			...doc.querySelectorAll(
				'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'
			),
		].filter((el) => {
			const h = el as HTMLElement & { disabled?: boolean };
			if (h.tabIndex < 0 || h.disabled || !visible(el)) return false;
			// A summary is focusable only as the first summary of its details.
			if (el.localName === 'summary') return el.parentElement?.querySelector(':scope > summary') === el;
			return true;
		});
		const positive = candidates
			.filter((el) => (el as HTMLElement).tabIndex > 0)
			.sort((a, b) => (a as HTMLElement).tabIndex - (b as HTMLElement).tabIndex);
		return [...positive, ...candidates.filter((el) => (el as HTMLElement).tabIndex === 0)];
	}

	const canvas = doc.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
	const colours = new Map<string, number[]>();
	/** Any CSS colour as RGBA 0-255 (the canvas understands every syntax the page may use). */
	function rgba(color: string): number[] {
		let value = colours.get(color);
		if (!value) {
			canvas.clearRect(0, 0, 1, 1);
			canvas.fillStyle = '#000';
			canvas.fillStyle = color;
			canvas.fillRect(0, 0, 1, 1);
			value = [...canvas.getImageData(0, 0, 1, 1).data];
			colours.set(color, value);
		}
		return value;
	}
	function luminance([r, g, b]: number[]) {
		const c = [r, g, b].map((v) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}
	/** The solid colour behind an element: the first ancestor with an opaque-enough background. */
	function backgroundOf(el: Element | null): number[] {
		for (let node = el; node; node = node.parentElement) {
			const c = rgba(getComputedStyle(node).backgroundColor);
			if (c[3] > 200) return c;
		}
		return [255, 255, 255, 255];
	}
	function contrast(fg: number[], bg: number[]) {
		const a = fg[3] / 255;
		const mixed = fg.slice(0, 3).map((v, i) => v * a + bg[i] * (1 - a));
		const [l1, l2] = [luminance(mixed), luminance(bg)].sort((x, y) => y - x);
		return (l1 + 0.05) / (l2 + 0.05);
	}

	const indicator = (s: CSSStyleDeclaration) =>
		s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
			? `shadow ${s.boxShadow}`
			: `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; shadow ${s.boxShadow}`;

	let order: Element[] = [];
	let unfocused = new Map<Element, string>();
	let covering: Element[] = [];
	let findings: Problem[] = [];
	let visited = 0;

	/** Elements that stay on screen while the page scrolls, and may cover what has focus. */
	function fixedOrSticky(): Element[] {
		return [...doc.body.querySelectorAll('*')].filter((el) => {
			const p = getComputedStyle(el).position;
			return (p === 'fixed' || p === 'sticky') && visible(el);
		});
	}

	/** 2.4.7, 2.4.11 and 1.4.11 for the element that has focus now. */
	function checkFocused(expected: Element | undefined): Problem[] {
		const el = doc.activeElement;
		if (!el || el === doc.body)
			return [{ element: expected ? describe(expected) : '?', problem: 'never gets focus' }];
		const problems: Problem[] = [];
		const add = (problem: string) => problems.push({ element: describe(el), problem });
		if (expected && el !== expected) add(`gets focus where ${describe(expected)} was expected (focus order)`);
		const r = el.getBoundingClientRect();
		const vw = doc.documentElement.clientWidth;
		const vh = doc.documentElement.clientHeight;
		if (r.width < 1 || r.height < 1) add('has no size on screen when focused');
		const fits = r.height <= vh && r.width <= vw;
		const inside = fits
			? r.top >= -1 && r.left >= -1 && r.bottom <= vh + 1 && r.right <= vw + 1
			: r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
		if (!inside) add(`is off screen when focused (${px(r.left)}, ${px(r.top)})`);
		for (const cover of covering) {
			if (cover.contains(el) || el.contains(cover)) continue;
			const c = cover.getBoundingClientRect();
			const w = Math.min(r.right, c.right) - Math.max(r.left, c.left);
			const h = Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top);
			if (w > 0.5 && h > 0.5) add(`is ${px(h)} under ${describe(cover)} when focused`);
		}
		const s = getComputedStyle(el);
		if (!el.matches(':focus-visible')) add('does not match :focus-visible after a key press');
		const now = indicator(s);
		const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
		const shadowed = s.boxShadow !== 'none';
		if ((!outlined && !shadowed) || now === unfocused.get(el)) add('has no visible focus indicator');
		else if (outlined) {
			const behind = parseFloat(s.outlineOffset) < 0 ? backgroundOf(el) : backgroundOf(el.parentElement);
			const ratio = contrast(rgba(s.outlineColor), behind);
			if (ratio < 3) add(`focus outline contrast is ${ratio.toFixed(2)}:1 (needs 3:1)`);
		}
		return problems;
	}

	/**
	 * Remember each element's unfocused look and what may cover it, then check every element
	 * as the Tab key reaches it: a keydown listener checks the element focused by the previous
	 * Tab, whose scrolling into view is done by then. Returns how many stops the page has.
	 */
	function prepareFocus(): number {
		resetFocusStart();
		order = sequentialFocusables();
		unfocused = new Map(order.map((el) => [el, indicator(getComputedStyle(el))]));
		covering = fixedOrSticky();
		findings = [];
		visited = 0;
		return order.length;
	}
	function checkCurrent() {
		if (doc.activeElement && doc.activeElement !== doc.body) {
			findings.push(...checkFocused(order[visited]));
			visited++;
		}
	}
	window.addEventListener('keydown', (e) => e.key === 'Tab' && order.length > 0 && checkCurrent(), true);
	function focusReport() {
		checkCurrent();
		const report = { visited, problems: findings };
		findings = [];
		return report;
	}
	/** Focus the remaining stops by script, in Tab order, with the same checks. */
	function focusRest(from: number): Problem[] {
		const problems: Problem[] = [];
		for (const el of order.slice(from)) {
			(el as HTMLElement).focus();
			problems.push(...checkFocused(el));
		}
		return problems;
	}

	/** 2.5.8: targets at least 24 x 24 CSS px, or spaced so a 24 px circle on each touches no other. */
	function targetSize(): Problem[] {
		const selector =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"], [role="menuitem"]';
		/** The fixed or sticky box a target moves with (null: it scrolls with the page). */
		const layerOf = (el: Element) => {
			for (let node: Element | null = el; node; node = node.parentElement)
				if (/fixed|sticky/.test(getComputedStyle(node).position)) return node;
			return null;
		};
		const targets = [...doc.querySelectorAll(selector)]
			.filter((el) => visible(el) && !visuallyHidden(el))
			.map((el) => {
				let r = el.getBoundingClientRect();
				// A label activates its control, so it is part of the target.
				for (const label of (el as HTMLInputElement).labels ?? []) {
					const l = label.getBoundingClientRect();
					r = new DOMRect(
						Math.min(r.left, l.left),
						Math.min(r.top, l.top),
						Math.max(r.right, l.right) - Math.min(r.left, l.left),
						Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top)
					);
				}
				return { el, r, layer: layerOf(el), small: r.width < 24 - 0.01 || r.height < 24 - 0.01 };
			});
		/** A link inside a sentence: its size is set by the line of text (the inline exception). */
		const inText = (el: Element) => {
			if (getComputedStyle(el).display !== 'inline') return false;
			let block = el.parentElement;
			while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
			const own = (el.textContent ?? '').trim().length;
			return (block?.textContent ?? '').replace(/\s+/g, ' ').trim().length > own + 3;
		};
		const center = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
		const distanceToRect = ([x, y]: number[], r: DOMRect) =>
			Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
		const problems: Problem[] = [];
		for (const t of targets) {
			if (!t.small || inText(t.el)) continue;
			const c = center(t.r);
			const near = targets.find((u) => {
				// A bar that stays on screen passes over the page; covering is 2.4.11's business, not spacing.
				if (u === t || u.layer !== t.layer || u.el.contains(t.el) || t.el.contains(u.el)) return false;
				if (u.small && !inText(u.el)) {
					const [x, y] = center(u.r);
					return Math.hypot(x - c[0], y - c[1]) < 24;
				}
				return distanceToRect(c, u.r) < 12;
			});
			if (near)
				problems.push({
					element: describe(t.el),
					problem: `is ${px(t.r.width)} x ${px(t.r.height)} and too close to ${describe(near.el)}`,
				});
		}
		return problems;
	}

	/** 3.1.2: words of `lang` in text (or an accessible name) that is not marked with that language. */
	function foreignWords(words: string[], lang: string): Problem[] {
		const list = new Set(words);
		const problems: Problem[] = [];
		const inLang = (el: Element | null) =>
			(el?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0] === lang;
		const check = (text: string, el: Element) => {
			if (inLang(el)) return;
			// Web addresses shown as text ("samhsa.gov/find-help/") are in no language.
			const words = text.replace(/\b[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g, ' ').match(/\p{L}+/gu) ?? [];
			const found = words.filter((w) => list.has(w.toLowerCase()));
			if (found.length)
				problems.push({
					element: describe(el),
					problem: `"${found.join(' ')}" is not inside lang="${lang}"`,
				});
		};
		const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template, noscript') || !visible(parent)) continue;
			check(node.textContent ?? '', parent);
		}
		for (const el of doc.body.querySelectorAll('[aria-label], [alt], [title]'))
			for (const attr of ['aria-label', 'alt', 'title']) {
				const value = el.getAttribute(attr);
				if (value) check(value, el);
			}
		return problems;
	}

	window.__wcag = {
		reflow,
		clippedText,
		addStyles,
		removeStyles,
		fontSizes,
		notResized,
		prepareFocus,
		focusReport,
		focusRest,
		targetSize,
		foreignWords,
	};
}

/** Make the in-page checks available on every page this Playwright page loads. */
export async function installWcag(page: Page) {
	await page.addInitScript(wcagInPage);
}

/** Load `path` in a reused page with this viewport and theme, at the browser's default text size. */
export async function openPage(
	page: Page,
	path: string,
	viewport: { width: number; height: number },
	colorScheme: 'light' | 'dark'
) {
	await setFontSizes(page, 1);
	await page.setViewportSize(viewport);
	await page.emulateMedia({ colorScheme });
	return page.goto(path);
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** One CDP session a page, opened when first needed. */
function cdpOf(page: Page): Promise<CDPSession> {
	let session = sessions.get(page);
	if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
	return session;
}

async function setFontSizes(page: Page, factor: number) {
	const cdp = await cdpOf(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * factor, fixed: 13 * factor } });
}

const lines = (problems: Problem[]) => problems.map((p) => `${p.element}: ${p.problem}`);

/** 1.4.10 (and, with text spacing applied, 1.4.12): nothing makes the page scroll sideways. */
export async function expectReflow(page: Page, where: string) {
	expect
		.soft(lines(await page.evaluate(() => window.__wcag.reflow())), `${where}: sideways scrolling`)
		.toEqual([]);
}

/** 1.4.12 and 1.4.4: no box cuts off or spills its text. */
export async function expectNoClippedText(page: Page, where: string) {
	expect
		.soft(lines(await page.evaluate(() => window.__wcag.clippedText())), `${where}: clipped text`)
		.toEqual([]);
}

/** Apply the WCAG 1.4.12 text spacing overrides. */
export async function applyTextSpacing(page: Page) {
	await page.evaluate((css) => window.__wcag.addStyles(css), TEXT_SPACING_CSS);
}

/** Undo `applyTextSpacing`. */
export async function removeTextSpacing(page: Page) {
	await page.evaluate(() => window.__wcag.removeStyles());
}

/**
 * 1.4.4: set the browser's own text size to `percent` (Chromium's font-size setting, as a reader
 * would in the browser settings), and fail for text that does not grow with it. Unlike a
 * `font-size` on the root element, this also moves rem-based media queries, as in a real browser:
 * at 200% a 1280 px window gets the phone layout and its call bar.
 */
export async function setTextSize(page: Page, percent: number, where: string) {
	await page.evaluate(() => {
		window.__wcag.saved = window.__wcag.fontSizes();
	});
	const factor = percent / 100;
	await setFontSizes(page, factor);
	expect(
		await page.evaluate(() => getComputedStyle(document.documentElement).fontSize),
		'root font size after the text size change'
	).toBe(`${16 * factor}px`);
	const problems = await page.evaluate((f) => window.__wcag.notResized(window.__wcag.saved!, f), factor);
	expect.soft(lines(problems), `${where}: text that does not resize`).toEqual([]);
}

/**
 * Press Tab `times` times. The key events are real (the same CDP call Playwright's keyboard
 * uses) but sent without waiting for each round trip, which makes a page's Tab pass three times
 * faster; the browser still handles them one after another, and the focus order check below
 * would notice if it did not.
 */
async function pressTab(page: Page, times: number) {
	const cdp = await cdpOf(page);
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	await Promise.all(
		Array.from({ length: times }, () => [
			cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
			cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
		]).flat()
	);
}

/**
 * 2.4.3, 2.4.7, 2.4.11 and 1.4.11: press Tab through the page; each stop must come in document
 * order, be on screen, not be under the call bar or any fixed or sticky element, and show a
 * focus indicator (outline or shadow unlike its unfocused look, 3:1 against what is behind it).
 *
 * Each stop is checked when the next Tab arrives (its scrolling into view is done by then).
 * After `tabStops` presses the remaining stops are focused by script in the same order with the
 * same checks (Chromium scrolls and matches :focus-visible the same way after a key press), so
 * a very long page costs no more than `tabStops` presses yet every element is checked.
 * `tabStops: 0` focuses everything by script (used after a text size change).
 */
export async function expectFocusVisibleAndUnobscured(page: Page, where: string, tabStops = TAB_STOPS) {
	const total = await page.evaluate(() => window.__wcag.prepareFocus());
	const presses = Math.min(tabStops, total);
	await pressTab(page, presses);
	const { visited, problems } = await page.evaluate(() => window.__wcag.focusReport());
	expect(visited, `${where}: Tab stops reached`).toBe(presses);
	problems.push(...(await page.evaluate((from) => window.__wcag.focusRest(from), presses)));
	expect.soft(lines(problems), `${where}: focus (${total} stops)`).toEqual([]);
	// Leave nothing focused for the next check.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** 2.5.8 Target size (minimum), with the inline and spacing exceptions. */
export async function expectTargetSize(page: Page, where: string) {
	expect
		.soft(lines(await page.evaluate(() => window.__wcag.targetSize())), `${where}: small targets`)
		.toEqual([]);
}

/** 3.1.2 Language of parts: words of the other language are inside an element with its `lang`. */
export async function expectLangOfParts(page: Page, where: string) {
	const pageLang = (await page.locator('html').getAttribute('lang'))?.split('-')[0] ?? '';
	const foreign = FOREIGN_WORDS[pageLang];
	expect(foreign, `${where}: word list for pages in "${pageLang}"`).toBeDefined();
	const problems = await page.evaluate(({ words, lang }) => window.__wcag.foreignWords(words, lang), foreign);
	expect.soft(lines(problems), `${where}: text in another language without lang`).toEqual([]);
}
