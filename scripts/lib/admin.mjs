// The browser editor's files (/admin/): its page with its own Content-Security-Policy, its
// configuration generated from the content contract (src/lib/cms/config.ts), Decap CMS copied from
// node_modules (never committed, never loaded from another site), the editor's own script and the
// preview's stylesheet. Served by the dev server (src/lib/cms/integration.ts) and written into the
// built site by `astro build` when an online editor is configured (docs/deploy.md).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { BODY_WIDGET, CHECKED_WIDGETS, LIST_FORMAT, editorConfig, fieldLabels } from '../../src/lib/cms/config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DECAP_DIR = path.join(root, 'node_modules/decap-cms/dist');
const FONTS = {
  'source-sans-3.woff2': 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'fraunces-600.woff2': 'node_modules/@fontsource/fraunces/files/fraunces-latin-600-normal.woff2',
};

/** Decap's main file and the chunks it loads on demand, all from the same folder. */
export function decapFiles() {
  return readdirSync(DECAP_DIR).filter((name) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name));
}

function readList(contentDir, file) {
  const full = path.join(contentDir, file);
  if (!existsSync(full)) return [];
  const list = parse(readFileSync(full, 'utf8'));
  return Array.isArray(list) ? list : [];
}

/** The choices of each reference list, labelled in French, read from the content folder. */
export function editorReferences(contentDir) {
  const named = (file, label) =>
    readList(contentDir, file)
      .filter((item) => item && typeof item === 'object' && 'id' in item)
      .map((item) => ({ value: String(item.id), label: `${label(item)} (${item.id})` }));
  const partnersDir = path.join(contentDir, 'partners');
  const partners = existsSync(partnersDir)
    ? readdirSync(partnersDir)
        .filter((name) => /^[^_.].*\.ya?ml$/.test(name))
        .sort()
        .map((name) => {
          const id = name.replace(/\.ya?ml$/, '');
          let data = {};
          try {
            data = parse(readFileSync(path.join(partnersDir, name), 'utf8')) ?? {};
          } catch {
            // a broken file is the validator's to report
          }
          return { value: id, label: data.name ? `${data.name}${data.city ? `, ${data.city}` : ''}` : id };
        })
    : [];
  const fr = (field) => (item) => item[field]?.fr ?? item[field] ?? item.id;
  return {
    tracks: named('tracks.yaml', (item) => item.short?.fr ?? fr('name')(item)),
    programmes: named('programmes.yaml', fr('name')),
    worries: named('worries.yaml', fr('name')),
    institutions: named('institutions.yaml', (item) => item.name ?? item.id),
    partners,
  };
}

/** The ids each reference may take, for the editor's own check of an entry (src/lib/cms/entryCheck.ts). */
function knownIds(references) {
  return Object.fromEntries(Object.entries(references).map(([list, choices]) => [list, choices.map((c) => c.value)]));
}

/**
 * Where the online editor saves: the GitLab repository, from ESCALES_ADMIN_* variables or, in
 * GitLab CI, its own variables (docs/deploy.md). (`npm run admin` saves through decap-server:
 * scripts/lib/adminIntegration.mjs.)
 * Undefined when no online editor is configured: the built /admin/ then only says so.
 */
export function backendFromEnv(env = process.env) {
  const appId = env.ESCALES_ADMIN_GITLAB_APP_ID;
  const repo = env.ESCALES_ADMIN_REPO ?? env.CI_PROJECT_PATH;
  if (!appId || !repo) return undefined;
  return {
    kind: 'gitlab',
    appId,
    repo,
    branch: env.ESCALES_ADMIN_BRANCH ?? env.CI_DEFAULT_BRANCH ?? 'main',
    baseUrl: (env.ESCALES_ADMIN_GITLAB_URL ?? env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/+$/, ''),
  };
}

/** The admin page's own policy: Decap needs 'unsafe-eval' (and inline styles); nothing from another site but the repository's forge. */
export function adminCsp(backend) {
  const forge = backend?.kind === 'gitlab' ? ` ${new URL(backend.baseUrl).origin}` : '';
  const local = backend?.kind === 'local' ? ` ${new URL(backend.proxyUrl).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${forge}${local}`,
    "font-src 'self' data:",
    `connect-src 'self' blob: data:${forge}${local}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title, head, body) {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
${head}
<title>${escape(title)}</title>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The editor's page: its policy, the data its script needs, Decap then the script. */
export function adminPage(backend, references) {
  const data = {
    known: knownIds(references),
    labels: fieldLabels(),
    checkedWidgets: [...CHECKED_WIDGETS],
    bodyWidget: BODY_WIDGET,
    listFormat: LIST_FORMAT,
    previewStyle: 'preview.css',
  };
  // JSON inside <script type="application/json"> is data, never run; « < » is escaped so it cannot close the tag.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return page(
    'Éditeur — Escales',
    `<meta http-equiv="Content-Security-Policy" content="${adminCsp(backend)}">
<link href="config.yml" type="text/yaml" rel="cms-config-url">`,
    `<noscript>L’éditeur a besoin de JavaScript.</noscript>
<script type="application/json" id="escales-data">${json}</script>
<script src="decap-cms.js"></script>
<script src="escales-admin.js"></script>`,
  );
}

/** The built /admin/ when no online editor is configured: says so, loads nothing. */
export function unconfiguredPage() {
  return page(
    'Éditeur non configuré — Escales',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    `<main style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>L’éditeur en ligne n’est pas encore configuré</h1>
<p>Pour écrire sur votre ordinateur, lancez <code>npm run admin</code> dans le dossier du projet.</p>
<p>Pour écrire en ligne, la personne qui a installé le site doit relier l’éditeur au dépôt GitLab : voir le guide <code>docs/deploy.md</code>, partie « L’éditeur en ligne ».</p>
</main>`,
  );
}

export function configYaml(backend, contentDir, contentPath, siteUrl) {
  const config = editorConfig({ backend, contentPath, references: editorReferences(contentDir), siteUrl });
  return `# Généré à partir des schémas (src/lib/cms/config.ts) : ne pas modifier à la main.\n${stringify(config, { lineWidth: 0 })}`;
}

export function previewCss() {
  const tokens = readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8');
  return `/* Aperçu de l'éditeur : la typographie du site (src/styles/tokens.css). */
@font-face { font-family: "Source Sans 3"; src: url("fonts/source-sans-3.woff2") format("woff2"); font-weight: 200 900; font-display: swap; }
@font-face { font-family: "Fraunces"; src: url("fonts/fraunces-600.woff2") format("woff2"); font-weight: 600; font-display: swap; }
${tokens}
:root { --font-body: "Source Sans 3"; --font-display: "Fraunces"; }
body { margin: 0; background: var(--color-bg); color: var(--color-ink); font-family: var(--font-body-stack); font-size: var(--step-0); line-height: 1.6; }
.escales-preview { max-width: var(--measure); margin: 0 auto; padding: var(--space-xl) var(--space-l); }
.escales-preview h1, .escales-preview h2, .escales-preview h3 { font-family: var(--font-display-stack); font-weight: 600; line-height: 1.2; color: var(--color-ink); }
.escales-preview h1 { font-size: var(--step-3); margin: 0 0 var(--space-m); }
.escales-preview h2 { font-size: var(--step-2); margin: var(--space-xl) 0 var(--space-s); }
.escales-preview h3 { font-size: var(--step-1); }
.escales-preview img { display: block; max-width: 100%; height: auto; border-radius: var(--radius); }
.escales-preview a { color: var(--color-primary); }
.escales-summary { font-size: var(--step-1); color: var(--color-muted); }
.escales-meta { color: var(--color-muted); font-size: var(--step--1); }
.escales-preview blockquote { margin: var(--space-l) 0; padding: var(--space-m) var(--space-l); border-left: 0.3rem solid var(--color-accent); background: var(--color-accent-soft); font-family: var(--font-display-stack); font-size: var(--step-1); }
.escales-draft { display: inline-block; margin: 0 0 var(--space-m); padding: var(--space-2xs) var(--space-s); border-radius: var(--radius-small); background: var(--color-sun); font-weight: 700; }
`;
}

/**
 * The schemas share modules with the validator, which reads files (node:fs, sharp): in the browser
 * those are stand-ins that do nothing, and `path` has the few pure functions the schemas use. The
 * schemas only call them when checking files, which the browser never does.
 */
const PATH_SHIM = `
const sep = '/';
const isAbsolute = (p) => p.startsWith('/');
const normalize = (p) => p.split('/').reduce((out, part) => (part === '..' ? out.slice(0, -1) : part && part !== '.' ? [...out, part] : out), []).join('/');
const join = (...parts) => normalize(parts.join('/'));
const basename = (p) => p.split('/').filter(Boolean).at(-1) ?? '';
const dirname = (p) => p.split('/').slice(0, -1).join('/') || '.';
const extname = (p) => { const b = basename(p); const i = b.lastIndexOf('.'); return i > 0 ? b.slice(i) : ''; };
const resolve = (...parts) => '/' + normalize(parts.join('/'));
const relative = (a, b) => b.startsWith(a + '/') ? b.slice(a.length + 1) : b;
module.exports = { sep, isAbsolute, normalize, join, basename, dirname, extname, resolve, relative, posix: null };
module.exports.posix = module.exports;`;
/** A module with the same export names as the Node one, each doing nothing. */
async function noopModule(name) {
  let names = [];
  if (name !== 'sharp') names = Object.keys(await import(name.startsWith('node:') ? name : `node:${name}`)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  // Any property of the default export is itself (sharp.versions.vips is read when the module loads).
  return `const noop = new Proxy(function () {}, { get: () => noop, apply: () => undefined });\nexport default noop;\n${names.map((key) => `export const ${key} = noop;`).join('\n')}`;
}
const nodeStandIns = {
  name: 'node-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: 'path', namespace: 'stand-in' }));
    build.onResolve({ filter: /^(node:.*|fs|os|child_process|url|util|stream|crypto|sharp)$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
    build.onLoad({ filter: /.*/, namespace: 'stand-in' }, async (args) => ({ contents: args.path === 'path' ? PATH_SHIM : await noopModule(args.path), loader: 'js' }));
  },
};

let bundled;
/** The editor's script, bundled once per process (esbuild, as Vite uses it). */
export async function editorScript() {
  if (bundled) return bundled;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'src/lib/cms/browser/admin.ts')],
    bundle: true,
    write: false,
    metafile: Boolean(process.env.ESCALES_ADMIN_METAFILE),
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [nodeStandIns],
    banner: { js: 'var process = globalThis.process || { env: {} };' },
    define: { 'import.meta.url': '"file:///admin/"' },
  });
  if (result.metafile) globalThis.escalesAdminMetafile = result.metafile;
  bundled = result.outputFiles[0].text;
  return bundled;
}

/**
 * Every file of /admin/ for a backend (undefined: the « not configured » page only), as
 * name → contents or source file to copy.
 */
export async function adminFiles({ backend, contentDir, contentPath = 'content', siteUrl }) {
  if (!backend) return { 'index.html': unconfiguredPage() };
  const files = {
    'index.html': adminPage(backend, editorReferences(contentDir)),
    'config.yml': configYaml(backend, contentDir, contentPath, siteUrl),
    'escales-admin.js': await editorScript(),
    'preview.css': previewCss(),
  };
  for (const name of decapFiles()) files[name] = { copy: path.join(DECAP_DIR, name) };
  for (const [name, source] of Object.entries(FONTS)) files[`fonts/${name}`] = { copy: path.join(root, source) };
  return files;
}

/** Writes /admin/ into a built site. */
export async function writeAdmin(siteDir, options) {
  const files = await adminFiles(options);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(siteDir, 'admin', name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'string') writeFileSync(target, content);
    else copyFileSync(content.copy, target);
  }
  return Object.keys(files);
}
