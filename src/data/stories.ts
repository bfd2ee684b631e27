import { getCollection, type CollectionEntry } from 'astro:content';
import { exclusionOf } from '../lib/consent.ts';
import { buildDay } from '../lib/dates.ts';

export type Story = CollectionEntry<'testimonies'>;

/**
 * The stories visitors may see: consent given and not expired, drafts only on the dev server.
 * Newest stay first. (scripts/validate-content.ts reports the ones left out, and why.)
 */
export async function getPublishedStories(): Promise<Story[]> {
  const today = buildDay();
  const stories = await getCollection('testimonies', ({ data }) => exclusionOf(data, today, import.meta.env.DEV) === null);
  return stories.sort((a, b) => b.data.mobility.start.getTime() - a.data.mobility.start.getTime() || a.id.localeCompare(b.id));
}

export type NewsItem = CollectionEntry<'news'>;

/** Published news, newest first. */
export async function getPublishedNews(): Promise<NewsItem[]> {
  const news = await getCollection('news', ({ data }) => import.meta.env.DEV || !data.draft);
  return news.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
