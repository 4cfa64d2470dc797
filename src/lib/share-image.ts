import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { BUILD_CACHE, cachedBytes } from './file-cache';

const require = createRequire(import.meta.url);
// A self-hosted font from npm (no font service); Satori reads WOFF, not WOFF2.
const font = (weight: 400 | 700) =>
	readFileSync(
		require.resolve(
			`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`
		)
	);
const fonts = [
	{ name: 'Atkinson Hyperlegible', data: font(400), weight: 400 as const, style: 'normal' as const },
	{ name: 'Atkinson Hyperlegible', data: font(700), weight: 700 as const, style: 'normal' as const },
];

export interface ShareImage {
	/** The page title, the largest text. */
	title: string;
	/** A small label above the title: "Article", "Support type". */
	label: string;
	siteName: string;
}

type Node = {
	type: string;
	props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
};
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
	type,
	props: { style, children },
});

/** What a picture depends on besides its words: the drawing code, the fonts and the libraries' versions. */
const RENDERER = [
	String(el),
	...fonts.map((f) => new Uint8Array(f.data)),
	require('satori/package.json').version as string,
	require('@resvg/resvg-js/package.json').version as string,
];

/**
 * A 1200×630 PNG share image: label, title and site name on the site's calm palette. Drawn once
 * per machine and kept in the build cache, so the second build of a test run reuses it.
 */
export function renderShareImage(image: ShareImage): Promise<Uint8Array> {
	return cachedBytes(
		join(BUILD_CACHE, 'share-images'),
		[JSON.stringify(image), String(drawShareImage), ...RENDERER],
		() => drawShareImage(image)
	);
}

async function drawShareImage({ title, label, siteName }: ShareImage): Promise<Uint8Array> {
	const size = title.length > 70 ? 56 : title.length > 45 ? 64 : 76;
	const tree = el(
		'div',
		{
			width: 1200,
			height: 630,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '72px 80px',
			background: '#fbfaf7',
			color: '#1b232d',
			fontFamily: 'Atkinson Hyperlegible',
			borderLeft: '28px solid #0d5c6b',
		},
		[
			el(
				'div',
				{ fontSize: 34, fontWeight: 700, color: '#0d5c6b', textTransform: 'uppercase', letterSpacing: 2 },
				label
			),
			el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.15, display: 'flex', width: 980 }, title),
			el('div', { fontSize: 36, color: '#47515e', display: 'flex', width: 980 }, siteName),
		]
	);
	const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
	// Satori draws text as paths, so resvg needs no fonts; rendering off the main thread lets
	// the build work on other pages meanwhile (astro.config.mjs build.concurrency).
	const image = await renderAsync(svg, {
		fitTo: { mode: 'width', value: 1200 },
		font: { loadSystemFonts: false },
	});
	return image.asPng();
}
