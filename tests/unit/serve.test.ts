/** The local server (npm start, npm run preview, the browser tests): its port and its one-line failures. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePorts } from '../tools/free-port';

const root = new URL('../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const serve = join(root, 'tests/tools/serve.ts');
const site = mkdtempSync(join(tmpdir(), 'tir-serve-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title><h1>Served</h1>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Run serve.ts to its end (it only ends on failure, or after --check). */
function run(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(node, [serve, '--dir', site, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ...env },
		timeout: 10_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Hold a port, as another program would, while `use` runs. */
async function holding<T>(use: (port: number) => T): Promise<T> {
	const server: Server = await new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
	});
	try {
		return use((server.address() as { port: number }).port);
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
}

describe('a port in use', () => {
	it('gives one plain line naming the port and how to choose another, and exit code 1', async () => {
		const { status, stdout, stderr } = await holding((port) => run([], { PORT: String(port) }));
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^Port \d+ is in use\. Choose another with PORT=\d+ npm start\.\n$/);
	});

	it('names the port whether it came from PORT or --port', async () => {
		await holding((port) => {
			expect(run(['--port', String(port)]).stderr).toBe(
				`Port ${port} is in use. Choose another with PORT=4400 npm start.\n`
			);
		});
	});

	it('is found by --check before npm start builds anything', async () => {
		await holding((port) => {
			expect(run(['--check'], { PORT: String(port) }).status).toBe(1);
		});
		const [free] = await freePorts(1);
		expect(run(['--check'], { PORT: String(free) })).toEqual({ status: 0, stdout: '', stderr: '' });
	});
});

it('rejects a port that is not a number, in one line', () => {
	const { status, stderr } = run([], { PORT: 'http' });
	expect(status).toBe(1);
	expect(stderr).toBe('"http" is not a port number. Choose one with PORT=4400 npm start.\n');
});

it('serves on the port PORT names', async () => {
	const [port] = await freePorts(1);
	const server = spawn(node, [serve, '--dir', site], {
		cwd: root,
		env: { ...process.env, PORT: String(port) },
	});
	try {
		const line = await new Promise<string>((resolve) =>
			server.stdout.once('data', (d) => resolve(String(d)))
		);
		expect(line).toContain(`http://127.0.0.1:${port}/`);
		const response = await fetch(`http://127.0.0.1:${port}/`);
		expect(await response.text()).toContain('<h1>Served</h1>');
	} finally {
		server.kill();
	}
});
