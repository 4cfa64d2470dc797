/** Components authors can use in article MDX without importing them. */
import ArticleLink from './ArticleLink.astro';
import Callout from './Callout.astro';
import CircleLink from './CircleLink.astro';
import CrisisCallout from './CrisisCallout.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import HelplineCallout from './HelplineCallout.astro';
import KeyPoints from './KeyPoints.astro';
import Quote from './Quote.astro';
import SupportTypeLink from './SupportTypeLink.astro';
import TheirWords from './TheirWords.astro';

export const mdxComponents = {
	ArticleLink,
	Callout,
	CircleLink,
	CrisisCallout,
	HelplineCallout,
	KeyPoints,
	Quote,
	SupportTypeLink,
	TheirWords,
	h2: H2,
	h3: H3,
};
