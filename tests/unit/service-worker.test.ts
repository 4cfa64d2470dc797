/**
 * The service worker's build step: which scripts it finds to precache, and a real run on a small
 * made-up build (the worker bundle, Workbox's injected list with revisions).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImports, pageScripts, writeServiceWorker } from '../../src/integrations/service-worker';
import { isArticlePath, OFFLINE_PAGES, offlinePageFor } from '../../src/lib/offline-pages';

describe('the pages saved for offline use, in every language', () => {
	it('are home, help, the planner with its card and plan, and the offline page, in English and Spanish', () => {
		expect(OFFLINE_PAGES).toEqual([
			'index.html',
			'get-help/index.html',
			'my-circle/index.html',
			'my-circle/card/index.html',
			'my-circle/plan/index.html',
			'offline/index.html',
			'es/index.html',
			'es/obtener-ayuda/index.html',
			'es/mi-circulo/index.html',
			'es/mi-circulo/tarjeta/index.html',
			'es/mi-circulo/plan/index.html',
			'es/sin-conexion/index.html',
		]);
	});

	it('keeps articles in both languages, but not the lists by audience or the article indexes', () => {
		for (const path of ['articles/the-identity-shift/', 'es/articulos/el-cambio-de-identidad/']) {
			expect(isArticlePath(path), path).toBe(true);
		}
		for (const path of [
			'articles/',
			'articles/for/families/',
			'es/articulos/',
			'es/articulos/para/familiares-y-amigos/',
			'es/articles/the-identity-shift/',
			'directory/sponsorship/',
			'es/directorio/padrinos-y-madrinas/',
			'articles/the-identity-shift/extra/',
		]) {
			expect(isArticlePath(path), path).toBe(false);
		}
	});

	it('answers an unsaved address with the offline page of its language', () => {
		expect(offlinePageFor('articles/grief-and-loss/')).toBe('offline/index.html');
		expect(offlinePageFor('search/?q=sponsor')).toBe('offline/index.html');
		expect(offlinePageFor('es/articulos/duelo-y-perdida/')).toBe('es/sin-conexion/index.html');
		expect(offlinePageFor('es/')).toBe('es/sin-conexion/index.html');
		// An English slug that merely starts with "es" is English.
		expect(offlinePageFor('estonia/')).toBe('offline/index.html');
	});
});

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
			// The shell: the theme script, print styles, icons and each language's manifest.
			const shell = [
				'site.js',
				'print.css',
				'favicon.svg',
				'manifest.webmanifest',
				'es/manifest.webmanifest',
				'icons/icon-192.png',
			];
			for (const file of shell) write(file, '//');
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
