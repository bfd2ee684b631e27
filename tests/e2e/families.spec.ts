import { countryName } from '../../src/lib/countries.ts';
import { relatedStories } from '../../src/lib/related.ts';
import { slugify } from '../../src/lib/slug.ts';
import { asShown, publishedStories, worries } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const published = publishedStories();
// The country the filter and search tests follow: the one with the most stories published on the
// build day (Ireland in the sample content today; another one once Irish consents have expired).
const storiesIn = (code: string) => published.filter((s) => s.data.mobility.country === code);
const country = [...new Set(published.map((s) => s.data.mobility.country as string))].sort((a, b) => storiesIn(b).length - storiesIn(a).length || a.localeCompare(b))[0];
const countryFr = countryName(country, 'fr');
const countrySlug = slugify(countryFr);
const inCountry = storiesIn(country);
const storyHref = (id: string) => `/temoignages/${id}/`;

async function listedIds(page: import('@playwright/test').Page, visibleOnly = true) {
  const selector = visibleOnly ? '[data-story-list] > li:not([hidden]) .story-card h2 a' : '[data-story-list] .story-card h2 a';
  const hrefs = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop()!).sort();
}

test.describe('filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(`the filter page of ${countryFr} lists exactly the stories set there`, async ({ page }) => {
    expect(inCountry.length).toBeGreaterThanOrEqual(2);
    await page.goto(`/temoignages/pays/${countrySlug}/`);
    expect(await listedIds(page)).toEqual(inCountry.map((s) => s.id).sort());
    await expect(page.getByRole('heading', { level: 1 })).toContainText(countryFr);
  });

  test('every filter value has its own page, with as many stories as its count says, all matching', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/temoignages/');
    const options = await page.locator('a[data-facet]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, key: (a as HTMLElement).dataset.facet!, value: (a as HTMLElement).dataset.value!, count: Number(a.querySelector('[data-count]')!.textContent) })),
    );
    const keys = new Set(options.map((o) => o.key));
    expect([...keys].sort()).toEqual(['country', 'direction', 'kind', 'programme', 'role', 'track', 'worry', 'year']);
    for (const option of options) {
      await page.goto(option.href);
      const cards = page.locator('[data-story-list] > li');
      await expect(cards, option.href).toHaveCount(option.count);
      const values = await cards.evaluateAll((lis, key) => lis.map((li) => (li as HTMLElement).getAttribute(`data-f-${key}`)!.split(' ')), option.key);
      for (const v of values) expect(v, option.href).toContain(option.value);
      await expect(page.locator(`a[data-facet="${option.key}"][data-value="${option.value}"]`)).toHaveAttribute('aria-current', 'true');
    }
  });

  test('story and FAQ pages ship no JavaScript', async ({ page }) => {
    for (const url of [storyHref(published[0].id), '/familles/']) {
      await page.goto(url);
      // JSON-LD is data for search engines, not code: only executable scripts count.
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    }
  });
});

test.describe('filters with JavaScript', () => {
  test('filters combine in place, are reflected in the URL and announced', async ({ page }) => {
    await page.goto('/temoignages/');
    await expect(page.locator('[data-status] strong')).toHaveText(`${published.length} témoignages`);
    await page.locator(`a[data-facet="country"][data-value="${countrySlug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`\\?pays=${countrySlug}$`));
    expect(await listedIds(page)).toEqual(inCountry.map((s) => s.id).sort());
    await expect(page.locator('[data-status] strong')).toHaveText(`${inCountry.length} témoignages`);

    const learnersThere = inCountry.filter((s) => s.data.author.role === 'learner');
    // An empty list would match an empty expectation: the combination must list something.
    expect(learnersThere.length).toBeGreaterThan(0);
    await page.locator('[data-facet-group="role"] summary').click();
    await page.locator('a[data-facet="role"][data-value="apprenants"]').click();
    await expect(page).toHaveURL(new RegExp(`\\?pays=${countrySlug}&profil=apprenants$`));
    expect(await listedIds(page)).toEqual(learnersThere.map((s) => s.id).sort());

    // Clicking a selected value removes it.
    await page.locator(`a[data-facet="country"][data-value="${countrySlug}"]`).click();
    expect(await listedIds(page)).toEqual(published.filter((s) => s.data.author.role === 'learner').map((s) => s.id).sort());
    await page.locator('a[data-clear]').click();
    expect((await listedIds(page)).length).toBe(published.length);
    await expect(page).toHaveURL(/\/temoignages\/$/);
  });

  test('a link with a combination opens filtered; an empty combination suggests the closest filters', async ({ page }) => {
    // A country and a kind of stay that no story has together.
    const countries = [...new Set(published.map((s) => s.data.mobility.country))];
    const kinds = ['internship', 'study', 'group-trip', 'job-shadowing', 'teaching', 'training'];
    const kindSlug: Record<string, string> = { internship: 'stage', study: 'etudes', 'group-trip': 'voyage-de-classe', 'job-shadowing': 'observation-en-poste', teaching: 'mission-d-enseignement', training: 'formation' };
    let pair: [string, string] | undefined;
    for (const c of countries) for (const k of kinds) if (!pair && !published.some((s) => s.data.mobility.country === c && s.data.mobility.kind === k) && published.some((s) => s.data.mobility.kind === k)) pair = [c, k];
    expect(pair).toBeDefined();
    const [country, kind] = pair!;
    await page.goto('/temoignages/');
    const countrySlug = await page.locator('a[data-facet="country"]').evaluateAll(
      (as, code) => as.find((a) => a.getAttribute('href')!.includes('/pays/') && (a as HTMLElement).dataset.value === code)?.getAttribute('data-value'),
      slugify(new Intl.DisplayNames(['fr'], { type: 'region' }).of(country)!),
    );
    expect(countrySlug).toBeTruthy();
    await page.goto(`/temoignages/?pays=${countrySlug}&sejour=${kindSlug[kind]}`);
    await expect(page.locator('[data-empty]')).toBeVisible();
    await expect(page.locator('[data-status] strong')).toHaveText('Aucun témoignage');
    const suggestions = page.locator('[data-suggestions] button');
    expect(await suggestions.count()).toBeGreaterThanOrEqual(1);
    await suggestions.first().click();
    await expect(page.locator('[data-empty]')).toBeHidden();
    expect((await listedIds(page)).length).toBeGreaterThan(0);
  });

  test(`keyboard only: a family finds a story set in ${countryFr} through the filters`, async ({ page }) => {
    await page.goto('/temoignages/');
    const countryLink = page.locator(`a[data-facet="country"][data-value="${countrySlug}"]`);
    for (let i = 0; i < 60 && !(await countryLink.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(countryLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-status] strong')).toHaveText(`${inCountry.length} témoignages`);
    const firstThere = page.locator('[data-story-list] > li:not([hidden]) .story-card h2 a').first();
    for (let i = 0; i < 80 && !(await firstThere.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstThere).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'En bref' })).toContainText(countryFr);
  });
});

test.describe('story page', () => {
  test('related stories: same country first, then same track, then same kind', async ({ page }) => {
    const story = inCountry[0];
    const candidate = (s: (typeof published)[number]) => ({ id: s.id, country: s.data.mobility.country, track: s.data.author.track, kind: s.data.mobility.kind, start: new Date(s.data.mobility.start) });
    const expected = relatedStories(candidate(story), published.map(candidate)).map((s) => storyHref(s.id));
    await page.goto(storyHref(story.id));
    const related = page.getByRole('region', { name: 'À lire aussi' }).getByRole('link');
    expect(await related.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected);
    // Independently of the ranking code: the first suggestions are the other stories of that country.
    const othersThere = inCountry.filter((s) => s.id !== story.id).map((s) => storyHref(s.id));
    expect(expected.slice(0, othersThere.length).sort()).toEqual(othersThere.sort());
  });

  test('the worries a story answers link to their families page', async ({ page }) => {
    const story = published.find((s) => s.data.worries?.length)!;
    await page.goto(storyHref(story.id));
    const links = page.getByRole('region', { name: 'Ce témoignage répond à ces questions' }).getByRole('link');
    await expect(links).toHaveCount(story.data.worries.length);
    await links.first().click();
    await expect(page.locator(`[data-worry-stories] a[href="${storyHref(story.id)}"]`)).toHaveCount(1);
  });
});

test.describe('families', () => {
  test('a worry page lists exactly the stories tagged with it', async ({ page }) => {
    for (const worry of worries()) {
      const tagged = published.filter((s) => (s.data.worries ?? []).includes(worry.id)).map((s) => s.id).sort();
      await page.goto(`/familles/${slugify(worry.name.fr)}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(asShown(worry.question.fr));
      const hrefs = await page.locator('[data-worry-stories] .story-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.map((h) => h.split('/').filter(Boolean).pop()).sort(), worry.id).toEqual(tagged);
    }
  });

  test('the families page answers the questions and links to the stories', async ({ page }) => {
    await page.goto('/familles/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const questions = page.locator('[data-questions] > li');
    expect(await questions.count()).toBeGreaterThanOrEqual(8);
    // Each short answer leads to its page, where the stories are.
    await questions.filter({ hasText: /témoignages? en parlen?t/ }).first().getByRole('link').first().click();
    await expect(page.locator('[data-worry-stories] .story-card a').first()).toBeVisible();
  });
});

test.describe('search', () => {
  /** The number of results the status line announces (0 when it says there are none). */
  async function announced(page: import('@playwright/test').Page) {
    return Number((await page.locator('[data-status]').textContent())!.match(/\d+/)?.[0] ?? 0);
  }

  async function search(page: import('@playwright/test').Page, query: string) {
    await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-status]')).toContainText(/résultat/);
    return allResults(page);
  }

  /** Shows every result of the current search ("more" until all are there); their paths. */
  async function allResults(page: import('@playwright/test').Page) {
    const total = await announced(page);
    const items = page.locator('[data-results] > li');
    const more = page.locator('[data-more]');
    // The first results render after the count is announced; then "more" adds the rest.
    if (total > 0) await expect.poll(() => items.count()).toBeGreaterThan(0);
    for (let count = await items.count(); count < total; count = await items.count()) {
      await expect(more).toBeVisible();
      await more.click();
      await expect.poll(() => items.count()).toBeGreaterThan(count);
    }
    return page.locator('[data-results] h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  test(`"${countryFr}" finds every story set there`, async ({ page }) => {
    expect(inCountry.length, 'stories to look for').toBeGreaterThan(0);
    const found = await search(page, countryFr);
    for (const story of inCountry) expect(found).toContain(storyHref(story.id));
  });

  test('"vache" finds the stories about cows (French stemming finds "vaches" too)', async ({ page }) => {
    const withCows = published.filter((s) => /\bvaches?\b/i.test(s.body));
    expect(withCows.length).toBeGreaterThanOrEqual(2);
    const found = await search(page, 'vache');
    for (const story of withCows) expect(found, story.id).toContain(storyHref(story.id));
    await expect(page.locator('[data-results] mark').first()).toBeVisible();
  });

  // A phrase of several words that at least two stories published on the build day contain.
  const phrase = ['mal du pays', 'maître de stage', 'premier jour'].find((p) => published.filter((s) => s.body.toLowerCase().includes(p)).length >= 2);
  test(`"${phrase}" finds every story that says it`, async ({ page }) => {
    expect(phrase, 'a phrase found in two published stories').toBeDefined();
    const saying = published.filter((s) => s.body.toLowerCase().includes(phrase!));
    const found = await search(page, phrase!);
    for (const story of saying) expect(found, story.id).toContain(storyHref(story.id));
  });

  test('search filters narrow the results', async ({ page }) => {
    const all = await search(page, 'stage');
    const kinds = await page.locator('[data-results] > li .kind').allTextContents();
    expect(kinds).toHaveLength(all.length);
    const stories = all.filter((_, i) => kinds[i] === 'Témoignage').sort();
    // The query must find stories and something else, or the filter would have nothing to narrow.
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.length).toBeLessThan(all.length);

    await page.getByText('Affiner les résultats').click();
    const storiesBox = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Témoignage/ });
    // The count next to the box is the number of stories among the results.
    await expect(storiesBox.locator('xpath=..')).toHaveText(new RegExp(`Témoignage \\(${stories.length}\\)`));
    await storiesBox.check();
    await expect.poll(() => announced(page)).toBe(stories.length);
    const filtered = (await allResults(page)).sort();
    // Exactly the stories the unfiltered search found: fewer results, none lost, none added.
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered).toEqual(stories);
    const filteredKinds = await page.locator('[data-results] > li .kind').allTextContents();
    expect(filteredKinds).toHaveLength(stories.length);
    expect(new Set(filteredKinds)).toEqual(new Set(['Témoignage']));

    // Unchecking brings every result back.
    await storiesBox.uncheck();
    await expect.poll(() => announced(page)).toBe(all.length);
  });

  test('only stories, news and pages are indexed, not filter pages', async ({ page }) => {
    const found = await search(page, countryFr);
    expect(found.some((p) => p.includes('/pays/') || p === '/temoignages/')).toBe(false);
  });

  test(`keyboard only: from the header search box to a story set in ${countryFr}`, async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Rechercher dans le site' });
    for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(countryFr);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/recherche/\\?q=${encodeURIComponent(countryFr)}`));
    const first = page.locator('[data-results] > li').filter({ has: page.locator('.kind', { hasText: 'Témoignage' }) }).locator('h2 a').first();
    await expect(first).toBeVisible();
    for (let i = 0; i < 120 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'En bref' })).toContainText(countryFr);
  });
});

test.describe('accessibility of every page type of this feature', () => {
  for (const url of [`/temoignages/pays/${countrySlug}/`, '/familles/', '/familles/le-mal-du-pays/', `/recherche/?q=${encodeURIComponent(countryFr)}`]) {
    test(`no axe violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      if (url.includes('recherche')) await expect(page.locator('[data-results] li').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
