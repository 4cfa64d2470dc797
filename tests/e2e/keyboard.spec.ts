import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/get-help/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

test('the theme switch works by keyboard and the choice persists', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const html = page.locator('html');
	const toggle = page.locator('[data-theme-switch]');
	await expect(html).toHaveAttribute('data-theme', 'light');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');

	// Reach it with Tab, as a keyboard user would.
	for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	await page.goto('/about/');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('[data-theme-switch]')).toHaveAttribute('aria-pressed', 'true');

	await page.locator('[data-theme-switch]').focus();
	await page.keyboard.press('Space');
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the saved theme is applied before first paint, with no inline script', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('theme', 'dark'));
	// Capture the theme at the moment the body starts parsing.
	await page.addInitScript(() => {
		document.addEventListener('readystatechange', () => {
			(window as unknown as { firstTheme: string | null }).firstTheme ??=
				document.documentElement.getAttribute('data-theme');
		});
	});
	await page.goto('/privacy/');
	expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
	const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
	expect(inlineScripts).toBe(0);
});
