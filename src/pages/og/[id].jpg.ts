import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { keyOfProps } from '../../data/pageKeys.ts';
import { logoFile, storyCardText, storyCardView } from '../../data/seo.ts';
import { getSettings } from '../../data/site.ts';
import { getPublishedStories, type Story } from '../../data/stories.ts';
import { cardCacheDir, renderCard, storyCardSvg } from '../../lib/ogImage.ts';

// The sharing card of each published story (og:image of its page): photo, quote, school name.
// A card is drawn only when Astro renders its path: with the incremental build's cacheKey, an
// unchanged story's card is copied from the last build, and a changed one found in the card
// cache (src/lib/ogImage.ts) if it was drawn before. (Drawing every card ahead, in the
// background, kept a thousand of them busy on the main thread of every warm build for nothing.)

/** The card's JPEG bytes (drawn, or read from the card cache). */
async function card(story: Story): Promise<Buffer> {
  const [settings, view] = await Promise.all([getSettings(), storyCardView(story)]);
  const logo = logoFile(settings);
  // The original file behind the cover (astro:assets keeps its path, not enumerable, on the metadata).
  const cover = story.data.cover as (ImageMetadata & { fsPath?: string; clone?: ImageMetadata }) | undefined;
  const photo = cover?.fsPath;
  // In a build, the photo's URL is named after its content (/_astro/cover.<hash>.jpg): the card's
  // cache key uses it instead of reading the photo. (Read through clone: see src/data/pageKeys.ts.)
  const photoId = import.meta.env.PROD ? cover?.clone?.src : undefined;
  const svg = storyCardSvg({ ...storyCardText(view, settings), hasLogo: Boolean(logo) });
  return renderCard(svg, { photo, logo, photoId }, cardCacheDir());
}

export const getStaticPaths = (async () => {
  const stories = await getPublishedStories();
  // cacheKey: an unchanged story's card is copied from the last build, not drawn or read again.
  return stories.map((story) => {
    const props = { story };
    return { params: { id: story.id }, props, cacheKey: keyOfProps('og-card', story.data.lang, props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  return new Response(new Uint8Array(await card(story)), { headers: { 'Content-Type': 'image/jpeg' } });
};
