/**
 * Serve a built site locally the way a static host would: under its base path, compressed,
 * with the headers from `_headers`, and the 404 page for unknown addresses.
 *
 *   node tests/tools/serve.ts [--dir dist] [--base /] [--port 4321]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		base: { type: 'string', default: process.env.BASE_PATH || '/' },
		port: { type: 'string', default: '4321' },
	},
});
const dir = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const headersPath = join(dir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFoundPage = join(dir, '404.html');
// Precompressed .br/.gz files from the build are served as they are; anything else is compressed on the fly.
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });
const compress = compression();

const server = createServer((req, res) => {
	compress(req as never, res as never, () => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
			res.writeHead(302, { Location: base }).end();
			return;
		}
		const inner = `/${url.pathname.slice(base.length)}`.replace('//', '/');
		for (const [name, value] of headersFor(rules, inner)) res.setHeader(name, value);
		req.url = inner + url.search;
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
		});
	});
});
server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://127.0.0.1:${values.port}${base}`);
});
