import type { Page } from '@playwright/test';
import { publishedStories, newsItems } from './content.ts';
import { expect, test } from './fixtures.ts';

const story = publishedStories().find((s) => s.data.gallery?.length)!;
const news = newsItems().find((n) => !n.data.draft)!;
/** One page of every type the site has. */
const pageTypes = [
  '/',
  '/temoignages/',
  '/temoignages/pays/irlande/',
  `/temoignages/${story.id}/`,
  '/actualites/',
  `/actualites/${news.id}/`,
  '/familles/',
  '/familles/le-mal-du-pays/',
  '/recherche/?q=vache',
  '/resultats/',
  '/resultats/2024-2025/',
  '/partenaires/',
  '/kiosque/',
  '/mentions-legales/',
  '/en/',
  '/en/stories/',
  '/en/search/?q=Ireland',
];

/** Records every CSP violation the page reports, from the first byte. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test.describe('Content-Security-Policy', () => {
  for (const url of pageTypes) {
    test(`no CSP violation and no cookie on ${url}`, async ({ page, context }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      if (url.includes('?q=')) await expect(page.locator('[data-results] li').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }

  test('the detector catches a planted inline script (the policy is really enforced)', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.route('**/mentions-legales/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>document.title = "injected"</script></body>');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/mentions-legales/');
    await page.waitForLoadState('networkidle');
    await expect(page).not.toHaveTitle('injected');
    expect(violations.length).toBeGreaterThan(0);
  });
});
