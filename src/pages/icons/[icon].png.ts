import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, renderAppIcon } from '../../lib/app-icon';

// The PNG icons the web app manifest lists (src/pages/manifest.webmanifest.ts).

export const getStaticPaths = (() =>
	APP_ICONS.map(({ icon, size, maskable }) => ({
		params: { icon },
		props: { size, maskable },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; maskable: boolean }> = async ({ props }) =>
	new Response(new Uint8Array(await renderAppIcon(props.size, props.maskable)), {
		headers: { 'Content-Type': 'image/png' },
	});
