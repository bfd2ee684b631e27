import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { fitText, wrapText } from './textMetrics.ts';

/**
 * Open Graph cards (1200×630 JPEG) drawn at build time with sharp: the text is SVG, the story's
 * photo and the school's logo are composited on it. Each card is cached on disk, keyed by a hash
 * of everything drawn, so a rebuild of a 1,000-story site only draws the cards that changed.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes without its inputs changing, to redraw every cached card. */
const VERSION = 'og-1';

const PANEL = 700; // width of the text panel; the photo (or the logo) fills the rest
const PAD = 64;
const TEXT_WIDTH = PANEL - 2 * PAD;
const FOOTER_Y = 510; // top of the line above the school's name
const LOGO_SIZE = 72;
const colors = { panel: '#1b5e43', text: '#ffffff', soft: '#d3ebdd', sun: '#f0b93b', side: '#e3efe8' };
const fonts = {
  serif: "'Liberation Serif', 'Times New Roman', serif",
  sans: "'Liberation Sans', Arial, sans-serif",
};

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function textLines(lines: string[], x: number, firstBaseline: number, lineGap: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${Math.round(firstBaseline + i * lineGap)}" ${attrs}>${escapeXml(line)}</text>`).join('');
}

/** The bottom of every card: a rule, the logo's place, the school's name (shrunk to one line if long). */
function footer(label: string, hasLogo: boolean, bold = true): string {
  const x = hasLogo ? PAD + LOGO_SIZE + 20 : PAD;
  const width = PANEL - PAD - x;
  const name = fitText(label, { width, height: 40 }, bold ? 'sans-bold' : 'sans', [30, 28, 26, 24, 22], 1.2);
  return (
    `<rect x="${PAD}" y="${FOOTER_Y}" width="${TEXT_WIDTH}" height="2" fill="${colors.soft}" opacity="0.5"/>` +
    textLines(name.lines.slice(0, 1), x, FOOTER_Y + 28 + LOGO_SIZE / 2 + name.fontSize * 0.35, 0, `font-family="${fonts.sans}" font-weight="${bold ? 700 : 400}" font-size="${name.fontSize}" fill="${colors.text}"`)
  );
}

function frame(body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${colors.side}"/>` +
    `<rect width="${PANEL}" height="${OG_HEIGHT}" fill="${colors.panel}"/>` +
    `<rect x="${PAD}" y="${PAD}" width="56" height="6" rx="3" fill="${colors.sun}"/>` +
    `${body}</svg>`
  );
}

export interface StoryCardText {
  /** The quote, with its quotation marks. */
  quote: string;
  /** Who said it, e.g. "Léa · Irlande · Bac pro CGEA". */
  attribution: string;
  schoolName: string;
  hasLogo: boolean;
}

/** The SVG of a story's card: quote, attribution (up to two lines), school name; the photo goes on the right. */
export function storyCardSvg({ quote, attribution, schoolName, hasLogo }: StoryCardText): string {
  const top = PAD + 34;
  const quoteBox = { width: TEXT_WIDTH, height: FOOTER_Y - top - 120 };
  const text = fitText(quote, quoteBox, 'serif', [58, 52, 48, 44, 40, 36, 32], 1.22);
  const gap = text.fontSize * 1.22;
  const firstBaseline = top + text.fontSize;
  const quoteBottom = firstBaseline + (text.lines.length - 1) * gap;
  const byline = wrapText(attribution, TEXT_WIDTH, 26, 'sans', 2).lines;
  return frame(
    textLines(text.lines, PAD, firstBaseline, gap, `font-family="${fonts.serif}" font-size="${text.fontSize}" fill="${colors.text}"`) +
      textLines(byline, PAD, quoteBottom + 52, 34, `font-family="${fonts.sans}" font-size="26" fill="${colors.soft}"`) +
      footer(schoolName, hasLogo),
  );
}

export interface SiteCardText {
  schoolName: string;
  tagline: string;
  /** The site's address as shown, e.g. "escales.example.fr". */
  host: string;
  hasLogo: boolean;
}

/** The SVG of the card of every page without its own: the school's name and what the site is. */
export function siteCardSvg({ schoolName, tagline, host, hasLogo }: SiteCardText): string {
  const top = PAD + 34;
  const name = fitText(schoolName, { width: TEXT_WIDTH, height: 170 }, 'serif', [68, 60, 54, 48], 1.15);
  const nameGap = name.fontSize * 1.15;
  const nameBottom = top + name.fontSize + (name.lines.length - 1) * nameGap;
  const line = fitText(tagline, { width: TEXT_WIDTH, height: FOOTER_Y - nameBottom - 60 }, 'sans', [36, 32, 30, 28], 1.3);
  return frame(
    textLines(name.lines, PAD, top + name.fontSize, nameGap, `font-family="${fonts.serif}" font-size="${name.fontSize}" fill="${colors.text}"`) +
      textLines(line.lines, PAD, nameBottom + 30 + line.fontSize, line.fontSize * 1.3, `font-family="${fonts.sans}" font-size="${line.fontSize}" fill="${colors.soft}"`) +
      footer(host, hasLogo, false),
  );
}

export interface CardImages {
  /** The photo's file (JPEG, PNG, WebP…), drawn on the right; without it the logo is drawn there, large. */
  photo?: string | undefined;
  /** The school's logo file (SVG or bitmap), drawn in the footer. */
  logo?: string | undefined;
  /**
   * A name that changes with the photo's bytes, when the caller has one: Astro names a built
   * image by its content. It saves reading every photo again on each build (0.7 GB at 1,000 stories).
   */
  photoId?: string | undefined;
}

/** The cache key of a card: its drawing and its images (their bytes, or a content-based name given for them). */
export function cardKey(svg: string, files: (string | undefined)[], ids: (string | undefined)[] = []): string {
  const hash = createHash('sha256').update(VERSION).update('\0').update(svg);
  files.forEach((file, i) => {
    hash.update('\0');
    if (ids[i]) hash.update(`id:${ids[i]}`);
    else if (file) hash.update(readFileSync(file));
  });
  return hash.digest('hex').slice(0, 32);
}

const squares = new Map<string, Promise<Buffer>>();

/** An image file drawn into a square, on a transparent background (a 64-px SVG logo stays crisp when enlarged); drawn once per build. */
function square(file: string, size: number): Promise<Buffer> {
  const key = `${size}:${file}:${statSync(file).mtimeMs}`;
  if (!squares.has(key)) {
    const input = file.toLowerCase().endsWith('.svg') ? sharp(file, { density: 600 }) : sharp(file);
    squares.set(key, input.resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer());
  }
  return squares.get(key)!;
}

async function draw(svg: string, images: CardImages): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  const sideWidth = OG_WIDTH - PANEL;
  if (images.photo) {
    const photo = await sharp(images.photo)
      .rotate()
      .resize(sideWidth, OG_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
      .toBuffer();
    layers.push({ input: photo, left: PANEL, top: 0 });
  } else if (images.logo) {
    const size = 320;
    layers.push({ input: await square(images.logo, size), left: PANEL + Math.round((sideWidth - size) / 2), top: Math.round((OG_HEIGHT - size) / 2) });
  }
  if (images.logo) layers.push({ input: await square(images.logo, LOGO_SIZE), left: PAD, top: FOOTER_Y + 28 });
  // No metadata is written (sharp drops it unless asked): the photo's EXIF never reaches the card.
  return sharp(Buffer.from(svg)).composite(layers).flatten({ background: colors.panel }).jpeg({ quality: 82, progressive: true }).toBuffer();
}

/**
 * A card as JPEG bytes: read from the cache folder when the same drawing with the same images was
 * made before, otherwise drawn and stored there (written to a temporary name, then renamed, so a
 * build that stops half-way never leaves a broken file).
 */
export async function renderCard(svg: string, images: CardImages, cacheDir: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${cardKey(svg, [images.photo, images.logo], [images.photoId])}.jpg`);
  if (existsSync(file)) return readFileSync(file);
  const jpeg = await draw(svg, images);
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, jpeg);
  renameSync(temporary, file);
  return jpeg;
}

/** Where cards are cached: next to Astro's own cache (ESCALES_CACHE_DIR), which CI keeps between builds. */
export function cardCacheDir(): string {
  return path.resolve(process.env.ESCALES_CACHE_DIR ?? 'node_modules/.astro', 'og');
}
