import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { KnownIds } from '../schemas/knownIds.ts';

/**
 * Where the staff's content lives: `content/` at the project root, or ESCALES_CONTENT_DIR
 * (tests and the benchmark build other content folders with the same code).
 */
export function contentDir(): string {
  return path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
}

/** Parses a YAML file of the content folder `root`; a missing file reads as `fallback`. */
export function readYaml(file: string, fallback: unknown = undefined, root: string = contentDir()): unknown {
  const full = path.join(root, file);
  if (!existsSync(full)) return fallback;
  return parse(readFileSync(full, 'utf8'));
}

function idsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (item && typeof item === 'object' && 'id' in item ? [String(item.id)] : []));
}

/**
 * The ids every reference is checked against, read straight from the reference files so that
 * schemas can refuse an unknown id with the list of known ones.
 */
export function readKnownIds(root: string = contentDir()): KnownIds {
  const partnersDir = path.join(root, 'partners');
  const partners = existsSync(partnersDir)
    ? readdirSync(partnersDir)
        .filter((name) => /^[^_].*\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort()
    : [];
  return {
    tracks: idsOf(readYaml('tracks.yaml', [], root)),
    programmes: idsOf(readYaml('programmes.yaml', [], root)),
    worries: idsOf(readYaml('worries.yaml', [], root)),
    institutions: idsOf(readYaml('institutions.yaml', [], root)),
    partners,
  };
}
