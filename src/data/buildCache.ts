import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/contentDir.ts';

/**
 * Remembers what `load` returns for the rest of the build. Every page of a build sees the same
 * content, and on a 1,000-story site each page asking getCollection() for every story again cost
 * more than rendering the page (docs/benchmark.md). The dev server reads afresh on every call, so
 * that an edited file shows on reload.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return cached;
  };
}

/** The same, per argument (e.g. per language). */
export function oncePerBuildBy<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const cached = new Map<K, Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) return load(key);
    if (!cached.has(key)) cached.set(key, load(key));
    return cached.get(key)!;
  };
}

/** A short hex digest of strings. */
export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

let siteContent: string | undefined;

/**
 * A digest of every content file but the testimonies: settings, reference lists, partners,
 * results, news, pages, FAQ, logos… Pages read some of these straight from disk (logos in the
 * footer), so the digest reads the files themselves rather than trusting collection digests.
 * Computed once per build (about a hundred small files).
 */
export function siteContentDigest(): string {
  if (siteContent !== undefined && !import.meta.env.DEV) return siteContent;
  const root = contentDir();
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(root, 'testimonies')) walk(full);
      } else if (entry.isFile()) {
        hash.update(path.relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
      }
    }
  };
  walk(root);
  siteContent = hash.digest('hex').slice(0, 32);
  return siteContent;
}
