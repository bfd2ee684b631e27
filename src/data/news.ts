import rss from '@astrojs/rss';
import { localizedPath, pathTo, sections, useTranslations, type Lang } from '../i18n/ui.ts';
import { icsCalendar, upcomingEvents, type CalendarEvent } from '../lib/agenda.ts';
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

/** Published news announcing an event still to come on the build day, soonest first. */
export async function getUpcomingEvents(): Promise<NewsItem[]> {
  return upcomingEvents(await getPublishedNews(), buildDay());
}

/** /actualites/<id>.ics: one file per event, shared by both languages. */
export function icsPath(id: string): string {
  return localizedPath('fr', `${sections.news.fr}/${id}.ics`);
}

/** /actualites/agenda.ics: every upcoming event. */
export const agendaPath = icsPath('agenda');

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
    start: data.eventDate,
    end: data.eventEnd,
    place: data.place,
    url: new URL(pathTo(data.lang, 'news', item.id), site).href,
  };
}

/** The .ics file of some events, named after the school. */
export async function calendarFile(items: NewsItem[], site: URL): Promise<Response> {
  const settings = await getSettings();
  const name = useTranslations('fr')('news.agenda.calendarName', { school: settings.school.name });
  const body = icsCalendar(items.map((item) => calendarEvent(item, site)), { host: site.hostname, name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** The RSS feed of the news in a language's interface (the items are the same news). */
export async function newsFeed(lang: Lang, site: URL): Promise<Response> {
  const t = useTranslations(lang);
  const [news, settings] = await Promise.all([getPublishedNews(), getSettings()]);
  return rss({
    title: t('news.feed.title', { school: settings.school.name }),
    description: t('news.lead'),
    // The channel's link is the news page; items' absolute paths resolve against its origin.
    site: new URL(pathTo(lang, 'news'), site).href,
    trailingSlash: true,
    customData: `<language>${lang === 'fr' ? 'fr-FR' : 'en-GB'}</language>`,
    items: news.map((item) => ({
      title: item.data.title,
      description: item.data.summary,
      pubDate: item.data.date,
      link: pathTo(lang, 'news', item.id),
      categories: [t(`newsKind.${item.data.kind}`), t(`level.${item.data.level}`)],
    })),
  });
}
