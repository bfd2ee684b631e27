import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { exclusionOf } from '../../src/lib/consent.ts';
import { buildDay, isoDay } from '../../src/lib/dates.ts';
import { frenchTypography } from '../../src/lib/frenchTypography.ts';

/** The sample content's front matter, read from the files, so tests check the site against its sources. */
export function frontMatterOf(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`no front matter in ${file}`);
  return parse(match[1]);
}

/**
 * The content the site under test was built from: the frozen fixture site tests/fixtures/site/
 * (scripts/test.mjs builds it), never the sample in content/, which staff and demos may change.
 * ESCALES_CONTENT_DIR, as for the build, points the tests at another content folder.
 */
export const FIXTURE_SITE = 'tests/fixtures/site';
export const contentDir: string = path.resolve(process.env.ESCALES_CONTENT_DIR ?? FIXTURE_SITE);
const contentRoot = () => contentDir;

/**
 * The day the site under test was built on: ESCALES_TODAY, which scripts/test.mjs fixes for the
 * build and for these tests alike, read by the build's own function (src/lib/dates.ts).
 */
export const today: Date = buildDay();
export const todayIso: string = isoDay(today);

export function stories(root = contentRoot()) {
  const dir = path.join(root, 'testimonies');
  return readdirSync(dir)
    .filter((name) => !name.startsWith('_'))
    .map((id) => ({ id, data: frontMatterOf(path.join(dir, id, 'index.mdx')) }));
}

export function newsItems(root = contentRoot()) {
  const dir = path.join(root, 'news');
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => ({ id: name.replace(/\.mdx?$/, ''), data: frontMatterOf(path.join(dir, name)) }));
}

/** A calendar day of the front matter (YAML 1.2 reads it as text) as the schemas make it: midnight UTC. */
const asDay = (value: unknown): Date | undefined =>
  value === undefined || value === null ? undefined : value instanceof Date ? value : new Date(`${String(value).slice(0, 10)}T00:00:00Z`);

/** Whether the build publishes a story on `day`: the build's own rule (src/lib/consent.ts exclusionOf). */
export function isPublishedOn(data: Record<string, any>, day: Date = today): boolean {
  return exclusionOf({ draft: Boolean(data.draft), consent: { publication: Boolean(data.consent?.publication), expires: asDay(data.consent?.expires) } }, day) === null;
}

/** A French text of the content as the pages show it, after the finishing pass (src/middleware.ts): l'école → l’école. */
export const asShown = (text: string): string => frenchTypography(text);

/** Published stories (not draft, consent given and not expired on the build day), with their body text. */
export function publishedStories({ root = contentRoot(), day = today }: { root?: string; day?: Date } = {}) {
  const dir = path.join(root, 'testimonies');
  return stories(root)
    .filter((s) => isPublishedOn(s.data, day))
    .map((s) => ({ ...s, body: readFileSync(path.join(dir, s.id, 'index.mdx'), 'utf8').replace(/^---[\s\S]*?---/, '') }));
}

export function worries(): { id: string; name: { fr: string; en: string }; question: { fr: string; en: string } }[] {
  return parse(readFileSync(path.join(contentRoot(), 'worries.yaml'), 'utf8'));
}
