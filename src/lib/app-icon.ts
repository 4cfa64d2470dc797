/**
 * The installable site's PNG icons, drawn at build time from the favicon (public/favicon.svg),
 * so there is one drawing. A maskable icon fills its square and keeps the drawing inside the
 * central safe zone (a circle of 80% of the width), as Android crops it to its own shape.
 */
import { renderAsync } from '@resvg/resvg-js';
import favicon from '../../public/favicon.svg?raw';

/** The PNG icons the web app manifest lists, at /icons/<icon>.png. */
export const APP_ICONS = [
	{ icon: 'icon-192', size: 192, maskable: false },
	{ icon: 'icon-512', size: 512, maskable: false },
	{ icon: 'maskable-512', size: 512, maskable: true },
] as const;

/** The favicon's background colour and its drawing without the rounded square behind it. */
function parts(svg: string): { background: string; drawing: string } {
	const rect = svg.match(/<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/);
	if (!rect) throw new Error('public/favicon.svg: expected a <rect> background with a fill');
	const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return { background: rect[1]!, drawing: inner.replace(rect[0], '') };
}

/** The icon as an SVG string: the favicon as it is, or maskable (full bleed, drawing at 60%). */
export function appIconSvg(maskable: boolean, svg: string = favicon): string {
	if (!maskable) return svg;
	const { background, drawing } = parts(svg);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(6.4 6.4) scale(0.6)">${drawing}</g></svg>`;
}

/** A square PNG of the icon, `size` pixels wide. */
export async function renderAppIcon(size: number, maskable: boolean): Promise<Uint8Array> {
	const image = await renderAsync(appIconSvg(maskable), {
		fitTo: { mode: 'width', value: size },
		font: { loadSystemFonts: false },
	});
	return image.asPng();
}
