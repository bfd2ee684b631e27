import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edit } from '../unit/helpers.ts';
import { copyProject, removeProject, readTree, runBuild, type BuildResult } from './projectCopy.ts';

// A build killed at any point (SIGKILL to the build and every process it started: a power cut,
// `kill -9`, a CI job cancelled) leaves dist/ as it was, and the next build removes whatever the
// killed one left in .build/ and succeeds. The kills that an outside signal cannot time (between
// the two renames of the swap, while Pagefind runs) use the build's test-only crash points
// (ESCALES_TEST_CRASH_AT, scripts/lib/buildWork.mjs).
const project = copyProject('escales-interrupted-');
const dist = path.join(project.work, 'dist');
const cache = path.join(project.work, 'cache');
const work = path.join(project.root, '.build');
const story = 'testimonies/lea-irlande/index.mdx';

const build = (env: Record<string, string> = {}, onOutput?: (text: string, pid: number) => void) => runBuild(project, { dist, cache, env, onOutput });
const crashAt = (point: string) => build({ ESCALES_TEST_CRASH_AT: point });
const killed = (result: BuildResult) => expect(result.signal, result.output).toBe('SIGKILL');

/** A digest of the site as visitors see it: every file and its bytes. */
function site(): Map<string, string> {
  const tree = readTree(dist);
  return new Map([...tree].map(([file, bytes]) => [file, bytes.toString('base64')]));
}
const leftovers = () => readdirSync(work).filter((name) => !/^old-/.test(name));

afterAll(() => removeProject(project));

describe('a build killed with SIGKILL', () => {
  let before: Map<string, string>;
  beforeAll(async () => {
    const first = await build();
    expect(first.status, first.output).toBe(0);
    before = site();
    // Every build below would publish this edit if it got as far as the swap.
    edit(project.content, story, 'je rêvais en anglais', 'je rêvais en anglais, et même en gaélique');
  }, 300_000);

  it('during astro build: dist/ is untouched', async () => {
    let sent = false;
    const result = await build({}, (text, pid) => {
      if (!sent && /generating static routes|├─/.test(text)) {
        sent = true;
        process.kill(-pid, 'SIGKILL');
      }
    });
    killed(result);
    expect(site()).toEqual(before);
    expect(readdirSync(work).some((name) => /^next-/.test(name)), 'the killed build left its folder').toBe(true);
  }, 300_000);

  it('while deleting the leftovers of earlier builds: dist/ is untouched, the half-deleted folder stays behind', async () => {
    killed(await crashAt('cleanup'));
    expect(site()).toEqual(before);
    expect(readdirSync(work).some((name) => /^trash-/.test(name))).toBe(true);
  }, 300_000);

  it('while Pagefind indexes the new site: dist/ is untouched', async () => {
    const result = await crashAt('index');
    killed(result);
    expect(result.output).toContain('generating static routes');
    expect(site()).toEqual(before);
  }, 300_000);

  it('between the two renames of the swap: the next build puts the old site back, even if it fails', async () => {
    killed(await crashAt('swap'));
    expect(existsSync(dist), 'killed with the old site set aside and the new one not yet in place').toBe(false);
    // The next build fails on its content, but first puts dist/ back as it was.
    edit(project.content, story, 'parental: true', 'parental: false');
    const failed = await build();
    edit(project.content, story, 'parental: false', 'parental: true');
    expect(failed.status, failed.output).toBe(1);
    expect(failed.output).toContain('Site précédent remis en place');
    expect(site()).toEqual(before);
  }, 300_000);

  it('is followed by a build that succeeds and leaves nothing behind', async () => {
    const result = await build();
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(dist, 'temoignages/lea-irlande/index.html'), 'utf8')).toContain('même en gaélique');
    // Only the site this build replaced is left, for the next build to delete (docs/benchmark.md).
    expect(leftovers()).toEqual([]);
    expect(readdirSync(work).filter((name) => /^old-/.test(name))).toHaveLength(1);
  }, 300_000);
});

describe('a new site that refers to a missing file', () => {
  it('is not swapped in: the build names the page and the missing file, in French', async () => {
    const before = site();
    edit(project.content, story, 'les vaches irlandaises.', 'les vaches irlandaises ([la suite](/temoignages/disparu/)).');
    try {
      const result = await build();
      expect(result.status, result.output).toBe(1);
      expect(result.output).toMatch(/\/temoignages\/disparu\/ est absent du site, mais (cette page y renvoie|ces pages y renvoient) : [^\n]*temoignages\/lea-irlande\/index\.html/);
      expect(result.output).toContain("Le site précédent");
      expect(site()).toEqual(before);
      expect(leftovers()).toEqual([]);
    } finally {
      edit(project.content, story, ' ([la suite](/temoignages/disparu/))', '');
    }
  }, 300_000);
});
