import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation.ts';
import { publishedStories } from '../e2e/content.ts';
import { copyFixture, edit } from './helpers.ts';

// The browser tests compute what the site must show from the content files (tests/e2e/content.ts).
// They must leave out exactly the stories the build leaves out on its build day, or the suite
// fails on an unchanged project the day a consent expires (issue 11). Checked here against the
// build's own content check (src/lib/validation.ts reports every story it leaves out), on several
// days around an expiry, without building anything.
const content = copyFixture();

/** The stories the build's content check leaves out on `day`. */
async function leftOutByBuild(day: string): Promise<string[]> {
  const report = await validateContent({ root: content, today: new Date(`${day}T00:00:00Z`) });
  expect(report.errors).toEqual([]);
  return report.notices.map((notice) => /testimonies\/([^/]+)\/index\.mdx : non publié|testimonies\/([^/]+)\/index\.mdx : brouillon/.exec(notice)).flatMap((m) => (m ? [m[1] ?? m[2]] : []));
}

describe('the browser tests expect what the build publishes', () => {
  beforeAll(() => {
    // Besides the fixture's story (consent until 2030-06-30): one whose consent ends sooner, and a draft.
    for (const [id, change] of [
      ['consent-court', (dir: string) => edit(dir, 'testimonies/consent-court/index.mdx', 'expires: 2030-06-30', 'expires: 2027-01-31')],
      ['brouillon', (dir: string) => edit(dir, 'testimonies/brouillon/index.mdx', 'draft: false', 'draft: true')],
    ] as const) {
      cpSync(path.join(content, 'testimonies/lea-irlande'), path.join(content, 'testimonies', id), { recursive: true });
      change(content);
    }
  });

  it.each([
    ['2026-11-28', ['consent-court', 'lea-irlande']],
    ['2027-01-31', ['consent-court', 'lea-irlande']], // the last day of a consent still counts
    ['2027-02-01', ['lea-irlande']],
    ['2031-01-01', []],
  ])('on %s', async (day, expected) => {
    const published = publishedStories({ root: content, day: new Date(`${day}T00:00:00Z`) }).map((s) => s.id).sort();
    expect(published).toEqual(expected);
    const leftOut = await leftOutByBuild(day);
    expect(published).toEqual(['brouillon', 'consent-court', 'lea-irlande'].filter((id) => !leftOut.includes(id)));
  });
});

afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));
