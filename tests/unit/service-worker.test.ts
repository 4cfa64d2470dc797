/**
 * The service worker's build step: which scripts it finds to precache, and a real run on a small
 * made-up build (the worker bundle, Workbox's injected list with revisions).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	localImports,
	OFFLINE_PAGES,
	pageScripts,
	writeServiceWorker,
} from '../../src/integrations/service-worker';

describe('pageScripts', () => {
	it('finds the site’s own scripts a page loads or will load on use, under any base, but not search', () => {
		const html = `<script is:inline src="/recovery/site.js"></script>
			<a data-module="/recovery/_astro/dialog-abc.js">
			<script type="module" src="/recovery/_astro/planner-x1.js" async></script>
			<div data-phone-module="/_astro/phone-check-y.js"></div>
			<script src="https://elsewhere.example/_astro/x.js"></script>
			<script src="/_astro/planner-x1.js"></script>`;
		expect(pageScripts(html)).toEqual(['_astro/planner-x1.js', '_astro/phone-check-y.js']);
	});
});

describe('localImports', () => {
	it('lists the relative modules a built script imports, statically or on demand', () => {
		const code =
			'import{a as b}from"./chunk-1.js";import"./side.js";const c=()=>import(`./lazy-2.js`);import("../x.js");from "pkg"';
		expect(localImports(code.replace('`./lazy-2.js`', '"./lazy-2.js"'))).toEqual([
			'./chunk-1.js',
			'./side.js',
			'./lazy-2.js',
			'../x.js',
		]);
	});
});

describe('writeServiceWorker', () => {
	it('bundles the worker and precaches the saved pages, the shell and their scripts, with revisions', async () => {
		const out = mkdtempSync(join(tmpdir(), 'tir-sw-test-'));
		const write = (file: string, content: string) => {
			mkdirSync(dirname(join(out, file)), { recursive: true });
			writeFileSync(join(out, file), content);
		};
		try {
			for (const page of OFFLINE_PAGES) write(page, `<h1>${page}</h1>`);
			write('my-circle/index.html', '<script type="module" src="/_astro/planner-1.js"></script>');
			write('_astro/planner-1.js', 'import("./lazy-2.js")');
			write('_astro/lazy-2.js', 'export{}');
			write('_astro/unrelated-3.js', '');
			for (const file of [
				'site.js',
				'print.css',
				'favicon.svg',
				'manifest.webmanifest',
				'icons/icon-192.png',
			]) {
				write(file, '//');
			}
			write('articles/one/index.html', '<h1>One</h1>');
			write('pagefind/pagefind.js', '//');
			const { count } = await writeServiceWorker(out);
			const sw = readFileSync(join(out, 'sw.js'), 'utf8');
			expect(sw).not.toContain('self.__WB_MANIFEST');
			const entries = JSON.parse(sw.match(/\[\{"revision"[\s\S]*?\}\]/)![0]) as {
				url: string;
				revision: string | null;
			}[];
			const urls = entries.map((e) => e.url).sort();
			const shell = ['site.js', 'print.css', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png'];
			expect(urls).toEqual([...OFFLINE_PAGES, ...shell, '_astro/lazy-2.js', '_astro/planner-1.js'].sort());
			expect(count).toBe(urls.length);
			for (const entry of entries) {
				expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('_astro/'));
			}
			// One classic script, with Workbox's development logging left out.
			expect(sw).not.toMatch(/^\s*(import|export)\b/m);
			expect(sw).not.toContain('process.env');
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	it('stops the build when a page it should save is missing', async () => {
		const out = mkdtempSync(join(tmpdir(), 'tir-sw-test-'));
		try {
			writeFileSync(join(out, 'index.html'), '<h1>Home</h1>');
			await expect(writeServiceWorker(out)).rejects.toThrow(/get-help\/index\.html/);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
