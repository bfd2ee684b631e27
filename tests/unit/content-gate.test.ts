import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/data/published.ts';

// One gate for what is published: every read of a content collection goes through src/data/,
// where the rules (draft, consent, expiry: src/lib/consent.ts exclusionOf, via isPublished) live.

/** Every source file under src/, as a path relative to the repository. */
function sources(): string[] {
  return readdirSync('src', { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|astro|mdx?)$/.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)));
}

/**
 * What is left of a file once its type-only imports from astro:content are taken out. Those are
 * allowed anywhere: `import type` is erased when compiled, so it can name CollectionEntry but
 * cannot read a collection. (`import { type X }` is not erased whole, so it does not count.)
 */
const withoutTypeImports = (text: string) => text.replace(/\bimport\s+type\s*\{[^}]*\}\s*from\s*(['"])astro:content\1;?/g, '');

/** Collections whose entries can be held back (a draft flag, and for stories a consent form). */
const gated = ['testimonies', 'news', 'pages', 'faq'];

describe('the content gate', () => {
  const files = sources();

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('src/data/stories.ts');
  });

  it('no file outside src/data/ and src/content.config.ts imports from astro:content', () => {
    const outside = files.filter((file) => !file.startsWith('src/data/') && file !== 'src/content.config.ts');
    const readers = outside.filter((file) => withoutTypeImports(readFileSync(file, 'utf8')).includes('astro:content'));
    expect(readers).toEqual([]);
  });

  it('src/data/ hands out render only, never a way to read a collection', () => {
    const reexports = files
      .filter((file) => file.startsWith('src/data/'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export\s*\{([^}]*)\}\s*from\s*['"]astro:content['"]/g)].map((m) => ({ file, names: m[1]!.split(',').map((n) => n.trim()) })));
    expect(reexports).toEqual([]);
    // render.ts wraps Astro's render (a refused body stops the build) and exports nothing else.
    const renderModule = readFileSync('src/data/render.ts', 'utf8');
    expect([...renderModule.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/gm)].map((m) => m[1])).toEqual(['render']);
    expect(renderModule).toMatch(/import \{ render as renderEntry/);
    for (const file of files.filter((f) => f.startsWith('src/data/'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/export\s*\*\s*from\s*['"]astro:content['"]/);
    }
  });

  it('every read of a collection with drafts filters with isPublished; none by getEntry', () => {
    const reads = files
      .filter((file) => file.startsWith('src/data/'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(/\b(getCollection|getEntry|getEntries|getLiveCollection|getLiveEntry)\(\s*['"](\w+)['"]([^;]*)/g)].map((m) => ({ file, call: m[1], collection: m[2]!, rest: m[3]! }));
      })
      .filter((read) => gated.includes(read.collection));
    expect(reads.map((r) => r.collection).sort()).toEqual(expect.arrayContaining(['faq', 'news', 'pages', 'testimonies']));
    const unguarded = reads.filter((read) => read.call !== 'getCollection' || !/\bisPublished\(/.test(read.rest));
    expect(unguarded).toEqual([]);
  });
});

describe('isPublished: the rule every collection read applies', () => {
  const today = new Date('2026-03-01T00:00:00Z');
  const signed = { publication: true };

  it('keeps a draft page, FAQ answer or news item out of a build, shows it on the dev server', () => {
    expect(isPublished({ draft: true }, today, false)).toBe(false);
    expect(isPublished({ draft: false }, today, false)).toBe(true);
    expect(isPublished({ draft: true }, today, true)).toBe(true);
  });

  it('keeps a story out without its publication consent, or once it has expired', () => {
    expect(isPublished({ draft: false, consent: signed }, today, false)).toBe(true);
    expect(isPublished({ draft: false, consent: { publication: false } }, today, false)).toBe(false);
    expect(isPublished({ draft: false, consent: { publication: true, expires: new Date('2026-02-28T00:00:00Z') } }, today, false)).toBe(false);
    expect(isPublished({ draft: false, consent: { publication: true, expires: new Date('2026-03-01T00:00:00Z') } }, today, false)).toBe(true);
  });

  it('never lets a build publish a draft, whatever its consent', () => {
    expect(isPublished({ draft: true, consent: signed }, today, false)).toBe(false);
  });
});
