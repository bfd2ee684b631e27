import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { publishedStories } from './content';

// Runs against the sample site built with ESCALES_PAGE_SIZE stories per list page (`npm test`
// builds it with 8 into <site>-paged/; playwright.config.ts serves it for this spec only). What is
// expected comes from the content files and the page size, never from the sample's wording.
const perPage = Number(process.env.ESCALES_PAGE_SIZE);
const published = publishedStories();
const pageCount = Math.ceil(published.length / perPage);
const learners = published.filter((s) => s.data.author.role === 'learner');

test.beforeAll(() => {
  expect(Number.isInteger(perPage) && perPage > 0, 'ESCALES_PAGE_SIZE, the page size the site was built with').toBe(true);
  // The sample must need several pages, and a filter must too, or the spec proves nothing.
  expect(pageCount).toBeGreaterThanOrEqual(3);
  expect(learners.length).toBeGreaterThan(perPage);
});

/** The story ids of the cards a page lists (visible ones only). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('[data-story-list] > li:not([hidden]) .story-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop()!);
}

/** Every page of a list from its first, following "next" links; the ids of each page. */
async function walk(page: Page, firstPage: string): Promise<string[][]> {
  const pages: string[][] = [];
  let url: string | null = firstPage;
  while (url && pages.length < 50) {
    await page.goto(url);
    pages.push(await listedIds(page));
    const next = page.locator('[data-pagination] a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  return pages;
}

test('the story list is cut into pages; following them lists every published story once, in pages of the set size', async ({ page }) => {
  const pages = await walk(page, '/temoignages/');
  expect(pages).toHaveLength(pageCount);
  expect(pages.slice(0, -1).every((ids) => ids.length === perPage)).toBe(true);
  expect(pages.at(-1)!.length).toBe(published.length - perPage * (pageCount - 1));
  const all = pages.flat();
  expect(new Set(all).size).toBe(all.length);
  expect([...all].sort()).toEqual(published.map((s) => s.id).sort());
  // Page n says where it is, in its title and its navigation.
  await page.goto('/temoignages/page/2/');
  await expect(page).toHaveTitle(new RegExp(`\\b2\\b.*\\b${pageCount}\\b`));
  await expect(page.getByRole('navigation', { name: 'Pages de la liste' }).locator('a[aria-current="page"]')).toHaveText('2');
});

test('keyboard only: a family reaches the next page of stories and lands on its first story', async ({ page }) => {
  await page.goto('/temoignages/');
  const next = page.getByRole('navigation', { name: 'Pages de la liste' }).getByRole('link', { name: /Page suivante/ });
  for (let i = 0; i < 200 && !(await next.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/temoignages\/page\/2\/$/);
  const firstStory = page.locator('[data-story-list] .story-card h2 a').first();
  for (let i = 0; i < 200 && !(await firstStory.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstStory).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a filter page is cut into pages too, and its pages list exactly its stories', async ({ page }) => {
    await page.goto('/temoignages/');
    // The learners' filter (its group may be closed: without JavaScript the link is read, not clicked): the page's own link, found by its count (derived from the content).
    const option = page.locator('a[data-facet="role"]').filter({ has: page.locator(`[data-count]:text-is("${learners.length}")`) });
    await expect(option).toHaveCount(1);
    const pages = await walk(page, (await option.getAttribute('href'))!);
    expect(pages).toHaveLength(Math.ceil(learners.length / perPage));
    expect(pages.flat().sort()).toEqual(learners.map((s) => s.id).sort());
  });
});

test('with JavaScript, choosing a filter on a list cut into pages lists the matching stories of every page', async ({ page }) => {
  await page.goto('/temoignages/');
  const firstPage = await listedIds(page);
  await page.locator('[data-facet-group="role"] summary').click();
  await page.locator('a[data-facet="role"]').filter({ has: page.locator(`[data-count]:text-is("${learners.length}")`) }).click();
  await expect(page.locator('[data-status] strong')).toHaveText(`${learners.length} témoignages`);
  const shown = await listedIds(page);
  expect([...shown].sort()).toEqual(learners.map((s) => s.id).sort());
  // Stories from the other pages were fetched: more than one page's worth, not only page 1's.
  expect(shown.some((id) => !firstPage.includes(id))).toBe(true);
  await expect(page.locator('[data-pagination]')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test('the pages of a list have no accessibility violation', async ({ page }) => {
  for (const url of ['/temoignages/page/2/', `/temoignages/page/${pageCount}/`, '/en/stories/page/2/']) {
    await page.goto(url);
    expect(await axeViolations(page), url).toEqual([]);
  }
});
