/** Small DOM helpers for the planner and its printable pages. */

/** A clone of a template's first element, with "__" in ids, names and references set to `id`. */
export function fromTemplate<T extends HTMLElement>(template: HTMLTemplateElement, id: string): T {
	const element = template.content.firstElementChild!.cloneNode(true) as T;
	for (const el of [element, ...element.querySelectorAll<HTMLElement>('*')]) {
		for (const attr of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby']) {
			const value = el.getAttribute(attr);
			if (value?.includes('__')) el.setAttribute(attr, value.replaceAll('__', id));
		}
	}
	return element;
}

/** Offer a file to the reader, made here in the page: nothing is uploaded. */
export function download(content: string, name: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A link made in the page, such as a tel: link for a number the reader typed. */
export function link(href: string, text: string, className: string): HTMLAnchorElement {
	return Object.assign(document.createElement('a'), { href, textContent: text, className });
}
