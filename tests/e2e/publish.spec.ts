import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { asShown, contentDir, newsItems, publishedStories } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// Ready to publish: legal pages, 404, sharing cards, structured data, robots, sitemap, icons.
// Everything expected is read from the sample content's files.
const root = contentDir;
const settings = parse(readFileSync(path.join(root, 'settings.yaml'), 'utf8'));
const siteUrl: string = settings.siteUrl.replace(/\/$/, '');
const stories = publishedStories();
const news = newsItems().filter((n) => !n.data.draft);
const event = news.find((n) => n.data.eventDate)!;
// Several pages and an axe run per test: room for a slow, shared CI machine.
test.describe.configure({ timeout: 60_000 });

/**
 * The visible text of the main content, spaces normalised (phone numbers use no-break spaces), read
 * without the acronyms spelled out by the finishing pass: "EPLEFPA (établissement public…) de
 * Valbonne" reads "EPLEFPA de Valbonne", so facts are found wherever the page explains an acronym.
 */
async function mainText(page: Page): Promise<string> {
  const main = page.locator('main');
  let text = (await main.innerText()).replace(/[\u00a0\u202f\s]+/g, ' ');
  const spelled = await main.locator('abbr[title]').evaluateAll((abbrs) => abbrs.map((abbr) => [abbr.textContent ?? '', abbr.getAttribute('title') ?? '']));
  for (const [term, expansion] of spelled) text = text.replace(`${term} (${expansion.replace(/[\u00a0\u202f\s]+/g, ' ')})`, term);
  return text;
}
/** A fact of settings.yaml as a French page shows it: typographic apostrophes, spaces normalised. */
const spaced = (text: string) => asShown(text).replace(/[\u00a0\u202f\s]+/g, ' ');
/** A site URL (https://escales.example.fr/…) as a path on the test server. */
const local = (url: string) => {
  expect(url.startsWith(`${siteUrl}/`), `${url} is on ${siteUrl}`).toBe(true);
  return new URL(url).pathname;
};

async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

/** Collects CSP violations from the first byte (console messages and securitypolicyviolation events). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test.describe('legal pages', () => {
  test('the legal notice states the publisher, the publication director and the host from settings.yaml', async ({ page }) => {
    await page.goto('/mentions-legales/');
    const text = await mainText(page);
    const { school, publicationDirector, host } = settings;
    for (const fact of [school.legalName, school.address.street, `${school.address.postalCode} ${school.address.city}`, school.phone, school.email, publicationDirector.name, host.name, host.address, host.phone]) {
      expect(text, fact).toContain(spaced(fact));
    }
    await expect(page.getByRole('heading', { name: 'Direction de la publication' })).toBeVisible();
    await expect(page.locator(`a[href="mailto:${school.email}"]`).first()).toBeVisible();
    await expect(page.locator(`a[href="tel:${school.phone.replace(/[^+\d]/g, '')}"]`).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the accessibility statement says "non conforme", names the site and whom to tell', async ({ page }) => {
    await page.goto('/accessibilite/');
    const text = await mainText(page);
    expect(text).toContain('non conforme');
    expect(text).toContain(new URL(settings.siteUrl).host);
    expect(text).toContain(spaced(settings.school.legalName));
    const report = page.locator('[data-legal-facts] #signaler-un-probleme + p + dl');
    await expect(report.locator(`a[href="mailto:${settings.school.email}"]`)).toBeVisible();
    await expect(report).toContainText(settings.school.address.street);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the school’s legal name is written as registered in the footer’s postal address and the publisher’s facts, never cut by a spelled-out acronym', async ({ page }) => {
    const { school } = settings;
    for (const url of ['/', '/mentions-legales/']) {
      await page.goto(url);
      await expect(page.locator('footer address'), url).toContainText(asShown(school.legalName));
    }
    const establishment = page.locator('[data-legal-facts] #editeur ~ dl').first().locator('dd').first();
    await expect(establishment).toHaveText(asShown(school.name === school.legalName ? school.legalName : `${school.legalName} (${school.name})`));
  });

  test('the home page states the accessibility status, linked to the statement', async ({ page }) => {
    // In its footer, as every page does: the mention is visible from the home page, as the law asks.
    for (const [home, label] of [['/', 'Accessibilité : non conforme'], ['/en/', 'Accessibility: not compliant']]) {
      await page.goto(home);
      await expect(page.locator('footer a[href="/accessibilite/"]')).toHaveText(label!.replace(' :', '\u202f:'));
    }
  });

  test('the privacy notice gives the DPO and how to have a story removed', async ({ page }) => {
    await page.goto('/donnees-personnelles/');
    const text = await mainText(page);
    const { dataProtectionOfficer: dpo, contacts, school } = settings;
    for (const fact of [dpo.name, dpo.email, dpo.address, school.legalName, settings.publicationDirector.name]) expect(text, fact).toContain(spaced(fact));
    const withdraw = page.locator('[data-legal-facts] #retirer-un-temoignage ~ dl');
    await expect(withdraw.locator(`a[href^="mailto:${dpo.email}?subject="]`)).toBeVisible();
    for (const person of contacts) await expect(withdraw.locator(`a[href^="mailto:${person.email}?subject="]`)).toBeVisible();
    // The staff's text links to the facts block, and the anchor exists.
    await page.getByRole('link', { name: 'Retirer un témoignage, une photo ou un nom' }).click();
    await expect(page).toHaveURL(/#retirer-un-temoignage$/);
    expect(text).toMatch(/aucun cookie/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('404 pages', () => {
  test('a missing address gets the French 404 page, with its status, links to search and stories, in English too', async ({ page }) => {
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.locator('main a[href="/recherche/"]')).toBeVisible();
    await expect(page.locator('main a[href="/temoignages/"]')).toBeVisible();
    await expect(page.locator('main [lang="en"] a[href="/en/stories/"]')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the English 404 page', async ({ page }) => {
    // astro preview (like GitHub Pages) only serves the root 404.html; nginx and Netlify serve this one under /en/ (docs/deploy.md).
    expect((await page.request.get('/en/no-such-page/')).status()).toBe(404);
    await page.goto('/en/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('main a[href="/en/search/"]')).toBeVisible();
    await expect(page.locator('main a[href="/en/stories/"]')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('sharing and search engines', () => {
  test('every story page has its own 1200×630 JPEG card as og:image and twitter:image', async ({ page }) => {
    const storyPages = [...stories.map((s) => `/temoignages/${s.id}/`), ...stories.filter((s) => s.data.lang === 'en').map((s) => `/en/stories/${s.id}/`)];
    const cards = new Set<string>();
    for (const url of storyPages) {
      const html = await (await page.request.get(url)).text();
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      const id = url.split('/').filter(Boolean).pop();
      expect(og, url).toBe(`${siteUrl}/og/${id}.jpg`);
      expect(html).toContain(`<meta name="twitter:image" content="${og}"`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]{20,}"/);
      cards.add(local(og!));
    }
    // Each card is a real JPEG of the announced size: load them in the browser.
    await page.goto('/');
    for (const card of cards) {
      const response = await page.request.get(card);
      expect(response.status(), card).toBe(200);
      expect([...(await response.body()).subarray(0, 3)], `${card} is a JPEG`).toEqual([0xff, 0xd8, 0xff]);
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      }, card);
      expect(size, card).toEqual([1200, 630]);
    }
  });

  test('other pages share the site card', async ({ page }) => {
    for (const [url, card] of [['/resultats/', '/og/site/fr.jpg'], ['/en/results/', '/og/site/en.jpg']]) {
      await page.goto(url);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${siteUrl}${card}`);
      expect((await page.request.get(card)).status()).toBe(200);
    }
  });

  test('structured data: Article on a story, Article and Event on a dated news item, EducationalOrganization on the home page, and no CSP violation', async ({ page }) => {
    const violations = await watchCsp(page);
    const story = stories[0]!;
    await page.goto(`/temoignages/${story.id}/`);
    const [article] = await jsonLd(page);
    expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', headline: story.data.title, url: `${siteUrl}/temoignages/${story.id}/`, image: [`${siteUrl}/og/${story.id}.jpg`] });
    expect(article!.publisher).toMatchObject({ '@type': 'EducationalOrganization', name: settings.school.name });

    await page.goto(`/actualites/${event.id}/`);
    const types = (await jsonLd(page)).map((d) => d['@type']);
    expect(types).toEqual(['Article', 'Event']);
    const ev = (await jsonLd(page))[1]!;
    expect(ev.startDate).toBe(String(event.data.eventDate instanceof Date ? event.data.eventDate.toISOString() : event.data.eventDate).slice(0, 10));
    expect(ev.name).toBe(event.data.title);

    const undated = news.find((n) => !n.data.eventDate)!;
    await page.goto(`/actualites/${undated.id}/`);
    expect((await jsonLd(page)).map((d) => d['@type'])).toEqual(['Article']);

    for (const home of ['/', '/en/']) {
      await page.goto(home);
      const [org] = await jsonLd(page);
      expect(org).toMatchObject({ '@type': 'EducationalOrganization', name: settings.school.name, email: settings.school.email, address: { postalCode: settings.school.address.postalCode } });
      expect((await page.request.get(local(org!.logo))).status()).toBe(200);
    }
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('robots.txt and the sitemap reference the site URL; the sitemap lists the pages, not the kiosk, search or 404', async ({ page }) => {
    const robots = await page.request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const rules = await robots.text();
    expect(rules).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    for (const path of ['/recherche/', '/en/search/']) expect(rules).toContain(`Disallow: ${path}`);
    // The kiosk says noindex: crawlers must be allowed to read it (machine-readable.spec.ts).
    expect(rules).not.toContain('Disallow: /kiosque/');

    const index = await page.request.get('/sitemap-index.xml');
    expect(index.status()).toBe(200);
    const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const sitemap of sitemaps) urls.push(...[...(await (await page.request.get(local(sitemap))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    for (const url of [`${siteUrl}/`, `${siteUrl}/en/`, `${siteUrl}/temoignages/${stories[0]!.id}/`, `${siteUrl}/mentions-legales/`, `${siteUrl}/accessibilite/`]) expect(urls).toContain(url);
    expect(urls.filter((u) => /\/(kiosque|recherche|search|kiosk|404)\//.test(u))).toEqual([]);
  });

  test('favicons and the web manifest', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(hrefs).toEqual(['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/site.webmanifest']);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
    const manifest = await (await page.request.get('/site.webmanifest')).json();
    expect(manifest).toMatchObject({ name: settings.school.name, short_name: settings.school.shortName, start_url: '/' });
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      if (icon.sizes !== 'any') {
        const size = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        }, icon.src);
        expect(size).toBe(icon.sizes);
      }
    }
  });
});
