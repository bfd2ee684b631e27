import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import os from 'node:os';
import { logoFile, storyCardText, storyCardView } from '../../data/seo.ts';
import { getSettings } from '../../data/site.ts';
import { getPublishedStories, type Story } from '../../data/stories.ts';
import { cardCacheDir, limiter, renderCard, storyCardSvg } from '../../lib/ogImage.ts';

// The sharing card of each published story (og:image of its page): photo, quote, school name.
// The cards are drawn a few at a time, in the background, as soon as the list of stories is
// known, so sharp works on both cores while Astro renders the other pages.
const queue = limiter(Math.max(2, os.availableParallelism()));
const cards = new Map<string, Promise<Buffer>>();

async function card(story: Story): Promise<Buffer> {
  const [settings, view] = await Promise.all([getSettings(), storyCardView(story)]);
  const logo = logoFile(settings);
  // The original file behind the cover (astro:assets keeps its path, not enumerable, on the metadata).
  const photo = (story.data.cover as (ImageMetadata & { fsPath?: string }) | undefined)?.fsPath;
  const svg = storyCardSvg({ ...storyCardText(view, settings), hasLogo: Boolean(logo) });
  return renderCard(svg, { photo, logo }, cardCacheDir());
}

function cardOf(story: Story): Promise<Buffer> {
  if (!cards.has(story.id)) cards.set(story.id, queue(() => card(story)));
  return cards.get(story.id)!;
}

export const getStaticPaths = (async () => {
  const stories = await getPublishedStories();
  if (import.meta.env.PROD) for (const story of stories) cardOf(story).catch(() => {}); // errors surface when the page is rendered
  return stories.map((story) => ({ params: { id: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  return new Response(new Uint8Array(await cardOf(story)), { headers: { 'Content-Type': 'image/jpeg' } });
};
