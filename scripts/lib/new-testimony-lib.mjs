// The pure parts of `npm run new`: turning answers typed by staff into a valid testimony file.
// No file-system or terminal access here (the script does that), so every rule can be unit-tested.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(fr);
countries.registerLocale(en);

// Kept in step with src/schemas/testimony.ts (the source of truth); the unit test checks it.
export const ROLES = ['learner', 'staff'];
export const DIRECTIONS = ['outgoing', 'incoming'];
export const MOBILITY_KINDS = ['internship', 'study', 'group-trip', 'job-shadowing', 'teaching', 'training'];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];
/** Maximum lengths of the schema's text fields. */
export const LIMITS = { title: 120, name: 80, job: 120, summary: 200, quote: 180, coverAlt: 250, slug: 60 };

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
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`la date « ${raw} » n'existe pas dans le calendrier`);
  }
  if (year < 1990 || year > 2100) throw new Error(`année ${year} improbable : vérifiez la date « ${raw} »`);
  return `${parts[0]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks that a stay does not end before it starts (both AAAA-MM-JJ).
 * @param {string} start
 * @param {string} end
 * @throws {Error} in French when end is before start
 */
export function checkDateRange(start, end) {
  if (end < start) throw new Error(`la fin du séjour (${end}) est avant son début (${start})`);
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
 * @param {number} max
 * @param {string} what French name of the field, for the message
 * @returns {string}
 * @throws {Error} in French when empty or too long (the message gives the count)
 */
export function parseText(text, max, what) {
  const value = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (!value) throw new Error(`${what} vide`);
  if (value.length > max) {
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
 * The first name displayed with consent.name: first-name, so one word (hyphens allowed).
 * @param {unknown} text
 * @returns {string}
 * @throws {Error} in French when empty, too long or with a space
 */
export function parseFirstName(text) {
  const value = parseText(text, LIMITS.name, 'prénom');
  if (/\s/.test(value)) {
    throw new Error(`« ${value} » : le prénom seul, sans nom de famille ni espace (pour un prénom composé : Marie-Claire)`);
  }
  return value;
}

/**
 * A photo file given for the cover: only checks the extension (the script checks it exists).
 * Quotes and backslashes added by dragging a file into a terminal are removed.
 * @param {unknown} text
 * @returns {string} the path as typed, cleaned
 * @throws {Error} in French for a file that is not a JPEG, PNG or WebP image
 */
export function parsePhotoPath(text) {
  let value = String(text ?? '').trim();
  if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
  value = value.replace(/\\ /g, ' ');
  const ext = value.slice(value.lastIndexOf('.')).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(ext)) {
    throw new Error(`« ${value} » n'est pas une photo JPEG ou PNG (extensions acceptées : ${IMAGE_EXTENSIONS.join(', ')})`);
  }
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

const ROLE_CHOICES = [
  { id: 'learner', label: 'apprenant·e (élève, apprenti·e, étudiant·e)', aliases: ['apprenant', 'apprenante', 'apprenant·e', 'eleve', 'apprenti', 'apprentie', 'etudiant', 'etudiante'] },
  { id: 'staff', label: 'personnel (enseignant·e, formateur·rice, agent·e)', aliases: ['personnel', 'enseignant', 'enseignante', 'prof', 'professeur', 'professeure', 'formateur', 'formatrice', 'agent'] },
];
const DIRECTION_CHOICES = [
  { id: 'outgoing', label: "départ à l'étranger", aliases: ['depart', 'départ', 'sortant', 'sortante'] },
  { id: 'incoming', label: "accueil au lycée (venu·e de l'étranger)", aliases: ['accueil', 'entrant', 'entrante'] },
];
const KIND_CHOICES = [
  { id: 'internship', label: 'stage', aliases: ['stage'] },
  { id: 'study', label: 'études', aliases: ['etudes'] },
  { id: 'group-trip', label: 'voyage de classe ou de groupe', aliases: ['voyage', 'voyage de classe'] },
  { id: 'job-shadowing', label: 'observation en poste', aliases: ['observation', 'job shadowing'] },
  { id: 'teaching', label: "mission d'enseignement", aliases: ['enseignement'] },
  { id: 'training', label: 'formation', aliases: ['formation'] },
];

/**
 * @typedef {object} Lists reference data read from the content folder
 * @property {Choice[]} tracks ids and French names of content/tracks.yaml
 * @property {Choice[]} programmes ids and French names of content/programmes.yaml
 * @property {string[]} worries ids of content/worries.yaml
 * @property {string[]} partners ids of content/partners/
 * @property {(photo: string) => void} [checkFile] throws a French Error when the photo file is missing
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
 * @property {string} label French name of the field, used in messages
 * @property {string} question French question
 * @property {string} [hint] French help shown under the question
 * @property {boolean} [boolean] a yes/no question (a flag without value)
 * @property {boolean} [optional] may stay empty
 * @property {(answers: Record<string, any>, lists: Lists) => boolean} [when] asked only when this is true
 * @property {(answers: Record<string, any>, lists: Lists) => Choice[]} [choices] a list to pick from
 * @property {(answers: Record<string, any>, lists: Lists) => (string | boolean | undefined)} [fallback] default value
 * @property {string | boolean} [flagFallback] default when options are given without questions only
 * @property {(raw: string | boolean, answers: Record<string, any>, lists: Lists) => any} parse checks the answer, throws a French Error
 */

/** @param {Record<string, any>} a */
const isLearner = (a) => a.role === 'learner';
/** @param {Record<string, any>} a */
const hasPhoto = (a) => Boolean(a.photo);

/** @type {Field[]} every question, in the order asked */
export const FIELDS = [
  {
    key: 'title', flag: 'title', label: 'titre (title)',
    question: 'Titre du témoignage',
    hint: `${LIMITS.title} caractères au plus, par exemple « Trois semaines dans une ferme laitière du Connemara »`,
    parse: (raw) => parseText(raw, LIMITS.title, 'titre'),
  },
  {
    key: 'name', flag: 'name', label: 'prénom (name)',
    question: "Prénom de la personne qui raconte",
    hint: "le prénom seul, tel qu'il sera affiché sur le site",
    parse: (raw) => parseFirstName(raw),
  },
  {
    key: 'role', flag: 'role', label: 'rôle (learner ou staff)',
    question: 'Cette personne est',
    choices: () => ROLE_CHOICES,
    fallback: () => 'learner',
    parse: (raw) => parseChoice(raw, ROLE_CHOICES, 'rôle'),
  },
  {
    key: 'track', flag: 'track', label: 'filière (track)',
    question: "Filière de l'apprenant·e",
    hint: "pour un accueil, la filière de la classe qui l'a reçue",
    when: isLearner,
    choices: (_, lists) => lists.tracks,
    fallback: (_, lists) => (lists.tracks.length === 1 ? lists.tracks[0].id : undefined),
    parse: (raw, _, lists) => parseChoice(raw, lists.tracks, 'filière'),
  },
  {
    key: 'minor', flag: 'minor', option: '--minor ou --adult', boolean: true,
    label: "moins de 18 ans pendant le séjour (--minor) ou majeur·e (--adult) : le site ne le devine pas",
    question: 'Avait-elle ou avait-il moins de 18 ans pendant le séjour ? (oui/non)',
    hint: "si oui, l'autorisation signée des parents est obligatoire",
    when: isLearner,
    // Never guessed: asked without an answer proposed, and required on the command line
    // (--minor or --adult, see minorFlags) — a minor's story needs the parents' signature.
    parse: (raw) => parseYesNo(raw),
  },
  {
    key: 'job', flag: 'job', label: 'fonction (job)',
    question: 'Fonction de ce membre du personnel',
    hint: 'par exemple « Professeure de zootechnie »',
    when: (a) => a.role === 'staff',
    parse: (raw) => parseText(raw, LIMITS.job, 'fonction'),
  },
  {
    key: 'direction', flag: 'direction', label: 'sens de la mobilité (direction)',
    question: 'Départ ou accueil ?',
    choices: () => DIRECTION_CHOICES,
    fallback: () => 'outgoing',
    parse: (raw) => parseChoice(raw, DIRECTION_CHOICES, 'sens'),
  },
  {
    key: 'kind', flag: 'kind', label: 'type de séjour (kind)',
    question: 'Type de séjour',
    choices: () => KIND_CHOICES,
    fallback: (a) => (a.role === 'staff' ? 'job-shadowing' : 'internship'),
    parse: (raw) => parseChoice(raw, KIND_CHOICES, 'type de séjour'),
  },
  {
    key: 'programme', flag: 'programme', label: 'programme',
    question: 'Programme ou financement',
    choices: (_, lists) => lists.programmes,
    fallback: (_, lists) =>
      lists.programmes.length === 1 ? lists.programmes[0].id : lists.programmes.find((p) => p.id === 'erasmus-plus')?.id,
    parse: (raw, _, lists) => parseChoice(raw, lists.programmes, 'programme'),
  },
  {
    key: 'country', flag: 'country', label: 'pays (country)',
    question: 'Pays',
    hint: "son nom (Irlande) ou son code à deux lettres (IE) ; pour un accueil, le pays d'où vient la personne",
    parse: (raw) => parseCountry(raw),
  },
  {
    key: 'city', flag: 'city', label: 'ville (city)',
    question: 'Ville',
    hint: "pour un accueil, la ville d'où vient la personne",
    parse: (raw) => parseText(raw, 120, 'ville'),
  },
  {
    key: 'start', flag: 'start', label: 'date de début (start)',
    question: 'Date de début du séjour (AAAA-MM-JJ)',
    parse: (raw) => parseDate(raw),
  },
  {
    key: 'end', flag: 'end', label: 'date de fin (end)',
    question: 'Date de fin du séjour (AAAA-MM-JJ)',
    parse: (raw, a) => {
      const end = parseDate(raw);
      if (a.start) checkDateRange(a.start, end);
      return end;
    },
  },
  {
    key: 'summary', flag: 'summary', label: 'résumé (summary)',
    question: 'Résumé en une ou deux phrases',
    hint: `affiché sur les cartes et dans la recherche, ${LIMITS.summary} caractères au plus`,
    parse: (raw) => parseText(raw, LIMITS.summary, 'résumé'),
  },
  {
    key: 'quote', flag: 'quote', label: 'citation (quote)',
    question: 'Une phrase marquante de la personne, entre guillemets sur le site',
    hint: `${LIMITS.quote} caractères au plus`,
    parse: (raw) => parseText(raw, LIMITS.quote, 'citation'),
  },
  {
    key: 'photo', flag: 'photo', label: 'photo', optional: true,
    question: "Photo de couverture : chemin du fichier (Entrée pour passer)",
    hint: 'JPEG ou PNG ; vous pouvez glisser le fichier dans cette fenêtre',
    parse: (raw, _, lists) => {
      const photo = parsePhotoPath(raw);
      lists.checkFile?.(photo);
      return photo;
    },
  },
  {
    key: 'coverAlt', flag: 'alt', label: 'description de la photo (alt)',
    question: 'Décrivez la photo pour une personne qui ne la voit pas',
    hint: `ce qu'elle montre, en une phrase, ${LIMITS.coverAlt} caractères au plus, par exemple « Léa nourrit des veaux dans une étable »`,
    when: hasPhoto,
    parse: (raw) => parseText(raw, LIMITS.coverAlt, 'description de la photo'),
  },
  {
    key: 'coverShowsAuthor', flag: 'cover-shows-author', label: "la photo montre l'auteur·e (cover-shows-author)", boolean: true,
    question: 'La personne qui raconte est-elle sur cette photo ? (oui/non)',
    when: hasPhoto,
    fallback: () => true,
    parse: (raw) => parseYesNo(raw),
  },
  {
    key: 'image', flag: 'image', label: "autorisation d'image (image)", boolean: true,
    question: "A-t-elle signé l'autorisation de publier des photos d'elle ? (oui/non)",
    hint: "vérifiez sur le formulaire signé conservé au lycée",
    when: (a) => hasPhoto(a) && a.coverShowsAuthor === true,
    fallback: () => false,
    parse: (raw) => parseYesNo(raw),
  },
];

/**
 * Why the cover photo cannot be used, in French, or null: a photo showing the author needs
 * their signed image consent (consent.image).
 * @param {Record<string, unknown>} answers
 * @returns {string | null}
 */
export function photoProblem(answers) {
  if (answers.photo && answers.coverShowsAuthor !== false && answers.image !== true) {
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
  const photo = photoProblem(answers);
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
    if (field.hint) say(`  (${field.hint})`);
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
        const echo = echoOf(field, answers[field.key]);
        if (echo) say(`  ✔ ${echo}`);
        break;
      } catch (error) {
        say(`  ✘ ${/** @type {Error} */ (error).message}`);
      }
    }
  }
  if (photoProblem(answers)) {
    say(`  ✘ ${photoProblem(answers)}.`);
    say("    La photo n'est pas ajoutée ; vous pourrez en mettre une autre plus tard dans le dossier du témoignage.");
    for (const key of ['photo', 'coverAlt', 'coverShowsAuthor', 'image']) delete answers[key];
  }
  return answers;
}

/**
 * @param {Field} field
 * @param {unknown} value
 */
function echoOf(field, value) {
  if (field.key === 'country') return `${value} (${countryLabel(String(value))})`;
  if (field.key === 'start' || field.key === 'end') return String(value);
  if (['summary', 'quote', 'title', 'coverAlt'].includes(field.key)) return `${String(value).length}/${LIMITS[/** @type {keyof LIMITS} */ (field.key)]} caractères`;
  return '';
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
    '?parental': learner && answers.minor === true,
    parentalNote:
      learner && answers.minor === true
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
