import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDay } from '../lib/dates.ts';
import { oncePerBuild } from './buildCache.ts';
import { refuseInKeyedPage } from './keyedPage.ts';
import { isPublished } from './published.ts';

export type Story = CollectionEntry<'testimonies'>;

const publishedStories = oncePerBuild(async () => {
  const today = buildDay();
  const stories = await getCollection('testimonies', ({ data }) => isPublished(data, today));
  return stories.sort((a, b) => b.data.mobility.start.getTime() - a.data.mobility.start.getTime() || a.id.localeCompare(b.id));
});

/**
 * The stories visitors may see: consent given and not expired; on the dev server only, every
 * draft too, whatever its consent fields (its page carries the draft banner).
 * Newest stay first. (scripts/validate-content.ts reports the ones left out, and why.)
 * Read once per build; each caller gets its own array. A page with a cache key gets its stories
 * through its props instead (src/data/pageKeys.ts).
 */
export async function getPublishedStories(): Promise<Story[]> {
  refuseInKeyedPage('getPublishedStories()');
  return [...(await publishedStories())];
}

export type NewsItem = CollectionEntry<'news'>;

const publishedNews = oncePerBuild(async () => {
  const news = await getCollection('news', ({ data }) => isPublished(data));
  return news.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
});

/** Published news, newest first. Read once per build; each caller gets its own array. */
export async function getPublishedNews(): Promise<NewsItem[]> {
  return [...(await publishedNews())];
}
