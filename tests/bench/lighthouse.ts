/**
 * `npm run bench`: Lighthouse (mobile defaults) on one page of each type of the built site,
 * five runs each; prints median scores, FCP, LCP, TBT, CLS and page weight, and exits non-zero
 * when a page misses the design's budget. Serve nothing first: it starts its own server.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pagesByType } from '../e2e/support/budgets.ts';
import { freePorts } from '../tools/free-port.ts';
import { ROOT } from './corpus.ts';

const RUNS = Number(process.env.RUNS ?? 5);
/** Optional comma-separated page types to run, e.g. PAGES=article,directory (both languages). */
const ONLY = process.env.PAGES?.split(',');
const [PORT] = await freePorts(1);
/** Pages the design holds to Lighthouse 100 and the timing budgets. */
const HELD = ['home', 'article', 'directory', 'support type', 'search', 'get help', 'my circle'];
const BUDGET = { score: 100, fcp: 900, lcp: 1000, tbt: 0, cls: 0 };

const server = spawn(join(ROOT, 'node_modules/.bin/node'), [
	join(ROOT, 'tests/tools/serve.ts'),
	'--dir',
	join(ROOT, 'dist'),
	'--port',
	String(PORT),
]);
await new Promise((resolve) => server.stdout.once('data', resolve));
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[] = [];
let missed = false;
try {
	for (const { type, label, path: pagePath } of pagesByType().filter(
		({ type }) => !ONLY || ONLY.includes(type)
	)) {
		// Lighthouse refuses to audit a 404 response; the same page is served at /404.html.
		const path = type === '404' ? '/404.html' : pagePath;
		const runs: { scores: number[]; fcp: number; lcp: number; tbt: number; cls: number; weight: number }[] =
			[];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
			});
			const lhr = result!.lhr;
			const audit = (id: string) => lhr.audits[id]!.numericValue ?? 0;
			runs.push({
				scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((c) =>
					Math.round((lhr.categories[c]!.score ?? 0) * 100)
				),
				fcp: audit('first-contentful-paint'),
				lcp: audit('largest-contentful-paint'),
				tbt: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift'),
				weight: audit('total-byte-weight'),
			});
		}
		const scores = [0, 1, 2, 3].map((i) => median(runs.map((r) => r.scores[i]!)));
		const m = {
			fcp: median(runs.map((r) => r.fcp)),
			lcp: median(runs.map((r) => r.lcp)),
			tbt: median(runs.map((r) => r.tbt)),
			cls: median(runs.map((r) => r.cls)),
			weight: median(runs.map((r) => r.weight)),
		};
		const held = HELD.includes(type);
		const miss =
			held &&
			(scores.some((s) => s < BUDGET.score) ||
				m.fcp > BUDGET.fcp ||
				m.lcp > BUDGET.lcp ||
				m.tbt > BUDGET.tbt ||
				m.cls > BUDGET.cls);
		if (miss) missed = true;
		rows.push(
			`| ${label} | ${scores.join(' / ')} | ${(m.fcp / 1000).toFixed(2)} s | ${(m.lcp / 1000).toFixed(2)} s | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${(m.weight / 1024).toFixed(1)} KB | ${held ? (miss ? 'MISSED' : 'met') : '(not held)'} |`
		);
		console.error(rows.at(-1));
	}
} finally {
	await chrome.kill();
	server.kill();
}
console.log(
	`Lighthouse ${RUNS} runs per page, mobile defaults (simulated slow 4G, 4x CPU), medians. Scores: performance / accessibility / best practices / SEO.`
);
console.log('| Page | Scores | FCP | LCP | TBT | CLS | Weight | Budget |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
if (missed) {
	console.error(
		'A page missed the budget: 100 in all four categories, FCP ≤ 0.9 s, LCP ≤ 1.0 s, TBT 0, CLS 0.'
	);
	process.exit(1);
}
