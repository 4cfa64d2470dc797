import type { AstroIntegration } from 'astro';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { LOCALE_PREFIX } from '../i18n/routes.ts';
import { OFFLINE_PAGES } from '../lib/offline-pages.ts';

/** The shell every page uses: the theme script, print styles, icons and each language's manifest. */
const SHELL = [
	'site.js',
	'print.css',
	'favicon.svg',
	...Object.values(LOCALE_PREFIX).map((prefix) => `${prefix.slice(1)}manifest.webmanifest`),
	'icons/*.png',
];

const SOURCE = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));

/**
 * The site's own scripts (hashed, in `_astro/`) a page needs: those it loads (`src`), and those
 * it loads on use, whose addresses it keeps in `data-<what>-module` attributes. The search
 * dialog (the header's `data-module`) is left out: search needs the network anyway, and a page
 * where search is not opened loads none of it.
 */
export function pageScripts(html: string): string[] {
	const found = html.matchAll(/\s(?:src|data-[a-z]+-module)="\/(?:[^"]*\/)?(_astro\/[^"/]+\.js)"/g);
	return [...new Set([...found].map((m) => m[1]!))];
}

/** Modules a built script imports by relative path, statically or on demand. */
export function localImports(code: string): string[] {
	const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g);
	return [...new Set([...found].map((m) => m[1]!))];
}

/** The saved pages' scripts and every module they may import, as paths in the build. */
async function scriptsOf(outDir: string): Promise<string[]> {
	const queue = (
		await Promise.all(OFFLINE_PAGES.map((page) => readFile(join(outDir, page), 'utf8').then(pageScripts)))
	).flat();
	const seen = new Set<string>();
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = await readFile(join(outDir, file), 'utf8');
		queue.push(...localImports(code).map((spec) => posix.join(posix.dirname(file), spec)));
	}
	return [...seen].sort();
}

/**
 * Bundle the worker (src/scripts/service-worker.ts) into one classic script and write it to
 * `sw.js` with Workbox's precache list: every saved page and file with a revision (hashed
 * `_astro` files are their own revision). Exported for the test that rebuilds a changed site.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
	const bundled = await build({
		configFile: false,
		logLevel: 'silent',
		publicDir: false,
		// Workbox's development logs and checks are left out of a production worker.
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			write: false,
			minify: true,
			lib: { entry: SOURCE, formats: ['iife'], name: 'tirServiceWorker', fileName: () => 'sw.js' },
		},
	});
	const output = (Array.isArray(bundled) ? bundled[0] : bundled) as { output: { code?: string }[] };
	const code = output.output[0]?.code;
	if (!code) throw new Error('The service worker bundle is empty');
	const tmp = await mkdtemp(join(tmpdir(), 'tir-sw-'));
	try {
		const swSrc = join(tmp, 'sw.js');
		await writeFile(swSrc, code);
		// Loaded here, not at the top: workbox-build takes about a second to import, and every
		// other use of the config (astro sync, astro check, the dev server) has no need of it.
		const { injectManifest } = await import('workbox-build');
		const result = await injectManifest({
			swSrc,
			swDest: join(outDir, 'sw.js'),
			globDirectory: outDir,
			globPatterns: [...OFFLINE_PAGES, ...SHELL, ...(await scriptsOf(outDir))],
			dontCacheBustURLsMatching: /^_astro\//,
		});
		// A saved page or file that is missing (renamed, say) would silently not work offline: stop.
		if (result.warnings.length) throw new Error(`Service worker:\n${result.warnings.join('\n')}`);
		return { count: result.count, size: result.size };
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

/**
 * Write the service worker after the build, before precompress.ts (listed after this one in
 * astro.config.mjs) makes the compressed copies, so the worker gets them too.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'together-in-recovery:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { count, size } = await writeServiceWorker(outDir);
				logger.info(`Service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB).`);
			},
		},
	};
}
