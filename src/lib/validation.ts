import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { costsSchema } from '../schemas/costs.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import type { KnownIds } from '../schemas/knownIds.ts';
import { newsSchema } from '../schemas/news.ts';
import { faqSchema, pageSchema } from '../schemas/pages.ts';
import { institutionSchema, partnerSchema, programmeSchema, trackSchema, worrySchema } from '../schemas/reference.ts';
import { resultsSchema } from '../schemas/results.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { testimonySchema } from '../schemas/testimony.ts';
import { z } from '../schemas/zodFrench.ts';
import { exclusionNotice, exclusionOf } from './consent.ts';
import { contentDir, readKnownIds } from './contentDir.ts';
import { collectionFiles, readUtf8, utf8Message } from './contentFiles.ts';
import { invisibleInData, invisibleInSource, invisibleMessage, parseContentYaml } from './contentYaml.ts';
import { guardProblems } from './dialectGuard.ts';
import { hardLinksUnder, imageReferenceProblem, prepareImageChecks, symlinksUnder } from './imageFiles.ts';

/** One problem in one content file, in French, with the field and (when known) the line. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
  line?: number;
  column?: number;
}

export interface ValidationReport {
  errors: ContentError[];
  /** Stories left out of the build, and why (expired consent, drafts). */
  notices: string[];
  checkedFiles: number;
}

/** "content/testimonies/lea/index.mdx, ligne 12, champ « consent.parental » : …" */
export function formatError(error: ContentError): string {
  const where = error.line ? `, ligne ${error.line}${error.column ? `, colonne ${error.column}` : ''}` : '';
  const field = error.field ? `, champ « ${error.field} »` : '';
  return `${error.file}${where}${field} : ${error.message}`;
}

export function formatReport(report: ValidationReport): string {
  const lines: string[] = [];
  for (const notice of report.notices) lines.push(`ℹ ${notice}`);
  if (report.errors.length === 0) {
    lines.push(`✔ ${report.checkedFiles} fichiers de contenu vérifiés, aucune erreur.`);
  } else {
    const count = report.errors.length;
    lines.push(`✘ ${count} erreur${count > 1 ? 's' : ''} dans le contenu — rien n'a été publié, le site en ligne reste tel quel :`);
    for (const error of report.errors) lines.push(`  • ${formatError(error)}`);
  }
  return lines.join('\n');
}

/**
 * The validator's stand-in for Astro's image(): a photo file in the entry's folder, inside
 * `root`, that Astro can publish (src/lib/imageFiles.ts; decoding was done by prepareImageChecks).
 * `entryDir` is a function, so that one schema serves every file (the folder of the file being
 * checked): building a Zod schema costs more than checking a file with it.
 */
function localImage(entryDir: () => string, root: string) {
  return () =>
    z.string().superRefine((value, ctx) => {
      const problem = imageReferenceProblem(value, entryDir(), root, 'photo');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** Splits an MD/MDX file into its YAML front matter and the line the YAML starts on. */
function frontMatter(text: string): { yaml: string; firstLine: number } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1], firstLine: 2 } : null;
}

interface Parsed {
  data: unknown;
  lineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

/**
 * Parses YAML as Astro will (src/lib/contentYaml.ts) and reports, in French with line and column,
 * syntax errors, alias bombs, impossible dates and invisible characters. `dates: false` for a file
 * Astro reads without turning dates into Dates (settings.yaml).
 */
function parseYaml(source: string, firstLine: number, file: string, errors: ContentError[], dates = true): Parsed | null {
  const result = parseContentYaml(source, { firstLine, dates });
  if (!result.ok) {
    for (const problem of result.problems) errors.push({ file, field: '', line: problem.line, column: problem.column, message: problem.message });
    return null;
  }
  // Invisible characters: named by field when they are in a value or a key, by line otherwise
  // (a comment: js-yaml refuses them there too).
  const inData = invisibleInData(result.data);
  for (const { path: fieldPath, code } of inData) {
    errors.push({ file, field: fieldName(fieldPath), line: result.lineOf(fieldPath), message: invisibleMessage(code) });
  }
  if (inData.length === 0) {
    for (const problem of invisibleInSource(source, firstLine)) errors.push({ file, field: '', ...problem });
  }
  return result;
}

function fieldName(fieldPath: PropertyKey[]): string {
  return fieldPath.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

function check(schema: z.ZodType, parsed: Parsed, file: string, errors: ContentError[], pathPrefix: PropertyKey[] = []): unknown {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key is reported on that key, so the message points at the misspelt line.
    const targets = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const target of targets) {
      const fieldPath = [...pathPrefix, ...target];
      errors.push({ file, field: fieldName(fieldPath), message: issue.message, line: parsed.lineOf(fieldPath) });
    }
  }
  return undefined;
}

export interface ValidateOptions {
  root?: string;
  today?: Date;
  includeDrafts?: boolean;
  /** A file keeping image decoding results between runs (scripts pass one in the build cache). */
  imageCache?: string;
}

/**
 * Checks every file of the content folder against the schemas of src/schemas/ (the same ones
 * Astro uses) and the rules between files: references, duplicate ids, file names.
 */
export async function validateContent(options: ValidateOptions = {}): Promise<ValidationReport> {
  const root = options.root ?? contentDir();
  // Decoding an image is asynchronous: every image of the folder is decoded first (once per
  // version of the file with a cache), and the checks below read the results.
  await prepareImageChecks(root, options.imageCache);
  const today = options.today ?? new Date();
  const errors: ContentError[] = [];
  const notices: string[] = [];
  let checkedFiles = 0;
  const display = (full: string) => path.join(path.basename(root), path.relative(root, full)).split(path.sep).join('/');

  const known = knownIds(root);

  /** The file's text, or null (and an error with its line) when it is not UTF-8. */
  const readFile = (full: string): string | null => {
    checkedFiles++;
    const read = readUtf8(full);
    if ('text' in read) return read.text;
    errors.push({ file: display(full), field: '', line: read.line, column: read.column, message: utf8Message() });
    return null;
  };
  /** Checks one file: whatever goes wrong there is reported on that file, and the others are still checked. */
  const guard = (full: string, work: () => void) => {
    try {
      work();
    } catch (error) {
      errors.push({ file: display(full), field: '', message: unexpectedMessage(error) });
    }
  };
  /** The files Astro will load from a collection folder, after reporting the ones it must not. */
  const filesOf = (folder: string, kind: 'entries' | 'data'): string[] => {
    let found: ReturnType<typeof collectionFiles> = { files: [], problems: [] };
    guard(path.join(root, folder), () => (found = collectionFiles(path.join(root, folder), kind)));
    for (const problem of found.problems) errors.push({ file: display(problem.full), field: '', message: problem.message });
    return found.files.map((entry) => entry.full);
  };

  /** A logo or an emblem (a path relative to content/): the same file checks as photos, SVG allowed. */
  const checkLogo = (value: unknown, fieldPath: (string | number)[], parsed: Parsed, file: string) => {
    if (typeof value !== 'string') return;
    const problem = imageReferenceProblem(value, root, root, 'logo');
    if (problem) errors.push({ file, field: fieldName(fieldPath), line: parsed.lineOf(fieldPath), message: problem });
  };

  /**
   * A list file (reference lists, glossary): each item checked against `schema`, each id once;
   * `eachItem` adds the file's own checks, item by item. Null when the file is no list.
   */
  const checkList = (full: string, schema: z.ZodType, notAList: string, eachItem?: (item: unknown, index: number, parsed: Parsed) => void): Parsed | null => {
    const file = display(full);
    const text = readFile(full);
    const parsed = text === null ? null : parseYaml(text, 1, file, errors);
    if (!parsed) return null;
    if (!Array.isArray(parsed.data)) {
      errors.push({ file, field: '', message: notAList });
      return null;
    }
    const ids = new Set<string>();
    parsed.data.forEach((item, index) => {
      check(schema, { data: item, lineOf: (p) => parsed.lineOf([index, ...p]) }, file, errors, [index]);
      const id = (item as { id?: unknown })?.id;
      if (typeof id === 'string') {
        if (ids.has(id)) errors.push({ file, field: `[${index}].id`, line: parsed.lineOf([index, 'id']), message: `identifiant « ${id} » en double` });
        ids.add(id);
      }
      eachItem?.(item, index, parsed);
    });
    return parsed;
  };

  // Reference lists: arrays of items with unique ids.
  const lists: [string, z.ZodType][] = [
    ['tracks.yaml', trackSchema],
    ['programmes.yaml', programmeSchema(known)],
    ['worries.yaml', worrySchema],
    ['institutions.yaml', institutionSchema],
  ];
  for (const [name, schema] of lists) guard(path.join(root, name), () => {
    const full = path.join(root, name);
    if (!existsSync(full)) {
      errors.push({ file: display(full), field: '', message: 'fichier manquant : cette liste de référence est nécessaire au site' });
      return;
    }
    const parsed = checkList(full, schema, 'une liste attendue (chaque élément commence par « - id: … »)');
    if (parsed && name === 'institutions.yaml') {
      (parsed.data as unknown[]).forEach((item, index) => {
        const institution = item as { logo?: unknown; acknowledgement?: { emblem?: unknown } } | null;
        checkLogo(institution?.logo, [index, 'logo'], parsed, display(full));
        checkLogo(institution?.acknowledgement?.emblem, [index, 'acknowledgement', 'emblem'], parsed, display(full));
      });
    }
  });

  const settingsFile = path.join(root, 'settings.yaml');
  if (existsSync(settingsFile)) {
    guard(settingsFile, () => {
      // Read by src/lib/contentDir.ts with the `yaml` package, where dates stay text.
      const text = readFile(settingsFile);
      const parsed = text === null ? null : parseYaml(text, 1, display(settingsFile), errors, false);
      if (parsed) check(settingsSchema, parsed, display(settingsFile), errors);
      if (parsed) checkLogo((parsed.data as { school?: { logo?: unknown } } | null)?.school?.logo, ['school', 'logo'], parsed, display(settingsFile));
    });
  } else {
    errors.push({ file: display(settingsFile), field: '', message: "fichier manquant : le nom de l'établissement et les contacts y sont décrits" });
  }

  // Optional: without it the families' pages show no cost table.
  const costsFile = path.join(root, 'costs.yaml');
  if (existsSync(costsFile)) guard(costsFile, () => {
    const text = readFile(costsFile);
    const parsed = text === null ? null : parseYaml(text, 1, display(costsFile), errors);
    if (parsed) check(costsSchema, parsed, display(costsFile), errors);
  });

  // Optional: without it no acronym is spelled out and the glossary page lists none.
  const glossaryFile = path.join(root, 'glossary.yaml');
  if (existsSync(glossaryFile)) guard(glossaryFile, () => {
    const file = display(glossaryFile);
    const terms = new Map<string, number>();
    checkList(glossaryFile, glossarySchema, 'une liste de sigles attendue (chaque élément commence par « - id: … », puis « term: », « expansion: »)', (item, index, parsed) => {
      const { term } = (item ?? {}) as { term?: unknown };
      if (typeof term === 'string') {
        const first = terms.get(term);
        if (first !== undefined) errors.push({ file, field: `[${index}].term`, line: parsed.lineOf([index, 'term']), message: `le sigle « ${term} » est déjà expliqué plus haut (élément ${first + 1}) : gardez une seule explication par sigle` });
        else terms.set(term, index);
      }
    });
  });

  for (const full of filesOf('partners', 'data')) guard(full, () => {
    const file = display(full);
    const text = readFile(full);
    const parsed = text === null ? null : parseYaml(text, 1, file, errors);
    if (parsed) check(partnerSchema, parsed, file, errors);
  });

  for (const full of filesOf('results', 'data')) guard(full, () => {
    const file = display(full);
    const text = readFile(full);
    const parsed = text === null ? null : parseYaml(text, 1, file, errors);
    if (!parsed) return;
    const data = check(resultsSchema(known), parsed, file, errors) as { schoolYear: string } | undefined;
    const expected = path.basename(full).replace(/\.ya?ml$/, '');
    if (data && data.schoolYear !== expected) {
      errors.push({ file, field: 'schoolYear', line: parsed.lineOf(['schoolYear']), message: `l'année « ${data.schoolYear} » ne correspond pas au nom du fichier (${expected}.yaml)` });
    }
  });

  // One schema per collection, its image paths resolved against the folder of the file checked.
  let entryDir = root;
  const storySchema = testimonySchema(localImage(() => entryDir, root), known);
  const newsEntrySchema = newsSchema(localImage(() => entryDir, root), known);
  for (const full of filesOf('testimonies', 'entries')) guard(full, () => {
    const file = display(full);
    entryDir = path.dirname(full);
    const text = readFile(full);
    if (text === null) return;
    const story = checkEntry(file, text, storySchema, errors, full, root) as
      | Parameters<typeof exclusionOf>[0]
      | undefined;
    if (!story) return;
    const exclusion = exclusionOf(story, today, options.includeDrafts);
    if (exclusion) notices.push(exclusionNotice(file, exclusion));
  });
  for (const full of filesOf('news', 'entries')) guard(full, () => {
    const file = display(full);
    entryDir = path.dirname(full);
    const text = readFile(full);
    if (text !== null) checkEntry(file, text, newsEntrySchema, errors, full, root);
  });
  for (const full of filesOf('pages', 'entries')) guard(full, () => {
    const text = readFile(full);
    if (text !== null) checkEntry(display(full), text, pageSchema, errors, full, root);
  });
  const faqEntrySchema = faqSchema(known);
  for (const full of filesOf('faq', 'entries')) guard(full, () => {
    const text = readFile(full);
    if (text !== null) checkEntry(display(full), text, faqEntrySchema, errors, full, root);
  });

  // A symbolic link anywhere in content/ could publish a file from elsewhere; the build refuses
  // them all (src/content.config.ts). Those already reported above are not repeated.
  const reported = new Set(errors.map((error) => error.file));
  for (const link of symlinksUnder(root)) {
    const file = display(path.join(root, link));
    if (!reported.has(file)) errors.push({ file, field: '', message: 'lien symbolique refusé dans le dossier content/ (il peut mener à un fichier hors du site) : remplacez-le par une copie du fichier ou du dossier' });
  }
  for (const link of hardLinksUnder(root)) {
    errors.push({ file: display(path.join(root, link)), field: '', message: 'lien physique refusé (ce fichier a un autre nom ailleurs sur la machine, peut-être hors du site) : remplacez-le par une copie du fichier (cp sans -l)' });
  }

  return { errors, notices, checkedFiles };
}

function checkEntry(file: string, text: string, schema: z.ZodType, errors: ContentError[], full: string, root: string): unknown {
  const front = frontMatter(text);
  if (!front) {
    errors.push({ file, field: '', line: 1, message: 'en-tête manquant : le fichier doit commencer par une ligne « --- », les champs, puis une autre ligne « --- »' });
    return undefined;
  }
  const parsed = parseYaml(front.yaml, front.firstLine, file, errors);
  // The body, in the story dialect: checked with the front matter blanked out, so that lines
  // are the file's own (as Astro's MDX compiler numbers them).
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, (head) => head.replace(/[^\r\n]/g, ' '));
  const frontmatter = parsed && typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : {};
  for (const problem of guardProblems(body, frontmatter, full, root)) {
    errors.push({ file, field: '', line: problem.line, column: problem.column, message: problem.message });
  }
  return parsed ? check(schema, parsed, file, errors) : undefined;
}

/** An exception while checking one file, as a French error on that file (the others are still checked). */
function unexpectedMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `ce fichier n'a pas pu être vérifié jusqu'au bout (erreur inattendue : ${detail.split('\n')[0].slice(0, 200)}) : vérifiez-le, et transmettez ce message à la personne qui maintient le site`;
}

/**
 * The ids every reference is checked against. readKnownIds (shared with the build) throws on a
 * reference list that is not valid YAML; that file's own check reports why, and the other
 * lists still give their ids, so that one broken list does not make every reference "unknown".
 */
function knownIds(root: string): KnownIds {
  try {
    return readKnownIds(root);
  } catch {
    const ids = (name: string): string[] => {
      try {
        const parsed = parseContentYaml(readFileSync(path.join(root, name), 'utf8'));
        if (!parsed.ok || !Array.isArray(parsed.data)) return [];
        return parsed.data.flatMap((item) => (item && typeof item === 'object' && 'id' in item ? [String(item.id)] : []));
      } catch {
        return [];
      }
    };
    return {
      tracks: ids('tracks.yaml'),
      programmes: ids('programmes.yaml'),
      worries: ids('worries.yaml'),
      institutions: ids('institutions.yaml'),
      partners: collectionFiles(path.join(root, 'partners'), 'data').files.map((file) => file.id),
    };
  }
}
