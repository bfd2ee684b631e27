import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './siteChecks.mjs';

// Its package does not export package.json: read from the project's node_modules.
const PAGEFIND_VERSION = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version;

/**
 * The pages Pagefind has to read: the top-level folders (and root files) that hold at least one
 * page marked `data-pagefind-body`, as a glob, and those pages' files. Pagefind would otherwise
 * parse every page, kiosk and filter pages included, only to drop them: half the site's HTML at
 * 1,000 stories.
 */
export function searchablePages(siteDir) {
  const html = listFiles(siteDir).filter((file) => file.endsWith('.html'));
  const roots = new Set();
  for (const file of html) {
    const root = file.split(path.sep)[0];
    if (!roots.has(root) && readFileSync(path.join(siteDir, file), 'utf8').includes('data-pagefind-body')) roots.add(root);
  }
  const parts = [...roots].sort().map((root) => (root.endsWith('.html') ? root : `${root}/**/*.html`));
  const glob = parts.length === 1 ? parts[0] : `{${parts.join(',')}}`;
  return { glob, files: html.filter((file) => roots.has(file.split(path.sep)[0])).sort() };
}

/** What the index is made from: Pagefind's version and every page it reads, with its path. */
function indexDigest(siteDir, { glob, files }) {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\0${glob}\0`);
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(siteDir, file))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Builds the Pagefind search index of a built site into <site>/pagefind/. With a cache folder,
 * an index made from exactly the same pages is copied from the last build instead (a warm build
 * with no change to any searchable page: 5 s saved at 1,000 stories); only the latest is kept.
 */
export async function indexSite(siteDir, { cacheDir } = {}) {
  const output = path.join(siteDir, 'pagefind');
  const pages = searchablePages(siteDir);
  const cached = cacheDir ? path.join(cacheDir, indexDigest(siteDir, pages)) : undefined;
  if (cached && existsSync(path.join(cached, 'pagefind-entry.json'))) {
    cpSync(cached, output, { recursive: true });
    return { pages: pages.files.length, reused: true };
  }
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('; '));
  let added;
  try {
    added = await index.addDirectory({ path: siteDir, glob: pages.glob });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  if (cached) {
    // Written aside then renamed: a build stopped half-way never leaves a partial index to reuse.
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) rmSync(path.join(cacheDir, old), { recursive: true, force: true });
    cpSync(output, `${cached}.tmp`, { recursive: true });
    renameSync(`${cached}.tmp`, cached);
  }
  return { pages: added.page_count, reused: false };
}
