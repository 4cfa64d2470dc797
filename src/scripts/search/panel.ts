/**
 * The one search controller, for the header dialog and the /search/ page: it runs searches as the
 * reader types (debounced, newest wins), shows the crisis card for crisis queries, says what was
 * found, and falls back to plain links when the index cannot load. Its markup and words come from
 * src/components/search/SearchPanel.astro; it finds everything inside its own root.
 */
import { plural, type Plural } from '../../i18n/format';
import { isCrisisQuery } from '../../lib/crisis-terms';
import { loadPagefind, search, type Found, type SearchFilters } from './engine';
import { resultItem } from './render';

interface PanelWords {
	intl: string;
	searching: string;
	results: Plural;
	resultsFor: Plural;
	inPage: string;
}

export interface PanelOptions {
	/** Site base path, ending in "/". */
	base: string;
	/** Milliseconds to wait after a keystroke before searching. */
	delay: number;
	/** The filters chosen around the panel (the /search/ page has them; the dialog has none). */
	filters?: () => SearchFilters;
	/** Called with the query as the reader types, before the search runs. */
	onInput?: (query: string) => void;
}

export class SearchPanel {
	readonly input: HTMLInputElement;
	readonly list: HTMLOListElement;
	private readonly status: HTMLElement;
	private readonly crisis: HTMLElement;
	private readonly failed: HTMLElement;
	private readonly more: HTMLButtonElement | null;
	private readonly template: HTMLTemplateElement;
	private readonly words: PanelWords;
	private readonly limit: number;
	private latest = 0;
	private current: Found | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		root: HTMLElement,
		private readonly options: PanelOptions
	) {
		const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
		this.input = find('input[type="search"]');
		this.list = find('[data-search-results]');
		this.status = find('[data-search-status]');
		this.crisis = find('[data-crisis-card]');
		this.failed = find('[data-search-unavailable]');
		this.more = root.querySelector('[data-search-more]');
		this.template = find('template[data-search-result]');
		this.words = JSON.parse(root.dataset.words ?? '{}') as PanelWords;
		this.limit = Number(root.dataset.limit) || 10;

		this.input.addEventListener('input', () => {
			this.crisis.hidden = !isCrisisQuery(this.input.value);
			options.onInput?.(this.input.value);
			clearTimeout(this.timer);
			this.timer = setTimeout(() => this.run(), options.delay);
		});
		// Warm up on focus; a failure shows when the reader searches.
		this.input.addEventListener('focus', () => this.warmUp(), { once: true });
		this.more?.addEventListener('click', () => this.showMore());
	}

	/** Start loading the index before the first keystroke. */
	warmUp() {
		loadPagefind(this.options.base).catch(() => undefined);
	}

	/** Search now for the box's query and the chosen filters. */
	async run() {
		const ticket = ++this.latest;
		const query = this.input.value;
		const filters = this.options.filters?.() ?? {};
		this.crisis.hidden = !isCrisisQuery(query);
		if (!query.trim() && Object.keys(filters).length === 0) {
			this.show(null, '');
			return;
		}
		// The first search loads the index: say so, rather than show nothing.
		if (!this.current) this.status.textContent = this.words.searching;
		try {
			const pagefind = await loadPagefind(this.options.base);
			const found = await search(pagefind, query, filters, this.limit);
			if (!found || ticket !== this.latest) return;
			this.current = found;
			this.failed.hidden = true;
			this.show(found, query);
		} catch {
			if (ticket !== this.latest) return;
			this.show(null, '');
			this.failed.hidden = false;
		}
	}

	private show(found: Found | null, query: string) {
		const results = found?.results ?? [];
		this.list.replaceChildren(...results.map((r) => resultItem(this.template, r, this.words.inPage)));
		const term = query.trim().slice(0, 80);
		this.status.textContent = found
			? plural(this.words.intl, term ? this.words.resultsFor : this.words.results, found.total, {
					query: term,
				})
			: '';
		if (this.more) this.more.hidden = !found || found.total <= results.length;
	}

	private async showMore() {
		if (!this.current) return;
		const shownBefore = this.list.children.length;
		const next = await this.current.more(this.limit);
		this.list.append(...next.map((r) => resultItem(this.template, r, this.words.inPage)));
		if (this.more) this.more.hidden = this.list.children.length >= this.current.total;
		// Keep the reader's place: move focus to the first new result.
		this.list.children[shownBefore]?.querySelector('a')?.focus();
	}
}

/** The site's base path, from <html data-base>. */
export const siteBase = () => document.documentElement.dataset.base ?? '/';
