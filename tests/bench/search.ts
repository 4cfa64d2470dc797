/**
 * `npm run bench:search`: bytes on the wire and time to first results for a fixed list of
 * queries, on the built site (dist/) and on a generated 1,000-article corpus. Prints a table.
 * Each query runs in a fresh browser context, as a reader's first search would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePorts } from '../tools/free-port.ts';
import { ASTRO, makeCorpus, ROOT } from './corpus.ts';

const QUERIES = ['sponsor', 'Al-Anon', 'lonely', 'meeting', 'family support', 'sober living', 'trust'];
const RUNS = 3;
const node = join(ROOT, 'node_modules/.bin/node');

function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn(node, [join(ROOT, 'tests/tools/serve.ts'), '--dir', dir, '--port', String(port)]);
	return new Promise((resolve) => server.stdout!.once('data', () => resolve(server)));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function bench(label: string, dir: string, port: number) {
	const server = await serve(dir, port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	const rows: string[] = [];
	for (const query of QUERIES) {
		const times: number[] = [];
		const bytes: number[] = [];
		let results = '';
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/`);
			await page.waitForLoadState('networkidle');
			let transferred = 0;
			context.on('requestfinished', async (r) => {
				const s = await r.sizes();
				transferred += s.responseBodySize + s.responseHeadersSize;
			});
			await page.locator('#search-trigger').click();
			const input = page.locator('dialog[data-search-dialog] input[type="search"]');
			await input.waitFor();
			const started = Date.now();
			await input.fill(query);
			await page.locator('dialog .search-result').first().waitFor({ timeout: 15_000 });
			times.push(Date.now() - started);
			await page.waitForLoadState('networkidle');
			bytes.push(transferred);
			results = (await page.locator('dialog [data-search-status]').textContent()) ?? '';
			await context.close();
		}
		rows.push(
			`| ${label} | ${query} | ${results} | ${(median(bytes) / 1024).toFixed(1)} KB | ${median(times)} ms |`
		);
	}
	await browser.close();
	server.kill();
	return rows;
}

const [sitePort, corpusPort] = await freePorts(2);
const rows = await bench('site', join(ROOT, 'dist'), sitePort!);
const corpus = makeCorpus(1000);
console.error(`Building a 1,000-article corpus in ${corpus} ...`);
const built = spawnSync(process.execPath, [ASTRO, 'build'], {
	cwd: corpus,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: ['ignore', 'ignore', 'pipe'],
	maxBuffer: 64 * 1024 ** 2,
});
if (built.status !== 0) {
	console.error(built.error ?? built.stderr.toString().slice(-3000));
	process.exit(1);
}
rows.push(...(await bench('1,000 articles', join(corpus, 'dist'), corpusPort!)));
rmSync(corpus, { recursive: true, force: true });

console.log(
	`First search in the header dialog, median of ${RUNS} fresh visits (includes the search library, WebAssembly, index chunks and result fragments; excludes the page itself). The time includes a 120 ms typing pause.`
);
console.log('| Corpus | Query | Results | On the wire | Time to first results |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
