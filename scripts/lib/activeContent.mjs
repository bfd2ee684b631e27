// A last look at the built pages for markup that could act on a visitor: the story dialect
// (src/lib/storyDialect.ts) keeps it out of content; this check catches it whatever let it in
// (a component, a dependency, a future change). Run by `npm run check:site`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './siteChecks.mjs';

/** Tags that load, embed or redirect, never written by Escales' own components. */
const FORBIDDEN_TAG = /<(iframe|frame|frameset|object|embed|applet|base)\b/gi;
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh/gi;
/** An event-handler attribute inside a tag (onclick=, onerror=…). */
const EVENT_HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
/** A URL attribute whose value runs code or inlines a document. */
const DANGEROUS_URL = /\s(?:href|src|action|formaction|xlink:href|poster|data)\s*=\s*["']?\s*(javascript:|vbscript:|data:text\/html)/gi;

/** Problems, one line each: "page: what was found". */
export function checkActiveContent(site) {
  const problems = [];
  for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
    // JSON-LD and inline scripts hold text that may mention such words: look at the markup only.
    const html = readFileSync(path.join(site, file), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '<script></script>');
    for (const match of html.matchAll(FORBIDDEN_TAG)) problems.push(`${file}: <${match[1].toLowerCase()}>`);
    for (const _ of html.matchAll(META_REFRESH)) problems.push(`${file}: <meta http-equiv="refresh">`);
    for (const match of html.matchAll(EVENT_HANDLER)) problems.push(`${file}: event handler ${match[1]}=`);
    for (const match of html.matchAll(DANGEROUS_URL)) problems.push(`${file}: URL ${match[1]}`);
  }
  return problems;
}

/**
 * Images written into pages as data: URIs (the logos) carry no EXIF, GPS, XMP, IPTC or comment:
 * the published-images check reads files, so it would not see them.
 */
export async function checkInlineImageMetadata(site) {
  const { default: sharp } = await import('sharp');
  const problems = [];
  const seen = new Set();
  for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(site, file), 'utf8');
    for (const match of html.matchAll(/data:image\/(jpeg|png|webp|gif|avif);base64,([A-Za-z0-9+/=]+)/g)) {
      if (seen.has(match[2])) continue;
      seen.add(match[2]);
      const meta = await sharp(Buffer.from(match[2], 'base64')).metadata().catch(() => null);
      const found = meta ? ['exif', 'xmp', 'iptc', 'comments'].filter((key) => meta[key] !== undefined) : ['unreadable'];
      if (found.length) problems.push(`${file}: inline ${match[1]} image with ${found.join(', ')}`);
    }
  }
  return problems;
}
