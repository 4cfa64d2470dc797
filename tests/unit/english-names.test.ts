import { describe, expect, it } from 'vitest';
import { markEnglishNames } from '../../src/lib/english-names';

const names = ['SMART Recovery', 'SMART Recovery Family & Friends', 'The Trevor Project'];

describe('markEnglishNames', () => {
	it('marks names in text, the longest first, as whole words', () => {
		expect(
			markEnglishNames('<p>Vaya a SMART Recovery Family &amp; Friends o a SMART Recovery.</p>', names)
		).toBe(
			'<p>Vaya a <span lang="en">SMART Recovery Family &amp; Friends</span> o a <span lang="en">SMART Recovery</span>.</p>'
		);
		expect(markEnglishNames('<p>SMART Recoverys</p>', names)).toBe('<p>SMART Recoverys</p>');
	});

	it('leaves tags, attributes, scripts, titles and text already in English alone', () => {
		const html =
			'<title>The Trevor Project</title><a title="The Trevor Project" href="/x/">x</a>' +
			'<script>const a = "The Trevor Project";</script>' +
			'<h3 lang="en">The Trevor <b>Project</b> and <span>The Trevor Project</span></h3>';
		expect(markEnglishNames(html, names)).toBe(html);
	});

	it('marks again after an English element closes, even with the same element nested inside', () => {
		expect(
			markEnglishNames('<span lang="en"><span>a</span> b</span> <span>The Trevor Project</span>', names)
		).toBe('<span lang="en"><span>a</span> b</span> <span><span lang="en">The Trevor Project</span></span>');
	});
});
