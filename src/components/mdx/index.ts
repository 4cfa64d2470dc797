/** Components authors can use in article MDX without importing them. */
import Callout from './Callout.astro';
import CrisisCallout from './CrisisCallout.astro';
import HelplineCallout from './HelplineCallout.astro';
import KeyPoints from './KeyPoints.astro';
import Quote from './Quote.astro';
import SupportTypeLink from './SupportTypeLink.astro';
import TheirWords from './TheirWords.astro';

export const mdxComponents = {
	Callout,
	CrisisCallout,
	HelplineCallout,
	KeyPoints,
	Quote,
	SupportTypeLink,
	TheirWords,
};
