import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { asShown, contentDir, newsItems, publishedStories, todayIso } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// Everything expected is computed from the sample content's files, not written by hand.
const root = contentDir;
const news = newsItems().filter((n) => !n.data.draft);
const institutions: { id: string; name: string; logo?: string; acknowledgement?: { fr: string; en: string; emblem?: string } }[] = parse(readFileSync(path.join(root, 'institutions.yaml'), 'utf8'));
const programmes: { id: string; funders?: string[] }[] = parse(readFileSync(path.join(root, 'programmes.yaml'), 'utf8'));
const fundingIds = readdirSync(path.join(root, 'results'))
  .filter((name) => /^[^_].*\.ya?ml$/.test(name))
  .flatMap((name) =>
    // Who decides a funding line and, when another body pays it out (the Erasmus+ agency), who pays.
    (parse(readFileSync(path.join(root, 'results', name), 'utf8')).funding ?? []).flatMap((line: { institution: string; payer?: string }) => (line.payer ? [line.institution, line.payer] : [line.institution])),
  );

// The build day: ESCALES_TODAY, fixed by scripts/test.mjs for the build and these tests (content.ts).
const today = todayIso;
const day = (value: unknown) => String(value).slice(0, 10);
const upcoming = news
  .filter((n) => n.data.eventDate && day(n.data.eventEnd ?? n.data.eventDate) >= today)
  .sort((a, b) => day(a.data.eventDate).localeCompare(day(b.data.eventDate)) || a.id.localeCompare(b.id));

// URL slugs of the filter values, as a reader sees them.
const kindSlug: Record<string, string> = { event: 'evenement', agreement: 'convention', visit: 'visite', funding: 'financement', press: 'presse', meeting: 'rencontre', other: 'actualite' };
const levelSlug: Record<string, string> = { local: 'local', departmental: 'departemental', regional: 'regional', national: 'national', european: 'europeen', international: 'international' };
const idsWhere = (keep: (n: (typeof news)[number]) => boolean) => news.filter(keep).map((n) => n.id).sort();

async function listedIds(page: Page) {
  const hrefs = await page.locator('[data-news-list] > li:not([hidden]) .news-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop()!).sort();
}

/** The content lines of an iCalendar file, unfolded (RFC 5545 §3.1), and its events as property maps. */
function parseIcs(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
    }
  }
  return { lines, events };
}
const compact = (iso: string) => iso.replaceAll('-', '');
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test.describe('news filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind and level present has its page, listing exactly its news', async ({ page }) => {
    test.setTimeout(120_000); // a dozen pages
    const expected = [
      ...Object.entries(kindSlug).map(([kind, slug]) => ({ url: `/actualites/type/${slug}/`, ids: idsWhere((n) => n.data.kind === kind) })),
      ...Object.entries(levelSlug).map(([level, slug]) => ({ url: `/actualites/niveau/${slug}/`, ids: idsWhere((n) => n.data.level === level) })),
    ];
    const present = expected.filter((e) => e.ids.length > 0);
    expect(present.length).toBeGreaterThanOrEqual(8);
    for (const { url, ids } of expected) {
      const response = await page.goto(url);
      if (ids.length === 0) {
        expect(response!.status(), `${url} has no news, so no page`).toBe(404);
        continue;
      }
      expect(await listedIds(page), url).toEqual(ids);
      await expect(page.locator('[data-status] strong')).toHaveText(ids.length === 1 ? '1 actualité' : `${ids.length} actualités`);
    }
  });

  test('the options link to those pages, with the right counts, and the current one is marked', async ({ page }) => {
    test.setTimeout(120_000); // a dozen pages
    await page.goto('/actualites/');
    const options = await page.locator('a[data-facet]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, key: (a as HTMLElement).dataset.facet!, count: Number(a.querySelector('[data-count]')!.textContent) })),
    );
    expect([...new Set(options.map((o) => o.key))].sort()).toEqual(['kind', 'level']);
    for (const option of options) {
      await page.goto(option.href);
      await expect(page.locator('[data-news-list] > li'), option.href).toHaveCount(option.count);
      await expect(page.locator(`a[data-facet][href="${option.href}"]`)).toHaveAttribute('aria-current', 'true');
    }
  });

  test('the whole list shows every published news item, and a news page ships no JavaScript', async ({ page }) => {
    await page.goto('/actualites/');
    expect(await listedIds(page)).toEqual(news.map((n) => n.id).sort());
    await page.goto(`/actualites/${news[0].id}/`);
    // Data (JSON-LD) is no JavaScript.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });
});

test.describe('news filters with JavaScript', () => {
  test('kind and level combine in place, in the URL, and clear', async ({ page }) => {
    const agreements = news.filter((n) => n.data.kind === 'agreement');
    const level = agreements.find((n) => news.some((o) => o.data.level === n.data.level && o.data.kind !== 'agreement'))!.data.level;
    await page.goto('/actualites/');
    await page.locator('a[data-facet="kind"][data-value="convention"]').click();
    await expect(page).toHaveURL(/\/actualites\/\?type=convention$/);
    expect(await listedIds(page)).toEqual(agreements.map((n) => n.id).sort());
    await expect(page.locator('[data-status] strong')).toHaveText(`${agreements.length} actualités`);

    await page.locator(`a[data-facet="level"][data-value="${levelSlug[level]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`\\?type=convention&niveau=${levelSlug[level]}$`));
    const both = idsWhere((n) => n.data.kind === 'agreement' && n.data.level === level);
    // Never an empty list matching an empty expectation.
    expect(both.length).toBeGreaterThan(0);
    expect(await listedIds(page)).toEqual(both);

    // Clicking a selected value removes it.
    await page.locator('a[data-facet="kind"][data-value="convention"]').click();
    expect(await listedIds(page)).toEqual(idsWhere((n) => n.data.level === level));
    await page.locator('a[data-clear]').click();
    expect(await listedIds(page)).toEqual(news.map((n) => n.id).sort());
    await expect(page).toHaveURL(/\/actualites\/$/);
  });

  test('from a filter page, a second filter leads to the list with both; an empty combination suggests a way out', async ({ page }) => {
    const kinds = Object.keys(kindSlug).filter((k) => news.some((n) => n.data.kind === k));
    const levels = Object.keys(levelSlug).filter((l) => news.some((n) => n.data.level === l));
    const pair = kinds.flatMap((k) => levels.map((l) => [k, l])).find(([k, l]) => !news.some((n) => n.data.kind === k && n.data.level === l))!;
    expect(pair).toBeDefined();
    const [kind, level] = pair;
    await page.goto(`/actualites/type/${kindSlug[kind]}/`);
    await page.locator(`a[data-facet="level"][data-value="${levelSlug[level]}"]`).click();
    await expect(page).toHaveURL(`/actualites/?type=${kindSlug[kind]}&niveau=${levelSlug[level]}`);
    await expect(page.locator('[data-empty]')).toBeVisible();
    await expect(page.locator('[data-status] strong')).toHaveText('Aucune actualité');
    await page.locator('[data-suggestions] button').first().click();
    await expect(page.locator('[data-empty]')).toBeHidden();
    expect((await listedIds(page)).length).toBeGreaterThan(0);
  });
});

test.describe('agenda', () => {
  // Which events are still to come depends on the build day (ESCALES_TODAY): on a day after the
  // last one, the news page says there is none and the home page shows no agenda.
  test('lists exactly the upcoming events, soonest first, on the news page and the home page', async ({ page }) => {
    for (const url of ['/actualites/', '/']) {
      await page.goto(url);
      const ids = await page.locator('[data-agenda] [data-event]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
      expect(ids, url).toEqual(upcoming.map((n) => n.id));
    }
    await expect(page.getByRole('heading', { level: 2, name: 'À venir' })).toHaveCount(upcoming.length > 0 ? 1 : 0);
    if (upcoming.length === 0) {
      await page.goto('/actualites/');
      await expect(page.locator('#agenda .none')).toBeVisible();
    }
  });

  test('each event has a calendar file that parses and matches it', async ({ page }) => {
    for (const item of upcoming) {
      await page.goto('/actualites/');
      const link = page.locator(`[data-event="${item.id}"] a.ics`);
      await expect(link).toHaveAttribute('href', `/actualites/${item.id}.ics`);
      const response = await page.request.get(`/actualites/${item.id}.ics`);
      expect(response.status()).toBe(200);
      const { lines, events } = parseIcs(await response.text());
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event.UID).toMatch(new RegExp(`^${item.id}@`));
      expect(event.SUMMARY).toBe(item.data.title);
      if (item.data.startTime) {
        // A timed event: at its instant (UTC), read back as Paris time (machine-readable.spec.ts checks more).
        expect(event.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
        expect(event.TRANSP).toBe('OPAQUE');
      } else {
        expect(event['DTSTART;VALUE=DATE']).toBe(compact(day(item.data.eventDate)));
        expect(event['DTEND;VALUE=DATE']).toBe(compact(dayAfter(day(item.data.eventEnd ?? item.data.eventDate))));
        expect(event.TRANSP).toBe('TRANSPARENT');
      }
      // The place, with what its address adds (the street before the town).
      for (const part of item.data.place.split(', ')) expect(event.LOCATION).toContain(part);
      const pageUrl = item.data.lang === 'en' ? `/en/news/${item.id}/` : `/actualites/${item.id}/`;
      expect(new URL(event.URL).pathname).toBe(pageUrl);
      expect((await page.request.get(pageUrl)).status()).toBe(200);
    }
  });

  test('agenda.ics holds every upcoming event, with the same UIDs', async ({ page }) => {
    await page.goto('/actualites/');
    // Offered when there is something to add to a calendar; the file exists either way.
    await expect(page.locator('#agenda a[href="/actualites/agenda.ics"]')).toHaveCount(upcoming.length > 0 ? 1 : 0);
    const { lines, events } = parseIcs(await (await page.request.get('/actualites/agenda.ics')).text());
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(events.map((e) => e.UID.split('@')[0])).toEqual(upcoming.map((n) => n.id));
    for (const event of events) for (const key of ['SUMMARY', 'UID', 'URL', 'DTSTAMP']) expect(event[key], key).toBeTruthy();
    for (const event of events) expect(event['DTSTART;VALUE=DATE'] ?? event.DTSTART).toBeTruthy();
    const uids = await Promise.all(upcoming.map(async (n) => parseIcs(await (await page.request.get(`/actualites/${n.id}.ics`)).text()).events[0].UID));
    expect(events.map((e) => e.UID)).toEqual(uids);
  });

  test('an upcoming event’s page offers its calendar file; a past event’s does not', async ({ page }) => {
    if (upcoming.length > 0) {
      await page.goto(`/actualites/${upcoming[0].id}/`);
      await expect(page.locator(`a[href="/actualites/${upcoming[0].id}.ics"]`)).toBeVisible();
    }
    const past = news.find((n) => n.data.eventDate && day(n.data.eventEnd ?? n.data.eventDate) < today);
    expect(past).toBeDefined();
    await page.goto(`/actualites/${past!.id}/`);
    await expect(page.locator('a[href$=".ics"]')).toHaveCount(0);
    expect((await page.request.get(`/actualites/${past!.id}.ics`)).status()).toBe(404);
  });
});

test.describe('RSS', () => {
  for (const [lang, feed, list, prefix] of [['fr', '/rss.xml', '/actualites/', '/actualites/'], ['en', '/en/rss.xml', '/en/news/', '/en/news/']] as const) {
    test(`${feed} parses as XML, lists every published news item and is announced by the ${lang} news pages`, async ({ page }) => {
      await page.goto(list);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', feed);
      const feedData = await page.evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          language: doc.querySelector('channel > language')?.textContent,
          items: [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')?.textContent, link: item.querySelector('link')?.textContent })),
        };
      }, feed);
      expect(feedData.error).toBeNull();
      expect(feedData.language).toBe(lang === 'fr' ? 'fr-FR' : 'en-GB');
      expect(feedData.items.map((i) => new URL(i.link!).pathname).sort()).toEqual(news.map((n) => `${prefix}${n.id}/`).sort());
      for (const item of news) expect(feedData.items.find((i) => i.link!.endsWith(`${prefix}${item.id}/`))!.title).toBe(item.data.title);
      await page.goto(`${prefix}${news[0].id}/`);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', feed);
    });
  }
});

test.describe('funders’ visibility', () => {
  const eu = institutions.find((i) => i.acknowledgement?.emblem)!;
  const euProgrammes = programmes.filter((p) => p.funders?.includes(eu.id)).map((p) => p.id);

  test('an Erasmus+ story shows the EU emblem and acknowledgement; a story of another programme does not', async ({ page }) => {
    const stories = publishedStories();
    const erasmus = stories.find((s) => euProgrammes.includes(s.data.mobility.programme));
    const other = stories.find((s) => !euProgrammes.includes(s.data.mobility.programme));
    expect(erasmus && other).toBeTruthy();
    await page.goto(`/temoignages/${erasmus!.id}/`);
    const ack = page.locator(`.acknowledgement[data-funder="${eu.id}"]`);
    await expect(ack).toBeVisible();
    await expect(ack).toHaveText(asShown(eu.acknowledgement!.fr));
    // The emblem is a decorative image (the text says who funds), at least as tall as the text.
    await expect(ack.locator('img.emblem')).toHaveAttribute('alt', '');
    expect(await ack.locator('img.emblem').evaluate((img) => img.getBoundingClientRect().height)).toBeGreaterThanOrEqual(30);
    await page.goto(`/temoignages/${other!.id}/`);
    await expect(page.locator(`.acknowledgement[data-funder="${eu.id}"]`)).toHaveCount(0);
  });

  test('a news item involving the EU shows it, in the page’s language; one that does not, does not', async ({ page }) => {
    const withEu = news.find((n) => n.data.institutions?.includes(eu.id) && n.data.lang === 'fr')!;
    const withoutEu = news.find((n) => !n.data.institutions?.includes(eu.id))!;
    await page.goto(`/actualites/${withEu.id}/`);
    await expect(page.locator(`.acknowledgement[data-funder="${eu.id}"]`)).toHaveText(asShown(eu.acknowledgement!.fr));
    await page.goto(`/en/news/${withEu.id}/`);
    await expect(page.locator(`.acknowledgement[data-funder="${eu.id}"]`)).toHaveText(eu.acknowledgement!.en);
    await page.goto(`/actualites/${withoutEu.id}/`);
    await expect(page.locator(`.acknowledgement[data-funder="${eu.id}"]`)).toHaveCount(0);
  });

  test('the footer shows the logos of the funders, named, linking to their websites', async ({ page }) => {
    const expected = institutions.filter((i) => i.logo && (fundingIds.includes(i.id) || i.acknowledgement));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await page.goto('/');
    const logos = page.locator('footer .funders img');
    // The names as a French page shows them (l'alimentation → l’alimentation).
    expect((await logos.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')))).sort()).toEqual(expected.map((i) => asShown(i.name)).sort());
    for (const institution of expected) {
      const name = asShown(institution.name);
      const img = page.locator(`footer .funders img[alt="${name.replaceAll('"', '\\"')}"]`);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), institution.id).toBe(true);
      const website = (institution as { website?: string }).website;
      if (website) await expect(page.locator('footer .funders').getByRole('link', { name, exact: true })).toHaveAttribute('href', website);
    }
  });
});

test.describe('news in English', () => {
  test('the list and filter pages have English strings and the same news', async ({ page }) => {
    await page.goto('/en/news/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByRole('heading', { level: 2, name: 'Coming up' })).toBeVisible();
    expect(await listedIds(page)).toEqual(news.map((n) => n.id).sort());
    await page.goto('/en/news/level/regional/');
    expect(await listedIds(page)).toEqual(idsWhere((n) => n.data.level === 'regional'));
    await page.goto('/en/news/type/agreement/');
    expect(await listedIds(page)).toEqual(idsWhere((n) => n.data.kind === 'agreement'));
    // The same filter in the other language, although its slug differs.
    await expect(page.locator('head link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/actualites\/type\/convention\/$/);
  });

  test('a French news item keeps its language inside the English page', async ({ page }) => {
    const french = news.find((n) => n.data.lang === 'fr')!;
    await page.goto(`/en/news/${french.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article.news')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(asShown(french.data.title));
    await expect(page.getByRole('link', { name: /All news/ })).toHaveAttribute('href', '/en/news/');
  });
});

test.describe('accessibility of the news pages', () => {
  const english = news.find((n) => n.data.lang === 'en')!;
  for (const url of ['/actualites/', '/actualites/niveau/regional/', `/actualites/${upcoming[0]?.id}/`, '/en/news/', `/en/news/${english.id}/`, `/en/news/${upcoming[0]?.id}/`]) {
    test(`no axe violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
