import { describe, expect, it } from 'vitest';
import { cspHash, pageWithOwnHashes } from '../../src/integrations/csp-hashes';

const policy = (script: string, style: string) =>
	`<meta http-equiv="content-security-policy" content="default-src 'none';img-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${script}; style-src 'self' ${style};">`;
const other = cspHash('somebody else');

describe("a page's policy lists the hashes of its own inline code", () => {
	it('drops the hashes of code the page does not have, keeping every other source', () => {
		const css = '.a{color:red}';
		const out = pageWithOwnHashes(
			`${policy(`${other} ${cspHash('x')}`, `${other} ${cspHash(css)}`)}<style>${css}</style>`
		);
		expect(out).toContain(
			`content="default-src 'none';img-src 'self'; script-src 'self' 'wasm-unsafe-eval';`
		);
		expect(out).toContain(`; style-src 'self' ${cspHash(css)};`);
		expect(out).not.toContain(other);
	});

	it('allows an inline script or module it has, and the stylesheet as it is now', () => {
		const code = 'console.log(1)';
		const css = '.b{color:blue}';
		const html = `${policy(other, other)}<script type="module">${code}</script><script>${code}</script><style>${css}</style>`;
		const out = pageWithOwnHashes(html);
		expect(out).toContain(`'wasm-unsafe-eval' ${cspHash(code)};`);
		expect(out).toContain(`style-src 'self' ${cspHash(css)};`);
		expect(out).not.toContain(other);
	});

	it('does not count data blocks or external scripts', () => {
		const html = `${policy(other, '')}<script type="application/ld+json">{"a":1}</script><script src="/site.js"></script>`;
		expect(pageWithOwnHashes(html)).not.toContain('sha256-');
	});

	it('leaves a page without a policy as it was', () => {
		const html = '<style>.c{}</style>';
		expect(pageWithOwnHashes(html)).toBe(html);
	});
});
