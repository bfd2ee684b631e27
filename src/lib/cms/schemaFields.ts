import { countryField, dateField } from '../../schemas/fields.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { newsSchema } from '../../schemas/news.ts';
import { faqSchema, pageSchema } from '../../schemas/pages.ts';
import { institutionSchema, partnerSchema, programmeSchema, trackSchema, worrySchema } from '../../schemas/reference.ts';
import { resultsSchema } from '../../schemas/results.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { testimonySchema } from '../../schemas/testimony.ts';
import { z } from '../../schemas/zodFrench.ts';
import type { KnownIds } from '../../schemas/knownIds.ts';

/**
 * The content contract read as a list of fields, for the browser editor (src/lib/cms/config.ts).
 * The Zod schemas of src/schemas/ are walked (Zod 4: `.def`, `.shape`); two things their shape
 * cannot tell are found out by the schemas themselves: a reference to a list (tracks, partners…)
 * is a string schema that accepts a sentinel id of that list only, and a photo is whatever the
 * `image` helper returned. Pure: no file is read.
 */

export type ReferenceList = keyof KnownIds;

export type FieldType =
  | { kind: 'string'; min?: number; max?: number; format?: string }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'reference'; list: ReferenceList }
  | { kind: 'country' }
  | { kind: 'image' }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'list'; of: FieldType }
  | { kind: 'unsupported'; what: string };

export interface SchemaField {
  /** Dotted path from the entry's root, list items without an index: `gallery.src`. */
  path: string;
  name: string;
  /** The file must give a value (no `.optional()`, no `.default()`). */
  required: boolean;
  /** The schema's default, when it has one. */
  defaultValue?: unknown;
  type: FieldType;
}

const LISTS: ReferenceList[] = ['tracks', 'programmes', 'worries', 'institutions', 'partners'];
const sentinel = (list: ReferenceList) => `\u0000escales-${list}`;
/** Known ids made of sentinels: a reference field accepts its own list's sentinel and nothing else. */
const probeIds: KnownIds = Object.fromEntries(LISTS.map((list) => [list, [sentinel(list)]])) as unknown as KnownIds;

/** The stand-in for Astro's image() helper: recognised by identity. */
const imageMarker = z.string();
const image = () => imageMarker;

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string } };

function def(schema: z.ZodType): AnySchema['def'] {
  return (schema as AnySchema).def;
}

function referenceList(schema: z.ZodType): ReferenceList | undefined {
  if (schema.safeParse('\u0000escales-nothing').success) return undefined;
  return LISTS.find((list) => schema.safeParse(sentinel(list)).success);
}

function typeOf(schema: z.ZodType, path: string): FieldType {
  if (schema === imageMarker) return { kind: 'image' };
  if (schema === dateField) return { kind: 'date' };
  if (schema === countryField) return { kind: 'country' };
  const d = def(schema);
  switch (d.type) {
    case 'string': {
      const list = referenceList(schema);
      if (list) return { kind: 'reference', list };
      const s = schema as z.ZodString;
      return {
        kind: 'string',
        ...(s.minLength != null ? { min: s.minLength } : {}),
        ...(s.maxLength != null ? { max: s.maxLength } : {}),
        ...(typeof s.format === 'string' ? { format: s.format } : {}),
      };
    }
    case 'number': {
      const n = schema as z.ZodNumber;
      const finite = (value: number | null) => (value != null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);
      const min = finite(n.minValue);
      const max = finite(n.maxValue);
      // z.number().int() sets an integer format (safeint, int32…).
      return { kind: 'number', integer: /int/.test(n.format ?? ''), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'enum', values: Object.values(d.entries as Record<string, string>) };
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema as z.ZodObject, `${path}.`) };
    case 'array':
      return { kind: 'list', of: typeOf(unwrap(d.element as z.ZodType).inner, path) };
    case 'pipe': {
      // z.preprocess(fn, out) and schema.transform(fn): what the file holds is the non-transform side.
      const input = d.in as z.ZodType;
      return typeOf(def(input).type === 'transform' ? (d.out as z.ZodType) : input, path);
    }
    default:
      return { kind: 'unsupported', what: d.type };
  }
}

/** Strips optional/default/prefault/nullable/readonly wrappers. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'readonly') {
      if (d.type !== 'readonly') required = false;
      inner = d.innerType as z.ZodType;
    } else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      if (defaultValue === undefined) defaultValue = d.defaultValue;
      inner = d.innerType as z.ZodType;
    } else return { inner, required, defaultValue };
  }
}

function fieldsOf(object: z.ZodObject, prefix = ''): SchemaField[] {
  return Object.entries(object.shape).map(([name, schema]) => {
    const { inner, required, defaultValue } = unwrap(schema as z.ZodType);
    const path = `${prefix}${name}`;
    return { path, name, required, ...(defaultValue !== undefined ? { defaultValue } : {}), type: typeOf(inner, path) };
  });
}

/** The fields of an object schema (after its refinements, which keep the shape). */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const { inner } = unwrap(schema);
  if (def(inner).type !== 'object') throw new Error(`schéma d'objet attendu, reçu ${def(inner).type}`);
  return fieldsOf(inner as z.ZodObject);
}

/** Every collection the editor offers, by name, with the fields its schema declares. */
export function contractFields(): Record<EditorCollection, SchemaField[]> {
  return {
    testimonies: schemaFields(testimonySchema(image, probeIds)),
    news: schemaFields(newsSchema(image, probeIds)),
    results: schemaFields(resultsSchema(probeIds)),
    partners: schemaFields(partnerSchema),
    faq: schemaFields(faqSchema(probeIds)),
    pages: schemaFields(pageSchema),
    institutions: schemaFields(institutionSchema),
    tracks: schemaFields(trackSchema),
    programmes: schemaFields(programmeSchema(probeIds)),
    worries: schemaFields(worrySchema),
    glossary: schemaFields(glossarySchema),
    settings: schemaFields(settingsSchema),
  };
}

export const EDITOR_COLLECTIONS = [
  'testimonies',
  'news',
  'results',
  'partners',
  'faq',
  'pages',
  'institutions',
  'tracks',
  'programmes',
  'worries',
  'glossary',
  'settings',
] as const;
export type EditorCollection = (typeof EDITOR_COLLECTIONS)[number];

/** Every field path of a list of fields, nested ones included, in order. */
export function allPaths(fields: SchemaField[]): string[] {
  return fields.flatMap((field) => [field.path, ...nestedPaths(field.type)]);
}

function nestedPaths(type: FieldType): string[] {
  if (type.kind === 'object') return allPaths(type.fields);
  if (type.kind === 'list') return nestedPaths(type.of);
  return [];
}
