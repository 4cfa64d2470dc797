/** Create an element with properties and children: the search UI's one DOM-building helper. */
export function element<T extends HTMLElement = HTMLElement>(
	tag: string,
	props: Partial<T> = {},
	...children: (Node | string)[]
): T {
	const el = Object.assign(document.createElement(tag), props) as T;
	el.append(...children);
	return el;
}
