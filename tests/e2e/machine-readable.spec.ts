import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { readIcs } from '../helpers/icsReader.ts';
import { contentDir, newsItems, publishedStories, todayIso } from './content.ts';
import { expect, test } from './fixtures.ts';

// What programs read: calendar files, structured data, feeds, sitemap, robots.txt. Expectations
// come from the content's files; times are checked by reading the file's instants back as Paris
// time with Intl, not with the site's own code.
const root = contentDir;
const dist = path.resolve(process.env.ESCALES_DIST_DIR ?? 'dist');
const settings = parse(readFileSync(path.join(root, 'settings.yaml'), 'utf8'));
const siteUrl = new URL(settings.siteUrl);
const day = (value: unknown) => String(value).slice(0, 10);
const news = newsItems().filter((n) => !n.data.draft);
const upcoming = news
  .filter((n) => n.data.eventDate && day(n.data.eventEnd ?? n.data.eventDate) >= todayIso)
  .sort((a, b) => day(a.data.eventDate).localeCompare(day(b.data.eventDate)) || a.id.localeCompare(b.id));
const newsPath = (n: (typeof news)[number], lang: string) => (lang === 'fr' ? `/actualites/${n.id}/` : `/en/news/${n.id}/`);
const hhmm = (time: string) => time.padStart(5, '0');
test.describe.configure({ timeout: 120_000 });

/** "2027-01-20 18:00": an instant as the school's clocks show it. */
const parisWall = (instant: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};

test.describe('calendar files', () => {
  test('the agenda and each event file parse; timed events are at their Paris time, all-day ones free', async ({ page }) => {
    const files = ['/actualites/agenda.ics', ...upcoming.map((n) => `/actualites/${n.id}.ics`)];
    for (const file of files) {
      const response = await page.request.get(file);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const ics = readIcs(await response.text());
      expect(Math.max(...ics.lineOctets), `${file}: lines of at most 75 octets`).toBeLessThanOrEqual(75);
      const events = file.endsWith('agenda.ics') ? upcoming : upcoming.filter((n) => file.includes(n.id));
      expect(ics.events.map((e) => e.text('UID')!.split('@')[0])).toEqual(events.map((n) => n.id));
      ics.events.forEach((event, i) => {
        const { data } = events[i]!;
        expect(event.props.get('DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/);
        const start = event.time('DTSTART');
        if (data.startTime) {
          expect(start && 'instant' in start && parisWall(start.instant), `${file} DTSTART`).toBe(`${day(data.eventDate)} ${hhmm(data.startTime)}`);
          if (data.endTime) {
            const end = event.time('DTEND');
            expect(end && 'instant' in end && parisWall(end.instant), `${file} DTEND`).toBe(`${day(data.eventEnd ?? data.eventDate)} ${hhmm(data.endTime)}`);
          }
          expect(event.text('TRANSP')).toBe('OPAQUE');
        } else {
          expect(start).toEqual({ date: day(data.eventDate) });
          expect(event.text('TRANSP')).toBe('TRANSPARENT');
        }
      });
    }
  });

  test('the agenda offers a webcal: subscription to its file on the site’s host, next to the download', async ({ page }) => {
    for (const url of ['/actualites/', '/en/news/']) {
      await page.goto(url);
      const subscribe = page.locator('#agenda a[data-subscribe]');
      // On a build day after the last event, the agenda says there is none and offers nothing.
      if (upcoming.length === 0) {
        await expect(subscribe).toHaveCount(0);
        continue;
      }
      await expect(subscribe).toHaveAttribute('href', `webcal://${siteUrl.host}/actualites/agenda.ics`);
      await expect(subscribe).toBeVisible();
      await expect(page.locator('#agenda a[href="/actualites/agenda.ics"]')).toBeVisible();
    }
  });

  test('an event with a time shows it on its page and in the agenda', async ({ page }) => {
    const timed = upcoming.filter((n) => n.data.startTime);
    for (const item of timed) {
      const hour = String(Number(hhmm(item.data.startTime).slice(0, 2)));
      await page.goto(newsPath(item, 'fr'));
      await expect(page.locator('.event time')).toContainText(new RegExp(`${hour}\\s*h`));
      await expect(page.locator('.event time')).toHaveAttribute('datetime', new RegExp(`^${day(item.data.eventDate)}T${hhmm(item.data.startTime)}:00[+-]\\d\\d:\\d\\d$`));
      await page.goto('/actualites/');
      await expect(page.locator(`[data-event="${item.id}"] time`)).toContainText(new RegExp(`${hour}\\s*h`));
      await page.goto('/en/news/');
      const h = Number(hour);
      await expect(page.locator(`[data-event="${item.id}"] time`)).toContainText(new RegExp(`\\b${h % 12 === 0 ? 12 : h % 12}(:\\d\\d)?${h < 12 ? 'am' : 'pm'}\\b`));
    }
  });
});

/** Every JSON-LD block of a page, parsed (a block that does not parse fails the test). */
async function jsonLd(page: import('@playwright/test').Page, url: string): Promise<Record<string, any>[]> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return blocks.map((text) => JSON.parse(text));
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

function expectArticle(ld: Record<string, any>, url: string) {
  expect(ld['@context'], url).toBe('https://schema.org');
  for (const key of ['headline', 'description', 'datePublished', 'inLanguage', 'mainEntityOfPage', 'author', 'publisher']) expect(ld[key], `${url} Article.${key}`).toBeTruthy();
  expect(ld.headline.length).toBeLessThanOrEqual(110);
  expect(ld.datePublished).toMatch(isoDate);
  if (ld.dateModified) expect(ld.dateModified >= ld.datePublished).toBe(true);
  expect(ld.image?.[0], `${url} Article.image`).toMatch(/^https?:\/\//);
  expect(ld.mainEntityOfPage).toBe(new URL(url, siteUrl).href);
  expect(ld.author.name, `${url} Article.author.name`).toBeTruthy();
  expect(ld.publisher).toMatchObject({ '@type': 'EducationalOrganization', name: settings.school.name });
}

test.describe('structured data', () => {
  test('every story page has one Article with the required properties', async ({ page }) => {
    const stories = publishedStories();
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      const url = `/temoignages/${story.id}/`;
      const blocks = await jsonLd(page, url);
      expect(blocks.map((b) => b['@type']), url).toEqual(['Article']);
      expectArticle(blocks[0]!, url);
    }
  });

  test('every news page has an Article, and an Event when it announces one, in both languages', async ({ page }) => {
    expect(news.some((n) => n.data.eventDate)).toBe(true);
    for (const item of news) {
      for (const lang of ['fr', 'en']) {
        const url = newsPath(item, lang);
        const blocks = await jsonLd(page, url);
        expect(blocks.map((b) => b['@type']), url).toEqual(item.data.eventDate ? ['Article', 'Event'] : ['Article']);
        expectArticle(blocks[0]!, url);
        expect(blocks[0]!.datePublished).toBe(day(item.data.date));
        expect(blocks[0]!.inLanguage).toBe(item.data.lang ?? 'fr');
        if (item.data.updated) expect(blocks[0]!.dateModified).toBe(day(item.data.updated));
        const event = blocks[1];
        if (!event) continue;
        for (const key of ['name', 'description', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'organizer', 'image']) expect(event[key], `${url} Event.${key}`).toBeTruthy();
        expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
        expect(event.startDate).toMatch(isoDate);
        if (item.data.startTime) {
          // A local time with its offset, which read as an instant is the Paris time of the content.
          expect(event.startDate).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
          expect(parisWall(new Date(event.startDate))).toBe(`${day(item.data.eventDate)} ${hhmm(item.data.startTime)}`);
          if (item.data.endTime) expect(parisWall(new Date(event.endDate))).toBe(`${day(item.data.eventEnd ?? item.data.eventDate)} ${hhmm(item.data.endTime)}`);
        } else expect(event.startDate).toBe(day(item.data.eventDate));
        if (item.data.place) {
          expect(event.location).toMatchObject({ '@type': 'Place', name: item.data.place });
          if (item.data.address) {
            expect(event.location.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: item.data.address.city, addressCountry: item.data.address.country ?? 'FR' });
          }
        }
      }
    }
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap', 'xhtml:link', 'atom:link', 'category'].includes(name) });

test.describe('feeds', () => {
  for (const [lang, feed, tag] of [['fr', '/rss.xml', 'fr-FR'], ['en', '/en/rss.xml', 'en-GB']] as const) {
    test(`${feed} names itself, and marks each item written in another language than ${tag}`, async ({ page }) => {
      const response = await page.request.get(feed);
      expect(response.status()).toBe(200);
      const rss = xml.parse(await response.text()).rss;
      const channel = rss.channel;
      expect(channel.language).toBe(tag);
      expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
      expect(channel['atom:link']).toEqual([expect.objectContaining({ '@href': new URL(feed, siteUrl).href, '@rel': 'self', '@type': 'application/rss+xml' })]);
      const items: Record<string, any>[] = channel.item;
      expect(items.length).toBe(news.length);
      for (const item of items) {
        const id = new URL(item.link).pathname.split('/').filter(Boolean).pop();
        const source = news.find((n) => n.id === id)!;
        expect(source, item.link).toBeDefined();
        expect(new URL(item.link).pathname).toBe(newsPath(source, lang));
        // The item's language is the channel's unless it says otherwise: it must be the text's.
        const itemLang = String(item['dc:language'] ?? channel.language).slice(0, 2);
        expect(itemLang, item.link).toBe(source.data.lang ?? 'fr');
      }
    });
  }
});

test.describe('sitemap and robots.txt', () => {
  /** Every <url> of every sitemap, with its alternates. */
  async function sitemapUrls(page: import('@playwright/test').Page) {
    const index = xml.parse(await (await page.request.get('/sitemap-index.xml')).text());
    const urls: { loc: string; links: { hreflang: string; href: string }[] }[] = [];
    for (const sitemap of index.sitemapindex.sitemap) {
      const set = xml.parse(await (await page.request.get(new URL(sitemap.loc).pathname)).text()).urlset;
      for (const url of set.url) urls.push({ loc: url.loc, links: (url['xhtml:link'] ?? []).map((l: any) => ({ hreflang: l['@hreflang'], href: l['@href'] })) });
    }
    return urls;
  }

  test('alternates match the page’s hreflang links, on every page with a translation', async ({ page }) => {
    const urls = await sitemapUrls(page);
    const translated = urls.filter((u) => u.links.length > 0);
    // Not only the home pages: a news page and a story page have their translation too.
    const newsUrl = new URL(newsPath(news[0]!, 'fr'), siteUrl).href;
    expect(translated.map((u) => u.loc)).toContain(newsUrl);
    expect(translated.length).toBeGreaterThan(2);
    // Both ways: a page of the sitemap has exactly the alternates its HTML states (none when it has none).
    for (const { loc, links } of urls) {
      // The page's own <link rel="alternate" hreflang> (requests, not page loads: 200 pages).
      const page_ = await (await page.request.get(new URL(loc).pathname)).text();
      const head = page_.slice(0, page_.indexOf('<body'));
      const html = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ hreflang: m[1]!, href: m[2]! }));
      const sort = (list: { hreflang: string; href: string }[]) => [...list].sort((a, b) => a.hreflang.localeCompare(b.hreflang));
      expect(sort(links), loc).toEqual(sort(html));
      if (links.length > 0) expect(links.map((l) => l.hreflang).sort()).toEqual(['en', 'fr', 'x-default']);
    }
  });

  test('robots.txt disallows no page that says noindex, and names only pages that exist', async ({ page }) => {
    const rules = (await (await page.request.get('/robots.txt')).text()).split('\n');
    const disallowed = rules.filter((l) => l.startsWith('Disallow:')).map((l) => l.slice('Disallow:'.length).trim()).filter(Boolean);
    const blocked = (p: string) => disallowed.some((rule) => p.startsWith(rule));
    const noindex = (readdirSync(dist, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.html'))
      .filter((f) => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(path.join(dist, f), 'utf8')))
      .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/'));
    // The kiosk and the 404 pages at least say noindex.
    expect(noindex.length).toBeGreaterThan(1);
    for (const p of noindex) expect(blocked(p), `${p} says noindex but robots.txt disallows it`).toBe(false);
    for (const rule of disallowed) expect((await page.request.get(rule)).status(), `Disallow: ${rule}`).toBe(200);
  });
});
