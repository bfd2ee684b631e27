import { countries } from '../countries.ts';
import { COLLECTION_TEXTS, OPTION_LABELS, fieldText } from './labels.ts';
import { contractFields, type EditorCollection, type FieldType, type ReferenceList, type SchemaField } from './schemaFields.ts';

/**
 * The browser editor's configuration (Decap CMS, served at /admin/), generated from the content
 * contract: the fields of src/schemas/ (walked by schemaFields.ts), the French words of labels.ts,
 * and the choices of the reference files (tracks, programmes, worries, institutions, partners)
 * and of the countries, in French. A new field or a new track appears in the editor without
 * editing it by hand. Pure: the caller reads the files (scripts/lib/admin.mjs).
 */

export interface Choice {
  value: string;
  label: string;
}

export type References = Record<ReferenceList, Choice[]>;

export type EditorBackend =
  /** `npm run admin`: decap-server writes the files of the content folder (no review step). */
  | { kind: 'local'; proxyUrl: string }
  /** Online: GitLab, sign-in with PKCE (no server of ours), review step through merge requests. */
  | { kind: 'gitlab'; repo: string; branch: string; baseUrl: string; appId: string };

export interface EditorOptions {
  backend: EditorBackend;
  /** The content folder as a path of the repository (or of decap-server's folder): `content`. */
  contentPath: string;
  references: References;
  /** Where « Voir sur le site » links go. */
  siteUrl?: string;
}

/** Name of the custom widgets and format registered by the editor's script (src/lib/cms/browser/admin.ts). */
export const BODY_WIDGET = 'escales-texte';
export const CHECKED_PREFIX = 'escales-';
export const LIST_FORMAT = 'escales-yaml-list';
/** Widgets the editor's script wraps so that the schema's own rule shows next to the field. */
export const CHECKED_WIDGETS = ['string', 'text', 'boolean', 'select', 'datetime', 'number', 'image'] as const;

/** Countries in French, sorted as a French reader expects (Allemagne, Autriche, Belgique…). */
export function countryChoices(): Choice[] {
  const names = countries.getNames('fr', { select: 'official' });
  const collator = new Intl.Collator('fr');
  return Object.entries(names)
    .map(([value, label]) => ({ value, label: `${label} (${value})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

type Widget = Record<string, unknown>;

/** The files of the « Listes de référence » collection: each a list at its root (content/<name>.yaml). */
export const LIST_FILES = ['institutions', 'tracks', 'programmes', 'worries', 'glossary'] as const;
type ListFile = (typeof LIST_FILES)[number];

interface Context {
  collection: EditorCollection;
  references: References;
  countries: Choice[];
  /** Inside a list item: the schema's rule is checked for the whole entry on saving only. */
  inList: boolean;
}

function optionList(values: string[]): Choice[] {
  return values.map((value) => ({ value, label: OPTION_LABELS[value] ?? value }));
}

function leafWidget(type: FieldType, ctx: Context, multiple = false): Widget | undefined {
  switch (type.kind) {
    case 'string':
      return { widget: 'string' };
    case 'number':
      return {
        widget: 'number',
        value_type: type.integer ? 'int' : 'float',
        ...(type.min !== undefined ? { min: type.min } : {}),
        ...(type.max !== undefined ? { max: type.max } : {}),
        ...(type.integer ? {} : { step: 0.01 }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Written bare (2025-03-03), as the schema reads it; shown the French way.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
    case 'enum':
      return { widget: 'select', options: optionList(type.values), ...(multiple ? { multiple: true } : {}) };
    case 'reference':
      return { widget: 'select', options: ctx.references[type.list], ...(multiple ? { multiple: true } : {}) };
    case 'country':
      return { widget: 'select', options: ctx.countries, ...(multiple ? { multiple: true } : {}) };
    case 'image':
      return { widget: 'image', choose_url: false };
    default:
      return undefined;
  }
}

function fieldWidget(field: SchemaField, ctx: Context): Widget | undefined {
  // A field without its French words still gets a widget (a new field never breaks the build);
  // tests/unit/cms-config.test.ts is what fails until labels.ts names it.
  const text = fieldText(ctx.collection, field.path) ?? { label: field.name };
  if (text.hidden) return undefined;
  const common: Widget = {
    name: field.name,
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    required: field.required,
  };
  const type = field.type;
  let widget: Widget | undefined;
  if (type.kind === 'object') {
    widget = { widget: 'object', collapsed: false, fields: widgetsOf(type.fields, ctx) };
  } else if (type.kind === 'list') {
    const item = type.of;
    if (item.kind === 'object') {
      widget = {
        widget: 'list',
        fields: widgetsOf(item.fields, { ...ctx, inList: true }),
        ...(text.summary ? { summary: text.summary } : {}),
        add_to_top: false,
      };
    } else if (item.kind === 'enum' || item.kind === 'reference' || item.kind === 'country') {
      widget = leafWidget(item, ctx, true);
    } else if (item.kind === 'string') {
      widget = { widget: 'list', field: { name: 'item', label: text.label, widget: 'string' } };
    }
  } else {
    widget = leafWidget(type, ctx);
    if (widget && type.kind === 'string' && text.multiline) widget.widget = 'text';
    if (widget && type.kind === 'string' && type.max !== undefined) {
      widget.pattern = [`^[\\s\\S]{0,${type.max}}$`, `${type.max} caractères au plus`];
    }
    if (widget && type.kind === 'string' && (type.format === 'url' || field.name === 'website' || field.name === 'siteUrl')) {
      widget.pattern = ['^https?://', 'une adresse complète, commençant par https://'];
    }
    // Leaf fields outside lists show the schema's own rules next to them (src/lib/cms/browser/admin.ts).
    // An optional yes/no without a default must be answered (author.minor, consent.parental): two buttons.
    if (widget && type.kind === 'boolean' && !field.required && field.defaultValue === undefined) widget.escales_yes_no = true;
    if (widget && !ctx.inList && (CHECKED_WIDGETS as readonly string[]).includes(String(widget.widget))) {
      widget.widget = `${CHECKED_PREFIX}${String(widget.widget)}`;
      widget.escales_path = field.path;
    }
  }
  // No widget for this kind of field (the test names it): the form leaves it out, the file keeps its value.
  if (!widget) return undefined;
  const defaultValue = editorDefault(ctx.collection, field);
  return { ...common, ...widget, ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
}

/** What a new entry starts with: the schema's default, except that a new text starts as a draft. */
function editorDefault(collection: EditorCollection, field: SchemaField): unknown {
  if (field.path === 'draft') return true;
  if (field.type.kind === 'boolean') return field.defaultValue ?? (field.required ? false : undefined);
  // A list starts empty (Decap would otherwise offer one blank item, which the schema refuses).
  if (field.type.kind === 'list') return field.type.of.kind === 'object' || field.type.of.kind === 'string' ? [] : undefined;
  if (field.type.kind === 'object') return undefined;
  if (collection === 'settings') return undefined;
  return typeof field.defaultValue === 'object' ? undefined : field.defaultValue;
}

function widgetsOf(fields: SchemaField[], ctx: Context): Widget[] {
  return fields.flatMap((field) => {
    const widget = fieldWidget(field, ctx);
    return widget ? [widget] : [];
  });
}

function bodyWidget(collection: EditorCollection): Widget {
  const text = COLLECTION_TEXTS[collection].body;
  if (!text) throw new Error(`${collection}: pas de libellé pour le texte`);
  return {
    name: 'body',
    label: text.label,
    hint: text.hint,
    widget: BODY_WIDGET,
    // What the story dialect allows: no code block, no raw HTML; photos go next to the text.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
}

function collectionBase(name: EditorCollection) {
  const text = COLLECTION_TEXTS[name];
  return { name, label: text.label, label_singular: text.singular, description: text.description };
}

/** The whole configuration, as an object ready to be written as config.yml. */
export function editorConfig(options: EditorOptions): Record<string, unknown> {
  const fields = contractFields();
  const c = options.contentPath.replace(/\/+$/, '');
  // One list of countries for every country field: written once in config.yml, then referred to.
  const countries = countryChoices();
  const ctx = (collection: EditorCollection): Context => ({ collection, references: options.references, countries, inList: false });
  const widgets = (collection: EditorCollection) => widgetsOf(fields[collection], ctx(collection));
  const referenceFile = (name: ListFile, summary = '{{fields.id}}') => ({
    name,
    label: COLLECTION_TEXTS[name].label,
    file: `${c}/${name}.yaml`,
    description: COLLECTION_TEXTS[name].description,
    fields: [
      {
        name: 'items',
        label: COLLECTION_TEXTS[name].label,
        label_singular: COLLECTION_TEXTS[name].singular,
        widget: 'list',
        summary,
        fields: widgetsOf(fields[name], { ...ctx(name), inList: true }),
      },
    ],
  });

  const backend =
    options.backend.kind === 'local'
      ? { name: 'proxy', proxy_url: options.backend.proxyUrl, branch: 'main' }
      : {
          name: 'gitlab',
          repo: options.backend.repo,
          branch: options.backend.branch,
          auth_type: 'pkce',
          app_id: options.backend.appId,
          base_url: options.backend.baseUrl,
          api_root: `${options.backend.baseUrl.replace(/\/+$/, '')}/api/v4`,
          auth_endpoint: 'oauth/authorize',
          commit_messages: {
            create: 'Nouveau : {{collection}} « {{slug}} » (éditeur en ligne, {{author-name}})',
            update: 'Modification : {{collection}} « {{slug}} » (éditeur en ligne, {{author-name}})',
            delete: 'Suppression : {{collection}} « {{slug}} » (éditeur en ligne, {{author-name}})',
            uploadMedia: 'Photo ajoutée : {{path}} ({{author-name}})',
            deleteMedia: 'Photo supprimée : {{path}} ({{author-name}})',
          },
        };

  // Stories, news, FAQ answers and pages: MDX with a YAML header; photos (cover, gallery, text)
  // saved next to the text and written « photo.jpg ».
  const mdxFiles = { extension: 'mdx', format: 'frontmatter', media_folder: '', public_folder: '' } as const;
  const mdxCollection = (name: 'testimonies' | 'news' | 'faq' | 'pages', settings: Record<string, unknown>) => ({
    ...collectionBase(name),
    ...mdxFiles,
    folder: `${c}/${name}`,
    ...settings,
    fields: [...widgets(name), bodyWidget(name)],
  });

  return {
    locale: 'fr',
    backend,
    // Online, a text goes through « Brouillon → En cours de révision → Prêt » before it is published
    // (a merge request that the person holding the signed forms approves). Locally, files are written directly.
    ...(options.backend.kind === 'gitlab' ? { publish_mode: 'editorial_workflow' } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Logos of the settings and reference lists: content/logos/, written « logos/x.svg » (relative to content/).
    media_folder: `${c}/logos`,
    public_folder: 'logos',
    // Folder and photo names without accents or spaces (« Léa à Cork » → lea-a-cork).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    search: true,
    collections: [
      mdxCollection('testimonies', { path: '{{slug}}/index', create: true, slug: '{{slug}}', identifier_field: 'title', summary: '{{title}}', sortable_fields: ['title', 'mobility.start'] }),
      mdxCollection('news', { create: true, slug: '{{slug}}', identifier_field: 'title', summary: '{{title}} ({{date}})', sortable_fields: ['date', 'title'] }),
      {
        ...collectionBase('results'),
        folder: `${c}/results`,
        extension: 'yaml',
        format: 'yml',
        create: true,
        slug: '{{schoolYear}}',
        identifier_field: 'schoolYear',
        summary: '{{schoolYear}}',
        fields: widgets('results'),
      },
      {
        ...collectionBase('partners'),
        folder: `${c}/partners`,
        extension: 'yaml',
        format: 'yml',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'name',
        fields: widgets('partners'),
      },
      mdxCollection('faq', { create: true, slug: '{{slug}}', identifier_field: 'question' }),
      // The site's pages have fixed addresses: they are edited, never created or deleted here.
      mdxCollection('pages', { create: false, delete: false, identifier_field: 'title' }),
      {
        name: 'references',
        label: 'Listes de référence',
        label_singular: 'Liste',
        description: 'Institutions, filières, programmes et inquiétudes : les choix proposés dans les autres formulaires ; et les sigles expliqués aux familles.',
        // Each file is a list at its root (« - id: … »): read and written by the editor's own format.
        format: LIST_FORMAT,
        extension: 'yaml',
        media_folder: 'logos',
        public_folder: 'logos',
        delete: false,
        // content/glossary.yaml is optional: the editor creates it on the first save.
        files: [referenceFile('institutions'), referenceFile('tracks'), referenceFile('programmes'), referenceFile('worries'), referenceFile('glossary', '{{fields.term}}')],
      },
      {
        ...collectionBase('settings'),
        format: 'yml',
        media_folder: 'logos',
        public_folder: 'logos',
        delete: false,
        files: [{ name: 'settings', label: COLLECTION_TEXTS.settings.label, file: `${c}/settings.yaml`, fields: widgets('settings') }],
      },
    ],
  };
}

/** « Autorisations › Autorisation parentale signée » for each field path: how a refused save names a field. */
export function fieldLabels(): Record<string, Record<string, string>> {
  const fields = contractFields();
  const out: Record<string, Record<string, string>> = {};
  const walk = (collection: EditorCollection, list: SchemaField[], parent: string, into: Record<string, string>, prefix = '') => {
    for (const field of list) {
      const label = fieldText(collection, field.path)?.label ?? field.name;
      const full = parent ? `${parent} › ${label}` : label;
      into[`${prefix}${field.path}`] = full;
      const type = field.type.kind === 'list' ? field.type.of : field.type;
      if (type.kind === 'object') walk(collection, type.fields, full, into, prefix);
    }
  };
  for (const name of Object.keys(fields) as EditorCollection[]) {
    const target = (LIST_FILES as readonly string[]).includes(name) ? 'references' : name;
    const into = (out[target] ??= {});
    walk(name, fields[name], '', into, target === 'references' ? 'items.' : '');
    const body = COLLECTION_TEXTS[name].body;
    if (body) into.body = body.label;
  }
  return out;
}
