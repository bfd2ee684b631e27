import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { familyShare } from '../../src/lib/costs.ts';
import { formatEuros } from '../../src/lib/numbers.ts';
import { slugify } from '../../src/lib/slug.ts';
import { contentDir, publishedStories, worries } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// What a worried parent on a phone meets first: the answer, then the stories; one source for money.
test.use({ viewport: { width: 375, height: 800 } });

const published = publishedStories();
const costs = parse(readFileSync(path.join(contentDir, 'costs.yaml'), 'utf8'));
const top = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('answer first', () => {
  test('on every worry page with stories, the answer heading comes before the first story card', async ({ page }) => {
    const withStories = worries().filter((w) => published.some((s) => (s.data.worries ?? []).includes(w.id)));
    expect(withStories.length).toBeGreaterThan(0);
    for (const worry of withStories) {
      await page.goto(`/familles/${slugify(worry.name.fr)}/`);
      const answer = page.getByRole('heading', { level: 2, name: 'Notre réponse' });
      const card = page.locator('[data-worry-stories] .story-card').first();
      await expect(card, worry.id).toBeVisible();
      expect(await top(answer), worry.id).toBeLessThan(await top(card));
      // The short answer is on the first screen of a phone.
      expect(await top(answer), worry.id).toBeLessThan(800);
    }
  });

  test('the families hub answers each question briefly and links to its page, without repeating the pages', async ({ page }) => {
    await page.goto('/familles/');
    const links = page.locator('[data-questions] > li h2 a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(worries().length);
    const targets = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    // No full answer and no story list on the hub: those live on the question's page.
    await expect(page.locator('[data-worry-stories], .story-links, .story-card, [data-answer]')).toHaveCount(0);
    for (const { href, text } of targets) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 }), href).toHaveText(text);
      await expect(page.locator('[data-answer] .lead'), href).not.toBeEmpty();
      await expect(page.getByRole('link', { name: /Toutes les questions des familles/ }).last(), href).toHaveAttribute('href', '/familles/');
    }
  });

  test('the hub and the money page state the figures of content/costs.yaml, and the page has the whole table', async ({ page }) => {
    const pocket = (n: number) => formatEuros(n, 'fr');
    const { min, max } = costs.pocketMoneyPerWeek;
    await page.goto('/familles/');
    const line = page.locator('[data-costs]');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(pocket(min));
    await expect(line).toContainText(pocket(max));
    await line.locator('xpath=ancestor::li').getByRole('link').first().click();
    const table = page.locator('[data-costs] table');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(costs.stays.length);
    for (const [i, stay] of costs.stays.entries()) {
      await expect(rows.nth(i).locator('td').last()).toHaveText(formatEuros(familyShare(stay), 'fr'));
    }
    await expect(page.locator('[data-costs]')).toContainText(`de ${pocket(min)} à ${pocket(max)} par semaine`);
  });

  test('question pages and the hub have no axe violations on a phone', async ({ page }) => {
    for (const url of ['/familles/', '/familles/l-argent/', `/familles/${slugify(worries()[0].name.fr)}/`]) {
      await page.goto(url);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
});

test.describe('contacts', () => {
  test('story and worry pages list the contacts once; /contacts/ phone numbers are tel: links', async ({ page }) => {
    for (const url of [`/temoignages/${published[0].id}/`, `/familles/${slugify(worries()[0].name.fr)}/`]) {
      await page.goto(url);
      const mails = await page.locator('a[href^="mailto:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(mails.length, url).toBeGreaterThan(0);
      expect(new Set(mails).size, `${url}: a contact shown twice`).toBe(mails.length);
    }
    await page.goto('/contacts/');
    const main = page.locator('main');
    const phones = (await main.textContent())!.match(/\+33[\d\s\u00a0\u202f]{9,}\d/g) ?? [];
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) {
      const digits = phone.replace(/[^\d+]/g, '');
      await expect(main.locator(`a[href="tel:${digits}"]`), phone).not.toHaveCount(0);
    }
  });
});

test.describe('search that finds, on a phone', () => {
  async function searchFor(page: import('@playwright/test').Page, q: string) {
    await page.goto(`/recherche/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-status]')).toContainText(/résultat/);
  }

  test('the first result for a common word is on the first screen, before the refinements are opened', async ({ page }) => {
    await searchFor(page, 'logement');
    const first = page.locator('[data-results] > li').first();
    await expect(first).toBeVisible();
    expect(await top(first)).toBeLessThan(800);
    // The refinements wait behind one closed line.
    await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
    // Three Tabs from the search box: the button, the refinements, the first result.
    await page.locator('#search-input').focus();
    const link = first.locator('h2 a');
    for (let i = 0; i < 5 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
  });

  test('the families’ answers are indexed: a worry is found on its own page, typed as an answer', async ({ page }) => {
    const worry = worries().find((w) => w.id === 'homesickness') ?? worries()[0];
    await searchFor(page, worry.name.fr.replace(/^(le |la |l['’])/i, ''));
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    const hrefs = await page.locator('[data-results] h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`/familles/${slugify(worry.name.fr)}/`);
    await expect(page.locator('[data-results] .kind', { hasText: 'Réponse aux familles' }).first()).toBeVisible();
  });

  test('a typo gets "did you mean" with the right word, which then finds results', async ({ page }) => {
    await searchFor(page, 'logemnet');
    const suggestion = page.locator('[data-suggest] a').first();
    await expect(suggestion).toHaveText('logement');
    await expect(page.locator('[data-status]')).toContainText(/Vouliez-vous dire «\s?logement\s?»\s?\?/);
    await suggestion.click();
    await expect(page).toHaveURL(/q=logement$/);
    await expect(page.locator('[data-status]')).toContainText(/\d+ résultats pour «\s?logement\s?»/);
  });

  test('a word with no result offers the families’ questions and the contacts, without axe violations', async ({ page }) => {
    await searchFor(page, 'xyzzy');
    await expect(page.locator('[data-status]')).toHaveText(/^Aucun résultat pour «\s?xyzzy\s?»\.$/);
    const help = page.locator('[data-help]');
    await expect(help).toBeVisible();
    expect(await help.getByRole('link', { name: /./ }).filter({ has: page.locator(':scope[href^="/familles/"]') }).count()).toBeGreaterThanOrEqual(worries().length);
    await expect(help.getByRole('link', { name: /Vous ne trouvez pas/ })).toHaveAttribute('href', '/contacts/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('filters a parent understands', () => {
  const visibleIds = (page: import('@playwright/test').Page) =>
    page.locator('[data-story-list] > li:visible .story-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!).sort());

  test('without JavaScript, two filters combine on the story list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    // A country and a track that some, but not all, of that country's stories share.
    const byCountry = Map.groupBy(published.filter((s) => s.data.author.track), (s) => s.data.mobility.country);
    const [country, stories] = [...byCountry].find(([, list]) => new Set(list.map((s) => s.data.author.track)).size > 1)!;
    const track = stories[0].data.author.track!;
    const expected = published.filter((s) => s.data.mobility.country === country && s.data.author.track === track).map((s) => s.id).sort();
    await page.goto('/temoignages/');
    expect((await visibleIds(page)).length).toBe(published.length);
    const countrySlug = await page.locator(`[data-story-list] > li`).evaluateAll(
      (lis, id) => lis.find((li) => li.querySelector(`a[href$="/${id}/"]`))!.getAttribute('data-f-country')!, stories[0].id);
    await page.getByRole('combobox', { name: 'Pays' }).selectOption(countrySlug);
    expect((await visibleIds(page)).length).toBe(stories.length);
    await page.getByRole('combobox', { name: 'Filière' }).selectOption(track);
    expect(await visibleIds(page)).toEqual(expected);
    expect(expected.length).toBeLessThan(stories.length);
    await context.close();
  });

  test('chosen filters show as removable chips; zero results are designed and pass axe, and so do results', async ({ page }) => {
    await page.goto('/temoignages/');
    // The families' worries are the first group.
    await expect(page.locator('[data-facet-group]').first()).toHaveAttribute('data-facet-group', 'worry');
    await page.locator('a[data-facet="country"][data-value="irlande"]').click();
    const chips = page.locator('[data-active] a[data-remove]');
    await expect(chips).toHaveCount(1);
    await expect(chips.first()).toContainText('Irlande');
    await expect(page.locator('[data-status]')).toBeInViewport();
    expect(await axeViolations(page), 'with results').toEqual([]);

    // A second filter that gives nothing with Ireland.
    const zero = page.locator('a[data-facet][data-zero]').first();
    const group = zero.locator('xpath=ancestor::details');
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
    await zero.click();
    await expect(page.locator('[data-status] strong')).toHaveText('Aucun témoignage');
    await expect(page.locator('[data-empty]')).toBeVisible();
    await expect(chips).toHaveCount(2);
    expect(await axeViolations(page), 'zero results').toEqual([]);

    await chips.first().click();
    await expect(chips).toHaveCount(1);
    await page.locator('[data-active] a[data-clear-all]').click();
    await expect(page.locator('[data-active]')).toBeHidden();
    expect((await visibleIds(page)).length).toBe(published.length);
  });

  test('arriving with filters in the URL: their groups are open and the chips say what is on', async ({ page }) => {
    await page.goto('/temoignages/?pays=irlande&profil=apprenants');
    await expect(page.locator('[data-active] a[data-remove]')).toHaveText([/Irlande/, /Apprenants/]);
    for (const key of ['country', 'role']) await expect(page.locator(`[data-facet-group="${key}"]`)).toHaveAttribute('open', '');
    await expect(page.locator('[data-facet-group="role"] [data-chosen]')).toHaveText('Apprenants');
  });

  test('a skip link leads past the filters to the stories', async ({ page }) => {
    await page.goto('/temoignages/');
    const skip = page.getByRole('link', { name: 'Aller aux témoignages' });
    await skip.focus();
    await expect(skip).toBeVisible();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#story-results$/);
    await page.keyboard.press('Tab');
    // The next stop is in the results, not in the filters.
    expect(await page.evaluate(() => !!document.activeElement?.closest('#story-results'))).toBe(true);
  });
});
