import { axeViolations, expect, test } from './fixtures.ts';
import { asShown, newsItems, publishedStories, stories } from './content.ts';

// What the build publishes on its build day (ESCALES_TODAY): drafts and expired consents left out.
const published = publishedStories();

test.describe('home page', () => {
  test('shows the school, featured stories and news, and leads to a story', async ({ page, foreignRequests }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/.+/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    await expect(nav.getByRole('link', { name: 'Témoignages' })).toBeVisible();
    const cards = page.locator('.story-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const firstTitle = (await cards.first().getByRole('heading').textContent())!.trim();
    await cards.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/temoignages\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
    expect(foreignRequests).toEqual([]);
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the latest news leave out the events the agenda above already announces', async ({ page }) => {
    await page.goto('/');
    const hrefs = (selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const announced = await hrefs('[data-agenda] [data-event] h3 a');
    const latest = await hrefs('section[aria-labelledby="news-title"] .card-grid a[href*="/actualites/"]');
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.filter((href) => announced.includes(href))).toEqual([]);
  });

  test('the funders’ logos in the footer are drawn whole: no text runs past its drawing’s edges', async ({ page }) => {
    await page.goto('/');
    // Each SVG logo (a file of the site, /logos/…) drawn again in the page, with the same fonts, to measure its text.
    const overflows = await page.locator('footer .funders img[src$=".svg"]').evaluateAll((imgs) =>
      Promise.all(
        imgs.map(async (img) => {
          const source = await (await fetch((img as HTMLImageElement).src)).text();
          const holder = document.createElement('div');
          holder.append(document.importNode(new DOMParser().parseFromString(source, 'image/svg+xml').documentElement, true));
          document.body.append(holder);
          const svg = holder.querySelector('svg')!;
          const box = svg.viewBox.baseVal;
          const texts = [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent, box: text.getBBox() }));
          holder.remove();
          return {
            logo: (img as HTMLImageElement).alt,
            texts: texts.length,
            outside: texts.filter((t) => t.box.x < box.x - 0.5 || t.box.x + t.box.width > box.x + box.width + 0.5 || t.box.y < box.y - 0.5 || t.box.y + t.box.height > box.y + box.height + 0.5).map((t) => t.text),
          };
        }),
      ),
    );
    expect(overflows.filter((o) => o.texts > 0).length).toBeGreaterThan(0);
    expect(overflows.filter((o) => o.outside.length > 0)).toEqual([]);
  });

  test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contenu$/);
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('testimonies', () => {
  test('the list shows every published story, and no draft nor story whose consent has expired', async ({ page }) => {
    await page.goto('/temoignages/');
    await expect(page.locator('.story-card')).toHaveCount(published.length);
    for (const left of stories().filter((s) => !published.some((p) => p.id === s.id))) {
      await expect(page.locator(`a[href="/temoignages/${left.id}/"]`)).toHaveCount(0);
      const response = await page.request.get(`/temoignages/${left.id}/`);
      expect(response.status(), `${left.id} is not published`).toBe(404);
    }
  });

  test('the list has no axe violations', async ({ page }) => {
    await page.goto('/temoignages/');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a story page shows the facts, the quote, the story and a responsive photo', async ({ page }) => {
    const story = published.find((s) => s.data.cover && s.data.lang === 'fr')!;
    await page.goto(`/temoignages/${story.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(asShown(story.data.title));
    await expect(page.locator('.pull-quote')).toContainText(asShown(story.data.quote));
    const facts = page.getByRole('complementary', { name: 'En bref' });
    await expect(facts).toContainText(story.data.mobility.city);
    await expect(page.getByRole('heading', { level: 2, name: 'Avant de partir' })).toBeVisible();
    const cover = page.locator('.cover img');
    await expect(cover).toHaveAttribute('alt', asShown(story.data.coverAlt));
    await expect(cover).toHaveAttribute('srcset', /\.webp \d+w/);
    await expect(cover).toHaveAttribute('width', /\d+/);
    await expect(cover).toHaveAttribute('height', /\d+/);
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Whom to ask: the block points to the contacts in the footer (listed once per page).
    const ask = page.getByRole('region', { name: 'Une question ?' }).getByRole('link');
    await expect(ask).toHaveAttribute('href', '#footer-contacts');
    await expect(page.locator('#footer-contacts').locator('xpath=..')).toContainText('@');
  });

  test('a story page has no axe violations', async ({ page }) => {
    const story = published.find((s) => s.data.cover && s.data.gallery?.length)!;
    await page.goto(`/temoignages/${story.id}/`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a story written in English is marked lang="en"', async ({ page }) => {
    const english = published.find((s) => s.data.lang === 'en');
    expect(english, 'the sample content has a story written in English').toBeDefined();
    await page.goto(`/temoignages/${english!.id}/`);
    await expect(page.locator('article.story')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.side')).toHaveAttribute('lang', 'fr');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('news', () => {
  const news = newsItems().filter((n) => !n.data.draft);

  test('the list links to every news item, and a news page reads well', async ({ page }) => {
    await page.goto('/actualites/');
    await expect(page.locator('.news-card')).toHaveCount(news.length);
    const item = news.find((n) => n.data.institutions?.length)!;
    await page.locator(`a[href="/actualites/${item.id}/"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(asShown(item.data.title));
    await expect(page.getByRole('heading', { name: 'Partenaires institutionnels' })).toBeVisible();
    await page.getByRole('link', { name: /Toutes les actualités/ }).click();
    await expect(page).toHaveURL(/\/actualites\/$/);
  });

  test('the list and a news page have no axe violations', async ({ page }) => {
    await page.goto('/actualites/');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/actualites/${news[0].id}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('footer and legal pages', () => {
  test('every footer link leads to a page', async ({ page }) => {
    await page.goto('/');
    const links = page.locator('footer a[href^="/"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('the legal notice has no axe violations', async ({ page }) => {
    await page.goto('/mentions-legales/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
