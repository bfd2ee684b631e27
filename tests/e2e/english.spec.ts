import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { contentDir, newsItems, publishedStories } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

/**
 * English pages that link to French content say so: hreflang="fr" on the link, lang="fr" on the
 * French title, and a visible "(in French)" in English. What to expect comes from the content's
 * own `lang` fields, not from the wording of the sample stories.
 */
const root = contentDir;
const frenchStories = publishedStories().filter((s) => (s.data.lang ?? 'fr') !== 'en');
const englishStories = publishedStories().filter((s) => s.data.lang === 'en');
const publishedNews = newsItems().filter((item) => !item.data.draft);
const frenchNews = publishedNews.filter((item) => (item.data.lang ?? 'fr') !== 'en');
const institutions = parse(readFileSync(path.join(root, 'institutions.yaml'), 'utf8')) as { id: string; name: string; nameEn?: string }[];
const resultYears = readdirSync(path.join(root, 'results')).filter((n) => /^[^_].*\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, ''));

/** Where a French-only story or news item may be linked from an English page. */
const frenchTargets = new Map<string, string>([
  ...frenchStories.map((s) => [`/temoignages/${s.id}/`, `story ${s.id}`] as const),
  ...frenchNews.flatMap((item) => [[`/en/news/${item.id}/`, `news ${item.id}`] as const, [`/actualites/${item.id}/`, `news ${item.id}`] as const]),
]);
const note = `(${ui.en['story.inFrench']})`;

interface LinkSeen { page: string; href: string; hreflang: string | null; text: string; noteVisible: boolean; frenchTitle: boolean }

/** Every link of the page's main content that leads to French-only content, as the browser shows it. */
async function frenchLinks(page: Page, url: string): Promise<LinkSeen[]> {
  await page.goto(url);
  const targets = [...frenchTargets.keys()];
  const seen = await page.locator('main a[href]').evaluateAll((links, targets) =>
    links.flatMap((a) => {
      const href = new URL((a as HTMLAnchorElement).href).pathname;
      if (!targets.includes(href)) return [];
      const noteEl = a.querySelector('.language-note');
      const titleEl = a.querySelector('[lang="fr"]');
      return [{
        href,
        hreflang: a.getAttribute('hreflang'),
        text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        noteVisible: Boolean(noteEl && (noteEl as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true })),
        frenchTitle: Boolean(titleEl && titleEl.textContent?.trim()),
      }];
    }), targets);
  return seen.map((link) => ({ page: url, ...link }));
}

function expectMarked(links: LinkSeen[]) {
  for (const link of links) {
    expect(link.hreflang, `${link.page} → ${link.href}: hreflang`).toBe('fr');
    expect(link.text, `${link.page} → ${link.href}: visible note`).toContain(note);
    expect(link.noteVisible, `${link.page} → ${link.href}: the note is visible`).toBe(true);
    expect(link.frenchTitle, `${link.page} → ${link.href}: the French title has lang="fr"`).toBe(true);
  }
}

/** The facet pages a list page links to (/en/stories/country/ireland/ …). */
async function facetPages(page: Page, list: string): Promise<string[]> {
  await page.goto(list);
  const hrefs = await page.locator(`main a[href^="${list}"]`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)].filter((href) => /^\/en\/(stories|news)\/[^/]+\/[^/]+\/$/.test(href));
}

test.describe('English pages mark French content', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the content has French-only stories and news to check', () => {
    expect(frenchStories.length).toBeGreaterThan(0);
    expect(frenchNews.length).toBeGreaterThan(0);
  });

  test('the home page, story list and its facet pages: every French story card says so', async ({ page }) => {
    const home = await frenchLinks(page, '/en/');
    expect(home.length, 'French stories or news linked from /en/').toBeGreaterThan(0);
    expectMarked(home);

    const list = await frenchLinks(page, '/en/stories/');
    // The full list links every published French story.
    expect(new Set(list.map((l) => l.href))).toEqual(new Set(frenchStories.map((s) => `/temoignages/${s.id}/`)));
    expectMarked(list);

    const facets = await facetPages(page, '/en/stories/');
    expect(facets.length).toBeGreaterThan(0);
    let checked = 0;
    for (const facet of facets) {
      const links = await frenchLinks(page, facet);
      checked += links.length;
      expectMarked(links);
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the news list, its facet pages and the agenda: every French news item says so', async ({ page }) => {
    const list = await frenchLinks(page, '/en/news/');
    const listed = new Set(list.map((l) => l.href));
    for (const item of frenchNews) expect(listed, `news ${item.id} on /en/news/`).toContain(`/en/news/${item.id}/`);
    expectMarked(list);
    let checked = 0;
    for (const facet of await facetPages(page, '/en/news/')) {
      const links = await frenchLinks(page, facet);
      checked += links.length;
      expectMarked(links);
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('an English story’s “read next”, the partners page and the results pages', async ({ page }) => {
    expect(englishStories.length).toBeGreaterThan(0);
    let checked = 0;
    for (const story of englishStories) {
      const links = await frenchLinks(page, `/en/stories/${story.id}/`);
      checked += links.length;
      expectMarked(links);
    }
    const partners = await frenchLinks(page, '/en/partners/');
    expect(partners.length, 'stories and news linked from /en/partners/').toBeGreaterThan(0);
    expectMarked(partners);
    for (const url of ['/en/results/', ...resultYears.map((y) => `/en/results/${y}/`)]) expectMarked(await frenchLinks(page, url));
    expect(checked + partners.length).toBeGreaterThan(0);
  });

  test('search results on /en/search/: a French news item found says so', async ({ page }) => {
    // A word of a French news item's title (the longest), so the search finds at least that item.
    const item = frenchNews[0]!;
    const word = String(item.data.title).split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
    await page.goto(`/en/search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('[data-status]')).toContainText(/result/);
    await expect.poll(() => page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    const seen = (await page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => ({
      href: new URL((a as HTMLAnchorElement).href).pathname,
      hreflang: a.getAttribute('hreflang'),
      text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      noteVisible: Boolean((a.querySelector('.language-note') as HTMLElement | null)?.checkVisibility()),
      frenchTitle: Boolean(a.querySelector('[lang="fr"]')?.textContent?.trim()),
    })))).filter((link) => frenchTargets.has(link.href)).map((link) => ({ page: '/en/search/', ...link }));
    expect(seen.map((l) => l.href), `search for “${word}”`).toContain(`/en/news/${item.id}/`);
    expectMarked(seen);
  });

  test('the marked cards pass axe', async ({ page }) => {
    for (const url of ['/en/', '/en/news/', '/en/partners/']) {
      await page.goto(url);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
});

test.describe('institution names on English pages', () => {
  test.describe.configure({ timeout: 240_000 });
  const translated = institutions.filter((i) => i.nameEn && i.nameEn !== i.name);

  test('no English page shows an institution’s French name when it has an English one', async ({ page }) => {
    expect(translated.length).toBeGreaterThan(0);
    const pages = [
      '/en/', '/en/partners/', '/en/results/', ...resultYears.map((y) => `/en/results/${y}/`),
      ...publishedNews.map((item) => `/en/news/${item.id}/`),
    ];
    let englishNamesSeen = 0;
    for (const url of pages) {
      await page.goto(url);
      // What a reader or a screen reader meets as a name: the whole text of an element (a card's
      // name, a table cell, a list item, a link) or a logo's text alternative. A French name inside
      // a sentence of a French news text is not one.
      const names = await page.evaluate(() => [
        ...[...document.body.querySelectorAll('*')].filter((el) => el.children.length === 0).map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
        ...[...document.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? ''),
      ]);
      for (const institution of translated) {
        expect(names, `${url} shows “${institution.name}” instead of “${institution.nameEn}”`).not.toContain(institution.name);
        if (names.includes(institution.nameEn!)) englishNamesSeen++;
      }
    }
    expect(englishNamesSeen).toBeGreaterThan(0);
  });
});

test.describe('the partners table caption', () => {
  test('names the columns the table has (English)', async ({ page }) => {
    await page.goto('/en/partners/');
    // The page's one table: the partners abroad.
    const table = page.locator('main table');
    await expect(table).toHaveCount(1);
    const caption = ((await table.locator('caption').textContent()) ?? '').toLowerCase();
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim().toLowerCase());
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(caption, `the caption names the column “${header}”`).toContain(header);
  });

  for (const lang of ['en', 'fr'] as const) {
    test(`${lang}: promises no column the table lacks`, async ({ page }) => {
      await page.goto(lang === 'en' ? '/en/partners/' : '/partenaires/');
      const table = page.locator('main table');
      await expect(table).toHaveCount(1);
      const caption = ((await table.locator('caption').textContent()) ?? '').toLocaleLowerCase(lang);
      const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim().toLocaleLowerCase(lang));
      expect(headers.length).toBeGreaterThan(0);
      // The partners' "since" year is on their cards, not in the table: the caption does not promise it.
      const since = ui[lang]['partners.since.short'].toLocaleLowerCase(lang);
      expect(headers.some((h) => h.includes(since))).toBe(false);
      expect(caption).not.toContain(since);
    });
  }
});
