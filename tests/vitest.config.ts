/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives tests the same module resolution as the site (astro/zod, aliases).
export default getViteConfig(
	{
		root,
		test: {
			root,
			// unit/: pure functions and components; integration/: real astro sync and build runs.
			include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
			environment: 'node',
			testTimeout: 30_000,
			// One test file per core (Vitest's default leaves one core free): the integration
			// files spend their time in Astro processes, and run side by side.
			maxWorkers: availableParallelism(),
		},
	},
	{ root }
);
