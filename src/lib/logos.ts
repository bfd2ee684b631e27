import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir } from './contentDir.ts';
import { imageReferenceProblem } from './imageFiles.ts';

const imageTypes: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

export interface LogoImage {
  src: string;
  width: number;
  height: number;
}

/**
 * A logo file as a data: URI (no request, and an SVG's ids cannot clash with the page's), with its
 * width for a given height (from an SVG's viewBox; square otherwise). Undefined for an unknown type.
 */
export async function logoImage(bytes: Uint8Array, fileName: string, height: number): Promise<LogoImage | undefined> {
  const type = imageTypes[fileName.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) return undefined;
  // A bitmap logo is re-encoded in its own format: sharp keeps no EXIF, GPS, XMP or text chunk,
  // so nothing of the camera or the place reaches the pages (the file itself is never published).
  if (type !== 'image/svg+xml') bytes = await sharp(bytes, { animated: type === 'image/gif' }).toBuffer();
  let width = height;
  if (type === 'image/svg+xml') {
    const box = /viewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(new TextDecoder().decode(bytes));
    if (box && Number(box[2]) > 0) width = Math.round((Number(box[1]) / Number(box[2])) * height);
  }
  return { src: `data:${type};base64,${Buffer.from(bytes).toString('base64')}`, width, height };
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

const logoImages = new Map<string, Promise<LogoImage | undefined>>();

/**
 * A logo from content/ as a data: image of the given height (see logoImage), checked first. Shown
 * as an <img>, an SVG runs no script and loads nothing, whatever it contains.
 */
export function readLogo(ref: string, height: number, root: string = contentDir()): Promise<LogoImage | undefined> {
  const file = checkedLogoPath(ref, root);
  const key = `${file}\0${height}`;
  if (!logoImages.has(key)) logoImages.set(key, logoImage(readFileSync(file), file, height));
  return logoImages.get(key)!;
}
