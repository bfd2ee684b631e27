import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp, adminPage, backendFromEnv, configYaml, editorReferences, unconfiguredPage } from '../../scripts/lib/admin.mjs';
import { parseMdx } from '../../src/lib/cms/browser/parseMdx.ts';
import { editorConfig, fieldLabels, type References } from '../../src/lib/cms/config.ts';
import { cleanEntry, entryProblems } from '../../src/lib/cms/entryCheck.ts';
import { COLLECTION_TEXTS, OPTION_LABELS, fieldText } from '../../src/lib/cms/labels.ts';
import { allPaths, contractFields, EDITOR_COLLECTIONS, type FieldType, type SchemaField } from '../../src/lib/cms/schemaFields.ts';
import { readKnownIds } from '../../src/lib/contentDir.ts';
import { copyFixture } from './helpers.ts';

type Widget = { name: string; widget: string; required?: boolean; fields?: Widget[]; field?: Widget; options?: { value: string }[]; escales_path?: string; default?: unknown; escales_yes_no?: boolean };
type Collection = { name: string; fields?: Widget[]; files?: { name: string; fields: Widget[] }[]; [key: string]: unknown };

const noReferences: References = { tracks: [], programmes: [], worries: [], institutions: [], partners: [] };
const local = { kind: 'local' as const, proxyUrl: 'http://127.0.0.1:8081/api/v1' };
const gitlab = { kind: 'gitlab' as const, repo: 'lycee/escales', branch: 'main', baseUrl: 'https://forge.example.org', appId: 'abc123' };

function config(backend: typeof local | typeof gitlab = local, references = noReferences) {
  return editorConfig({ backend, contentPath: 'content', references }) as { collections: Collection[]; [key: string]: unknown };
}

/** The widgets of a collection of the editor, by schema collection (the reference lists are files of one collection). */
function widgetsFor(name: string, cfg = config()): Widget[] {
  if (['institutions', 'tracks', 'programmes', 'worries', 'glossary'].includes(name)) {
    const file = cfg.collections.find((c) => c.name === 'references')!.files!.find((f) => f.name === name)!;
    return file.fields[0].fields!;
  }
  if (name === 'settings') return cfg.collections.find((c) => c.name === 'settings')!.files![0].fields;
  return cfg.collections.find((c) => c.name === name)!.fields!.filter((w) => w.name !== 'body');
}

function widgetPaths(widgets: Widget[], prefix = ''): string[] {
  return widgets.flatMap((w) => [`${prefix}${w.name}`, ...widgetPaths(w.fields ?? [], `${prefix}${w.name}.`)]);
}

function enumValues(type: FieldType): string[] {
  if (type.kind === 'enum') return type.values;
  if (type.kind === 'list') return enumValues(type.of);
  if (type.kind === 'object') return type.fields.flatMap((f) => enumValues(f.type));
  return [];
}

function flatten(fields: SchemaField[]): SchemaField[] {
  return fields.flatMap((f) => {
    const inner = f.type.kind === 'list' ? f.type.of : f.type;
    return [f, ...(inner.kind === 'object' ? flatten(inner.fields) : [])];
  });
}

describe('the editor is generated from the content contract', () => {
  const contract = contractFields();

  it.each(EDITOR_COLLECTIONS)('%s: every schema field has a widget (or is hidden, with a reason), and every widget a field', (name) => {
    const hidden = allPaths(contract[name]).filter((p) => fieldText(name, p)?.hidden);
    for (const reason of hidden.map((p) => fieldText(name, p)!.hidden!)) expect(reason.length).toBeGreaterThan(20);
    const visible = allPaths(contract[name]).filter((p) => !hidden.some((h) => p === h || p.startsWith(`${h}.`)));
    expect(widgetPaths(widgetsFor(name)).sort()).toEqual(visible.sort());
  });

  it.each(EDITOR_COLLECTIONS)('%s: every field has its French label in labels.ts, and every label a field', (name) => {
    const paths = allPaths(contract[name]);
    expect(paths.filter((p) => !fieldText(name, p)), 'fields without a label').toEqual([]);
    expect(Object.keys(COLLECTION_TEXTS[name].fields).filter((p) => !paths.includes(p)), 'labels without a field').toEqual([]);
  });

  it('every value of every list of choices has its French name', () => {
    const values = new Set(EDITOR_COLLECTIONS.flatMap((name) => contract[name].flatMap((f) => enumValues(f.type))));
    expect([...values].filter((v) => !OPTION_LABELS[v])).toEqual([]);
    expect(Object.keys(OPTION_LABELS).filter((v) => !values.has(v)), 'names of values no schema has').toEqual([]);
  });

  it('a field the file must give is required in the form, an optional one is not', () => {
    for (const name of EDITOR_COLLECTIONS) {
      const widgets = new Map<string, Widget>();
      const walk = (list: Widget[], prefix = '') => list.forEach((w) => (widgets.set(`${prefix}${w.name}`, w), walk(w.fields ?? [], `${prefix}${w.name}.`)));
      walk(widgetsFor(name));
      for (const field of flatten(contract[name])) {
        const widget = widgets.get(field.path);
        if (widget) expect({ path: `${name}.${field.path}`, required: widget.required }).toEqual({ path: `${name}.${field.path}`, required: field.required });
      }
    }
  });

  it('the consent fields are grouped, explained, and the parental consent must be answered', () => {
    const consent = widgetsFor('testimonies').find((w) => w.name === 'consent')!;
    expect(consent.widget).toBe('object');
    expect(consent.fields!.map((w) => w.name)).toEqual(['publication', 'image', 'name', 'parental', 'signed', 'expires']);
    expect(fieldText('testimonies', 'consent')!.hint).toMatch(/formulaire papier signé/);
    const parental = consent.fields!.find((w) => w.name === 'parental')!;
    expect(parental).toMatchObject({ widget: 'escales-boolean', escales_path: 'consent.parental', escales_yes_no: true });
    expect(parental.default).toBeUndefined();
  });

  it('a new track, partner or worry appears in the form without editing the editor', () => {
    const content = copyFixture();
    appendFileSync(path.join(content, 'tracks.yaml'), '\n- id: cap-fleuriste\n  name: { fr: "CAP Fleuriste", en: "Florist" }\n  short: { fr: "CAP Fleuriste", en: "Florist" }\n');
    const references = editorReferences(content);
    const track = widgetsFor('testimonies', config(local, references)).find((w) => w.name === 'author')!.fields!.find((w) => w.name === 'track')!;
    expect(track.options).toContainEqual({ value: 'cap-fleuriste', label: 'CAP Fleuriste (cap-fleuriste)' });
    const parsed = parse(configYaml(local, content, 'content', undefined));
    expect(JSON.stringify(parsed)).toContain('cap-fleuriste');
  });

  it('countries are offered in French', () => {
    const country = widgetsFor('testimonies').find((w) => w.name === 'mobility')!.fields!.find((w) => w.name === 'country')!;
    expect(country.options).toContainEqual({ value: 'IE', label: 'Irlande (IE)' });
    expect(country.options).toContainEqual({ value: 'DE', label: 'Allemagne (DE)' });
  });

  it('stories are written where the contract puts them: <slug>/index.mdx with the photos beside it, ASCII folder names', () => {
    const cfg = config();
    expect(cfg.collections.find((c) => c.name === 'testimonies')).toMatchObject({ folder: 'content/testimonies', path: '{{slug}}/index', extension: 'mdx', format: 'frontmatter', media_folder: '', public_folder: '' });
    expect(cfg.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(cfg.locale).toBe('fr');
  });

  it('online: GitLab with PKCE and the review step; locally: decap-server, files written directly', () => {
    expect(config(gitlab)).toMatchObject({ backend: { name: 'gitlab', auth_type: 'pkce', app_id: 'abc123', repo: 'lycee/escales', base_url: 'https://forge.example.org', api_root: 'https://forge.example.org/api/v4' }, publish_mode: 'editorial_workflow' });
    expect(config(local)).toMatchObject({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' } });
    expect(config(local)).not.toHaveProperty('publish_mode');
  });

  it('the online editor is configured from GitLab CI’s own variables plus the OAuth application id', () => {
    expect(backendFromEnv({ CI_PROJECT_PATH: 'lycee/escales', CI_SERVER_URL: 'https://forge.example.org', CI_DEFAULT_BRANCH: 'main' })).toBeUndefined();
    expect(backendFromEnv({ CI_PROJECT_PATH: 'lycee/escales', CI_SERVER_URL: 'https://forge.example.org/', CI_DEFAULT_BRANCH: 'principale', ESCALES_ADMIN_GITLAB_APP_ID: 'abc' })).toEqual({
      kind: 'gitlab', repo: 'lycee/escales', branch: 'principale', baseUrl: 'https://forge.example.org', appId: 'abc',
    });
  });
});

describe('the editor’s page is apart from the public site', () => {
  const page = adminPage({ ...gitlab }, noReferences);

  it('has its own policy: unsafe-eval there only, nothing from another site but the school’s forge', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1];
    expect(csp).toBe(adminCsp(gitlab));
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    const origins = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1)).filter((s) => /^https?:/.test(s));
    expect([...new Set(origins)]).toEqual(['https://forge.example.org']);
    // The public pages' policy (astro.config.mjs) allows WebAssembly for search, never eval.
    expect(readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/'unsafe-eval'/);
  });

  it('loads only its own files, and asks not to be indexed', () => {
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['config.yml', 'decap-cms.js', 'escales-admin.js']);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(unconfiguredPage()).toContain('noindex');
    expect(unconfiguredPage()).not.toMatch(/<script/);
  });
});

describe('what the editor checks before saving is the contract itself', () => {
  const known = readKnownIds();
  const story = () => ({
    title: 'Trois semaines à Cork',
    summary: 'Un stage.',
    quote: 'Une phrase.',
    author: { name: 'Léa', role: 'learner', track: known.tracks[0], minor: true },
    consent: { publication: true, image: true, name: 'first-name', parental: true, signed: '2025-01-20' },
    mobility: { direction: 'outgoing', kind: 'internship', programme: known.programmes[0], country: 'IE', city: 'Cork', start: '2025-03-03', end: '2025-03-21' },
    cover: 'cover.jpg',
    coverAlt: 'Une vache.',
    gallery: [],
    textPhotosWithoutAuthor: [],
    draft: false,
    body: 'Un texte.',
  });

  it('accepts a complete story, photo paths written without ./', () => {
    expect(entryProblems('testimonies', undefined, story(), known, parseMdx)).toEqual([]);
  });

  it('refuses a minor’s story without parental consent, at that field, in French', () => {
    const data = story();
    data.consent.parental = false;
    expect(entryProblems('testimonies', undefined, data, known, parseMdx)).toEqual([
      { path: 'consent.parental', message: "l'auteur·e était mineur·e : l'autorisation parentale signée est obligatoire (consent.parental: true)" },
    ]);
    expect(fieldLabels().testimonies['consent.parental']).toBe('Autorisations (à vérifier sur le formulaire signé) › Autorisation parentale signée');
  });

  it('refuses a text outside the story dialect, and a photo in it that the image consent forbids', () => {
    const data = { ...story(), body: 'Il fait {20} degrés\n\n![moi](moi.jpg)' };
    data.consent.image = false;
    const problems = entryProblems('testimonies', undefined, data, known, parseMdx);
    expect(problems.map((p) => p.path)).toEqual(['cover', 'body', 'body']);
    expect(problems[1].message).toMatch(/^ligne 1 du texte : accolades/);
    expect(problems[2].message).toMatch(/consent.image vaut false/);
  });

  it('an emptied optional field is left out of the file, not written empty', () => {
    expect(cleanEntry({ author: { job: '', name: 'Léa' }, consent: { expires: null }, gallery: [{ caption: '' }] })).toEqual({ author: { name: 'Léa' }, gallery: [{}] });
  });
});

describe('the glossary (content/glossary.yaml) in the editor', () => {
  const known = readKnownIds();
  const btsa = { id: 'btsa', term: 'BTSA', expansion: { fr: 'brevet de technicien supérieur agricole', en: 'higher technician diploma in agriculture' } };

  it('is offered with the reference lists, as the list file content/glossary.yaml, in French', () => {
    const references = config().collections.find((c) => c.name === 'references')!;
    const file = references.files!.find((f) => f.name === 'glossary') as unknown as { file: string; label: string; fields: { widget: string; summary: string; fields: Widget[] }[] };
    expect(file).toMatchObject({ file: 'content/glossary.yaml', label: 'Sigles expliqués aux familles' });
    expect(file.fields[0]).toMatchObject({ widget: 'list', summary: '{{fields.term}}' });
    const widgets = file.fields[0].fields;
    expect(widgets.map((w) => w.name)).toEqual(['id', 'term', 'expansion', 'explanation']);
    expect(widgets.find((w) => w.name === 'explanation')!.required).toBe(false);
    expect(fieldText('glossary', 'term')!.hint).toMatch(/BTSA/);
    expect(fieldLabels().references['items.term']).toBe('Sigle');
  });

  it('checks each entry with the schema of src/schemas/glossary.ts, naming the field, in French', () => {
    expect(entryProblems('references', 'glossary', { items: [btsa] }, known, parseMdx)).toEqual([]);
    const problems = entryProblems('references', 'glossary', { items: [btsa, { ...btsa, id: 'capa', term: 'Capa', expansion: { fr: 'certificat' } }] }, known, parseMdx);
    expect(problems.map((p) => p.path).sort()).toEqual(['items.1.expansion.en', 'items.1.term']);
    expect(problems.find((p) => p.path === 'items.1.term')!.message).toMatch(/^sigle attendu.*reçu « Capa »/);
  });
});

describe('photos chosen in the editor follow the build’s path rules', () => {
  it('refuses a HEIC photo from a phone, in French', () => {
    const known = readKnownIds();
    const problems = entryProblems('news', undefined, { title: 'Visite', date: '2025-01-10', summary: 'Une visite.', kind: 'visit', level: 'regional', cover: 'IMG_0001.HEIC', coverAlt: 'La visite.', body: 'Texte' }, known, parseMdx);
    expect(problems.map((p) => p.path)).toContain('cover');
    expect(problems.find((p) => p.path === 'cover')!.message).toMatch(/HEIC|JPEG/);
  });
});
