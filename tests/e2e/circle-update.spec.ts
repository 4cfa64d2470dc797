/**
 * A new build replaces what the service worker cached. The test serves a copy of the build,
 * visits it, then makes a second build from it (a changed help page and a new worker, written by
 * the same build step the site uses), serves that on the same address and reloads: the new page
 * shows at once, the new worker takes over, and offline the saved help page is the new one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { freePorts } from '../tools/free-port';
import { serviceWorkerReady, t } from './support/circle';
import { DIST, ROOT } from './support/site';

/** Serve `dir` on `port` with the project's static server; resolves once it answers. */
async function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		['tests/tools/serve.ts', '--dir', dir, '--base', '/', '--port', String(port)],
		{
			cwd: ROOT,
			stdio: 'ignore',
		}
	);
	await expect
		.poll(
			() =>
				fetch(`http://127.0.0.1:${port}/`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 15_000 }
		)
		.toBe(200);
	return server;
}

async function stop(server: ChildProcess) {
	if (server.exitCode !== null) return;
	const exited = new Promise((resolve) => server.once('exit', resolve));
	server.kill();
	await exited;
}

/** The help page's heading as built, and as the second build changes it. */
const title = t.pages.getHelp.title;
const rebuilt = `${title}, rebuilt`;

/** The saved copies of the help page in the worker's precache. */
const savedHelpPages = (page: Page) =>
	page.evaluate(async () => {
		const found: string[] = [];
		for (const name of (await caches.keys()).filter((n) => n.startsWith('tir-precache'))) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				if (new URL(request.url).pathname === '/get-help/index.html') {
					found.push(`${name} ${(await (await cache.match(request))!.text()).match(/<h1[^>]*>([^<]*)/)![1]}`);
				}
			}
		}
		return found;
	});

test('a rebuilt site replaces the cached pages: the reload shows it, online and offline', async ({
	browser,
}) => {
	test.setTimeout(90_000);
	const tmp = mkdtempSync(join(tmpdir(), 'tir-update-'));
	const [first, second] = [join(tmp, 'first'), join(tmp, 'second')];
	cpSync(DIST, first, { recursive: true });
	const [port] = await freePorts(1);
	const origin = `http://127.0.0.1:${port}`;
	let server = await serve(first, port!);
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/get-help/`);
		await serviceWorkerReady(page);
		await expect.poll(() => savedHelpPages(page)).toEqual([expect.stringMatching(new RegExp(` ${title}$`))]);

		// The second build: the help page changed, and its worker written by the site's build step.
		cpSync(first, second, { recursive: true });
		const help = join(second, 'get-help/index.html');
		writeFileSync(
			help,
			readFileSync(help, 'utf8').replace(new RegExp(`(<h1[^>]*>)${title}<`), `$1${rebuilt}<`)
		);
		for (const file of [help, join(second, 'sw.js')]) {
			for (const copy of ['.br', '.gz']) rmSync(file + copy, { force: true });
		}
		const before = readFileSync(join(first, 'sw.js'), 'utf8');
		await writeServiceWorker(second);
		expect(readFileSync(join(second, 'sw.js'), 'utf8')).not.toBe(before);

		await stop(server);
		server = await serve(second, port!);
		await page.reload();
		await expect(page.locator('h1')).toHaveText(rebuilt);
		// The new worker installs, takes over, and keeps only the new copy.
		await expect
			.poll(() => savedHelpPages(page), { timeout: 20_000 })
			.toEqual([expect.stringMatching(new RegExp(` ${rebuilt}$`))]);

		await context.setOffline(true);
		await context.route('**', (route) =>
			route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue()
		);
		await page.goto(`${origin}/get-help/`);
		await expect(page.locator('h1')).toHaveText(rebuilt);
		expect(
			(await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('tir-precache'))
		).toHaveLength(1);
	} finally {
		await context.close();
		await stop(server);
		rmSync(tmp, { recursive: true, force: true });
	}
});
