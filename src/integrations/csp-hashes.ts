import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A CSP hash source for an inline script or stylesheet. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Script types a browser runs (a JSON-LD block is data, which CSP does not govern). */
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The hashes of the inline scripts a browser would run and of the inline stylesheets in `html`. */
function inlineHashes(html: string): { script: string[]; style: string[] } {
	const script = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/\ssrc=/.test(attributes!))
		.filter(([, attributes]) => RUNS.has(/\stype="([^"]*)"/.exec(attributes!)?.[1]?.toLowerCase() ?? ''))
		.map(([, , code]) => cspHash(code!));
	const style = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => cspHash(css!));
	return { script: [...new Set(script)], style: [...new Set(style)] };
}

/**
 * A page whose Content-Security-Policy lists, in `script-src` and `style-src`, the hashes of its
 * own inline scripts and stylesheets and no others. Astro lists on every page the hashes of every
 * inline script and stylesheet it built for any page: here none of them runs a script inline, so
 * the hashes were about 500 incompressible bytes a page that allowed nothing the page has.
 */
export function pageWithOwnHashes(html: string): string {
	const own = inlineHashes(html);
	return html.replace(
		/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/,
		(_, start: string, policy: string, end: string) => {
			const directives = policy.split(';').map((directive) => {
				const [name, ...sources] = directive.trim().split(/\s+/);
				if (name !== 'script-src' && name !== 'style-src') return directive;
				const kept = sources.filter((source) => !source.startsWith("'sha256-"));
				return ` ${[name, ...kept, ...own[name === 'script-src' ? 'script' : 'style']].join(' ')}`;
			});
			return `${start}${directives.join(';')}${end}`;
		}
	);
}

/** Give every built page's policy its own hashes (after any step that changes inline code). */
export function cspHashes(): AstroIntegration {
	return {
		name: 'together-in-recovery:csp-hashes',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				await Promise.all(
					files.map(async (file) => {
						const html = await readFile(join(root, file), 'utf8');
						const page = pageWithOwnHashes(html);
						if (page !== html) await writeFile(join(root, file), page);
					})
				);
			},
		},
	};
}
