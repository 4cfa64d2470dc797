/**
 * Search a built site's Pagefind index with Pagefind's own JavaScript API (the pagefind.js the
 * build wrote, the one the browser loads), run in Node against the site served by serve.ts.
 * The index is compressed, so this is the only honest way to ask what search can find.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePorts } from '../tools/free-port';

const root = new URL('../../', import.meta.url).pathname;

interface PagefindApi {
	options(options: { basePath: string; baseUrl: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
	destroy?(): Promise<void>;
}

/** The address of every result for each query, as paths under the site's base ('/articles/x/'). */
export async function searchBuiltSite(dist: string, queries: string[]): Promise<Map<string, string[]>> {
	const [port] = await freePorts(1);
	const server = spawn(join(root, 'node_modules/.bin/node'), [
		join(root, 'tests/tools/serve.ts'),
		'--dir',
		dist,
		'--port',
		String(port),
	]);
	try {
		await new Promise((resolve, reject) => {
			server.stdout.once('data', resolve);
			server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
		});
		const pagefind = (await import(
			/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind/pagefind.js')).href
		)) as PagefindApi;
		await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
		const found = new Map<string, string[]>();
		for (const query of queries) {
			const { results } = await pagefind.search(query);
			found.set(query, await Promise.all(results.map(async (r) => (await r.data()).url)));
		}
		await pagefind.destroy?.();
		return found;
	} finally {
		server.kill();
	}
}
