import { describe, expect, it } from 'vitest';
import { appIconSvg, renderAppIcon } from '../../src/lib/app-icon';

const FAVICON =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0d5c6b"/><circle cx="11" cy="13" r="4" fill="#fff"/></svg>';

describe('the app icons', () => {
	it('uses the favicon as it is for the plain icon', () => {
		expect(appIconSvg(false, FAVICON)).toBe(FAVICON);
	});
	it('fills the square and keeps the drawing in the safe zone for the maskable icon', () => {
		const svg = appIconSvg(true, FAVICON);
		expect(svg).toContain('<rect width="32" height="32" fill="#0d5c6b"/>');
		expect(svg).not.toContain('rx="7"');
		expect(svg).toContain('<g transform="translate(6.4 6.4) scale(0.6)"><circle');
	});
	it('draws PNGs of the size asked for', async () => {
		const png = Buffer.from(await renderAppIcon(192, true));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(192);
		expect(png.readUInt32BE(20)).toBe(192);
	});
});
