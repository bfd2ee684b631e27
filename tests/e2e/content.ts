import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The sample content's front matter, read from the files, so tests check the site against its sources. */
export function frontMatterOf(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`no front matter in ${file}`);
  return parse(match[1]);
}

const root = path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');

export function stories() {
  const dir = path.join(root, 'testimonies');
  return readdirSync(dir)
    .filter((name) => !name.startsWith('_'))
    .map((id) => ({ id, data: frontMatterOf(path.join(dir, id, 'index.mdx')) }));
}

export function newsItems() {
  const dir = path.join(root, 'news');
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => ({ id: name.replace(/\.mdx?$/, ''), data: frontMatterOf(path.join(dir, name)) }));
}

/** Published stories (not draft, consent given), with their body text. */
export function publishedStories() {
  const dir = path.join(root, 'testimonies');
  return stories()
    .filter((s) => !s.data.draft && s.data.consent.publication)
    .map((s) => ({ ...s, body: readFileSync(path.join(dir, s.id, 'index.mdx'), 'utf8').replace(/^---[\s\S]*?---/, '') }));
}

export function worries(): { id: string; name: { fr: string; en: string }; question: { fr: string; en: string } }[] {
  return parse(readFileSync(path.join(root, 'worries.yaml'), 'utf8'));
}
