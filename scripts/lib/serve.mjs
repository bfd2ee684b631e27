// The local static server of `npm run kiosk` (all day, in a public hall), the PDF report and
// Lighthouse. It behaves as the static hosts of docs/deploy.md do, and no more:
// - only GET and HEAD (405 otherwise): a static site takes no POST, PUT, DELETE or TRACE;
// - the request's path is decoded, resolved, and must stay inside the served folder, compared
//   with a separator (a sibling folder "dist-secret" is not inside "dist"); NUL bytes and malformed
//   escapes are refused (400);
// - no symlink is followed out of the folder: the real path of the file must be inside the real
//   path of the folder;
// - the headers of the site's `_headers` file (public/_headers, copied into the site: the one list
//   of security and cache headers, also read by Netlify and Cloudflare Pages) go with every
//   response, and `_headers` itself is not served;
// - it listens on 127.0.0.1 unless told otherwise;
// - text is gzipped when the browser accepts it, as any real host does (Lighthouse measures what
//   families get); folders serve their index.html; unknown paths get the site's 404 page.
// Why not `sirv` (3.0.2, the usual small static server): it answers every method, lists files
// through symlinks at start-up (serving what they point to) and keeps that list, so it would
// serve the deleted old site after a rebuild swaps dist/; it serves `_headers`, sets no headers
// from it, and compresses nothing on the fly. What is here is short and tested
// (tests/unit/serve.test.ts).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text is sent gzipped, as any real host does (docs/deploy.md): Lighthouse measures what families get. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;
/** The hosts' configuration files: read by the server, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
/** The project's own list, for a folder that has none (a site built before it existed, a test folder). */
const PROJECT_HEADERS = fileURLToPath(new URL('../../public/_headers', import.meta.url));

/**
 * The rules of a `_headers` file (Netlify and Cloudflare Pages format): a path pattern on its own
 * line (`*` matches anything, `:name` one path segment), then indented `Name: value` lines.
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules[rules.length - 1].headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers of every rule that matches the path, in file order; a later rule overrides a header.
 * @param {{ pattern: RegExp, headers: [string, string][] }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  return headers;
}

/** `_headers` of the folder being served (re-read when a build replaces it), else the project's. */
function headerRules(root) {
  const file = existsSync(path.join(root, '_headers')) ? path.join(root, '_headers') : PROJECT_HEADERS;
  const stamp = `${file}:${existsSync(file) ? statSync(file).mtimeMs : 0}`;
  if (headerRules.cache?.stamp !== stamp) headerRules.cache = { stamp, rules: existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [] };
  return headerRules.cache.rules;
}

/** Whether `inner` is `outer` or inside it, separator-aware. */
function isInside(outer, inner) {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : `${outer}${path.sep}`);
}

/**
 * The file to send for a decoded path, or null when there is none inside the folder. Both paths
 * are real paths: a symlink inside the folder that points out of it counts as missing.
 */
function resolveInside(root, pathname) {
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null;
  }
  let file = path.resolve(realRoot, `.${pathname}`);
  if (!isInside(realRoot, file)) return null;
  try {
    file = realpathSync(file);
    if (!isInside(realRoot, file)) return null;
    if (statSync(file).isDirectory()) {
      file = realpathSync(path.join(file, 'index.html'));
      if (!isInside(realRoot, file)) return null;
    }
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves a built site (port 0 = any free port), as a plain static host would.
 * Returns the origin, the address it listens on and a close() function.
 * @param {string} dir
 * @param {{ port?: number, host?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ origin: string, address: import('node:net').AddressInfo, close: () => Promise<void> }>}
 */
export async function serveDir(dir, { port = 0, host = '127.0.0.1', quiet = true } = {}) {
  const root = path.resolve(dir);
  const server = createServer((request, response) => {
    const send = (status, headers, body) => {
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Méthode non autorisée');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Requête invalide');
    }
    if (pathname.includes('\0')) return send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Requête invalide');

    const extra = headerRules(root).length ? headersFor(headerRules(root), pathname) : {};
    let status = 200;
    let file = HOST_FILES.has(pathname) ? null : resolveInside(root, pathname);
    if (!file) {
      status = 404;
      file = resolveInside(root, pathname.startsWith('/en/') ? '/en/404.html' : '/404.html');
      if (!file) return send(404, { ...extra, 'Content-Type': 'text/plain; charset=utf-8' }, '404');
    }
    if (!quiet) console.log(`${status} ${pathname}`);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const raw = readFileSync(file);
    const body = gzip ? gzipSync(raw) : raw;
    send(status, {
      'Cache-Control': 'no-cache',
      ...extra,
      'Content-Type': type,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    }, body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://${host}:${address.port}`, address, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
