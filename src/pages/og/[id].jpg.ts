import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { singleStoryKey } from '../../data/pageKeys.ts';
import { logoFile, storyCardText, storyCardView } from '../../data/seo.ts';
import { getSettings } from '../../data/site.ts';
import { getPublishedStories, type Story } from '../../data/stories.ts';
import { cardCacheDir, cardFile, limiter, storyCardSvg } from '../../lib/ogImage.ts';

// The sharing card of each published story (og:image of its page): photo, quote, school name.
// The cards are drawn a few at a time, in the background, as soon as the list of stories is
// known, so sharp works on both cores while Astro renders the other pages.
const queue = limiter(Math.max(2, os.availableParallelism()));
const cards = new Map<string, Promise<string>>();

/** The card's file in the cache folder (drawn if it is not there yet). */
async function card(story: Story): Promise<string> {
  const [settings, view] = await Promise.all([getSettings(), storyCardView(story)]);
  const logo = logoFile(settings);
  // The original file behind the cover (astro:assets keeps its path, not enumerable, on the metadata).
  const photo = (story.data.cover as (ImageMetadata & { fsPath?: string }) | undefined)?.fsPath;
  const svg = storyCardSvg({ ...storyCardText(view, settings), hasLogo: Boolean(logo) });
  return cardFile(svg, { photo, logo }, cardCacheDir());
}

function cardOf(story: Story): Promise<string> {
  if (!cards.has(story.id)) cards.set(story.id, queue(() => card(story)));
  return cards.get(story.id)!;
}

export const getStaticPaths = (async () => {
  const stories = await getPublishedStories();
  if (import.meta.env.PROD) for (const story of stories) cardOf(story).catch(() => {}); // errors surface when the page is rendered
  // cacheKey: an unchanged story's card is copied from the last build, not drawn or read again.
  return stories.map((story) => ({ params: { id: story.id }, props: { story }, cacheKey: singleStoryKey(story, 'og-card') }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const file = await cardOf(story);
  cards.delete(story.id);
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': 'image/jpeg' } });
};
