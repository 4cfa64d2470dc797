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
			environment: 'node',
			testTimeout: 30_000,
			// One test file per core (Vitest's default leaves one core free): the integration
			// files spend their time in Astro processes, and run side by side.
			maxWorkers: availableParallelism(),
			projects: [
				// Pure functions and components. They keep no state between files, so one worker
				// runs file after file without a fresh module graph each time (a third less CPU).
				{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
				// Real astro sync and build runs on copies of the project, each file on its own.
				{ extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
			],
		},
	},
	{ root }
);
