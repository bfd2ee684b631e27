import { renderSVG } from 'uqr';
import { getResults, latestYear } from '../../data/results.ts';
import { getReference, getSettings } from '../../data/site.ts';
import { getPublishedStories, type Story } from '../../data/stories.ts';
import { pathTo, type Lang } from '../../i18n/ui.ts';
import type { YearIndicators } from '../../lib/indicators.ts';
import type { KioskSettings } from '../../schemas/settings.ts';

/** Seconds given to look at a slide's picture before reading its text. */
export const LOOK_SECONDS = 3;

/** Words in a text, for its reading time ("J'avais peur" counts 2). */
export function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * How long a slide stays on screen: LOOK_SECONDS plus the time to read its text at
 * `readingWordsPerMinute`, kept between `slideMinSeconds` and `slideMaxSeconds` (whole seconds).
 */
export function slideSeconds(text: string, timing: Pick<KioskSettings, 'slideMinSeconds' | 'slideMaxSeconds' | 'readingWordsPerMinute'>): number {
  const reading = (wordCount(text) * 60) / timing.readingWordsPerMinute;
  return Math.round(Math.min(timing.slideMaxSeconds, Math.max(timing.slideMinSeconds, LOOK_SECONDS + reading)));
}

/**
 * The stories of the attract loop, from `kiosk.stories` in settings: the featured ones, or the
 * listed ids in their order. An id that is not published (draft, expired consent, folder removed)
 * is skipped with a build notice, so a removed story simply leaves the loop. With nothing left,
 * the newest six published stories keep the loop alive.
 */
export function loopStories(published: Story[], choice: KioskSettings['stories'], warn: (message: string) => void = console.warn): Story[] {
  let chosen: Story[];
  if (choice === 'featured') {
    chosen = published.filter((story) => story.data.featured);
  } else {
    const byId = new Map(published.map((story) => [story.id, story]));
    chosen = choice.flatMap((id) => {
      const story = byId.get(id);
      if (!story) warn(`[kiosque] content/settings.yaml, kiosk.stories : le témoignage « ${id} » n'est pas publié (brouillon, autorisation expirée ou dossier absent) ; il est ignoré.`);
      return story ? [story] : [];
    });
  }
  return chosen.length > 0 ? chosen : published.slice(0, 6);
}

/** Slides of the loop in order: three stories, then key figures or the map, alternately. */
export type LoopItem<S> = { kind: 'story'; story: S } | { kind: 'figures' } | { kind: 'map' };

export function loopOrder<S>(stories: S[], extras: Array<'figures' | 'map'>): LoopItem<S>[] {
  const items: LoopItem<S>[] = [];
  const pending = [...extras];
  stories.forEach((story, index) => {
    items.push({ kind: 'story', story });
    if ((index + 1) % 3 === 0 && pending.length) items.push({ kind: pending.shift()! });
  });
  for (const kind of pending) items.push({ kind });
  return items;
}

/** The kiosk's own URL of a story (/kiosque/<id>/, French only): a story read on the kiosk never leaves it. */
export function kioskStoryPath(id: string): string {
  return pathTo('fr', 'kiosk', id);
}

/** The story's public address, for the QR code a visitor scans to read it again on their phone. */
export function publicStoryUrl(siteUrl: string, lang: Lang, id: string): string {
  return new URL(pathTo(lang, 'stories', id), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** A QR code as inline SVG (built once, at build time), with a text alternative. */
export function qrSvg(url: string, label: string): string {
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return renderSVG(url, { ecc: 'M', border: 2, pixelSize: 1, blackColor: '#1e2823', whiteColor: '#ffffff' }).replace(
    '<svg ',
    `<svg role="img" aria-label="${escaped}" shape-rendering="crispEdges" focusable="false" `,
  );
}

/**
 * Key figures for the loop: the latest school year with data, exactly as the results pages show
 * it (src/data/results.ts). Undefined when content/results/ has no year with data yet.
 */
export async function latestIndicators(): Promise<YearIndicators | undefined> {
  return latestYear((await getResults()).years);
}

/** Everything the kiosk pages load, once. */
export async function kioskContext() {
  const [settings, reference, published] = await Promise.all([getSettings(), getReference(), getPublishedStories()]);
  return { settings, kiosk: settings.kiosk, reference, published };
}
