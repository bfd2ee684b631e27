import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './siteChecks.mjs';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest|txt|svg)$/i;
/** What cannot be part of a URL as pages, stylesheets and scripts write them. */
const DELIMITERS = /[\s"'`<>()[\]{},;=\\|^]+/;

/** Every file name a text mentions: the last segment of each URL-like word, as written and decoded. */
function mentionedNames(text, names) {
  for (const word of text.split(DELIMITERS)) {
    if (!word) continue;
    const name = word.slice(word.lastIndexOf('/') + 1).replace(/[?#].*$/, '');
    names.add(name);
    if (name.includes('%')) {
      try {
        names.add(decodeURIComponent(name));
      } catch {
        // Not an encoded name.
      }
    }
  }
  return names;
}

/**
 * Removes the images Astro emitted that no page, stylesheet or script refers to. Astro copies
 * every image a content entry references, even when the entry is not published (a draft, an
 * expired consent): such a photo must not be reachable on the site.
 */
export function pruneUnreferencedImages(site) {
  const files = listFiles(site);
  // One pass over the text, then a lookup per image (searching all the text once per image took
  // minutes on a 1,000-story site: docs/benchmark.md).
  const names = new Set();
  for (const file of files.filter((f) => TEXT.test(f))) mentionedNames(readFileSync(path.join(site, file), 'utf8'), names);
  const removed = [];
  for (const file of files.filter((f) => IMAGE.test(f) && f.startsWith(`_astro${path.sep}`))) {
    if (!names.has(path.basename(file))) {
      rmSync(path.join(site, file));
      removed.push(file);
    }
  }
  return removed;
}
