import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Throw if a Pagefind response carries errors, so a broken index fails the build. */
function assertOk(step: string, response: { errors: string[] }) {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	}
}

/**
 * Smaller index chunks than Pagefind's default (20,000 word locations) mean a first search
 * downloads less: most queries touch one chunk per word. Pagefind reads this variable when it
 * indexes (pagefind/src/options.rs); it is marked unstable, so the budget test guards it.
 */
const INDEX_CHUNK_SIZE = '8000';

/**
 * Build the search index from the finished HTML, as the last step of `astro build`, with
 * Pagefind's Node API (no separate CLI step, nothing generated in public/).
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'together-in-recovery:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
				const { errors, index } = await pagefind.createIndex({});
				try {
					assertOk('createIndex', { errors });
					if (!index) throw new Error('Pagefind returned no index');
					const added = await index.addDirectory({ path: outDir });
					assertOk('addDirectory', added);
					assertOk('writeFiles', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
					logger.info(`Indexed ${added.page_count} pages for search.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
