import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edit } from '../unit/helpers.ts';
import { copyProject, removeProject, runBuild, treeDifferences, twinOf, type BuildResult } from './projectCopy.ts';

// An incremental build (Astro's page cache kept between builds) must give the same site as a
// clean build (empty cache, no previous dist/) of the same tree: same files, same bytes. A
// realistic sequence of edits, each followed by an incremental build and a clean build of the
// same code and content (run side by side), compared file by file. Issue 11: after one photo was
// added inside one story's text, 131 pages copied from the last build linked a stylesheet that
// the new bundle no longer had.
const project = copyProject('escales-incremental-');
const incremental = { dist: path.join(project.work, 'dist'), cache: path.join(project.work, 'cache') };
const clean = { dist: path.join(project.work, 'clean-dist'), cache: path.join(project.work, 'clean-cache') };
const story = 'testimonies/lea-irlande/index.mdx';

async function photo(file: string, colour: string) {
  await sharp({ create: { width: 96, height: 64, channels: 3, background: colour } }).jpeg().toFile(path.join(project.content, file));
}

/** Builds incrementally and cleanly, side by side; returns both, and where the sites differ. */
async function buildBoth(): Promise<{ inc: BuildResult; ref: BuildResult; differences: string[] }> {
  rmSync(clean.dist, { recursive: true, force: true });
  rmSync(clean.cache, { recursive: true, force: true });
  // The clean build runs from a fresh copy of the same code: a root of its own, no .build/ leftovers.
  // One after the other: both copies link the same node_modules, where Vite renames its
  // pre-bundled dependencies folder (node_modules/.vite/deps) at start-up; two builds starting
  // together raced there once in CI (ENOTEMPTY), and on 2 cores running them together saves little.
  const inc = await runBuild(project, incremental);
  const ref = await runBuild(twinOf(project, 'clean-project'), clean);
  expect(ref.status, ref.output).toBe(0);
  expect(inc.status, inc.output).toBe(0);
  return { inc, ref, differences: treeDifferences(incremental.dist, clean.dist) };
}

/** Pages the incremental build copied from its cache rather than rendered (Astro prints "(restored)"). */
const reused = (result: BuildResult) => result.output.match(/\(restored\)/g)?.length ?? 0;

// [what changes, the change, whether the incremental build must still reuse pages after it]
const steps: [string, () => Promise<void> | void, boolean?][] = [
  [
    'a story with photos is added',
    async () => {
      const dir = path.join(project.content, 'testimonies/marc-espagne');
      cpSync(path.join(project.content, 'testimonies/lea-irlande'), dir, { recursive: true });
      await photo('testimonies/marc-espagne/cover.jpg', '#c84');
      await photo('testimonies/marc-espagne/serre.jpg', '#4a8');
      edit(project.content, 'testimonies/marc-espagne/index.mdx', /^title: .*$/m, 'title: "Un mois dans les serres d\'Almería"');
      edit(project.content, 'testimonies/marc-espagne/index.mdx', /^cover: .*$/m, 'cover: ./cover.jpg\ngallery:\n  - { src: ./serre.jpg, alt: "Les serres vues du chemin" }');
      edit(project.content, 'testimonies/marc-espagne/index.mdx', /^featured: true$/m, 'featured: false');
    },
  ],
  [
    "a photo is added in a story's text (issue 11: 131 unstyled pages)",
    async () => {
      await photo('testimonies/lea-irlande/oliveraie.jpg', '#786');
      writeFileSync(path.join(project.content, story), `${readFileSync(path.join(project.content, story), 'utf8')}\n![L'oliveraie de la coopérative](./oliveraie.jpg)\n`);
    },
  ],
  ['a text is edited', () => edit(project.content, story, 'traire les vaches irlandaises', 'traire à la main les vaches irlandaises'), true],
  ['a title is changed', () => edit(project.content, 'testimonies/marc-espagne/index.mdx', "Un mois dans les serres d'Almería", 'Quatre semaines dans les serres d’Almería')],
  ['a story is deleted', () => rmSync(path.join(project.content, 'testimonies/marc-espagne'), { recursive: true })],
  ['settings.yaml is changed', () => edit(project.content, 'settings.yaml', 'name: "Lycée agricole d\'essai"', 'name: "Lycée agricole et horticole d\'essai"')],
  ['a stylesheet is changed', () => edit(project.root, 'src/styles/tokens.css', '--color-bg: #fbf7f0;', '--color-bg: #fcf8f1;')],
  [
    'a component is changed',
    () => edit(project.root, 'src/components/StoryCard.astro', /^(---\n[\s\S]*?\n---\n)/, '$1<span data-edited hidden></span>\n'),
  ],
];

afterAll(() => removeProject(project));

describe('an incremental build equals a clean build', () => {
  beforeAll(async () => {
    const first = await runBuild(project, incremental);
    expect(first.status, first.output).toBe(0);
  }, 300_000);

  // Astro's page cache records, for each saved page, every image it rendered. Story cards made
  // their photos inside each list page: 192 records per page, a 176 MB manifest at 2,000 stories,
  // parsed and written again by every build. Their photos are now made once per build
  // (src/data/storyCard.ts): a list page's record holds none, yet its cards still show photos.
  it('keeps the story cards’ photos out of the list pages’ records in the page cache', () => {
    const manifest = JSON.parse(readFileSync(path.join(incremental.cache, 'incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { outputFile: string; staticImages?: unknown[] }> }>;
    };
    const listPages = Object.entries(manifest.routes)
      .filter(([route]) => /^src\/pages\/(temoignages|en\/stories)\/\[facet\]/.test(route))
      .flatMap(([, entry]) => Object.values(entry.paths));
    const withPhotos = listPages.filter((page) => /<img[^>]+src="\/_astro\/[^"]+\.webp"/.test(readFileSync(path.join(incremental.dist, page.outputFile), 'utf8')));
    expect(withPhotos.length).toBeGreaterThan(0);
    expect(withPhotos.filter((page) => (page.staticImages ?? []).length > 0).map((page) => page.outputFile)).toEqual([]);
  });

  for (const [label, change, mustReuse] of steps) {
    it(`after: ${label}`, async () => {
      await change();
      const { inc, differences } = await buildBoth();
      expect(differences).toEqual([]);
      // An edit of one story's text leaves the other pages' keys alone: the comparison covered
      // pages copied from the cache, not only pages rendered again.
      if (mustReuse) expect(reused(inc), inc.output).toBeGreaterThan(0);
    }, 300_000);
  }
});
