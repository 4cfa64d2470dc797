/** Safe rendering of search results: text nodes and <mark> only, never raw HTML. */
import { countInWords } from '../../lib/directory-filters';
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

/** One result as a list item: type label, title link (to the best section), excerpt. */
export function resultItem(result: ResultData): HTMLLIElement {
	const target = bestTarget(result);
	const li = document.createElement('li');
	li.className = 'search-result';
	const type = result.filters.type?.[0];
	if (type) {
		const label = document.createElement('p');
		label.className = 'search-result-type';
		label.textContent = type;
		li.appendChild(label);
	}
	const link = document.createElement('a');
	link.href = target.url;
	link.className = 'search-result-link';
	link.textContent =
		target.title === result.meta.title ? target.title : `${target.title}, in ${result.meta.title}`;
	li.appendChild(link);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result-excerpt';
	excerpt.appendChild(excerptFragment(result.excerpt));
	li.appendChild(excerpt);
	return li;
}

/** "No results for “x”", "One result for “x”", "12 results for “x”". */
export function summaryText(total: number, query: string): string {
	const what = countInWords(total, 'result', 'results');
	return query.trim() ? `${what} for “${query.trim().slice(0, 80)}”` : what;
}
