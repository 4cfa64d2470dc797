import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { freePorts } from './tools/free-port.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const isCI = Boolean(process.env.CI);

// Ports for the two builds: PORT for the main one if set, else free ports chosen when the runner
// loads this file. They go into the environment, which the workers inherit (they load this file
// again and keep them), and specs read the sub-path origin from there (e2e/support/site.ts).
if (!process.env.TEST_MAIN_PORT || !process.env.TEST_SUBPATH_PORT) {
	const [main, subpath] = await freePorts(2);
	process.env.TEST_MAIN_PORT = process.env.PORT || String(main);
	process.env.TEST_SUBPATH_PORT = String(subpath);
}
const MAIN_PORT = process.env.TEST_MAIN_PORT;
const SUBPATH_PORT = process.env.TEST_SUBPATH_PORT;

// Tests drive Debian's Chromium in its headless shell (package chromium-headless-shell: the same
// Chromium without the browser's UI, what Playwright itself uses for headless runs; a third less
// CPU than the full browser on this suite). Playwright never downloads a browser here.
export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	forbidOnly: isCI,
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: isCI ? [['list'], ['github']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${MAIN_PORT}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			command: `node tests/tools/serve.ts --dir dist --base / --port ${MAIN_PORT}`,
			cwd: root,
			url: `http://127.0.0.1:${MAIN_PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
		{
			command: `node tests/tools/serve.ts --dir tests/.output/subpath --base /recovery/ --port ${SUBPATH_PORT}`,
			cwd: root,
			url: `http://127.0.0.1:${SUBPATH_PORT}/recovery/`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
	],
});
