import { readFileSync } from 'node:fs';
import { brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HELPLINE } from '../../src/config';
import { SEGMENTS_ES } from '../../src/i18n/routes';
import {
	AT_LOAD_SCRIPT_BUDGET,
	FIRST_ROUND_TRIP,
	KB,
	PAGE_JS_BUDGET,
	PAGE_WEIGHT_BUDGET,
	pagesByType,
} from './support/budgets';
import { DIST, htmlFile, sitemapPaths } from './support/site';

for (const { type, label, path } of pagesByType()) {
	test(`${label} page (${path}) stays within its weight budget at load`, async ({ page }) => {
		const loaded: { url: string; type: string; bytes: number }[] = [];
		page.on('requestfinished', async (request) => {
			// A request that ends after the test (the service worker's, say) has no sizes left to read.
			const sizes = await request.sizes().catch(() => undefined);
			if (!sizes) return;
			loaded.push({
				url: request.url(),
				type: request.resourceType(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			});
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const byType = loaded.reduce<Record<string, number>>(
			(acc, r) => ({ ...acc, [r.type]: (acc[r.type] ?? 0) + r.bytes }),
			{}
		);
		const total = loaded.reduce((sum, r) => sum + r.bytes, 0);
		console.log(
			`${label}: ${(total / KB).toFixed(1)} KB`,
			Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, `${(v / KB).toFixed(1)} KB`]))
		);
		expect(total).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGET[type]!);
		if (PAGE_JS_BUDGET[type] !== undefined) {
			expect(byType.script ?? 0, `${type}: JavaScript before the reader interacts`).toBeLessThanOrEqual(
				PAGE_JS_BUDGET[type]
			);
		}
		// No web fonts and no photos: system fonts and an SVG icon.
		expect(loaded.filter((r) => r.type === 'font')).toEqual([]);
		expect(loaded.filter((r) => r.type === 'image' && !r.url.endsWith('.svg'))).toEqual([]);
	});
}

/** The scripts a built page's HTML asks for: external sources, inline scripts and module preloads. */
function scriptsInHtml(file: string) {
	const html = readFileSync(file, 'utf8');
	return {
		external: [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
		inline: [...html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)].length,
		preloads: [...html.matchAll(/<link\b[^>]*rel="modulepreload"/g)].length,
	};
}

// What an article runs at load is what its HTML asks for, plus what that script loads by itself.
// The HTML differs from article to article: every one is read. The script is the same on every
// page: one article is loaded in the browser to see that it fetches nothing more at load.
test('article pages in both languages run no JavaScript at load beyond the 1 KB theme script', async ({
	page,
}) => {
	const article = new RegExp(`^/(articles|es/${SEGMENTS_ES.articles})/(?!for/|${SEGMENTS_ES.for}/)[^/]+/$`);
	const articles = sitemapPaths().filter((p) => article.test(p));
	expect(articles.filter((p) => p.startsWith('/es/')).length).toBeGreaterThan(0);
	expect(articles.length).toBeGreaterThan(0);
	for (const path of articles) {
		expect(scriptsInHtml(htmlFile(path)), path).toEqual({ external: ['/site.js'], inline: 0, preloads: 0 });
	}
	const scripts: { url: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		if (request.resourceType() !== 'script') return;
		const sizes = await request.sizes();
		scripts.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
	});
	await page.goto(articles[0]!);
	await page.waitForLoadState('networkidle');
	expect(scripts.map((s) => s.url)).toEqual(['/site.js']);
	expect(scripts[0]!.bytes, 'site.js on the wire').toBeLessThanOrEqual(AT_LOAD_SCRIPT_BUDGET);
});

test('the first 14 KB of every page, compressed, hold the header with the helpline and the h1', () => {
	const paths = [...sitemapPaths().map((p) => htmlFile(p)), `${DIST}/404.html`];
	for (const file of paths) {
		const html = readFileSync(file);
		const firstTrip = gzipSync(html, { level: 6 }).subarray(0, FIRST_ROUND_TRIP);
		const arrived = gunzipSync(firstTrip, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
		const header = arrived.indexOf('<header');
		expect(header, `${file}: header`).toBeGreaterThan(0);
		expect(
			arrived.indexOf(`href="tel:${HELPLINE.call.e164}"`, header),
			`${file}: helpline link`
		).toBeGreaterThan(header);
		expect(arrived, `${file}: h1`).toMatch(/<h1[^>]*>[^<]+/);
	}
});

// The planner carries its forms in its HTML, the largest page but the long articles; in every
// language its whole HTML, as the server sends it with brotli, fits the first round trip.
test('the planner, card and plan arrive whole in the first 14 KB with brotli, in each language', () => {
	const prefixes = ['/my-circle/', `/es/${SEGMENTS_ES['my-circle']}/`];
	const planner = sitemapPaths().filter((p) => prefixes.some((prefix) => p.startsWith(prefix)));
	// Each of the planner's pages in both languages.
	expect(planner.length).toBeGreaterThan(0);
	expect(planner.filter((p) => p.startsWith('/es/')).length * 2).toBe(planner.length);
	for (const path of planner) {
		const br = readFileSync(`${htmlFile(path)}.br`);
		expect(brotliDecompressSync(br).equals(readFileSync(htmlFile(path))), path).toBe(true);
		expect(br.length, `${path}: brotli HTML`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
	}
});
