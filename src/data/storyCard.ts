import { imageOf, photoFacts } from '../lib/photos.ts';
import { COVER_WIDTHS, renditions } from '../lib/renditions.ts';
import type { Lang } from '../i18n/ui.ts';
import type { Photo } from '../schemas/photo.ts';
import type { getReference } from './site.ts';
import type { Story } from './stories.ts';
import { storyView, type StoryView } from './storyView.ts';

/** The `sizes` of a card's photo: a third of a wide screen, half a tablet's, a phone's width. */
export const CARD_SIZES = '(min-width: 72rem) 23rem, (min-width: 40rem) 45vw, 100vw';

/** A card's photo as its `<img>` shows it: what `<Image>` would render, computed ahead. */
export interface CardImage {
  src: string;
  className: string | undefined;
  attributes: Record<string, unknown>;
}

/** What a story card shows: the story's view and its photo, ready to render. */
export type StoryCardView = StoryView & { image: CardImage | undefined };

/**
 * A card's photo, made with `getImage()` as `<Image>` makes it (the same renditions, so the same
 * files as the story page's). It is computed outside any page, once per story and language, and
 * handed to the pages that list the story: Astro's incremental build records every image a cached
 * page renders, so 48 cards per list page wrote 192 image descriptions per page into its manifest
 * (176 MB at 2,000 stories, written again on every build). Made here, Astro still publishes the
 * renditions on every build, and the manifest stays small (docs/benchmark.md).
 */
export async function cardImage(photo: Photo): Promise<CardImage> {
  // getImage from the module Astro's own content runtime uses (astro/dist/content/runtime.js), not
  // from astro:assets: importing astro:assets here moved it, with the responsive-image stylesheet it
  // carries, out of the chunk every page shares; the site's shared stylesheet then fell under 4 kB
  // and was inlined in every page (+1.7 kB of HTML a page, the story page over 14 kB).
  const { getImage, imageConfig } = await import('virtual:astro:get-image');
  const layout = imageConfig.layout ?? 'none';
  const image = await getImage({
    src: imageOf(photo),
    alt: '',
    ...renditions(photoFacts(photo), COVER_WIDTHS, { max: 1000 }),
    sizes: CARD_SIZES,
    loading: 'lazy',
    // The defaults `<Image>` applies before calling getImage (astro/components/Image.astro).
    ...(layout !== 'none' ? { layout, fit: imageConfig.objectFit ?? 'cover', position: imageConfig.objectPosition ?? 'center' } : {}),
  });
  const srcset = image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {};
  const { class: className, ...attributes } = { ...srcset, ...image.attributes } as Record<string, unknown>;
  return { src: image.src, className: typeof className === 'string' ? className : undefined, attributes };
}

/** A story's card in a language: its view and its photo. */
export async function storyCardView(story: Story, reference: Awaited<ReturnType<typeof getReference>>, lang: Lang): Promise<StoryCardView> {
  const view = storyView(story, reference, lang);
  return { ...view, image: view.cover ? await cardImage(view.cover) : undefined };
}
