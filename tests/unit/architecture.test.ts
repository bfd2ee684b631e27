import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way: content → schemas → lib → data → components → layouts → views → pages
 * (docs/ENGINEERING.md). A file may import its own layer or an earlier one, never a later one.
 * The dictionary (src/i18n/) sits between lib and data: lib and schemas take their labels as
 * arguments. `import type` counts too: a type names what a layer knows (KnownIds moved to
 * src/schemas/ for that reason).
 */
const layers = ['schemas', 'lib', 'i18n', 'data', 'components', 'layouts', 'views', 'pages'] as const;
type Layer = (typeof layers)[number];

/** The layer of a file, by its path under src/ ("lib/cms/config.ts" → lib); undefined: not placed yet. */
export function layerOf(file: string): Layer | undefined {
  const [top] = file.split('/');
  if (file === 'content.config.ts') return 'data'; // reads the content folder into collections
  if (file === 'middleware.ts') return 'pages'; // runs on every page, imported by nobody
  if (top === 'scripts' || top === 'client') return 'components'; // browser code a component's <script> loads
  // The design tokens are values any layer may read (the phone toolbar's colour in data/seo.ts).
  if (file === 'styles/tokens.css') return 'schemas';
  if (top === 'styles') return 'components'; // the visual system, loaded by components and shells
  return (layers as readonly string[]).includes(top) ? (top as Layer) : undefined;
}

/**
 * The pure helpers a schema may take from lib/: they define what a field accepts (a country code,
 * a possible date, a photo path, a time of day). Anything else a schema needs is a schema's own.
 */
export const schemaHelpers: Record<string, string[]> = {
  'lib/countries.ts': ['countries'],
  'lib/dates.ts': ['impossibleDate'],
  'lib/imageFiles.ts': ['imagePathSyntaxProblem'],
  'lib/agenda.ts': ['TIME_PATTERN', 'minutesOf'],
};

export interface Import {
  specifier: string;
  /** The names a static import takes ('*' for a namespace or a default import, none for a bare import). */
  names: string[];
}

/** Every import of a source text: `import … from`, `import '…'`, `export … from`, `import(…)`, `<script src>`. */
export function importsOf(text: string): Import[] {
  const found: Import[] = [];
  // At the start of a line, so that a comment or a string mentioning "import" does not count.
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[2], names: namesOf(match[1] ?? '') });
  }
  for (const match of text.matchAll(/\bimport\(\s*['"`]([^'"`]+)['"`]\s*\)/g)) found.push({ specifier: match[1], names: ['*'] });
  for (const match of text.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) found.push({ specifier: match[1], names: ['*'] });
  return found;
}

function namesOf(clause: string): string[] {
  const braces = /\{([^}]*)\}/.exec(clause);
  const named = braces
    ? braces[1]
        .split(',')
        .map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0])
        .filter(Boolean)
    : [];
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  return outside && outside !== 'type' ? [...named, '*'] : named;
}

/** What is wrong with one file's imports: one French sentence per backward import, naming the file and the import. */
export function backwardImports(file: string, text: string): string[] {
  const from = layerOf(file);
  if (!from) return [`src/${file} : ce dossier n'a pas de couche (ajoutez-le à layerOf dans tests/unit/architecture.test.ts)`];
  const problems: string[] = [];
  for (const { specifier, names } of importsOf(text)) {
    if (!specifier.startsWith('.')) continue; // a package or astro:* — not a layer of ours
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, '')));
    if (target.startsWith('..')) continue; // outside src/ (package.json…)
    const to = layerOf(target);
    const where = `src/${file} importe « ${specifier} »`;
    if (!to) problems.push(`${where} : src/${target} n'a pas de couche`);
    else if (to === 'pages') problems.push(`${where} : rien n'importe une route de src/pages/`);
    else if (from === 'schemas' && to === 'lib') {
      const allowed = schemaHelpers[target];
      const refused = allowed ? names.filter((name) => !allowed.includes(name)) : names;
      if (!allowed || refused.length || names.length === 0) problems.push(`${where} (${refused.join(', ') || 'le module'}) : un schéma ne prend à lib/ que ${Object.entries(schemaHelpers).map(([m, n]) => `${m} (${n.join(', ')})`).join(', ')}`);
    } else if (layers.indexOf(to) > layers.indexOf(from)) problems.push(`${where} : la couche ${from} ne doit pas importer la couche ${to}, qui vient après elle`);
  }
  return problems;
}

/** Reads of a collection outside src/data/: "src/x.ts lit une collection (getCollection)". */
export function collectionReads(file: string, text: string): string[] {
  if (layerOf(file) === 'data' && file !== 'content.config.ts') return [];
  return [...text.matchAll(/\b(getCollection|getEntry|getEntries)\s*\(/g)].map((m) => `src/${file} lit une collection (${m[1]}) : seul src/data/ lit les collections`);
}

const src = path.resolve('src');
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
  .map((entry) => path.relative(src, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort();

describe('imports run one way', () => {
  const problems = files.flatMap((file) => backwardImports(file, readFileSync(path.join(src, file), 'utf8')));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('lib/indicators.ts');
  });

  it('has no import from a later layer (schemas → lib only for the named helpers)', () => {
    expect(problems).toEqual([]);
  });

  it('reads collections only in src/data/', () => {
    expect(files.flatMap((file) => collectionReads(file, readFileSync(path.join(src, file), 'utf8')))).toEqual([]);
  });
});

describe('the import check can fail', () => {
  it('names the file and the import that runs backwards', () => {
    expect(backwardImports('lib/openData.ts', "import { ui } from '../i18n/ui.ts';")).toEqual([
      'src/lib/openData.ts importe « ../i18n/ui.ts » : la couche lib ne doit pas importer la couche i18n, qui vient après elle',
    ]);
    expect(backwardImports('lib/x.ts', "import type { StoryView } from '../data/storyView.ts';")).toHaveLength(1);
    expect(backwardImports('data/x.ts', "export { default } from '../components/StoryCard.astro';")).toHaveLength(1);
    expect(backwardImports('data/x.ts', "const view = await import('../views/home/Home.astro');")).toHaveLength(1);
    expect(backwardImports('components/X.astro', "---\nimport Base from '../layouts/Base.astro';\n---")).toHaveLength(1);
    expect(backwardImports('components/X.astro', "import '../views/x.ts';")).toHaveLength(1);
    expect(backwardImports('layouts/Base.astro', "import {\n  a,\n  b,\n} from '../pages/index.astro';")).toHaveLength(1);
    expect(backwardImports('schemas/x.ts', "import { countries, countryName } from '../lib/countries.ts';")).toEqual([
      expect.stringContaining('src/schemas/x.ts importe « ../lib/countries.ts » (countryName)'),
    ]);
    expect(backwardImports('schemas/x.ts', "import type { KnownIds } from '../lib/contentDir.ts';")).toHaveLength(1);
    expect(backwardImports('schemas/x.ts', "import { t } from '../i18n/ui.ts';")).toHaveLength(1);
    expect(backwardImports('elsewhere/x.ts', '')).toHaveLength(1);
  });

  it('lets an import run forwards, and ignores packages and comments', () => {
    const text = [
      "import { z } from 'astro/zod';",
      "import { countries } from '../lib/countries.ts';",
      "// import { ui } from '../i18n/ui.ts';",
      "const note = 'import x from \"../pages/a.ts\"';",
    ].join('\n');
    expect(backwardImports('schemas/x.ts', text)).toEqual([]);
    expect(backwardImports('views/home/Home.astro', "import Base from '../../layouts/Base.astro';\nimport { t } from '../../i18n/ui.ts';")).toEqual([]);
  });

  it('finds a collection read outside src/data/', () => {
    expect(collectionReads('lib/x.ts', "const all = await getCollection('news');")).toEqual(['src/lib/x.ts lit une collection (getCollection) : seul src/data/ lit les collections']);
    expect(collectionReads('data/news.ts', "const all = await getCollection('news');")).toEqual([]);
    expect(collectionReads('lib/storyEntries.ts', 'async getEntryInfo({ contents }) {')).toEqual([]);
  });
});
