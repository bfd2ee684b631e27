import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parse } from 'yaml';
import {
  DIRECTIONS,
  FIELDS,
  LIMITS,
  MOBILITY_KINDS,
  NOT_ASKED,
  ROLES,
  STAFF_WORDS,
  answersFromFlags,
  askAll,
  checkDateRange,
  defaultSlug,
  fillTemplate,
  minorFlags,
  parseChoice,
  parseCountry,
  parseDate,
  parseFirstName,
  parsePhotoPath,
  parseText,
  photoProblem,
  schemaChoices,
  slugify,
  templateValues,
} from '../../scripts/lib/new-testimony-lib.mjs';
import { ui } from '../../src/i18n/ui.ts';
import { directions, mobilityKinds, testimonySchema } from '../../src/schemas/testimony.ts';
import { z } from '../../src/schemas/zodFrench.ts';
import { validateContent } from '../../src/lib/validation.ts';
import { tempDir } from '../helpers/tempDir.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.join(projectRoot, 'scripts/new-testimony.mjs');
const template = readFileSync(path.join(projectRoot, 'scripts/templates/temoignage.mdx'), 'utf8');
// The project's Node 22 (the node@22 devDependency), whatever Node runs Vitest.
const localNode = path.join(projectRoot, 'node_modules/.bin/node');
const node = existsSync(localNode) ? localNode : process.execPath;

/** A small but complete content folder, valid for src/lib/validation.ts. */
function makeContentDir(): string {
  // content/ inside a temporary folder, so the validator's cache beside it (runNew) goes with it.
  const root = path.join(tempDir('escales-new-'), 'content');
  mkdirSync(root);
  const files: Record<string, string> = {
    'tracks.yaml': `- id: bac-pro-cgea
  name: { fr: "Bac pro Conduite et gestion de l'entreprise agricole", en: "Vocational baccalaureate in farm management" }
  short: { fr: "Bac pro CGEA", en: "Vocational bac CGEA" }
- id: bts-acse
  name: { fr: "BTS Analyse, conduite et stratégie de l'entreprise agricole", en: "Higher national diploma in farm management" }
  short: { fr: "BTS ACSE", en: "BTS ACSE" }
`,
    'programmes.yaml': `- id: erasmus-plus
  name: { fr: "Erasmus+", en: "Erasmus+" }
- id: region-mobilite
  name: { fr: "Bourse régionale de mobilité", en: "Regional mobility grant" }
`,
    'worries.yaml': `- id: language
  name: { fr: "La langue", en: "Language" }
  question: { fr: "Et s'il ne comprend pas la langue ?", en: "What if they don't understand the language?" }
`,
    'institutions.yaml': `- id: region
  name: "Région Centre-Val de Loire"
  class: region
`,
    'settings.yaml': `school:
  name: "Lycée agricole des Coteaux"
  shortName: "Lycée des Coteaux"
  legalName: "EPLEFPA de Valbonne-sur-Loire"
  address: { street: "12 route des Vignes", postalCode: "41999", city: "Valbonne-sur-Loire" }
  phone: "+33 2 00 00 00 00"
  email: "legta.valbonne@example.fr"
siteUrl: "https://escales.example.fr"
locales: [fr, en]
contacts:
  - { name: "Claire Martin", role: { fr: "Référente mobilité", en: "Mobility officer" }, email: "mobilite@example.fr" }
dataProtectionOfficer: { name: "DPD du ministère", email: "dpd@example.fr" }
publicationDirector: { name: "Jean Dupont", role: { fr: "Directeur", en: "Head" } }
host: { name: "Hébergeur", address: "1 rue du Serveur, 75000 Paris" }
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  for (const dir of ['testimonies', 'news', 'results', 'partners', 'pages']) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, 'partners', 'teagasc-athenry.yaml'), 'name: "Teagasc Athenry"\nkind: school\ncountry: IE\ncity: "Athenry"\n');
  return root;
}

/** Runs `npm run new` without a terminal (stdin is a pipe, so no questions are asked). */
function runNew(args: string[], root: string) {
  return spawnSync(node, [script, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    // The validator's image cache goes next to the content copy, not into the project's cache.
    env: { ...process.env, ESCALES_CONTENT_DIR: root, ESCALES_CACHE_DIR: path.join(path.dirname(root), `${path.basename(root)}-cache`), ESCALES_TODAY: '2025-04-02' },
    input: '',
    timeout: 30_000,
  });
}

const LEA = [
  '--title', 'Trois semaines dans une ferme laitière du Connemara',
  '--name', 'Léa',
  '--role', 'learner',
  '--track', 'bac-pro-cgea',
  '--minor',
  '--direction', 'outgoing',
  '--kind', 'internship',
  '--programme', 'erasmus-plus',
  '--country', 'Irlande',
  '--city', 'Galway',
  '--start', '2025-03-03',
  '--end', '2025-03-21',
  '--summary', "Léa, en bac pro CGEA, raconte son stage Erasmus+ en Irlande : les veaux, l'anglais et la pluie.",
  '--quote', "J'avais peur de ne pas comprendre l'anglais. Au bout d'une semaine, je rêvais en anglais !",
];

const lists = {
  tracks: [{ id: 'bac-pro-cgea', label: 'Bac pro CGEA', aliases: ['Bac pro CGEA'] }],
  programmes: [{ id: 'erasmus-plus', label: 'Erasmus+' }, { id: 'region-mobilite', label: 'Bourse régionale' }],
  worries: ['language'],
  partners: [],
};

// ---------------------------------------------------------------------------------------------
// The schema is the source of truth: read here straight from src/schemas/testimony.ts.

const schema = testimonySchema(() => z.string(), { tracks: ['bac-pro-cgea'], programmes: ['erasmus-plus', 'region-mobilite'], worries: ['language'], partners: [], institutions: [] });

/** The schema of a field without its optional()/default() wrappers. */
function unwrap(field: any): any {
  while (field.type === 'optional' || field.type === 'default') field = field.def.innerType;
  return field;
}

/** Every field of the schema as a dotted path, down into groups (author.name), not into lists. */
function leafPaths(object: any, prefix = ''): string[] {
  return Object.entries(object.shape).flatMap(([key, field]) => {
    const inner = unwrap(field);
    return inner.type === 'object' ? leafPaths(inner, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

const at = (fieldPath: string) => unwrap(fieldPath.split('.').reduce((field: any, key) => unwrap(field).shape[key], schema));

describe('npm run new follows the schema', () => {
  it('asks about every field of the schema, or says why not', () => {
    const fields = leafPaths(schema);
    expect(fields.length).toBeGreaterThan(20);
    const asked = FIELDS.map((f) => f.schema);
    expect(new Set(asked).size).toBe(asked.length);
    const skipped = Object.keys(NOT_ASKED);
    for (const field of fields) expect(asked.includes(field) || skipped.includes(field), `${field}: no question and no reason`).toBe(true);
    // Nothing asked or skipped that the schema does not have, and nothing both asked and skipped.
    expect([...asked, ...skipped].sort()).toEqual([...fields].sort());
    for (const [field, reason] of Object.entries(NOT_ASKED)) expect(reason.length, field).toBeGreaterThan(10);
  });

  it('offers exactly the schema values, each with its French label from the dictionary', () => {
    expect(ROLES).toEqual(at('author.role').options);
    expect(DIRECTIONS).toEqual([...directions]);
    expect(MOBILITY_KINDS).toEqual([...mobilityKinds]);
    const labels: Record<string, (id: string) => string> = {
      'author.role': (id) => ui.fr[`facet.role.${id}` as keyof typeof ui.fr],
      'mobility.direction': (id) => ui.fr[`facet.direction.${id}` as keyof typeof ui.fr],
      'mobility.kind': (id) => ui.fr[`kind.${id}` as keyof typeof ui.fr],
    };
    for (const [field, label] of Object.entries(labels)) {
      const choices = schemaChoices(field as 'author.role');
      expect(choices.map((c) => c.id)).toEqual(at(field).options);
      for (const choice of choices) {
        expect(label(choice.id), `${field} ${choice.id}`).toBeTruthy();
        expect(choice.label.startsWith(label(choice.id)), `${field} ${choice.id}`).toBe(true);
      }
      // Staff's extra words only for values the schema has.
      for (const id of Object.keys(STAFF_WORDS[field] ?? {})) expect(at(field).options, `${field}: ${id}`).toContain(id);
    }
    expect(parseChoice('Observation en poste', schemaChoices('mobility.kind'), 'type')).toBe('job-shadowing');
  });

  it('takes its length limits from the schema', () => {
    const texts: Record<string, string> = { title: 'title', name: 'author.name', job: 'author.job', summary: 'summary', quote: 'quote', coverAlt: 'coverAlt', city: 'mobility.city' };
    for (const [key, field] of Object.entries(texts)) expect(LIMITS[key as keyof typeof LIMITS], field).toBe(at(field).maxLength ?? undefined);
    expect(LIMITS.title).toBeGreaterThan(0);
    const max = at('title').maxLength as number;
    const title = (n: number) => answersFromFlags({ title: 'x'.repeat(n) }, lists).problems.filter((p) => p.field.key === 'title');
    expect(title(max)).toEqual([]);
    expect(title(max + 1).map((p) => p.message)).toEqual([`titre trop long : ${max + 1} caractères pour ${max} au plus, raccourcissez de 1`]);
  });

  it('follows a limit changed in the schema', () => {
    // The schema with other limits, the tool given it: its checks follow, with no change of the tool.
    const shorter = schema.safeExtend({ title: z.string().min(1).max(50), mobility: at('mobility').safeExtend({ city: z.string().min(1).max(6) }) });
    const changed = { ...lists, schema: shorter };
    const flags = { title: 'x'.repeat(60), role: 'staff', city: 'Galway-Nord' };
    const messages = (l: typeof lists) => answersFromFlags(flags, l).problems.map((p) => `${p.field.key}: ${p.message}`);
    expect(messages(lists)).toEqual([]);
    expect(messages(changed)).toEqual(['title: titre trop long : 60 caractères pour 50 au plus, raccourcissez de 10', 'city: ville trop long : 11 caractères pour 6 au plus, raccourcissez de 5']);
    // The first-name rule stays the schema's own in the changed schema.
    expect(() => parseFirstName('Léa Martin', changed)).toThrow(/le prénom seul/);
  });

  it('applies the schema rules between fields: first name, track, job, age, image and parental consent', () => {
    expect(parseFirstName('Marie-Claire')).toBe('Marie-Claire');
    expect(() => parseFirstName('Léa Martin')).toThrow('« Léa Martin » : le prénom seul');
    const asked = (answers: Record<string, unknown>) => FIELDS.filter((f) => !f.when || f.when(answers, lists)).map((f) => f.key);
    expect(asked({ role: 'learner' })).toEqual(expect.arrayContaining(['track', 'minor']));
    expect(asked({ role: 'learner' })).not.toContain('job');
    expect(asked({ role: 'staff' })).toContain('job');
    expect(asked({ role: 'staff' })).not.toContain('track');
    expect(asked({ role: 'staff' })).not.toContain('minor');
    expect(asked({ role: 'staff' })).not.toContain('coverAlt');
    expect(asked({ role: 'staff', photo: 'a.jpg' })).toEqual(expect.arrayContaining(['coverAlt', 'coverShowsAuthor', 'image']));
    expect(asked({ role: 'staff', photo: 'a.jpg', coverShowsAuthor: false })).not.toContain('image');
    expect(photoProblem({ photo: 'a.jpg', coverAlt: 'A', coverShowsAuthor: true, image: false })).toMatch(/autorisation d'image/);
    expect(photoProblem({ photo: 'a.jpg', coverAlt: 'A', coverShowsAuthor: true, image: true })).toBeNull();
    expect(photoProblem({ photo: 'a.jpg', coverAlt: 'A', coverShowsAuthor: false, image: false })).toBeNull();
    const minor = { title: 'T', name: 'Léa', role: 'learner', track: 'bac-pro-cgea', minor: true, country: 'IE', city: 'C', start: '2025-03-03', end: '2025-03-21', summary: 'S', quote: 'Q', direction: 'outgoing', kind: 'internship', programme: 'erasmus-plus' };
    expect(templateValues(minor, lists, '2025-04-02')['?parental']).toBe(true);
    expect(templateValues({ ...minor, minor: false }, lists, '2025-04-02')['?parental']).toBe(false);
  });

  it('accepts the photo formats the site publishes, and explains HEIC', () => {
    for (const name of ['photo.jpg', 'PHOTO.JPEG', 'a b.png', 'c.webp', 'd.avif', 'e.gif', "'/tmp/f g.jpg'"]) expect(() => parsePhotoPath(name), name).not.toThrow();
    expect(() => parsePhotoPath('IMG_0001.HEIC')).toThrow(/HEIC/);
    expect(() => parsePhotoPath('logo.svg')).toThrow(/SVG/);
    expect(() => parsePhotoPath('notes.txt')).toThrow(/extension/);
  });
});

describe('slugify', () => {
  it('removes accents and lowercases', () => {
    expect(slugify('Léa à Málaga : été 2025')).toBe('lea-a-malaga-ete-2025');
    expect(slugify('Œuvre ÇA')).toBe('oeuvre-ca');
  });
  it('turns spaces and apostrophes (straight or curly) into single hyphens', () => {
    expect(slugify("  L'été   à  Cork  ")).toBe('l-ete-a-cork');
    expect(slugify('Aujourd’hui, l’Irlande !')).toBe('aujourd-hui-l-irlande');
    expect(slugify('--Stage -- en  --  Pologne--')).toBe('stage-en-pologne');
  });
  it('cuts long titles at a hyphen', () => {
    const slug = slugify('Trois semaines dans une ferme laitière du Connemara avec des veaux et beaucoup de pluie');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.startsWith('trois-semaines-dans-une-ferme-laitiere-du-connemara')).toBe(true);
  });
  it('falls back to first name, country and year', () => {
    expect(defaultSlug({ title: '!!!', name: 'Léa', country: 'IE', start: '2025-03-03' })).toBe('lea-irlande-2025');
    expect(defaultSlug({ title: 'Mon stage', name: 'Léa', country: 'IE', start: '2025-03-03' }, (s) => s === 'mon-stage')).toBe('lea-irlande-2025');
  });
});

describe('parseCountry', () => {
  it('understands French names, codes and English names', () => {
    expect(parseCountry('Irlande')).toBe('IE');
    expect(parseCountry('irlande ')).toBe('IE');
    expect(parseCountry('IE')).toBe('IE');
    expect(parseCountry('ie')).toBe('IE');
    expect(parseCountry('IRL')).toBe('IE');
    expect(parseCountry('Germany')).toBe('DE');
    expect(parseCountry('Etats-Unis')).toBe('US');
    expect(parseCountry('Royaume-Uni')).toBe('GB');
  });
  it('refuses an unknown country in French', () => {
    expect(() => parseCountry('Atlantis')).toThrow(/pays « Atlantis » inconnu/);
    expect(() => parseCountry('')).toThrow(/pays manquant/);
  });
});

describe('dates', () => {
  it('accepts AAAA-MM-JJ and JJ/MM/AAAA', () => {
    expect(parseDate('2025-03-03')).toBe('2025-03-03');
    expect(parseDate('2025-3-3')).toBe('2025-03-03');
    expect(parseDate('03/03/2025')).toBe('2025-03-03');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses malformed or impossible dates in French', () => {
    expect(() => parseDate('mars 2025')).toThrow(/AAAA-MM-JJ/);
    expect(() => parseDate('2025-02-30')).toThrow("date impossible « 2025-02-30 » : le 30 février 2025 n'existe pas : février n'a que 28 jours (2025 n'est pas une année bissextile)");
    expect(() => parseDate('31/04/2026')).toThrow(/avril n'a que 30 jours/);
    expect(() => parseDate('2025-13-01')).toThrow(/pas de mois 13/);
  });
  it('refuses an end before the start', () => {
    expect(() => checkDateRange('2025-03-21', '2025-03-03')).toThrow(/avant son début/);
    expect(() => checkDateRange('2025-03-03', '2025-03-03')).not.toThrow();
  });
});

describe('answers', () => {
  it('counts characters of the summary', () => {
    expect(() => parseText('x'.repeat(201), 200, 'résumé')).toThrow('résumé trop long : 201 caractères pour 200 au plus');
    expect(parseText('  deux   espaces ', 200, 'résumé')).toBe('deux espaces');
  });
  it('picks a choice by number, id or French label', () => {
    expect(parseChoice('2', lists.programmes, 'programme')).toBe('region-mobilite');
    expect(parseChoice('Erasmus+', lists.programmes, 'programme')).toBe('erasmus-plus');
    expect(() => parseChoice('comenius', lists.programmes, 'programme')).toThrow(/Valeurs possibles : erasmus-plus, region-mobilite/);
  });
  it('lists what is missing on the command line', () => {
    const { missing } = answersFromFlags({ title: 'Un titre', role: 'staff' }, lists);
    expect(missing.map((f) => f.flag)).toEqual(['name', 'job', 'country', 'city', 'start', 'end', 'summary', 'quote']);
  });
  it('never guesses whether a learner was a minor', () => {
    const learner = { title: 'T', name: 'Léa', role: 'learner', track: 'bac-pro-cgea', country: 'IE', city: 'Galway', start: '2025-03-03', end: '2025-03-21', summary: 'S', quote: 'Q' };
    const { answers, missing } = answersFromFlags(learner, lists);
    expect(missing.map((f) => f.flag)).toEqual(['minor']);
    expect(answers).not.toHaveProperty('minor');
    expect(answersFromFlags({ ...learner, ...minorFlags({ adult: true }) }, lists).answers.minor).toBe(false);
    expect(answersFromFlags({ ...learner, ...minorFlags({ minor: true }) }, lists).answers.minor).toBe(true);
  });
  it('reads --minor, --adult and --no-minor, and refuses both at once', () => {
    expect(minorFlags({ minor: true })).toEqual({ minor: true });
    expect(minorFlags({ adult: true })).toEqual({ minor: false });
    expect(minorFlags({ minor: false })).toEqual({ minor: false });
    expect(minorFlags({ title: 'T' })).toEqual({ title: 'T' });
    expect(() => minorFlags({ minor: true, adult: true })).toThrow(/--minor et --adult/);
    expect(() => minorFlags({ adult: false })).toThrow(/--adult/);
  });
  it('asks whether a learner was a minor, with no answer proposed', async () => {
    const questions: string[] = [];
    const typed = ['Mon stage', 'Léa', '', '1', '', 'non', '', '', '', 'Irlande', 'Galway', '2025-03-03', '2025-03-21', 'Résumé', 'Citation', ''];
    const said: string[] = [];
    const answers = await askAll(lists, async (question) => (questions.push(question), typed.shift() ?? ''), (line) => said.push(line));
    const minorQuestion = questions.filter((q) => /moins de 18 ans/.test(q));
    expect(minorQuestion).toHaveLength(2);
    expect(minorQuestion[0]).not.toMatch(/\[/);
    expect(said).toContain('  ✘ réponse obligatoire');
    expect(answers.minor).toBe(false);
  });
  it('asks again after a refused answer', async () => {
    const typed = ['Mon stage', 'Léa', '', '1', 'peut-être', 'oui', '', '', '', 'Atlantis', 'Irlande', 'Galway', '2025-03-21', '2025-03-03', '2025-03-21', 'Résumé', 'Citation', ''];
    const said: string[] = [];
    const answers = await askAll(lists, async () => typed.shift() ?? '', (line) => said.push(line));
    expect(answers).toMatchObject({ role: 'learner', track: 'bac-pro-cgea', minor: true, country: 'IE', start: '2025-03-21', end: '2025-03-21', programme: 'erasmus-plus' });
    expect(said.join('\n')).toMatch(/pays « Atlantis » inconnu/);
    expect(typed).toEqual([]);
  });
  it('fills every placeholder of the template', () => {
    const answers = answersFromFlags({ title: 'T', name: 'Yann', role: 'staff', job: 'Professeur', country: 'DE', city: 'Bonn', start: '2025-01-06', end: '2025-01-10', summary: 'S', quote: 'Q' }, lists).answers;
    const text = fillTemplate(template, templateValues(answers, lists, '2025-04-02'));
    expect(text).not.toMatch(/\{\{/);
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
    expect(data.author).toEqual({ name: 'Yann', role: 'staff', job: 'Professeur', minor: false });
    expect(data.consent).toEqual({ publication: false, image: false, name: 'first-name', signed: '2025-04-02' });
    expect(text).not.toMatch(/MINEUR/);
    expect(data.mobility.kind).toBe('job-shadowing');
    expect(data.cover).toBeUndefined();
    expect(data.draft).toBe(true);
    expect(() => fillTemplate('{{nope}}', {})).toThrow();
  });
  it('keeps every schema field in the template', () => {
    for (const field of ['title', 'summary', 'quote', 'author', 'name', 'role', 'track', 'job', 'minor', 'consent', 'publication', 'image', 'parental', 'signed', 'expires', 'mobility', 'direction', 'kind', 'programme', 'country', 'city', 'partner', 'start', 'end', 'worries', 'cover', 'coverAlt', 'coverShowsAuthor', 'gallery', 'textPhotosWithoutAuthor', 'featured', 'draft', 'lang']) {
      expect(template, field).toMatch(new RegExp(`^\\s*(?:# |\\{\\{\\?\\w+\\}\\})?${field}:`, 'm'));
    }
    expect(template).not.toMatch(/<!--/);
    // The body is written in the story dialect: no {…} expression, no HTML comment.
    const body = template.split(/^---$/m).slice(2).join('---');
    expect(body).toMatch(/^## /m);
    expect(body).not.toMatch(/[{}]/);
  });
  it('covers every field of the form with an option', () => {
    expect(FIELDS.map((f) => f.flag)).toEqual(expect.arrayContaining(['title', 'name', 'role', 'track', 'minor', 'job', 'direction', 'kind', 'programme', 'country', 'city', 'start', 'end', 'summary', 'quote', 'photo', 'alt']));
  });
});

describe('npm run new without questions', () => {
  let root: string;
  beforeAll(() => {
    root = makeContentDir();
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('creates a draft story that passes validation', async () => {
    const run = runNew([...LEA, '--slug', 'lea-irlande'], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = path.join(root, 'testimonies/lea-irlande/index.mdx');
    expect(existsSync(file)).toBe(true);
    expect(run.stdout).toContain('Témoignage créé');
    expect(run.stdout).toContain('npm run dev');
    expect(run.stdout).toContain('draft: false');

    const text = readFileSync(file, 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
    expect(data.author).toEqual({ name: 'Léa', role: 'learner', track: 'bac-pro-cgea', minor: true });
    expect(data.consent).toEqual({ publication: false, image: false, name: 'first-name', parental: true, signed: '2025-04-02' });
    expect(data.mobility).toMatchObject({ country: 'IE', city: 'Galway', start: '2025-03-03', end: '2025-03-21' });
    expect(data.draft).toBe(true);
    expect(text).toContain('## Ce qui a été difficile et comment je m\'en suis sorti(e)');
    // A minor: the parents' consent cannot be missed, just above the field.
    expect(text).toMatch(/MINEUR·E[^\n]*AUTORISATION DES PARENTS[^]*\n  parental: true/);

    const report = await validateContent({ root, today: new Date('2025-04-02T00:00:00Z') });
    expect(report.errors).toEqual([]);
  });

  it('copies a photo as cover, with its description, and still validates', async () => {
    const photo = path.join(root, 'photo-source.JPEG');
    // A whole JPEG: the validator decodes every photo (src/lib/imageFiles.ts).
    writeFileSync(photo, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#7a9' } }).jpeg().toBuffer());
    const run = runNew(
      [...LEA, '--slug', 'lea-photo', '--photo', photo, '--alt', 'Des veaux dans une étable', '--no-cover-shows-author'],
      root,
    );
    expect(run.stderr).toBe('');
    const folder = path.join(root, 'testimonies/lea-photo');
    expect(existsSync(path.join(folder, 'cover.jpg'))).toBe(true);
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, 'index.mdx'), 'utf8'))![1]);
    expect(data).toMatchObject({ cover: './cover.jpg', coverAlt: 'Des veaux dans une étable', coverShowsAuthor: false });
    rmSync(photo);
    expect((await validateContent({ root, today: new Date('2025-04-02T00:00:00Z') })).errors).toEqual([]);
  });

  it("removes what it wrote when the site's validator refuses the file (a photo that is not one)", () => {
    // Named .jpg, so the answers pass; the validator decodes it and refuses it.
    const photo = path.join(root, 'pas-une-photo.jpg');
    writeFileSync(photo, 'ceci est un texte, pas une photo');
    const run = runNew([...LEA, '--slug', 'lea-fausse-photo', '--photo', photo, '--alt', 'Une étable', '--no-cover-shows-author'], root);
    rmSync(photo);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ne passe pas la vérification du site');
    expect(run.stderr).toContain('testimonies/lea-fausse-photo/index.mdx');
    expect(run.stderr).toMatch(/cover/);
    expect(existsSync(path.join(root, 'testimonies/lea-fausse-photo'))).toBe(false);
  });

  it('refuses a photo of the author without image consent', () => {
    const photo = path.join(root, 'portrait.png');
    writeFileSync(photo, Buffer.from('89504e470d0a1a0a', 'hex'));
    const run = runNew([...LEA, '--slug', 'lea-portrait', '--photo', photo, '--alt', 'Léa en bottes'], root);
    rmSync(photo);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("autorisation d'image");
    expect(existsSync(path.join(root, 'testimonies/lea-portrait'))).toBe(false);
  });

  it('never overwrites an existing story', () => {
    const file = path.join(root, 'testimonies/lea-irlande/index.mdx');
    const before = readFileSync(file, 'utf8');
    const run = runNew([...LEA, '--slug', 'lea-irlande', '--title', 'Un autre titre'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('existe déjà');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to guess whether the author was a minor', () => {
    const withoutMinor = LEA.filter((arg) => arg !== '--minor');
    const run = runNew([...withoutMinor, '--slug', 'sans-age'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Informations obligatoires manquantes');
    expect(run.stderr).toMatch(/--minor ou --adult/);
    expect(run.stderr).toContain('Aucun fichier créé');
    expect(existsSync(path.join(root, 'testimonies/sans-age'))).toBe(false);

    const both = runNew([...LEA, '--adult', '--slug', 'les-deux'], root);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('--minor et --adult');
    expect(existsSync(path.join(root, 'testimonies/les-deux'))).toBe(false);
    const flipped = runNew([...LEA, '--no-minor', '--slug', 'les-deux'], root);
    expect(flipped.status).toBe(1);
    expect(flipped.stderr).toContain('--minor et --no-minor');
    expect(existsSync(path.join(root, 'testimonies/les-deux'))).toBe(false);

    const withValue = runNew([...withoutMinor, '--minor=oui', '--slug', 'avec-valeur'], root);
    expect(withValue.status).toBe(1);
    expect(withValue.stderr).toMatch(/--minor s'écrit seule/);
   }, 60_000);

  it('writes an adult learner with --adult, without parental consent, and validates', async () => {
    const adult = LEA.map((arg) => (arg === '--minor' ? '--adult' : arg));
    const run = runNew([...adult, '--slug', 'lea-majeure'], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(root, 'testimonies/lea-majeure/index.mdx'), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
    expect(data.author.minor).toBe(false);
    expect(data.consent).not.toHaveProperty('parental');
    expect((await validateContent({ root, today: new Date('2025-04-02T00:00:00Z') })).errors).toEqual([]);
  });

  it('names the missing required fields in French', () => {
    const withoutCity = LEA.filter((_, i) => LEA[i] !== '--city' && LEA[i - 1] !== '--city');
    const run = runNew([...withoutCity, '--slug', 'sans-ville'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Informations obligatoires manquantes');
    expect(run.stderr).toMatch(/--city +ville \(city\)/);
    expect(run.stderr).toContain('Aucun fichier créé');
    expect(existsSync(path.join(root, 'testimonies/sans-ville'))).toBe(false);
  });

  it('explains refused values and unknown options in French', () => {
    const run = runNew([...LEA, '--country', 'Atlantis', '--track', 'bac-inconnu'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('pays « Atlantis » inconnu');
    expect(run.stderr).toContain('Valeurs possibles : bac-pro-cgea, bts-acse');
    const unknown = runNew(['--titre', 'x'], root);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('option inconnue --titre');
  });

  it('prints the help in French', () => {
    const run = runNew(['--help'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('créer un nouveau témoignage');
    expect(run.stdout).toMatch(/--minor\b.*\n.*--adult|--adult\b.*\n.*--minor/);
  });
});
