import { siteConfigSchema } from '../lib/site-config-schema';
import { siteConfig } from './site';

/** The validated site configuration (src/config/site.ts). Importing this throws if a value is malformed. */
export const SITE = siteConfigSchema.parse(siteConfig);

/** The provider's helpline (labelled as a provider's line wherever it appears). */
export const HELPLINE = SITE.helpline;

/** Look up one national line by id; throws on an unknown id so a typo fails the build. */
export function crisisLine(id: string) {
	const line = SITE.crisisLines.find((l) => l.id === id);
	if (!line) {
		throw new Error(`Unknown line "${id}". Known lines: ${SITE.crisisLines.map((l) => l.id).join(', ')}`);
	}
	return line;
}
