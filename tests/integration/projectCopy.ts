import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { copyFixture } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Builds of the fixture site from a copy of the project's code, for tests that edit the code (a
// stylesheet, a component) or kill builds: the copy has its own root, so Astro's generated
// modules (.astro/) and the build's work folder (.build/) are its own, and the working tree is
// never touched. node_modules is linked, not copied.

export interface ProjectCopy {
  /** The copied project: src/, public/, scripts/, the config; run builds from here. */
  root: string;
  /** A copy of tests/fixtures/content. */
  content: string;
  /** A scratch folder for outputs and caches. */
  work: string;
}

const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Copies the project's code from `source` into a fresh `root`, node_modules linked. */
function copyCode(source: string, root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const name of CODE) {
    if (existsSync(path.join(source, name))) cpSync(path.join(source, name), path.join(root, name), { recursive: true });
  }
  symlinkSync(path.resolve(process.cwd(), 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

export function copyProject(prefix = 'escales-copy-'): ProjectCopy {
  const work = tempDir(prefix);
  const root = path.join(work, 'project');
  copyCode(process.cwd(), root);
  return { root, content: copyFixture(), work };
}

/**
 * A second copy of a project's code (same content folder), e.g. for a build that runs side by
 * side with one of the first copy: Astro writes generated modules into its project root, so two
 * builds at once need two roots.
 */
export function twinOf(project: ProjectCopy, name: string): ProjectCopy {
  const root = path.join(project.work, name);
  copyCode(project.root, root);
  return { ...project, root };
}

/** Deletes a project copy: its code, outputs, caches and content. */
export function removeProject(project: ProjectCopy): void {
  rmSync(project.work, { recursive: true, force: true });
  rmSync(path.dirname(project.content), { recursive: true, force: true });
}

export interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  seconds: number;
}

export interface BuildOptions {
  dist: string;
  cache: string;
  env?: Record<string, string>;
  /** Called with each chunk of output; may kill the build (its pid is the process group's id). */
  onOutput?: (text: string, pid: number) => void;
}

/**
 * `node scripts/build.mjs` in a project copy, asynchronously (two builds can run side by side),
 * in a process group of its own so that a test can kill the build and every process it started.
 */
export function runBuild(project: ProjectCopy, { dist, cache, env = {}, onOutput }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: project.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ESCALES_CONTENT_DIR: project.content,
        ESCALES_DIST_DIR: dist,
        ESCALES_CACHE_DIR: cache,
        ESCALES_TODAY: '2026-11-28',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      onOutput?.(text, child.pid!);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Every file under a folder with its bytes, by path relative to it. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** The differences between two folders: files only in one, files whose bytes differ. */
export function treeDifferences(actual: string, expected: string): string[] {
  const a = readTree(actual);
  const b = readTree(expected);
  const problems: string[] = [];
  for (const [file, bytes] of b) {
    const other = a.get(file);
    if (!other) problems.push(`missing: ${file}`);
    else if (!other.equals(bytes)) problems.push(`differs: ${file}`);
  }
  for (const file of a.keys()) if (!b.has(file)) problems.push(`extra: ${file}`);
  return problems.sort();
}
