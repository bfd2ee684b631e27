import rss from '@astrojs/rss';
import { localizedPath, pathTo, sections, useTranslations, type Lang } from '../i18n/ui.ts';
import { eventStartIso, formatWhen, placeWithAddress, icsCalendar, upcomingEvents, webcalUrl, type CalendarEvent, type EventFields } from '../lib/agenda.ts';
import { countryName } from '../lib/countries.ts';
import { buildDay } from '../lib/dates.ts';
import { filterPages, type FacetItem, type FacetValue } from '../lib/facets.ts';
import { slugify } from '../lib/slug.ts';
import { institutionLevels } from '../schemas/fields.ts';
import { newsKinds } from '../schemas/news.ts';
import { getSettings } from './site.ts';
import { getPublishedNews, type NewsItem } from './stories.ts';

/** The news list's filters: by kind (convention, visite…) and by level (local … international). */
export const newsFacetKeys = ['kind', 'level'] as const;
export type NewsFacetKey = (typeof newsFacetKeys)[number];

export interface ListedNews {
  item: NewsItem;
  facets: FacetItem<NewsFacetKey>;
}

/** A filter value, labelled in a language; its URL slug is the label's ("Régional" → regional). */
function facetValue(key: NewsFacetKey, raw: string, lang: Lang): FacetValue {
  const t = useTranslations(lang);
  const label = key === 'kind' ? t(`newsKind.${raw as NewsItem['data']['kind']}`) : t(`level.${raw as NewsItem['data']['level']}`);
  return { slug: slugify(label), label };
}

/** A news item's filter values, labelled in the page's language. */
export function newsFacetItem(item: NewsItem, lang: Lang): FacetItem<NewsFacetKey> {
  return { id: item.id, values: { kind: [facetValue('kind', item.data.kind, lang)], level: [facetValue('level', item.data.level, lang)] } };
}

/** The URL segment of a facet in a language: level → "niveau" / "level". */
export function newsFacetSegment(key: NewsFacetKey, lang: Lang): string {
  return useTranslations(lang)(`news.segment.${key}`);
}

/** Options in the order of the content model (kinds as listed, levels from local to international). */
export function newsFacetOrder(key: NewsFacetKey, lang: Lang) {
  const slugs = (key === 'kind' ? newsKinds : institutionLevels).map((raw) => facetValue(key, raw, lang).slug);
  return (a: FacetValue, b: FacetValue) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug);
}

/** `data-f-kind="convention"` attributes for a card, read by the in-page filter script. */
export function newsFacetAttributes(facets: FacetItem<NewsFacetKey>): Record<string, string> {
  return Object.fromEntries(newsFacetKeys.map((key) => [`data-f-${key}`, facets.values[key].map((v) => v.slug).join(' ')]));
}

/** Every published news item with its filter values, newest first. */
export async function getListedNews(lang: Lang): Promise<ListedNews[]> {
  const news = await getPublishedNews();
  return news.map((item) => ({ item, facets: newsFacetItem(item, lang) }));
}

/** The URL of a filter page: newsFilterPath('fr', 'kind', 'agreement') → /actualites/type/convention/. */
export function newsFilterPath(lang: Lang, key: NewsFacetKey, raw: string): string {
  return pathTo(lang, 'news', newsFacetSegment(key, lang), facetValue(key, raw, lang).slug);
}

/** The static filter pages of a language (/actualites/type/convention/…), each with its translation. */
export async function getNewsFilterPaths(lang: Lang) {
  const listed = await getListedNews(lang);
  return filterPages(listed.map((n) => n.facets), newsFacetKeys).map((page) => {
    const raw = listed.find((n) => n.item.id === page.items[0].id)!.item.data[page.key];
    return {
      params: { facet: newsFacetSegment(page.key, lang), value: page.value.slug },
      props: { filter: { key: page.key, value: page.value }, translations: { fr: newsFilterPath('fr', page.key, raw), en: newsFilterPath('en', page.key, raw) } },
    };
  });
}

/** One page per published news item, the same in both languages (actualites/[id], en/news/[id]). */
export async function getNewsPagePaths() {
  const news = await getPublishedNews();
  return news.map((item) => ({ params: { id: item.id }, props: { item } }));
}

/** Published news announcing an event still to come on the build day, soonest first. */
export async function getUpcomingEvents(): Promise<NewsItem[]> {
  return upcomingEvents(await getPublishedNews(), buildDay());
}

/** /actualites/<id>.ics: one file per event, shared by both languages. */
export function icsPath(id: string): string {
  return localizedPath('fr', `${sections.fr.news}/${id}.ics`);
}

/** /actualites/agenda.ics: every upcoming event. */
export const agendaPath = icsPath('agenda');

/** webcal://<host>/actualites/agenda.ics, from the site URL of settings.yaml: a calendar app subscribes to it. */
export async function agendaSubscription(): Promise<string> {
  return webcalUrl((await getSettings()).siteUrl, agendaPath);
}

/** "13 mars 2027, de 9 h à 17 h", "20 January 2027 at 6pm": when an event happens, in a language. */
export function eventWhen(data: EventFields & { eventDate: Date }, lang: Lang): string {
  const t = useTranslations(lang);
  return formatWhen(data, lang, { at: t('news.when.at'), range: t('news.when.range'), span: t('news.when.span') });
}

/** The datetime attribute of an event's <time>: its day, or its start with time and offset. */
export const eventDatetime = (data: EventFields & { eventDate: Date }) => eventStartIso(data);

/** The place of an event with what its address adds, on one line, countries named in a language. */
export function placeLine(data: Pick<NewsItem['data'], 'place' | 'address'>, lang: Lang = 'fr'): string | undefined {
  return data.place ? placeWithAddress(data.place, data.address, (code) => countryName(code, lang)) : undefined;
}

/** /rss.xml, /en/rss.xml. */
export function feedPath(lang: Lang): string {
  return localizedPath(lang, 'rss.xml');
}

/** A news item as a calendar event; its URL is its page in its own language. */
export function calendarEvent(item: NewsItem, site: URL): CalendarEvent {
  const { data } = item;
  if (!data.eventDate) throw new Error(`l'actualité « ${item.id} » n'annonce pas d'événement (eventDate)`);
  return {
    id: item.id,
    title: data.title,
    description: data.summary,
    eventDate: data.eventDate,
    eventEnd: data.eventEnd,
    startTime: data.startTime,
    endTime: data.endTime,
    place: placeLine(data),
    url: new URL(pathTo(data.lang, 'news', item.id), site).href,
    stamp: data.updated ?? data.date,
  };
}

/** The .ics file of some events, named after the school. */
export async function calendarFile(items: NewsItem[], site: URL): Promise<Response> {
  const settings = await getSettings();
  const name = useTranslations('fr')('news.agenda.calendarName', { school: settings.school.name });
  const body = icsCalendar(items.map((item) => calendarEvent(item, site)), { host: site.hostname, name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

const languageTag = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * The RSS feed of the news in a language's interface. Both feeds hold every news item (a partner
 * school reading in English still wants the French news of its partner), each linked to its page
 * in the feed's language; an item written in the other language says so with <dc:language>, so a
 * reader never takes the French text for English. The feed names its own address (atom:link
 * rel="self"), as the RSS Advisory Board recommends.
 */
export async function newsFeed(lang: Lang, site: URL): Promise<Response> {
  const t = useTranslations(lang);
  const [news, settings] = await Promise.all([getPublishedNews(), getSettings()]);
  return rss({
    title: t('news.feed.title', { school: settings.school.name }),
    description: t('news.lead'),
    // The channel's link is the news page; items' absolute paths resolve against its origin.
    site: new URL(pathTo(lang, 'news'), site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${languageTag(lang)}</language><atom:link href="${new URL(feedPath(lang), site).href}" rel="self" type="application/rss+xml"/>`,
    items: news.map((item) => ({
      title: item.data.title,
      description: item.data.summary,
      pubDate: item.data.date,
      link: pathTo(lang, 'news', item.id),
      categories: [t(`newsKind.${item.data.kind}`), t(`level.${item.data.level}`)],
      ...(item.data.lang !== lang ? { customData: `<dc:language>${languageTag(item.data.lang)}</dc:language>` } : {}),
    })),
  });
}
