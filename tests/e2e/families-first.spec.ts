import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { familyShare } from '../../src/lib/costs.ts';
import { formatEuros } from '../../src/lib/numbers.ts';
import { slugify } from '../../src/lib/slug.ts';
import { publishedStories, worries } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// What a worried parent on a phone meets first: the answer, then the stories; one source for money.
test.use({ viewport: { width: 375, height: 800 } });

const published = publishedStories();
const costs = parse(readFileSync(path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content', 'costs.yaml'), 'utf8'));
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
