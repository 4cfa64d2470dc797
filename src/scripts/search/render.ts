/** Safe rendering of search results: text nodes and <mark> only, never raw HTML. */
import { fill } from '../../i18n/format';
import { bestTarget, type ResultData } from './engine';

/** A Pagefind excerpt as DOM: its <mark> highlights kept, every other tag dropped. */
export function excerptFragment(excerpt: string): DocumentFragment {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	const fragment = document.createDocumentFragment();
	const walk = (node: Node, into: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === Node.TEXT_NODE)
				into.appendChild(document.createTextNode(child.textContent ?? ''));
			else if (child.nodeName === 'MARK') {
				const mark = document.createElement('mark');
				mark.textContent = child.textContent ?? '';
				into.appendChild(mark);
			} else walk(child, into);
		}
	};
	walk(doc.body.firstChild ?? doc.body, fragment);
	return fragment;
}

/**
 * One result as a list item, from the panel's <template data-search-result>: type label, title
 * link (to the best section), excerpt. `inPage` words a section link: "{section}, in {page}".
 */
export function resultItem(template: HTMLTemplateElement, result: ResultData, inPage: string): HTMLLIElement {
	const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
	const target = bestTarget(result);
	const type = item.querySelector<HTMLElement>('.search-result-type')!;
	const label = result.filters.type?.[0];
	if (label) type.textContent = label;
	else type.remove();
	const link = item.querySelector<HTMLAnchorElement>('.search-result-link')!;
	link.href = target.url;
	link.textContent =
		target.title === result.meta.title
			? target.title
			: fill(inPage, { section: target.title, page: result.meta.title ?? '' });
	item.querySelector('.search-result-excerpt')!.appendChild(excerptFragment(result.excerpt));
	return item;
}
