import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/url';

describe('withBase', () => {
	it('joins paths to the root base', () => {
		expect(withBase('/about/', '/')).toBe('/about/');
		expect(withBase('/', '/')).toBe('/');
	});

	it('joins paths to a sub-path base with or without a trailing slash', () => {
		expect(withBase('/about/', '/recovery/')).toBe('/recovery/about/');
		expect(withBase('about/', '/recovery')).toBe('/recovery/about/');
		expect(withBase('/', '/recovery')).toBe('/recovery/');
	});
});
