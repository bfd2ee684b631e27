import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './siteChecks.mjs';

/**
 * The glob of the pages Pagefind has to read: the top-level folders (and root files) that hold
 * at least one page marked `data-pagefind-body`. Pagefind would otherwise parse every page,
 * kiosk and filter pages included, only to drop them: half the site's HTML at 1,000 stories.
 */
export function searchableGlob(siteDir) {
  const roots = new Set();
  for (const file of listFiles(siteDir)) {
    if (!file.endsWith('.html') || roots.has(file.split(path.sep)[0])) continue;
    if (readFileSync(path.join(siteDir, file), 'utf8').includes('data-pagefind-body')) roots.add(file.split(path.sep)[0]);
  }
  const parts = [...roots].sort().map((root) => (root.endsWith('.html') ? root : `${root}/**/*.html`));
  return parts.length === 1 ? parts[0] : `{${parts.join(',')}}`;
}

/** Builds the Pagefind search index of a built site into <site>/pagefind/. */
export async function indexSite(siteDir) {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('; '));
  try {
    const glob = searchableGlob(siteDir);
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
