import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { logoImage } from '../lib/logos.ts';
import { escapeXml } from '../lib/ogImage.ts';
import type { Settings } from '../schemas/settings.ts';
import { backgroundColor, logoFile, themeColor } from './seo.ts';

/**
 * The site's icon as SVG, from the school's logo (settings.school.logo): the SVG file itself, a
 * bitmap logo wrapped in SVG, or, without a logo, the school's initial on its colour.
 */
export async function iconSvg(settings: Settings): Promise<string> {
  const file = logoFile(settings);
  if (file?.toLowerCase().endsWith('.svg')) return readFileSync(file, 'utf8');
  if (file) {
    const image = await logoImage(readFileSync(file), file, 64);
    if (image) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><image href="${image.src}" width="64" height="64"/></svg>`;
  }
  const initial = escapeXml(settings.school.name.trim().charAt(0).toLocaleUpperCase('fr') || 'E');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<rect width="64" height="64" rx="14" fill="${themeColor}"/>` +
    `<text x="32" y="45" text-anchor="middle" font-family="'Liberation Serif', serif" font-size="40" fill="#fff">${initial}</text></svg>`
  );
}

/**
 * The icon as a square PNG. `padded` draws it smaller on an opaque background, as phones expect
 * for a home-screen icon (they round the corners themselves).
 */
export async function iconPng(settings: Settings, size: number, padded = false): Promise<Buffer> {
  const svg = Buffer.from(await iconSvg(settings));
  const inner = padded ? Math.round(size * 0.84) : size;
  // Drawn at twice the size, then reduced: a 64-unit SVG stays crisp at 512 px.
  const icon = await sharp(svg, { density: Math.max(72, Math.ceil((72 * inner) / 64) * 2) })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  if (!padded) return icon;
  const tile = await sharp({ create: { width: size, height: size, channels: 3, background: backgroundColor } }).composite([{ input: icon, gravity: 'centre' }]).png().toBuffer();
  // Composition runs last in a sharp pipeline: removing the alpha channel takes a second pass.
  return sharp(tile).flatten({ background: backgroundColor }).png().toBuffer();
}
