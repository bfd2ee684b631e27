/**
 * The editor's own script, loaded by /admin/ right after Decap CMS (bundled by scripts/lib/admin.mjs).
 * It teaches the editor the content contract:
 *  - the reference lists (content/tracks.yaml…) are YAML lists at their root: a format reads and
 *    writes them as { items: [...] };
 *  - each field outside a list shows the schema's own rule next to it, in French (widgets
 *    « escales-… » wrap Decap's), the text is checked against the story dialect, and an optional
 *    yes/no that must be answered (author.minor, consent.parental) is two buttons, not a switch
 *    that would answer « non » by itself;
 *  - before saving, the whole entry is checked (src/lib/cms/entryCheck.ts): a story that the
 *    validator would refuse is never written;
 *  - previews use the site's typography.
 */
import { parse, stringify } from 'yaml';
import type { KnownIds } from '../../../schemas/knownIds.ts';
import { dialectProblemsWith } from '../../dialectRules.ts';
import { cleanEntry, emptyPaths, entryProblems, type EntryProblem } from '../entryCheck.ts';
import { parseMdx } from './parseMdx.ts';

/* Globals of the decap-cms bundle (React included). */
type Imm = { get(key: string): any; getIn(path: (string | number)[]): any; toJS?(): any; deleteIn(path: (string | number)[]): Imm; has(key: string): boolean };
declare const CMS: any;
declare const h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare const createClass: (spec: Record<string, unknown>) => unknown;

interface EditorData {
  known: KnownIds;
  /** French label of each field path, by collection (for the message that refuses a save). */
  labels: Record<string, Record<string, string>>;
  checkedWidgets: string[];
  bodyWidget: string;
  listFormat: string;
  previewStyle: string;
}

const data = JSON.parse(document.getElementById('escales-data')?.textContent ?? '{}') as EditorData;

// Reference lists: a YAML list at the root of the file.
CMS.registerCustomFormat(data.listFormat, 'yaml', {
  fromFile: (text: string) => ({ items: parse(text) ?? [] }),
  toFile: (value: { items?: unknown[] }) => stringify(value.items ?? [], { lineWidth: 0 }),
});

const plain = (value: unknown): unknown => (value && typeof (value as Imm).toJS === 'function' ? (value as Imm).toJS!() : value);

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== 'object') node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function problemsOf(props: Record<string, any>, path: string, value: unknown): EntryProblem[] {
  const entry = props.entry as Imm;
  const collection = (props.collection as Imm)?.get('name');
  const values = (plain(entry?.get('data')) ?? {}) as Record<string, unknown>;
  setPath(values, path, plain(value));
  return entryProblems(collection, entry?.get('slug'), values, data.known, parseMdx).filter((p) => p.path === path);
}

function invalid(props: Record<string, any>, problems: EntryProblem[]) {
  if (problems.length === 0) return true;
  return { error: { type: 'CUSTOM', parentIds: props.parentIds, message: problems.map((p) => p.message).join(' ; ') } };
}

/** A yes/no that must be answered: two radio buttons, nothing chosen at first. */
function YesNo(props: Record<string, any>) {
  const choice = (value: boolean, label: string) =>
    h(
      'label',
      { style: { display: 'inline-flex', gap: '0.4em', alignItems: 'center', marginRight: '1.5em', fontSize: '15px' } },
      h('input', { type: 'radio', name: props.forID, checked: props.value === value, onChange: () => props.onChange(value) }),
      label,
    );
  return h('div', { id: props.forID, className: props.classNameWrapper, role: 'radiogroup' }, choice(true, 'Oui'), choice(false, 'Non'));
}

// Fields checked against the schema: Decap's widget, plus the schema's rule for this field.
for (const base of data.checkedWidgets) {
  const widget = CMS.getWidget(base);
  const Control = createClass({
    // Decap re-renders a control only when its value changes, unless the control says otherwise: the
    // wrapped one may wait for something else (the image widget, for the photo chosen in the library).
    shouldComponentUpdate() {
      return true;
    },
    isValid(this: { props: Record<string, any> }) {
      return invalid(this.props, problemsOf(this.props, this.props.field.get('escales_path'), this.props.value));
    },
    render(this: { props: Record<string, any> }) {
      if (base === 'boolean' && this.props.field.get('escales_yes_no')) return h(YesNo, this.props);
      return h(widget.control, this.props);
    },
  });
  CMS.registerWidget(`escales-${base}`, Control, widget.preview);
}

// The text: Decap's Markdown editor, refused when it leaves the story dialect.
{
  const markdown = CMS.getWidget('markdown');
  const Control = createClass({
    shouldComponentUpdate() {
      return true;
    },
    isValid(this: { props: Record<string, any> }) {
      const values = (plain(this.props.entry?.get('data')) ?? {}) as Record<string, any>;
      const collection = this.props.collection?.get('name');
      const problems = dialectProblemsWith(parseMdx, String(this.props.value ?? ''), {
        imageConsent: collection === 'testimonies' && typeof values.consent?.image === 'boolean' ? values.consent.image : undefined,
        textPhotosWithoutAuthor: Array.isArray(values.textPhotosWithoutAuthor) ? values.textPhotosWithoutAuthor.map(String) : [],
      });
      return invalid(this.props, problems.map((p) => ({ path: 'body', message: `ligne ${p.line} du texte : ${p.message}` })));
    },
    render(this: { props: Record<string, any> }) {
      return h(markdown.control, this.props);
    },
  });
  CMS.registerWidget(data.bodyWidget, Control, markdown.preview);
}

/** Thrown to refuse a save: Decap shows « Échec de l'enregistrement de l'entrée : » and this text. */
class Refused extends Error {
  override toString() {
    return this.message;
  }
}

// Before any save: empty optional fields removed, then the whole entry checked.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Imm }) => {
    const collection = entry.get('collection');
    let values = entry.get('data') as Imm;
    for (const path of emptyPaths(plain(values))) values = values.deleteIn(path);
    const problems = entryProblems(collection, entry.get('slug'), cleanEntry(plain(values)) as Record<string, unknown>, data.known, parseMdx);
    if (problems.length > 0) {
      const labels = data.labels[collection] ?? {};
      const label = (path: string) => labels[path.replace(/\.\d+(?=\.|$)/g, '')] ?? path;
      throw new Refused(`${problems.map((p) => `${label(p.path)} : ${p.message}`).join(' • ')}`);
    }
    return values;
  },
});

// Previews: the site's fonts, colours and measure.
CMS.registerPreviewStyle(data.previewStyle);

const text = (entry: Imm, path: string) => String(entry.getIn(['data', ...path.split('.')]) ?? '');

function storyPreview(props: { entry: Imm; widgetFor: (name: string) => unknown; getAsset: (path: string) => { toString(): string } }) {
  const { entry, widgetFor, getAsset } = props;
  const cover = text(entry, 'cover');
  const draft = entry.getIn(['data', 'draft']);
  return h(
    'article',
    { className: 'escales-preview' },
    draft ? h('p', { className: 'escales-draft' }, 'Brouillon — non publié') : null,
    h('h1', null, text(entry, 'title')),
    text(entry, 'summary') ? h('p', { className: 'escales-summary' }, text(entry, 'summary')) : null,
    cover ? h('img', { src: getAsset(cover).toString(), alt: text(entry, 'coverAlt') }) : null,
    text(entry, 'quote') ? h('blockquote', null, `« ${text(entry, 'quote')} »`) : null,
    text(entry, 'author.name') ? h('p', { className: 'escales-meta' }, `${text(entry, 'author.name')} · ${text(entry, 'mobility.city')}`) : null,
    h('div', { className: 'escales-body' }, widgetFor('body')),
  );
}

function pagePreview(props: { entry: Imm; widgetFor: (name: string) => unknown }) {
  const { entry, widgetFor } = props;
  return h(
    'article',
    { className: 'escales-preview' },
    entry.getIn(['data', 'draft']) ? h('p', { className: 'escales-draft' }, 'Brouillon — non publié') : null,
    h('h1', null, text(entry, 'title') || text(entry, 'question')),
    text(entry, 'summary') || text(entry, 'description') ? h('p', { className: 'escales-summary' }, text(entry, 'summary') || text(entry, 'description')) : null,
    h('div', { className: 'escales-body' }, widgetFor('body')),
  );
}

CMS.registerPreviewTemplate('testimonies', storyPreview);
for (const name of ['news', 'faq', 'pages']) CMS.registerPreviewTemplate(name, pagePreview);
