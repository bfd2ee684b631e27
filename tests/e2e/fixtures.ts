import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test (auto fixture) runs with a guard: a request to any origin but the local server fails the
 * test (no fonts, scripts or images from elsewhere), and so does a JavaScript error.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    const origin = new URL(baseURL!).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(foreign);
    expect(foreign, 'requests to third-party origins').toEqual([]);
    expect(errors, 'JavaScript errors on the page').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** axe-core with the WCAG 2.1 A and AA rules; returns the violations, which should be []. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
