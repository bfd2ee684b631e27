import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { badInputs, hostileBodies, carelessBodies } from '../fixtures/bad-inputs.ts';
import { fixtureContent } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Every bad input of the suite goes through `npm run build` twice: once as staff run it (the
// validator must refuse it first, in French, naming the file, before Astro starts), and, for the
// bodies, once with the validator skipped (Astro's own guard must refuse it; dist/ stays as it was).
const work = tempDir('escales-hostile-');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');

function freshContent(name: string): string {
  const dir = path.join(work, name.replace(/[^a-z0-9]+/gi, '-'), 'content');
  rmSync(path.dirname(dir), { recursive: true, force: true });
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
}

function build(content: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_DIST_DIR: dist, ESCALES_CACHE_DIR: cache, ESCALES_TODAY: '2026-11-28', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A digest of every file of the built site: any change, added or removed file changes it. */
function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      hash.update(path.relative(dir, full));
      if (entry.isDirectory()) walk(full);
      else hash.update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('every bad input is refused by the validator first, in French, naming the file', () => {
  it('holds a suite of bad inputs', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(hostileBodies.length + carelessBodies.length);
  });

  it.each(badInputs.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const content = freshContent(`validate-${input.name}`);
    await input.apply(content);
    const result = await build(content, { ESCALES_DIST_DIR: path.join(work, 'never-built') });
    expect(result.status, result.output).toBe(1);
    // The validator's report, before any Astro step: the file named, the message in French.
    expect(result.output).toContain('Le contenu contient des erreurs');
    expect(result.output).not.toMatch(/\[build\]|astro build/i);
    const lines = result.output.split('\n').filter((line) => line.includes(`content/${input.file}`));
    expect(lines.length, result.output).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(input.message);
    expect(result.output).not.toMatch(/uid=\d|root:x:0|TAB_AS_INDENT|at .*\.(ts|js|mjs):\d+/);
  }, 60_000);
});

describe('with the validator skipped, the build itself refuses hostile bodies and keeps dist/', () => {
  let before: string;
  beforeAll(async () => {
    const good = await build(freshContent('good'));
    expect(good.status, good.output).toBe(0);
    before = digestOf(dist);
  }, 180_000);

  it.each([...hostileBodies, ...carelessBodies].filter((input) => input.buildFails).map((input) => [input.name, input] as const))(
    '%s',
    async (_name, input) => {
      const content = freshContent(`build-${input.name}`);
      await input.apply(content);
      const result = await build(content, { ESCALES_SKIP_VALIDATION: '1' });
      expect(result.status, result.output).toBe(1);
      // The file, or (for a refused photo or link) a file of its folder, is named.
      expect(result.output).toContain(`content/${path.posix.dirname(input.file)}/`);
      expect(result.output).toContain("Le site précédent");
      // Nothing of the build machine reached the output, and the published site did not change.
      expect(result.output).not.toMatch(/uid=\d|root:x:0/);
      expect(digestOf(dist)).toBe(before);
    },
    180_000,
  );
});
