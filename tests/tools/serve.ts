/**
 * Serve a built site locally the way a static host would: under its base path, compressed,
 * with the headers from `_headers`, and the 404 page for unknown addresses.
 *
 *   node tests/tools/serve.ts [--dir dist] [--base /] [--port 4321] [--check]
 *
 * The port comes from --port, else the PORT environment variable, else 4321. A port that
 * cannot be used ends the program with one plain line that says how to choose another, and
 * exit code 1. --check only tests that the port is free, so `npm start` can say so before
 * it spends a minute building.
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
		port: { type: 'string', default: process.env.PORT || '4321' },
		check: { type: 'boolean', default: false },
	},
});

/** Stop with one line a reader can act on, and no stack trace. */
function fail(line: string): never {
	console.error(line);
	process.exit(1);
}

const port = Number(values.port);
const another = port === 4400 ? 4401 : 4400;
if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) {
	fail(`"${values.port}" is not a port number. Choose one with PORT=${another} npm start.`);
}

function whenListenFails(error: NodeJS.ErrnoException): never {
	if (error.code === 'EADDRINUSE')
		fail(`Port ${port} is in use. Choose another with PORT=${another} npm start.`);
	if (error.code === 'EACCES') {
		fail(`Port ${port} needs privileges this user lacks. Choose another with PORT=${another} npm start.`);
	}
	throw error;
}

/** Serve `--dir` under `--base` on the port. */
function serve() {
	const dir = resolve(values.dir);
	if (!existsSync(dir))
		fail(`Nothing to serve: ${dir} does not exist. Build the site first (npm run build).`);
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
	server.on('error', whenListenFails);
	server.listen(port, '127.0.0.1', () => {
		console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
	});
}

if (values.check) {
	const probe = createServer().on('error', whenListenFails);
	probe.listen(port, '127.0.0.1', () => probe.close());
} else {
	serve();
}
