// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';
import { unusedCss } from './src/integrations/unused-css.ts';

// Where the site is deployed. SITE_URL is the public origin (used for canonical links, the
// sitemap and feeds); BASE_PATH is the sub-path when the site does not live at the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// Each page's hreflang alternates, read from the built pages, go into the sitemap.
const alternates = sitemapAlternates();

/**
 * SITE_CONFIG=path/to/file.ts builds with that file in place of src/config/site.ts (same
 * shape). The sub-path build of the tests uses tests/fixtures/site-config.ts to prove that no
 * other file holds the helpline. A plugin rather than an alias: it catches every import of the
 * module, whatever its specifier ('./site', '../../config/site').
 * @param {string | undefined} file
 * @returns {import('vite').Plugin | undefined}
 */
function siteConfigFrom(file) {
	if (!file) return undefined;
	const real = fileURLToPath(new URL('./src/config/site.ts', import.meta.url));
	const replacement = resolve(file);
	if (!existsSync(replacement)) throw new Error(`SITE_CONFIG: there is no file ${replacement}`);
	return {
		name: 'together-in-recovery:site-config',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			// Only imports that may name the module, and not the replacement's own import of it.
			if (importer === replacement || !/(^|\/)site(\.ts)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === real ? replacement : null;
		},
	};
}

export default defineConfig({
	site,
	base,
	// A cache of its own (not node_modules/.astro), so copies of the project that share node_modules
	// (the build tests, git worktrees) never read each other's content.
	cacheDir: './.cache/astro',
	trailingSlash: 'always',
	output: 'static',
	// English at the root, Spanish under /es/ (its pages live in src/pages/es/, with Spanish slugs
	// mapped to their English pair in src/i18n/routes.ts). No redirect by browser language: a static
	// site never guesses. Keep in step with src/i18n/locales.ts.
	i18n: {
		locales: ['en', 'es'],
		defaultLocale: 'en',
		routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
	},
	// Order matters: the pages' CSS is cut before the worker precaches them, and precompress
	// compresses the worker too.
	integrations: [
		mdx(),
		alternates.integration,
		// The offline page, in each language, is for the service worker only (noindex).
		sitemap({ filter: (page) => !/\/(offline|sin-conexion)\/$/.test(page), serialize: alternates.serialize }),
		unusedCss(),
		cspHashes(),
		pagefindIndex(),
		serviceWorker(),
		// PRECOMPRESS=off leaves the compressed copies out: the test suite's second build (under a
		// sub-path) and the edited-build test read none, and they take a third of a build.
		...(process.env.PRECOMPRESS === 'off' ? [] : [precompress()]),
	],
	vite: {
		plugins: [siteConfigFrom(process.env.SITE_CONFIG), tailwindcss()],
		// Scripts imported with ?worker&url are bundled by the worker pipeline, which has its own plugins.
		worker: { format: 'es', plugins: () => [siteConfigFrom(process.env.SITE_CONFIG)] },
	},
	// `npm run dev` takes its port from PORT, as `npm start` and `npm run preview` do.
	server: { port: Number(process.env.PORT) || 4321, host: '127.0.0.1' },
	// Inline CSS keeps each page to one request; concurrency lets share images render in the background.
	build: { inlineStylesheets: 'always', concurrency: 4 },
	// Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"base-uri 'self'",
				"form-action 'self'",
				"object-src 'none'",
			],
			// Pagefind compiles its WebAssembly at run time; that is the only exception.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
