// @ts-check
// ESLint (flat config), run by `npm run lint` from the project root: TypeScript rules, Astro's rules
// with its accessibility set, and no warnings allowed (`--max-warnings 0`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'tests/.output/', 'test-results/', '.astro/', 'node_modules/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-strict'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// The theme script is plain JavaScript that must run as a classic script.
		files: ['public/site.js'],
		languageOptions: { sourceType: 'script' },
	}
);
