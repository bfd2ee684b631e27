import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Where the staff's content lives: `content/` at the project root, or ESCALES_CONTENT_DIR
 * (tests and the benchmark build other content folders with the same code).
 */
export function contentDir(): string {
  return path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
}

/** Parses a YAML file of the content folder; a missing file reads as `fallback`. */
export function readYaml(file: string, fallback: unknown = undefined): unknown {
  const full = path.join(contentDir(), file);
  if (!existsSync(full)) return fallback;
  return parse(readFileSync(full, 'utf8'));
}

export interface KnownIds {
  tracks: string[];
  programmes: string[];
  worries: string[];
  institutions: string[];
  partners: string[];
}

function idsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (item && typeof item === 'object' && 'id' in item ? [String(item.id)] : []));
}

/**
 * The ids every reference is checked against, read straight from the reference files so that
 * schemas can refuse an unknown id with the list of known ones.
 */
export function readKnownIds(): KnownIds {
  const partnersDir = path.join(contentDir(), 'partners');
  const partners = existsSync(partnersDir)
    ? readdirSync(partnersDir)
        .filter((name) => /^[^_].*\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort()
    : [];
  return {
    tracks: idsOf(readYaml('tracks.yaml', [])),
    programmes: idsOf(readYaml('programmes.yaml', [])),
    worries: idsOf(readYaml('worries.yaml', [])),
    institutions: idsOf(readYaml('institutions.yaml', [])),
    partners,
  };
}
