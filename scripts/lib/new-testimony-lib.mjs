// The pure parts of `npm run new`: turning answers typed by staff into a valid testimony file.
// No file-system or terminal access here (the script does that), so every rule can be unit-tested.
//
// One source of truth: the questions and their checks come from the testimony schema
// (src/schemas/testimony.ts), the one Astro and `npm run validate` use. Allowed values, which
// fields are required, length limits and the rules between fields (first name only, image
// consent for a photo of the author, parents' consent for a minor, learner's track, staff's job,
// end after start) are read from it or checked by running it on the answers; their labels come
// from the site's dictionaries (src/i18n/), photo extensions from src/lib/imageFiles.ts, calendar
// checks from src/lib/dates.ts. What is the tool's own: how answers are typed (a country's name
// for its code, 12/03/2025 for 2025-03-12, a number in a list), staff's extra words for a value,
// and the wording of its messages.
import path from 'node:path';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { ui } from '../../src/i18n/ui.ts';
import { impossibleDate } from '../../src/lib/dates.ts';
import { imagePathSyntaxProblem } from '../../src/lib/imageFiles.ts';
import { testimonySchema } from '../../src/schemas/testimony.ts';
import { z } from '../../src/schemas/zodFrench.ts';

countries.registerLocale(fr);
countries.registerLocale(en);

// ---------------------------------------------------------------------------------------------
// Reading the schema

/** @type {WeakMap<object, z.ZodObject>} */
const schemas = new WeakMap();
/** @type {z.ZodObject | undefined} */
let defaultSchema;

/**
 * The testimony schema as `npm run new` checks a story: photos are paths (the file itself is
 * checked by the validator once written), references are the ids of the content folder (`lists`).
 * A test may pass its own schema in `lists.schema`.
 * @param {Partial<Lists>} [lists]
 * @returns {z.ZodObject}
 */
export function schemaOf(lists) {
  if (lists?.schema) return lists.schema;
  const build = (/** @type {Partial<Lists>} */ l) =>
    /** @type {z.ZodObject} */ (
      testimonySchema(() => z.string(), {
        tracks: (l.tracks ?? []).map((t) => t.id),
        programmes: (l.programmes ?? []).map((p) => p.id),
        worries: l.worries ?? [],
        partners: l.partners ?? [],
        institutions: [],
      })
    );
  if (!lists) return (defaultSchema ??= build({}));
  if (!schemas.has(lists)) schemas.set(lists, build(lists));
  return /** @type {z.ZodObject} */ (schemas.get(lists));
}

/**
 * The schema of one field ("author.name"), without its optional()/default() wrapper.
 * @param {string} fieldPath
 * @param {Partial<Lists>} [lists]
 * @returns {{ schema: any, optional: boolean, fallback: unknown }}
 */
export function schemaField(fieldPath, lists) {
  /** @type {any} */
  let schema = schemaOf(lists);
  let optional = false;
  let fallback;
  for (const key of fieldPath.split('.')) {
    schema = schema.shape?.[key];
    if (!schema) throw new Error(`npm run new : le champ ${fieldPath} n'existe pas dans src/schemas/testimony.ts`);
    for (;;) {
      if (schema.type === 'optional') optional = true;
      else if (schema.type === 'default') {
        optional = true;
        fallback = schema.def.defaultValue;
      } else break;
      schema = schema.def.innerType;
    }
  }
  return { schema, optional, fallback };
}

/**
 * The longest text the schema allows in a field, or undefined when it sets no limit.
 * @param {string} fieldPath
 * @param {Partial<Lists>} [lists]
 * @returns {number | undefined}
 */
export function maxLengthOf(fieldPath, lists) {
  return schemaField(fieldPath, lists).schema.maxLength ?? undefined;
}

/**
 * The values the schema allows in a field (an enum).
 * @param {string} fieldPath
 * @param {Partial<Lists>} [lists]
 * @returns {string[]}
 */
export function valuesOf(fieldPath, lists) {
  return [...schemaField(fieldPath, lists).schema.options];
}

/**
 * A whole story as the template writes it from the answers so far, with harmless stand-ins for
 * what is not answered yet: the schema runs on it, and only its verdict on one field is read.
 * @param {Record<string, any>} a answers
 * @param {Partial<Lists>} [lists]
 */
function storyOf(a, lists) {
  const first = (/** @type {string} */ p) => valuesOf(p, lists)[0];
  const learner = a.role === 'learner';
  const photo = Boolean(a.photo);
  return {
    title: a.title ?? 'x',
    summary: a.summary ?? 'x',
    quote: a.quote ?? 'x',
    author: {
      name: a.name ?? 'x',
      role: a.role ?? first('author.role'),
      ...(a.track !== undefined && { track: a.track }),
      ...(a.job !== undefined && { job: a.job }),
      ...(a.minor !== undefined ? { minor: a.minor } : !learner && a.role !== undefined ? { minor: false } : {}),
    },
    consent: {
      publication: false,
      image: a.image === true,
      name: CONSENT_NAME,
      ...(a.parental !== undefined && { parental: a.parental }),
      signed: '2000-01-01',
    },
    mobility: {
      direction: a.direction ?? first('mobility.direction'),
      kind: a.kind ?? first('mobility.kind'),
      programme: a.programme ?? (lists?.programmes?.[0]?.id ?? 'x'),
      country: a.country ?? 'FR',
      city: a.city ?? 'x',
      start: a.start ?? a.end ?? '2000-01-01',
      end: a.end ?? a.start ?? '2000-01-01',
    },
    ...(photo && { cover: `./${coverFileName(a.photo)}` }),
    ...(photo && a.coverAlt !== undefined && { coverAlt: a.coverAlt }),
    ...(photo && a.coverShowsAuthor !== undefined && { coverShowsAuthor: a.coverShowsAuthor }),
    draft: true,
  };
}

/**
 * What the schema says about one field of the story the answers make, in French: [] when it
 * accepts it.
 * @param {string} fieldPath e.g. "author.name"
 * @param {Record<string, any>} answers
 * @param {Partial<Lists>} [lists]
 * @returns {string[]}
 */
export function schemaProblems(fieldPath, answers, lists) {
  const result = schemaOf(lists).safeParse(storyOf(answers, lists));
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join('.') === fieldPath).map((issue) => issue.message);
}

/**
 * Whether the schema requires a field given the other answers (a learner's track and age, a
 * staff member's job, the description of a cover): it refuses the story without it.
 * @param {string} fieldPath
 * @param {string} key answer key of that field
 */
const requiredBySchema = (fieldPath, key) => (/** @type {Record<string, any>} */ a, /** @type {Lists} */ lists) =>
  schemaProblems(fieldPath, { ...a, [key]: undefined }, lists).length > 0;

/** The name consent `npm run new` writes (scripts/templates/temoignage.mdx): the first name only, the safest. */
export const CONSENT_NAME = 'first-name';

/** The values of the schema, read once (the default schema); the unit test checks they are the schema's. */
export const ROLES = valuesOf('author.role');
export const DIRECTIONS = valuesOf('mobility.direction');
export const MOBILITY_KINDS = valuesOf('mobility.kind');
/** Longest folder name: not a schema field (the folder gives the page's address), the tool's own limit. */
const SLUG_MAX = 60;
/**
 * Maximum lengths of the schema's text fields (the default schema), for messages and tests.
 * @param {Partial<Lists>} [lists]
 */
export function limitsOf(lists) {
  return {
    title: maxLengthOf('title', lists),
    name: maxLengthOf('author.name', lists),
    job: maxLengthOf('author.job', lists),
    summary: maxLengthOf('summary', lists),
    quote: maxLengthOf('quote', lists),
    city: maxLengthOf('mobility.city', lists),
    coverAlt: maxLengthOf('coverAlt', lists),
  };
}
export const LIMITS = { ...limitsOf(), slug: SLUG_MAX };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lowercase, without accents or punctuation: the form used to compare what staff type with
 * labels ("États-Unis" and "etats unis" compare equal).
 * @param {unknown} text
 * @returns {string}
 */
export function normalize(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A folder name usable in a URL: lowercase, accents removed, every run of spaces, apostrophes
 * and punctuation turned into one hyphen ("L'été à Cork !" → "l-ete-a-cork").
 * Longer than `max` characters, it is cut at the last hyphen that fits.
 * @param {unknown} text
 * @param {number} [max]
 * @returns {string}
 */
export function slugify(text, max = LIMITS.slug) {
  let slug = normalize(text).replace(/ /g, '-');
  if (slug.length > max) {
    slug = slug.slice(0, max + 1);
    const cut = slug.lastIndexOf('-');
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
  }
  return slug.replace(/^-+|-+$/g, '');
}

/**
 * The folder name proposed to staff: from the title, or "<prénom>-<pays>-<année>" when the title
 * gives nothing usable or is already taken.
 * @param {{ title?: string, name?: string, country?: string, start?: string }} answers
 * @param {(slug: string) => boolean} [taken] whether a folder of that name already exists
 * @returns {string}
 */
export function defaultSlug(answers, taken = () => false) {
  const fromTitle = answers.title ? slugify(answers.title) : '';
  if (fromTitle && !taken(fromTitle)) return fromTitle;
  const country = answers.country ? (countries.getName(answers.country, 'fr') ?? answers.country) : '';
  const year = answers.start ? answers.start.slice(0, 4) : '';
  return slugify([answers.name, country, year].filter(Boolean).join(' ')) || fromTitle;
}

/**
 * Checks a folder name typed by staff (accents and spaces are converted rather than refused).
 * @param {unknown} text
 * @returns {string} the slug
 * @throws {Error} in French when nothing usable remains
 */
export function parseSlug(text) {
  const slug = slugify(text);
  if (!slug || !ID.test(slug)) {
    throw new Error(`nom de dossier « ${text} » inutilisable : des lettres, des chiffres et des tirets, par exemple lea-irlande-2025`);
  }
  return slug;
}

/** @type {Record<string, string>} */
const COUNTRY_ALIASES = {
  tchequie: 'CZ',
  angleterre: 'GB',
  ecosse: 'GB',
  'pays de galles': 'GB',
  'irlande du nord': 'GB',
  hollande: 'NL',
  'etats unis': 'US',
  usa: 'US',
};

/** normalized name → alpha-2, for every French and English name and alias. */
/** @type {Map<string, string> | undefined} */
let countryIndex;
function countryNames() {
  if (!countryIndex) {
    countryIndex = new Map();
    for (const lang of ['fr', 'en']) {
      for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
        for (const name of names) if (!countryIndex.has(normalize(name))) countryIndex.set(normalize(name), code);
      }
    }
  }
  return countryIndex;
}

/**
 * A country typed by staff as an ISO 3166-1 alpha-2 code: "IE", "ie", "IRL", "Irlande",
 * "irlande", "Ireland" and "Etats-Unis" are all understood.
 * @param {unknown} text
 * @returns {string} the alpha-2 code in capitals, e.g. "IE"
 * @throws {Error} in French when the country is unknown or the name is ambiguous
 */
export function parseCountry(text) {
  const raw = String(text ?? '').trim();
  if (!raw) throw new Error('pays manquant : écrivez son nom (Irlande) ou son code à deux lettres (IE)');
  if (/^[a-z]{2}$/i.test(raw) && countries.isValid(raw.toUpperCase())) return raw.toUpperCase();
  const key = normalize(raw);
  const names = countryNames();
  const exact = names.get(key) ?? COUNTRY_ALIASES[key];
  if (exact) return exact;
  if (/^[a-z]{3}$/i.test(raw)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(raw.toUpperCase());
    if (fromAlpha3) return fromAlpha3;
  }
  // "Etats-Unis" for "États-Unis d'Amérique": a unique match on the beginning of a name.
  const starts = new Set();
  for (const [name, code] of names) if (key.length >= 3 && name.startsWith(key + ' ')) starts.add(code);
  if (starts.size === 1) return [...starts][0];
  if (starts.size > 1) {
    const choices = [...starts].map((code) => `${countries.getName(code, 'fr')} (${code})`).join(', ');
    throw new Error(`pays « ${raw} » ambigu : précisez, par exemple ${choices}`);
  }
  throw new Error(`pays « ${raw} » inconnu : écrivez son nom en français (Irlande, Allemagne…) ou son code ISO à deux lettres (IE, DE…)`);
}

/**
 * The French name of a country code ("IE" → "Irlande").
 * @param {string} code
 * @returns {string}
 */
export function countryLabel(code) {
  return countries.getName(code, 'fr') ?? code;
}

/**
 * A calendar date written AAAA-MM-JJ (or JJ/MM/AAAA, turned around), checked against the calendar
 * (no 30 February).
 * @param {unknown} text
 * @returns {string} the date as AAAA-MM-JJ
 * @throws {Error} in French when the date is malformed or does not exist
 */
export function parseDate(text) {
  const raw = String(text ?? '').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  let parts = match && [match[1], match[2], match[3]];
  if (!parts) {
    match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(raw);
    parts = match && [match[3], match[2], match[1]];
  }
  if (!parts) throw new Error(`date « ${raw} » non comprise : écrivez-la AAAA-MM-JJ, par exemple 2025-03-12`);
  const [year, month, day] = parts.map(Number);
  // The calendar check of the schema's dates (src/schemas/fields.ts), with its message.
  const impossible = impossibleDate(year, month, day);
  if (impossible) throw new Error(`date impossible « ${raw} » : ${impossible}`);
  // The tool's own guard against a typo (2205 for 2025); the schema has no such limit.
  if (year < 1990 || year > 2100) throw new Error(`année ${year} improbable : vérifiez la date « ${raw} »`);
  return `${parts[0]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks the end of a stay against its start with the schema's rule (mobility.end).
 * @param {string} start AAAA-MM-JJ
 * @param {string} end AAAA-MM-JJ
 * @throws {Error} in French (the schema's message) when the schema refuses the end
 */
export function checkDateRange(start, end) {
  const [problem] = schemaProblems('mobility.end', { start, end });
  if (problem) throw new Error(problem);
}

/**
 * Today's date AAAA-MM-JJ in the local time zone (a teacher at 11 p.m. signs "today", not
 * tomorrow in UTC). ESCALES_TODAY=AAAA-MM-JJ fixes it, as for the build.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function today(env = process.env) {
  if (env.ESCALES_TODAY) return parseDate(env.ESCALES_TODAY);
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A one-line text: trimmed, inner runs of spaces collapsed, length checked against the schema.
 * @param {unknown} text
 * @param {number | undefined} max the schema's limit (maxLengthOf), undefined when it has none
 * @param {string} what French name of the field, for the message
 * @returns {string}
 * @throws {Error} in French when empty or too long (the message gives the count)
 */
export function parseText(text, max, what) {
  const value = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (!value) throw new Error(`${what} vide`);
  if (max !== undefined && value.length > max) {
    throw new Error(`${what} trop long : ${value.length} caractères pour ${max} au plus, raccourcissez de ${value.length - max}`);
  }
  return value;
}

/**
 * A yes/no answer: oui/non, o/n, yes/no, true/false, 1/0.
 * @param {string | boolean} value
 * @returns {boolean}
 * @throws {Error} in French otherwise
 */
export function parseYesNo(value) {
  if (typeof value === 'boolean') return value;
  const key = normalize(value);
  if (['o', 'oui', 'y', 'yes', 'true', '1', 'vrai'].includes(key)) return true;
  if (['n', 'non', 'no', 'false', '0', 'faux'].includes(key)) return false;
  throw new Error(`réponse « ${value} » non comprise : oui ou non`);
}

/**
 * @typedef {{ id: string, label: string, aliases?: string[] }} Choice
 */

/**
 * One of a list of choices, typed as its number in the list shown, its id, or its French label.
 * @param {unknown} text
 * @param {Choice[]} choices
 * @param {string} what French name of the list, for the message
 * @returns {string} the id
 * @throws {Error} in French listing the allowed ids
 */
export function parseChoice(text, choices, what) {
  const raw = String(text ?? '').trim();
  if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= choices.length) return choices[Number(raw) - 1].id;
  const key = normalize(raw);
  const found = choices.find(
    (choice) => choice.id === raw || normalize(choice.id) === key || normalize(choice.label) === key || (choice.aliases ?? []).some((alias) => normalize(alias) === key),
  );
  if (found) return found.id;
  const known = choices.length ? choices.map((choice) => choice.id).join(', ') : '(liste vide)';
  throw new Error(`${what} « ${raw} » inconnu(e). Valeurs possibles : ${known}`);
}

/**
 * The first name displayed with the name consent `npm run new` writes (first-name): whatever the
 * schema refuses under that consent (a space, today) is refused here, in the tool's words.
 * @param {unknown} text
 * @param {Partial<Lists>} [lists]
 * @returns {string}
 * @throws {Error} in French when empty, too long or refused by the schema's first-name rule
 */
export function parseFirstName(text, lists) {
  const value = parseText(text, maxLengthOf('author.name', lists), 'prénom');
  if (schemaProblems('author.name', { name: value }, lists).length) {
    throw new Error(`« ${value} » : le prénom seul, sans nom de famille ni espace (pour un prénom composé : Marie-Claire)`);
  }
  return value;
}

/**
 * A photo file given for the cover: checks its name as the site checks a photo's path
 * (src/lib/imageFiles.ts: a photo extension, HEIC explained); the script checks it exists, and
 * the validator decodes it once copied. Quotes and backslashes added by dragging a file into a
 * terminal are removed.
 * @param {unknown} text
 * @returns {string} the path as typed, cleaned
 * @throws {Error} in French for a file the site cannot publish as a photo
 */
export function parsePhotoPath(text) {
  let value = String(text ?? '').trim();
  if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
  value = value.replace(/\\ /g, ' ');
  // Copied next to the text as cover.<extension>: the file's own name is what is checked.
  const problem = imagePathSyntaxProblem(`./${path.basename(value)}`, 'photo');
  if (problem) throw new Error(problem);
  return value;
}

/**
 * The file name a cover photo gets in the story folder: cover.jpg, cover.png…
 * @param {string} photoPath
 * @returns {string}
 */
export function coverFileName(photoPath) {
  const ext = photoPath.slice(photoPath.lastIndexOf('.')).toLowerCase();
  return `cover${ext === '.jpeg' ? '.jpg' : ext}`;
}

/** Where the site's French label of each value of an enum field lives (src/i18n/). */
const LABEL_KEYS = {
  'author.role': (/** @type {string} */ id) => `facet.role.${id}`,
  'mobility.direction': (/** @type {string} */ id) => `facet.direction.${id}`,
  'mobility.kind': (/** @type {string} */ id) => `kind.${id}`,
};

/**
 * Staff's own words for a value of the schema, the tool's and not the site's: `note` is shown after
 * the site's label, `aliases` are accepted as answers. A value missing here still gets its label;
 * the unit test refuses a value here that the schema does not have.
 * @type {Record<string, Record<string, { note?: string, aliases?: string[] }>>}
 */
export const STAFF_WORDS = {
  'author.role': {
    learner: { note: 'élève, apprenti·e, étudiant·e', aliases: ['apprenant', 'apprenante', 'apprenant·e', 'eleve', 'apprenti', 'apprentie', 'etudiant', 'etudiante'] },
    staff: { note: 'enseignant·e, formateur·rice, agent·e', aliases: ['personnel', 'enseignant', 'enseignante', 'prof', 'professeur', 'professeure', 'formateur', 'formatrice', 'agent'] },
  },
  'mobility.direction': {
    outgoing: { note: "départ à l'étranger", aliases: ['depart', 'départ', 'sortant', 'sortante'] },
    incoming: { note: "venu·e de l'étranger", aliases: ['accueil', 'accueilli', 'accueillie', 'entrant', 'entrante'] },
  },
  'mobility.kind': {
    'group-trip': { aliases: ['voyage', 'voyage de groupe'] },
    'job-shadowing': { aliases: ['observation', 'job shadowing'] },
    teaching: { aliases: ['enseignement'] },
  },
};

/**
 * The values the schema allows in an enum field, with the site's French label (src/i18n/).
 * @param {keyof typeof LABEL_KEYS} fieldPath
 * @param {Partial<Lists>} [lists]
 * @returns {Choice[]}
 * @throws {Error} when a value has no French label in the dictionary
 */
export function schemaChoices(fieldPath, lists) {
  return valuesOf(fieldPath, lists).map((id) => {
    const key = LABEL_KEYS[fieldPath](id);
    const label = /** @type {Record<string, string>} */ (ui.fr)[key];
    if (!label) throw new Error(`npm run new : la valeur ${id} de ${fieldPath} n'a pas de libellé français (clé ${key} de src/i18n/)`);
    const words = STAFF_WORDS[fieldPath]?.[id];
    return { id, label: words?.note ? `${label} (${words.note})` : label, aliases: [label, ...(words?.aliases ?? [])] };
  });
}

/**
 * @typedef {object} Lists reference data read from the content folder
 * @property {Choice[]} tracks ids and French names of content/tracks.yaml
 * @property {Choice[]} programmes ids and French names of content/programmes.yaml
 * @property {string[]} worries ids of content/worries.yaml
 * @property {string[]} partners ids of content/partners/
 * @property {(photo: string) => void} [checkFile] throws a French Error when the photo file is missing
 * @property {z.ZodObject} [schema] the testimony schema to follow (tests); by default src/schemas/testimony.ts with these ids
 */

/**
 * Turns a parsed reference list (tracks.yaml, programmes.yaml) into choices with French labels.
 * @param {unknown} list
 * @returns {Choice[]}
 */
export function choicesOf(list) {
  if (!Array.isArray(list)) return [];
  return list
    .filter((item) => item && typeof item === 'object' && typeof item.id === 'string')
    .map((item) => {
      const name = item.name?.fr ?? item.name ?? '';
      const short = item.short?.fr;
      const label = short && short !== name ? `${short} — ${name}` : String(name || item.id);
      return { id: item.id, label, aliases: [short, typeof name === 'string' ? name : undefined].filter(Boolean) };
    });
}

/**
 * @typedef {object} Field one question of `npm run new`, also one command-line option
 * @property {string} key answer key
 * @property {string} flag command-line option, without "--"
 * @property {string} [option] how the option is shown when missing, if not "--<flag>"
 * @property {string} schema the schema field it fills ("author.name"): its limits, values and rules apply
 * @property {string} label French name of the field, used in messages
 * @property {string} question French question
 * @property {string | ((answers: Record<string, any>, lists: Lists) => string)} [hint] French help shown under the question
 * @property {boolean} [boolean] a yes/no question (a flag without value)
 * @property {boolean} [optional] may stay empty
 * @property {(answers: Record<string, any>, lists: Lists) => boolean} [when] asked only when this is true
 * @property {(answers: Record<string, any>, lists: Lists) => Choice[]} [choices] a list to pick from
 * @property {(answers: Record<string, any>, lists: Lists) => (string | boolean | undefined)} [fallback] default value
 * @property {string | boolean} [flagFallback] default when options are given without questions only
 * @property {(raw: string | boolean, answers: Record<string, any>, lists: Lists) => any} parse checks the answer, throws a French Error
 */

/** @param {Record<string, any>} a */
const hasPhoto = (a) => Boolean(a.photo);

/** The schema's limit of a text field, written for a hint: "120 caractères au plus", or nothing without a limit. */
const atMost = (/** @type {string} */ fieldPath, /** @type {Lists} */ lists) => {
  const max = maxLengthOf(fieldPath, lists);
  return max === undefined ? '' : `${max} caractères au plus`;
};
/** A text field of the schema: its limit is the schema's. */
const text = (/** @type {string} */ fieldPath, /** @type {string} */ what) => (/** @type {string | boolean} */ raw, /** @type {any} */ _, /** @type {Lists} */ lists) =>
  parseText(raw, maxLengthOf(fieldPath, lists), what);
/** The schema's default of a field, as the answer proposed. */
const schemaDefault = (/** @type {string} */ fieldPath) => (/** @type {any} */ _, /** @type {Lists} */ lists) =>
  /** @type {string | boolean | undefined} */ (schemaField(fieldPath, lists).fallback);

/** @type {Field[]} every question, in the order asked */
export const FIELDS = [
  {
    key: 'title', flag: 'title', schema: 'title', label: 'titre (title)',
    question: 'Titre du témoignage',
    hint: (_, lists) => `${atMost('title', lists)}, par exemple « Trois semaines dans une ferme laitière du Connemara »`,
    parse: text('title', 'titre'),
  },
  {
    key: 'name', flag: 'name', schema: 'author.name', label: 'prénom (name)',
    question: "Prénom de la personne qui raconte",
    hint: "le prénom seul, tel qu'il sera affiché sur le site",
    parse: (raw, _, lists) => parseFirstName(raw, lists),
  },
  {
    key: 'role', flag: 'role', schema: 'author.role', label: 'rôle (learner ou staff)',
    question: 'Cette personne est',
    choices: (_, lists) => schemaChoices('author.role', lists),
    fallback: () => 'learner',
    parse: (raw, _, lists) => parseChoice(raw, schemaChoices('author.role', lists), 'rôle'),
  },
  {
    key: 'track', flag: 'track', schema: 'author.track', label: 'filière (track)',
    question: "Filière de l'apprenant·e",
    hint: "pour un accueil, la filière de la classe qui l'a reçue",
    when: requiredBySchema('author.track', 'track'),
    choices: (_, lists) => lists.tracks,
    fallback: (_, lists) => (lists.tracks.length === 1 ? lists.tracks[0].id : undefined),
    parse: (raw, _, lists) => parseChoice(raw, lists.tracks, 'filière'),
  },
  {
    key: 'minor', flag: 'minor', schema: 'author.minor', option: '--minor ou --adult', boolean: true,
    label: "moins de 18 ans pendant le séjour (--minor) ou majeur·e (--adult) : le site ne le devine pas",
    question: 'Avait-elle ou avait-il moins de 18 ans pendant le séjour ? (oui/non)',
    hint: "si oui, l'autorisation signée des parents est obligatoire",
    when: requiredBySchema('author.minor', 'minor'),
    // Never guessed: asked without an answer proposed, and required on the command line
    // (--minor or --adult, see minorFlags) — a minor's story needs the parents' signature.
    parse: (raw) => parseYesNo(raw),
  },
  {
    key: 'job', flag: 'job', schema: 'author.job', label: 'fonction (job)',
    question: 'Fonction de ce membre du personnel',
    hint: 'par exemple « Professeure de zootechnie »',
    when: requiredBySchema('author.job', 'job'),
    parse: text('author.job', 'fonction'),
  },
  {
    key: 'direction', flag: 'direction', schema: 'mobility.direction', label: 'sens de la mobilité (direction)',
    question: 'Départ ou accueil ?',
    choices: (_, lists) => schemaChoices('mobility.direction', lists),
    fallback: () => 'outgoing',
    parse: (raw, _, lists) => parseChoice(raw, schemaChoices('mobility.direction', lists), 'sens'),
  },
  {
    key: 'kind', flag: 'kind', schema: 'mobility.kind', label: 'type de séjour (kind)',
    question: 'Type de séjour',
    choices: (_, lists) => schemaChoices('mobility.kind', lists),
    fallback: (a) => (a.role === 'staff' ? 'job-shadowing' : 'internship'),
    parse: (raw, _, lists) => parseChoice(raw, schemaChoices('mobility.kind', lists), 'type de séjour'),
  },
  {
    key: 'programme', flag: 'programme', schema: 'mobility.programme', label: 'programme',
    question: 'Programme ou financement',
    choices: (_, lists) => lists.programmes,
    fallback: (_, lists) =>
      lists.programmes.length === 1 ? lists.programmes[0].id : lists.programmes.find((p) => p.id === 'erasmus-plus')?.id,
    parse: (raw, _, lists) => parseChoice(raw, lists.programmes, 'programme'),
  },
  {
    key: 'country', flag: 'country', schema: 'mobility.country', label: 'pays (country)',
    question: 'Pays',
    hint: "son nom (Irlande) ou son code à deux lettres (IE) ; pour un accueil, le pays d'où vient la personne",
    parse: (raw, _, lists) => {
      const code = parseCountry(raw);
      const [problem] = schemaProblems('mobility.country', { country: code }, lists);
      if (problem) throw new Error(problem);
      return code;
    },
  },
  {
    key: 'city', flag: 'city', schema: 'mobility.city', label: 'ville (city)',
    question: 'Ville',
    hint: "pour un accueil, la ville d'où vient la personne",
    parse: text('mobility.city', 'ville'),
  },
  {
    key: 'start', flag: 'start', schema: 'mobility.start', label: 'date de début (start)',
    question: 'Date de début du séjour (AAAA-MM-JJ)',
    parse: (raw) => parseDate(raw),
  },
  {
    key: 'end', flag: 'end', schema: 'mobility.end', label: 'date de fin (end)',
    question: 'Date de fin du séjour (AAAA-MM-JJ)',
    parse: (raw, a, lists) => {
      const end = parseDate(raw);
      const [problem] = schemaProblems('mobility.end', { start: a.start, end }, lists);
      if (problem) throw new Error(problem);
      return end;
    },
  },
  {
    key: 'summary', flag: 'summary', schema: 'summary', label: 'résumé (summary)',
    question: 'Résumé en une ou deux phrases',
    hint: (_, lists) => `affiché sur les cartes et dans la recherche, ${atMost('summary', lists)}`,
    parse: text('summary', 'résumé'),
  },
  {
    key: 'quote', flag: 'quote', schema: 'quote', label: 'citation (quote)',
    question: 'Une phrase marquante de la personne, entre guillemets sur le site',
    hint: (_, lists) => atMost('quote', lists),
    parse: text('quote', 'citation'),
  },
  {
    key: 'photo', flag: 'photo', schema: 'cover', label: 'photo',
    optional: schemaField('cover').optional,
    question: "Photo de couverture : chemin du fichier (Entrée pour passer)",
    hint: 'JPEG ou PNG ; vous pouvez glisser le fichier dans cette fenêtre',
    parse: (raw, _, lists) => {
      const photo = parsePhotoPath(raw);
      lists.checkFile?.(photo);
      return photo;
    },
  },
  {
    key: 'coverAlt', flag: 'alt', schema: 'coverAlt', label: 'description de la photo (alt)',
    question: 'Décrivez la photo pour une personne qui ne la voit pas',
    hint: (_, lists) => `ce qu'elle montre, en une phrase, ${atMost('coverAlt', lists)}, par exemple « Léa nourrit des veaux dans une étable »`,
    when: requiredBySchema('coverAlt', 'coverAlt'),
    parse: text('coverAlt', 'description de la photo'),
  },
  {
    key: 'coverShowsAuthor', flag: 'cover-shows-author', schema: 'coverShowsAuthor', label: "la photo montre l'auteur·e (cover-shows-author)", boolean: true,
    question: 'La personne qui raconte est-elle sur cette photo ? (oui/non)',
    when: hasPhoto,
    fallback: schemaDefault('coverShowsAuthor'),
    parse: (raw) => parseYesNo(raw),
  },
  {
    key: 'image', flag: 'image', schema: 'consent.image', label: "autorisation d'image (image)", boolean: true,
    question: "A-t-elle signé l'autorisation de publier des photos d'elle ? (oui/non)",
    hint: "vérifiez sur le formulaire signé conservé au lycée",
    // Asked only when the schema would refuse this cover without image consent.
    when: (a, lists) => hasPhoto(a) && schemaProblems('cover', { ...a, image: false }, lists).length > 0,
    fallback: () => false,
    parse: (raw) => parseYesNo(raw),
  },
];

/**
 * The schema's fields `npm run new` does not ask about, and why: the template writes a safe
 * value, or leaves the line for the author to fill in. With FIELDS, this covers every field of
 * src/schemas/testimony.ts (the unit test walks the schema and fails on a field in neither).
 * @type {Record<string, string>}
 */
export const NOT_ASKED = {
  'consent.publication': "false : le témoignage reste un brouillon tant que le formulaire signé n'a pas été vérifié",
  'consent.name': `${CONSENT_NAME} : le prénom seul, le plus prudent ; à vérifier sur le formulaire signé`,
  'consent.parental': "écrit d'après la règle du schéma : true pour un·e mineur·e, sous un avertissement en capitales (voir templateValues)",
  'consent.signed': "la date du jour, à corriger d'après le formulaire",
  'consent.expires': 'facultatif : une ligne en commentaire dans le modèle',
  'mobility.partner': 'facultatif : une ligne en commentaire avec la liste des partenaires',
  worries: 'facultatif : la liste des identifiants en commentaire dans le modèle',
  gallery: "des photos à ajouter dans le dossier ensuite, chacune avec sa description (le modèle l'explique)",
  textPhotosWithoutAuthor: "n'a de sens qu'une fois le texte écrit, avec ses photos",
  featured: 'choix de la rédaction, pas de la personne qui raconte',
  draft: "true : un nouveau témoignage n'est jamais publié avant relecture",
  lang: 'fr par défaut, la langue du texte écrit ensuite',
};

/**
 * Why the cover photo cannot be used, in French, or null: the schema refuses this cover with
 * these consents (today: a photo showing the author needs their signed image consent).
 * @param {Record<string, unknown>} answers
 * @param {Partial<Lists>} [lists]
 * @returns {string | null}
 */
export function photoProblem(answers, lists) {
  if (answers.photo && schemaProblems('cover', answers, lists).length) {
    return "sans autorisation d'image signée, une photo qui montre la personne ne peut pas être publiée : choisissez une photo où elle n'apparaît pas, ou n'en mettez pas";
  }
  return null;
}

/**
 * Folds the command line's --adult into --minor (`--adult` is `--no-minor`), so that the
 * questions and the checks see one answer.
 * @param {Record<string, string | boolean | undefined>} values parsed options
 * @returns {Record<string, string | boolean | undefined>} the same options, `adult` removed
 * @throws {Error} in French when both --minor and --adult are given, or --no-adult
 */
export function minorFlags(values) {
  const { adult, ...rest } = values;
  if (adult === undefined) return rest;
  if (adult === false) throw new Error("--no-adult n'existe pas : écrivez --minor (moins de 18 ans pendant le séjour) ou --adult (majeur·e)");
  if (rest.minor !== undefined) throw new Error('--minor et --adult sont contradictoires : gardez --minor (moins de 18 ans pendant le séjour) ou --adult (majeur·e)');
  return { ...rest, minor: false };
}

/**
 * Checks the values given on the command line (non-interactive mode): defaults fill what is
 * missing, then every required value must be there.
 * @param {Record<string, string | boolean | undefined>} flags parsed options, by flag name
 * @param {Lists} lists
 * @returns {{ answers: Record<string, unknown>, missing: Field[], problems: { field: Field, message: string }[] }}
 */
export function answersFromFlags(flags, lists) {
  /** @type {Record<string, unknown>} */
  const answers = {};
  const missing = [];
  const problems = [];
  for (const field of FIELDS) {
    if (field.when && !field.when(answers, lists)) continue;
    let raw = flags[field.flag];
    if (raw === undefined || raw === '') raw = field.fallback?.(answers, lists) ?? field.flagFallback;
    if (raw === undefined || raw === '') {
      if (!field.optional) missing.push(field);
      continue;
    }
    try {
      answers[field.key] = field.parse(raw, answers, lists);
    } catch (error) {
      problems.push({ field, message: /** @type {Error} */ (error).message });
    }
  }
  const photo = photoProblem(answers, lists);
  if (photo) problems.push({ field: /** @type {Field} */ (FIELDS.find((f) => f.key === 'image')), message: photo });
  return { answers, missing, problems };
}

/**
 * Asks every question in turn, asking again after an answer the schema would refuse.
 * @param {Lists} lists
 * @param {(question: string) => Promise<string>} ask prints the question, resolves with the line typed
 * @param {(line: string) => void} say prints a line
 * @param {Record<string, string | boolean | undefined>} [given] answers already given as options
 * @returns {Promise<Record<string, unknown>>}
 */
export async function askAll(lists, ask, say, given = {}) {
  /** @type {Record<string, unknown>} */
  const answers = {};
  for (const field of FIELDS) {
    if (field.when && !field.when(answers, lists)) continue;
    const preset = given[field.flag];
    if (preset !== undefined && preset !== '') {
      try {
        answers[field.key] = field.parse(preset, answers, lists);
        continue;
      } catch (error) {
        say(`  ✘ --${field.flag} : ${/** @type {Error} */ (error).message}`);
      }
    }
    const choices = field.choices?.(answers, lists);
    const fallback = field.fallback?.(answers, lists);
    say('');
    if (choices) choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.id} — ${choice.label}`));
    const hint = typeof field.hint === 'function' ? field.hint(answers, lists) : field.hint;
    if (hint) say(`  (${hint})`);
    for (;;) {
      const shown = fallback === undefined ? '' : ` [${fallback === true ? 'oui' : fallback === false ? 'non' : fallback}]`;
      const typed = (await ask(`${field.question}${shown} : `)).trim();
      if (!typed && fallback !== undefined) {
        answers[field.key] = field.parse(fallback, answers, lists);
        break;
      }
      if (!typed && field.optional) break;
      if (!typed) {
        say('  ✘ réponse obligatoire');
        continue;
      }
      try {
        answers[field.key] = field.parse(typed, answers, lists);
        const echo = echoOf(field, answers[field.key], lists);
        if (echo) say(`  ✔ ${echo}`);
        break;
      } catch (error) {
        say(`  ✘ ${/** @type {Error} */ (error).message}`);
      }
    }
  }
  const photo = photoProblem(answers, lists);
  if (photo) {
    say(`  ✘ ${photo}.`);
    say("    La photo n'est pas ajoutée ; vous pourrez en mettre une autre plus tard dans le dossier du témoignage.");
    for (const key of ['photo', 'coverAlt', 'coverShowsAuthor', 'image']) delete answers[key];
  }
  return answers;
}

/**
 * @param {Field} field
 * @param {unknown} value
 * @param {Lists} lists
 */
function echoOf(field, value, lists) {
  if (field.key === 'country') return `${value} (${countryLabel(String(value))})`;
  if (field.key === 'start' || field.key === 'end') return String(value);
  const max = ['summary', 'quote', 'title', 'coverAlt'].includes(field.key) ? maxLengthOf(field.schema, lists) : undefined;
  if (max !== undefined) return `${String(value).length}/${max} caractères`;
  return '';
}

/**
 * Whether the schema requires the parents' consent (consent.parental: true) for these answers:
 * it refuses the story without it (today: a minor author).
 * @param {Record<string, any>} answers
 * @param {Partial<Lists>} [lists]
 */
export function parentalRequired(answers, lists) {
  return schemaProblems('consent.parental', { ...answers, parental: undefined }, lists).length > 0;
}

/**
 * Wraps a list of ids over several comment lines of about `width` characters.
 * @param {string[]} ids
 * @returns {string}
 */
function idList(ids) {
  if (!ids.length) return '(aucun pour le moment)';
  const lines = [''];
  for (const id of ids) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + id.length > 70) lines.push('');
    lines[lines.length - 1] += (lines[lines.length - 1] ? ', ' : '') + id;
  }
  return lines.join('\n');
}

/** A YAML string in double quotes (JSON strings are valid YAML). @param {unknown} value */
const quoted = (value) => JSON.stringify(String(value));

/**
 * The values that fill the placeholders of scripts/templates/temoignage.mdx.
 * `{{?key}}` at the start of a line becomes "" when `key` is on, "# " (a comment) when it is off.
 * Consent fields get safe values: publication false (the story stays a draft until the form is signed), image only
 * when confirmed, name first-name, signed today; the template tells the author to check them
 * against the signed form. For a minor, parental is true (the schema requires it even of a draft)
 * under a warning in capitals that the parents' signature must be seen before publication.
 * @param {Record<string, any>} answers checked answers (see FIELDS)
 * @param {Lists} lists
 * @param {string} signed AAAA-MM-JJ
 * @returns {Record<string, string | boolean>}
 */
export function templateValues(answers, lists, signed) {
  const learner = answers.role === 'learner';
  const photo = Boolean(answers.photo);
  const parental = parentalRequired(answers, lists);
  return {
    title: quoted(answers.title),
    summary: quoted(answers.summary),
    quote: quoted(answers.quote),
    name: quoted(answers.name),
    role: answers.role,
    '?track': learner,
    track: learner ? answers.track : (lists.tracks[0]?.id ?? 'bac-pro-cgea'),
    trackIds: idList(lists.tracks.map((t) => t.id)),
    '?job': !learner,
    job: quoted(learner ? 'Professeure de zootechnie' : answers.job),
    minor: learner && answers.minor === true,
    image: answers.image === true,
    '?parental': parental,
    parentalNote:
      parental
        ? "⚠ MINEUR·E PENDANT LE SÉJOUR : AUTORISATION DES PARENTS OBLIGATOIRE.\nVérifiez sur le formulaire la signature d'un parent (ou du représentant\nlégal). « npm run new » a écrit parental: true pour que le brouillon\nsoit valide : ne mettez publication: true qu'après avoir vu cette signature."
        : "Autorisation des parents : seulement pour un·e mineur·e (author.minor: true),\nalors OBLIGATOIRE et true. Majeur·e : laissez la ligne en commentaire.",
    signed,
    direction: answers.direction,
    kind: answers.kind,
    programme: answers.programme,
    programmeIds: idList(lists.programmes.map((p) => p.id)),
    country: quoted(answers.country),
    countryName: countryLabel(answers.country),
    city: quoted(answers.city),
    partner: lists.partners[0] ?? 'nom-du-partenaire',
    partnerIds: idList(lists.partners),
    start: answers.start,
    end: answers.end,
    worryIds: idList(lists.worries),
    '?cover': photo,
    cover: photo ? `./${coverFileName(answers.photo)}` : './cover.jpg',
    coverAlt: quoted(photo ? answers.coverAlt : 'Décrivez ce que montre la photo'),
    coverShowsAuthor: photo ? answers.coverShowsAuthor !== false : true,
  };
}

/**
 * Fills `{{key}}` placeholders, and `{{?key}}` line switches (see templateValues). A value that
 * spans several lines continues as comment lines with the same indentation.
 * @param {string} template
 * @param {Record<string, string | boolean>} values
 * @returns {string}
 * @throws {Error} when the template names a value that is not given (a mistake in the template)
 */
export function fillTemplate(template, values) {
  return template
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      return line.replace(/\{\{(\??[A-Za-z]+)\}\}/g, (_, key) => {
        if (!(key in values)) throw new Error(`modèle : valeur inconnue {{${key}}}`);
        if (key.startsWith('?')) return values[key] ? '' : '# ';
        return String(values[key]).replace(/\n/g, `\n${indent}#   `);
      });
    })
    .join('\n');
}
