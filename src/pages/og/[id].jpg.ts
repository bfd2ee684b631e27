import type { APIRoute, GetStaticPaths } from 'astro';
import { keyOfProps } from '../../data/pageKeys.ts';
import { logoFile, storyCardText, storyCardView } from '../../data/seo.ts';
import { getSettings } from '../../data/site.ts';
import { getPublishedStories, type Story } from '../../data/stories.ts';
import { cardCacheDir, renderCard, storyCardSvg } from '../../lib/ogImage.ts';
import { photoFile, photoId } from '../../lib/photos.ts';

// The sharing card of each published story (og:image of its page): photo, quote, school name.
// A card is drawn only when Astro renders its path: with the incremental build's cacheKey, an
// unchanged story's card is copied from the last build, and a changed one found in the card
// cache (src/lib/ogImage.ts) if it was drawn before. (Drawing every card ahead, in the
// background, kept a thousand of them busy on the main thread of every warm build for nothing.)

/** The card's JPEG bytes (drawn, or read from the card cache). */
async function card(story: Story): Promise<Buffer> {
  const [settings, view] = await Promise.all([getSettings(), storyCardView(story)]);
  const logo = logoFile(settings);
  const { cover } = story.data;
  const photo = cover && photoFile(cover);
  // Only in a build is the photo's name made from its bytes: the card's cache key then uses it instead of reading the file.
  const id = cover && import.meta.env.PROD ? photoId(cover) : undefined;
  const svg = storyCardSvg({ ...storyCardText(view, settings), hasLogo: Boolean(logo) });
  return renderCard(svg, { photo, logo, photoId: id }, cardCacheDir());
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
