import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir } from './contentDir.ts';
import { imageReferenceProblem } from './imageFiles.ts';

const imageTypes: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

/** Where the site publishes logos: /logos/<digest>.<ext> (src/pages/logos/[file].ts). */
export const LOGO_FOLDER = '/logos/';

export interface LogoImage {
  src: string;
  width: number;
  height: number;
}

/** A logo as the site publishes it: its file name (named after its bytes, so it can be cached for good), type and bytes. */
export interface LogoFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Width over height (from an SVG's viewBox; 1 otherwise). */
  ratio: number;
}

/**
 * A logo file as the site publishes it. A bitmap logo is re-encoded in its own format: sharp keeps
 * no EXIF, GPS, XMP or text chunk, so nothing of the camera or the place reaches the site. Pages
 * show it as an <img> (an SVG shown that way runs no script and loads nothing, and its ids cannot
 * clash with the page's). Undefined for an unknown type.
 */
export async function logoFile(bytes: Uint8Array, fileName: string): Promise<LogoFile | undefined> {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const type = imageTypes[extension];
  if (!type) return undefined;
  if (type !== 'image/svg+xml') bytes = await sharp(bytes, { animated: type === 'image/gif' }).toBuffer();
  let ratio = 1;
  if (type === 'image/svg+xml') {
    const box = /viewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(new TextDecoder().decode(bytes));
    if (box && Number(box[2]) > 0) ratio = Number(box[1]) / Number(box[2]);
  }
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { name: `${digest}.${extension === 'jpeg' ? 'jpg' : extension}`, type, bytes, ratio };
}

/**
 * A logo as a file of the site, with its width for a given height. The footer shows nine logos on
 * every page: as data: images they were 10 kB of every page's HTML (issue 15); as files, the
 * browser fetches them once (same origin) and keeps them.
 */
export async function logoImage(bytes: Uint8Array, fileName: string, height: number): Promise<LogoImage | undefined> {
  const file = await logoFile(bytes, fileName);
  return file && shownAt(file, height);
}

/** How a page shows a published logo at a given height. */
function shownAt(file: LogoFile, height: number): LogoImage {
  return { src: `${LOGO_FOLDER}${file.name}`, width: Math.round(file.ratio * height), height };
}

/**
 * The file of a logo or an emblem named in content (settings.school.logo, institutions' `logo` and
 * `acknowledgement.emblem`, relative to content/), checked as `npm run validate` checks it (src/lib/
 * imageFiles.ts): inside content/, no symbolic link, a supported image, an SVG without code or
 * outside references. Throws a French error otherwise, so that a build run without the validator
 * stops instead of publishing the file.
 */
export function checkedLogoPath(ref: string, root: string = contentDir()): string {
  const problem = imageReferenceProblem(ref, root, root, 'logo');
  if (problem) throw new Error(`Logo refusé (${ref}) : ${problem}`);
  return path.resolve(root, ref);
}

/**
 * A logo from content/ as a file of the site, of the given height (see logoImage), checked first.
 * Shown as an <img>, an SVG runs no script and loads nothing, whatever it contains.
 */
export function readLogo(ref: string, height: number, root: string = contentDir()): Promise<LogoImage | undefined> {
  return readLogoFile(ref, root).then((file) => file && shownAt(file, height));
}

const logoFiles = new Map<string, Promise<LogoFile | undefined>>();

/** A checked logo from content/ as the site publishes it (for src/pages/logos/[file].ts). */
export function readLogoFile(ref: string, root: string = contentDir()): Promise<LogoFile | undefined> {
  const file = checkedLogoPath(ref, root);
  if (!logoFiles.has(file)) logoFiles.set(file, logoFile(readFileSync(file), file));
  return logoFiles.get(file)!;
}
