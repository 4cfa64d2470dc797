// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';

// Where the site is deployed. SITE_URL is the public origin (used for canonical links, the
// sitemap and feeds); BASE_PATH is the sub-path when the site does not live at the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	output: 'static',
	integrations: [mdx(), sitemap(), pagefindIndex(), precompress()],
	vite: { plugins: [tailwindcss()], worker: { format: 'es' } },
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
