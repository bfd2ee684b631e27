import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './siteChecks.mjs';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest|txt|svg)$/i;

/**
 * Removes the images Astro emitted that no page, stylesheet or script refers to. Astro copies
 * every image a content entry references, even when the entry is not published (a draft, an
 * expired consent): such a photo must not be reachable on the site.
 */
export function pruneUnreferencedImages(site) {
  const files = listFiles(site);
  const text = files.filter((f) => TEXT.test(f)).map((f) => readFileSync(path.join(site, f), 'utf8')).join('\n');
  const removed = [];
  for (const file of files.filter((f) => IMAGE.test(f) && f.startsWith(`_astro${path.sep}`))) {
    if (!text.includes(path.basename(file))) {
      rmSync(path.join(site, file));
      removed.push(file);
    }
  }
  return removed;
}
