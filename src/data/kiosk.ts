import { renderSVG } from 'uqr';
import { getResults, latestYear, partnerPoints } from './results.ts';
import { getReference, getSettings } from './site.ts';
import { getPublishedStories } from './stories.ts';
import { pathTo, type Lang } from '../i18n/ui.ts';
import { cssToken } from '../lib/cssTokens.ts';
import type { YearIndicators } from '../lib/indicators.ts';
import tokens from '../styles/tokens.css?raw';

/** The kiosk's own URL of a story (/kiosque/<id>/, French only): a story read on the kiosk never leaves it. */
export function kioskStoryPath(id: string): string {
  return pathTo('fr', 'kiosk', id);
}

/** The story's public address, for the QR code a visitor scans to read it again on their phone. */
export function publicStoryUrl(siteUrl: string, lang: Lang, id: string): string {
  return new URL(pathTo(lang, 'stories', id), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The QR codes' colours: the site's ink on white (read once from tokens.css). */
const qrColors = { blackColor: cssToken(tokens, '--color-ink'), whiteColor: cssToken(tokens, '--color-white') };

/** A QR code as inline SVG (built once, at build time), with a text alternative. */
export function qrSvg(url: string, label: string): string {
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return renderSVG(url, { ecc: 'M', border: 2, pixelSize: 1, ...qrColors }).replace(
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

/** The partners on the map slide: those that hosted someone that year, placed as on the results pages. */
export async function kioskMapPoints(year: YearIndicators) {
  return partnerPoints((await getResults()).reference, year.byPartner, 'hosted');
}

/** Everything the kiosk pages load, once. */
export async function kioskContext() {
  const [settings, reference, published] = await Promise.all([getSettings(), getReference(), getPublishedStories()]);
  return { settings, kiosk: settings.kiosk, reference, published };
}
