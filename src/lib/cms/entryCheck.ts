import { checkedImage } from '../../schemas/fields.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { newsSchema } from '../../schemas/news.ts';
import { faqSchema, pageSchema } from '../../schemas/pages.ts';
import { institutionSchema, programmeSchema, trackSchema, worrySchema, partnerSchema } from '../../schemas/reference.ts';
import { resultsSchema } from '../../schemas/results.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { testimonySchema } from '../../schemas/testimony.ts';
import { z } from '../../schemas/zodFrench.ts';
import type { KnownIds } from '../../schemas/knownIds.ts';
import { dialectProblemsWith, type MdxParser } from '../dialectRules.ts';

/**
 * What the browser editor checks before it saves an entry: the content contract itself (the Zod
 * schemas of src/schemas/, with the reference ids known when the editor was built) and the story
 * dialect for the text, so that a file the editor writes passes `npm run validate`. The editor's
 * script (src/lib/cms/browser/admin.ts) shows each problem next to its field and refuses to save.
 * Photo files cannot be looked at in the browser: a photo path only has to be given.
 */

export interface EntryProblem {
  /** Dotted path with list indices (`gallery.1.showsAuthor`); `body` for the text. */
  path: string;
  message: string;
}

/** A photo path obeys the same rules as in the build (no HEIC, no address, no « .. »): only its file cannot be checked here. */
const photo = checkedImage(() => z.string());

function schemaFor(collection: string, file: string | undefined, known: KnownIds): z.ZodType | undefined {
  switch (collection) {
    case 'testimonies':
      return testimonySchema(photo, known);
    case 'news':
      return newsSchema(photo, known);
    case 'results':
      return resultsSchema(known);
    case 'partners':
      return partnerSchema;
    case 'faq':
      return faqSchema(known);
    case 'pages':
      return pageSchema;
    case 'settings':
      return settingsSchema;
    case 'references': {
      const item = { institutions: institutionSchema, tracks: trackSchema, programmes: programmeSchema(known), worries: worrySchema, glossary: glossarySchema }[file ?? ''];
      return item ? z.strictObject({ items: z.array(item) }) : undefined;
    }
    default:
      return undefined;
  }
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

/**
 * The entry as the file should hold it: the editor leaves an emptied optional field as "" or
 * null, and an optional group whose fields are all empty as {}; the schema reads a missing
 * field, not an empty one. Lists keep their (possibly empty) items.
 */
export function cleanEntry(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanEntry);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const clean = cleanEntry(item);
      if (!isEmpty(clean)) out[key] = clean;
    }
    return out;
  }
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** The paths of `cleanEntry`'s removals, for the editor to delete them from its own data. */
export function emptyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => (item && typeof item === 'object' ? emptyPaths(item, [...prefix, index]) : []));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = [...prefix, key];
    if (isEmpty(cleanEntry(item))) return [here];
    return emptyPaths(item, here);
  });
}

/** Every problem of an entry the editor is about to save, in French; an empty list when it may be saved. */
export function entryProblems(
  collection: string,
  file: string | undefined,
  data: Record<string, unknown>,
  known: KnownIds,
  parse: MdxParser,
): EntryProblem[] {
  const { body, ...frontmatter } = cleanEntry(data) as Record<string, unknown>;
  const problems: EntryProblem[] = [];
  const schema = schemaFor(collection, file, known);
  if (schema) {
    const result = schema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ path: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  if (typeof body === 'string') {
    const consent = frontmatter.consent as { image?: unknown } | undefined;
    const textPhotos = frontmatter.textPhotosWithoutAuthor;
    for (const p of dialectProblemsWith(parse, body, {
      imageConsent: collection === 'testimonies' && typeof consent?.image === 'boolean' ? consent.image : undefined,
      textPhotosWithoutAuthor: Array.isArray(textPhotos) ? textPhotos.map(String) : [],
    })) {
      problems.push({ path: 'body', message: `ligne ${p.line} du texte : ${p.message}` });
    }
  }
  return problems;
}
