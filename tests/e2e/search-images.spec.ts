import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pathTo, ui, type Lang } from '../../src/i18n/ui.ts';
import { contentDir, newsItems } from './content.ts';
import { expect, test } from './fixtures.ts';

// A search result's picture is the page's own photo (a story's or a news item's cover) or none:
// never a funder's logo (the footer strip, the Erasmus+ emblem, the institutions on a results
// page), which Pagefind took as the picture of every page without a photo of its own.
const root = contentDir;
const resultYears = readdirSync(path.join(root, 'results')).filter((n) => /^\d{4}-\d{4}\.ya?ml$/.test(n)).map((n) => n.slice(0, 9)).sort();

interface Shown {
  url: string;
  image: string | null;
}

/** Every result of a query on the search page (all of them, "show more" clicked until the end). */
async function resultsFor(page: Page, lang: Lang, q: string): Promise<Shown[]> {
  await page.goto(`${pathTo(lang, 'search')}?q=${encodeURIComponent(q)}`);
  const items = page.locator('[data-results] > li');
  await expect(items.first(), q).toBeVisible();
  const more = page.locator('[data-more]');
  for (let i = 0; i < 20 && (await more.isVisible()); i += 1) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      url: new URL(li.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname,
      image: li.querySelector('img')?.getAttribute('src') ?? null,
    })),
  );
}

test.describe('search results’ pictures', () => {
  test.describe.configure({ timeout: 180_000 });

  test('no result shows a logo: a photo of the page’s own, or none', async ({ page }) => {
    // The site's most frequent words (its own vocabulary, built from the content), and the title of
    // the latest school year's results, French and English.
    const terms = (await (await page.request.get(`${pathTo('fr', 'search')}termes.json`)).json()) as [string, number][];
    const common = terms.map(([word]) => word).filter((word) => word.length >= 5).slice(0, 3);
    expect(common).toHaveLength(3);
    const year = resultYears.at(-1)!;
    const queries: [Lang, string][] = [
      ...common.map((word): [Lang, string] => ['fr', word]),
      ['fr', ui.fr['results.yearTitle'].replace('{year}', year)],
      ['en', ui.en['results.yearTitle'].replace('{year}', year)],
    ];
    const shown: Shown[] = [];
    for (const [lang, q] of queries) shown.push(...(await resultsFor(page, lang, q)));

    expect(shown.filter((r) => r.image?.includes('/logos/'))).toEqual([]);
    // The pictures that should be there still are: a story with its cover shows it.
    expect(shown.filter((r) => r.image).length).toBeGreaterThan(0);
    // The pages of the kinds that showed a logo were among the results: results, and news without a photo.
    expect(shown.some((r) => r.url.startsWith(pathTo('fr', 'results')) && r.url !== pathTo('fr', 'results'))).toBe(true);
    expect(shown.some((r) => r.url.startsWith(pathTo('en', 'results')))).toBe(true);
    const withoutPhoto = new Set(newsItems().filter((n) => !n.data.cover).map((n) => pathTo('fr', 'news', n.id)));
    const news = shown.filter((r) => withoutPhoto.has(r.url));
    expect(news.length).toBeGreaterThan(0);
    expect(news.filter((r) => r.image !== null)).toEqual([]);
  });
});
