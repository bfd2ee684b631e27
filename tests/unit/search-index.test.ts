import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, searchablePages } from '../../scripts/lib/pagefind.mjs';
import { tempDir } from '../helpers/tempDir.ts';

// scripts/lib/pagefind.mjs: Pagefind reads only the folders holding searchable pages, and an index
// made from exactly the same pages is taken from the cache instead of being built again.
function site(pages: Record<string, string>): string {
  const dir = tempDir('escales-search-');
  for (const [name, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), `<!doctype html><html lang="fr"><head><title>${name}</title></head><body>${body}</body></html>`);
  }
  return dir;
}

const searchable = (text: string) => `<main data-pagefind-body><h1>${text}</h1><p>${text} en Irlande, dans une ferme laitière.</p></main>`;

describe('search index', () => {
  it('reads only the folders that hold a searchable page', () => {
    const dir = site({ 'temoignages/a/index.html': searchable('Lea'), 'temoignages/pays/irlande/index.html': '<main>liste</main>', 'kiosque/a/index.html': '<main>borne</main>', 'index.html': '<main>accueil</main>' });
    const pages = searchablePages(dir);
    expect(pages.glob).toBe('temoignages/**/*.html');
    expect(pages.files).toEqual([path.join('temoignages', 'a', 'index.html'), path.join('temoignages', 'pays', 'irlande', 'index.html')]);
  });

  it('is built once for the same pages, taken from the cache after, and built again when a page changes', async () => {
    const cacheDir = tempDir('escales-search-cache-');
    const pages = { 'temoignages/a/index.html': searchable('Lea'), 'actualites/b/index.html': searchable('Portes ouvertes'), 'kiosque/a/index.html': '<main>borne</main>' };
    const first = site(pages);
    expect(await indexSite(first, { cacheDir })).toMatchObject({ pages: 2, reused: false });
    const entry = readFileSync(path.join(first, 'pagefind', 'pagefind-entry.json'), 'utf8');
    expect(JSON.parse(entry).languages.fr.page_count).toBe(2);

    const same = site(pages);
    expect(await indexSite(same, { cacheDir })).toMatchObject({ pages: 2, reused: true });
    expect(readdirSync(path.join(same, 'pagefind')).sort()).toEqual(readdirSync(path.join(first, 'pagefind')).sort());
    expect(readFileSync(path.join(same, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(entry);

    const edited = site({ ...pages, 'temoignages/a/index.html': searchable('Léa, une phrase ajoutée') });
    expect(await indexSite(edited, { cacheDir })).toMatchObject({ reused: false });
    expect(readdirSync(cacheDir)).toHaveLength(1);
  }, 60_000);
});
