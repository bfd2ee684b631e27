import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, edit } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Drafts are previewed by `npm run dev` only (src/lib/draftPreview.ts), whatever their consent
// fields, and never built, even when the build runs with NODE_ENV=development (which makes
// import.meta.env.DEV true, the switch the site used to rely on).
// The project's Node 22 (the node@22 devDependency), whatever Node runs Vitest.
const localNode = path.resolve('node_modules/.bin/node');
const node = existsSync(localNode) ? localNode : process.execPath;
const work = tempDir('escales-drafts-');
const dist = path.join(work, 'dist');
const content = copyFixture();
const STORY_MARK = 'Brouillonmarqueur Qzv';
const UNSIGNED_MARK = 'Nonsigne Wkx';
const NEWS_MARK = 'Actubrouillon Jyh';

/** A copy of the fixture story as a draft, with a unique title. */
function draftStory(folder: string, title: string, publication: boolean) {
  const dir = path.join(content, 'testimonies', folder);
  cpSync(path.join(content, 'testimonies/lea-irlande'), dir, { recursive: true });
  edit(content, `testimonies/${folder}/index.mdx`, /^title: .*$/m, `title: "${title}"`);
  edit(content, `testimonies/${folder}/index.mdx`, 'draft: false', 'draft: true');
  edit(content, `testimonies/${folder}/index.mdx`, 'featured: true', 'featured: false');
  if (!publication) edit(content, `testimonies/${folder}/index.mdx`, 'publication: true', 'publication: false');
}

/** The text of every file of dist/, Pagefind's gzipped files decompressed. */
function everyText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(html|xml|json|ics|txt|webmanifest)$/.test(entry.name)) texts.set(full, readFileSync(full, 'utf8'));
      else if (/\.pf_(fragment|meta|index)$/.test(entry.name)) texts.set(full, gunzipSync(readFileSync(full)).toString('utf8'));
    }
  };
  walk(dir);
  return texts;
}

describe('drafts in a build', () => {
  let output = '';
  let status: number | null = null;
  beforeAll(() => {
    draftStory('brouillon-signe', STORY_MARK, true);
    draftStory('brouillon-non-signe', UNSIGNED_MARK, false);
    const news = readFileSync(path.join(content, 'news/convention-athenry.mdx'), 'utf8');
    writeFileSync(path.join(content, 'news/actu-brouillon.mdx'), news.replace(/^title: .*$/m, `title: "${NEWS_MARK}"`).replace('draft: false', 'draft: true'));
    const result = spawnSync(node, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'development', ESCALES_CONTENT_DIR: content, ESCALES_DIST_DIR: dist, ESCALES_CACHE_DIR: path.join(work, 'cache'), ESCALES_TODAY: '2026-11-28', NO_COLOR: '1' },
    });
    status = result.status;
    output = `${result.stdout}\n${result.stderr}`;
  }, 180_000);

  it('publishes the fixture story, and no draft, even with NODE_ENV=development', () => {
    expect(status, output).toBe(0);
    expect(existsSync(path.join(dist, 'temoignages/lea-irlande/index.html'))).toBe(true);
    for (const page of ['temoignages/brouillon-signe', 'temoignages/brouillon-non-signe', 'actualites/actu-brouillon', 'kiosque/brouillon-signe']) {
      expect(existsSync(path.join(dist, page)), page).toBe(false);
    }
    const texts = everyText(dist);
    expect(texts.size).toBeGreaterThan(10);
    expect([...texts.values()].some((text) => text.includes('lea-irlande')), 'the search finds the published story').toBe(true);
    for (const [file, text] of texts) {
      for (const mark of [STORY_MARK, UNSIGNED_MARK, NEWS_MARK, 'brouillon-signe', 'brouillon-non-signe', 'actu-brouillon', 'data-draft-banner']) {
        expect(text.includes(mark), `${mark} in ${path.relative(dist, file)}`).toBe(false);
      }
    }
  });
});
