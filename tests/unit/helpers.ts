import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/tempDir.ts';

export const fixtureContent = path.resolve('tests/fixtures/content');

/** A throw-away copy of the fixture content folder, named `content` like the real one. */
export function copyFixture(): string {
  const dir = path.join(tempDir('escales-'), 'content');
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a content copy; fails if the text is not there (a test that cannot fail is a bug). */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(full, next);
}
