/**
 * The widths a photo is encoded at. Every component that shows a photo picks from one list, and
 * all of them use the same largest width for `src`, so Astro hashes the same transforms and a
 * story's card, page and kiosk slide share files instead of each encoding its own: at 1,000
 * stories that is 7 WebP encodes per story instead of 20 (docs/benchmark.md). Astro derives each
 * rendition's height from the `width` it is given, so that width must be the same everywhere.
 */
export const COVER_WIDTHS = [400, 700, 1000, 1400] as const;
export const GALLERY_WIDTHS = [360, 720, 1080] as const;

export interface Renditions {
  /** The `src` rendition (and the width/height attributes): the list's largest, never above the original. */
  width: number;
  /** The `srcset` widths this component offers. */
  widths: number[];
}

/**
 * The renditions of a photo for one component: the list's widths within [min, max], none above
 * the original (images are never upscaled; the original's own width stands in for those above).
 * `original` is the photo's facts (`photoFacts`, src/lib/photos.ts), never the photo itself.
 */
export function renditions(original: { width: number }, list: readonly number[], range: { min?: number; max?: number } = {}): Renditions {
  const originalWidth = original.width;
  const width = Math.min(Math.max(...list), originalWidth);
  const wanted = list.filter((w) => w >= (range.min ?? 0) && w <= (range.max ?? Number.POSITIVE_INFINITY));
  const fitting = wanted.filter((w) => w < originalWidth);
  const widths = fitting.length < wanted.length || fitting.length === 0 ? [...fitting, width] : fitting;
  return { width, widths: [...new Set(widths)] };
}
