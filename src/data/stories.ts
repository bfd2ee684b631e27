import { getCollection, type CollectionEntry } from 'astro:content';
import { exclusionOf } from '../lib/consent.ts';
import { buildDay } from '../lib/dates.ts';
import { oncePerBuild } from './buildCache.ts';

export type Story = CollectionEntry<'testimonies'>;

const publishedStories = oncePerBuild(async () => {
  const today = buildDay();
  const stories = await getCollection('testimonies', ({ data }) => exclusionOf(data, today, import.meta.env.DEV) === null);
  return stories.sort((a, b) => b.data.mobility.start.getTime() - a.data.mobility.start.getTime() || a.id.localeCompare(b.id));
});

/**
 * The stories visitors may see: consent given and not expired, drafts only on the dev server.
 * Newest stay first. (scripts/validate-content.ts reports the ones left out, and why.)
 * Read once per build; each caller gets its own array.
 */
export async function getPublishedStories(): Promise<Story[]> {
  return [...(await publishedStories())];
}

export type NewsItem = CollectionEntry<'news'>;

const publishedNews = oncePerBuild(async () => {
  const news = await getCollection('news', ({ data }) => import.meta.env.DEV || !data.draft);
  return news.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
});

/** Published news, newest first. Read once per build; each caller gets its own array. */
export async function getPublishedNews(): Promise<NewsItem[]> {
  return [...(await publishedNews())];
}
