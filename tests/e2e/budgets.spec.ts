import { readFileSync } from 'node:fs';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HELPLINE } from '../../src/config';
import {
	AT_LOAD_SCRIPT_BUDGET,
	FIRST_ROUND_TRIP,
	KB,
	PAGE_JS_BUDGET,
	PAGE_TYPES,
	PAGE_WEIGHT_BUDGET,
} from './support/budgets';
import { DIST, htmlFile, sitemapPaths } from './support/site';

for (const [type, path] of Object.entries(PAGE_TYPES)) {
	test(`${type} page (${path}) stays within its weight budget at load`, async ({ page }) => {
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
			`${type}: ${(total / KB).toFixed(1)} KB`,
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

test('article pages run no JavaScript at load beyond the 1 KB theme script', async ({ context }) => {
	const articles = sitemapPaths().filter(
		(p) => /^\/articles\/[^/]+\/$/.test(p) && !p.startsWith('/articles/for/')
	);
	/** Load one article in a tab of its own and list the scripts it fetched until the network went quiet. */
	const scriptsOf = async (path: string) => {
		const page = await context.newPage();
		const scripts: { url: string; bytes: number }[] = [];
		page.on('requestfinished', async (request) => {
			if (request.resourceType() !== 'script') return;
			const sizes = await request.sizes();
			scripts.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
		await page.close();
		return { path, scripts, inline };
	};
	// A few tabs at a time: each waits half a second of quiet network, and the waits overlap.
	for (let i = 0; i < articles.length; i += 6) {
		for (const { path, scripts, inline } of await Promise.all(articles.slice(i, i + 6).map(scriptsOf))) {
			expect(
				scripts.map((s) => s.url),
				path
			).toEqual(['/site.js']);
			expect(scripts[0]!.bytes, `${path} site.js on the wire`).toBeLessThanOrEqual(AT_LOAD_SCRIPT_BUDGET);
			expect(inline, `${path}: inline scripts`).toBe(0);
		}
	}
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
