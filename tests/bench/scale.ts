/**
 * `npm run bench:scale -- 1000 [10000]`: build a generated corpus of N articles in a temporary
 * copy and report build time, peak memory, files written and search index size.
 * Budget (shared/design.md): 1,000 articles in 30 s or less, under 2 GB.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, folderSize, makeCorpus } from './corpus.ts';
import { measure } from './peak-memory.ts';

const BUDGET = { articles: 1000, seconds: 30, bytes: 2 * 1024 ** 3 };
const counts = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
if (counts.length === 0) counts.push(1000);

const rows: string[][] = [];
let failed = false;
for (const count of counts) {
	const dir = makeCorpus(count);
	console.error(`Building ${count} generated articles in ${dir} ...`);
	const run = await measure(process.execPath, [ASTRO, 'build'], dir, { ASTRO_TELEMETRY_DISABLED: '1' });
	if (run.code !== 0) {
		console.error(run.output.slice(-3000));
		process.exit(1);
	}
	const dist = folderSize(join(dir, 'dist'));
	const index = folderSize(join(dir, 'dist/pagefind'));
	rows.push([
		String(count),
		`${run.seconds.toFixed(1)} s`,
		`${(run.peakBytes / 1024 ** 2).toFixed(0)} MB`,
		String(dist.files),
		`${(dist.bytes / 1024 ** 2).toFixed(1)} MB`,
		`${(index.bytes / 1024 ** 2).toFixed(1)} MB (${index.files} files)`,
	]);
	if (count === BUDGET.articles && (run.seconds > BUDGET.seconds || run.peakBytes > BUDGET.bytes))
		failed = true;
	rmSync(dir, { recursive: true, force: true });
}
console.log('| Articles | Build time | Peak memory | Files written | Output size | Search index |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (failed) {
	console.error(`Over budget: ${BUDGET.articles} articles must build in ${BUDGET.seconds} s and under 2 GB.`);
	process.exit(1);
}
