/**
 * `npm run screenshots -- /path/ ...`: full-page screenshots of pages of the built site, at
 * phone and desktop widths, light and dark, into tests/.output/screens/ (for looking at).
 * Expects the site to be served (npm run preview) at SCREENSHOT_ORIGIN, or on 127.0.0.1 at PORT (default 4321).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const origin = process.env.SCREENSHOT_ORIGIN ?? `http://127.0.0.1:${process.env.PORT || 4321}`;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'tests/.output/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [name, viewport] of [
	['phone', { width: 390, height: 844 }],
	['desktop', { width: 1280, height: 900 }],
] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({ viewport, colorScheme: scheme });
		for (const path of paths) {
			await page.goto(origin + path);
			// Let scripts finish (search results, filters) before the picture.
			await page.waitForLoadState('networkidle');
			const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
			console.log(file);
		}
		await page.close();
	}
}
await browser.close();
