// Every internal reference of a built site points to a file of that site: stylesheets, scripts,
// images (src, srcset, posters, og:image), fonts (preloads and @font-face), internal links, form
// actions, in pages (HTML), stylesheets (url(), @import), scripts (their relative imports) and the
// web manifest. scripts/build.mjs runs it on the new site before the swap, so that a site that
// links to a missing file never replaces dist/ (issue 11: pages copied by the incremental build
// linked a stylesheet that was no longer there). It reads each text file once and looks files up
// in a set: 2 to 3 s of CPU for the 2,200 pages of 1,000 stories (docs/benchmark.md). Anchors (#id) are left to
// `npm run check:site` (linkinator), which is slower.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Attributes whose value is one URL. `content` only counts when it is a URL of the site (og:image…). */
const URL_ATTRIBUTE = /\s(href|src|poster|action|content|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Attributes whose value is a list of "URL width" candidates. */
const SRCSET_ATTRIBUTE = /\s(srcset|imagesrcset)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Script bodies (JSON-LD, Astro's inline scripts) and comments hold no reference to check. */
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/gi;
const CSS_IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"'\s]+)["']/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Every file under the site, as URL paths ("/a/b.css", "/a/index.html"). */
function listSite(site) {
  const files = new Set();
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.add(`${prefix}${entry.name}`);
    }
  };
  walk(site, '/');
  return files;
}

/**
 * Checks a built site's internal references.
 * @param {string} site the built site's folder
 * @param {{ origins?: string[] }} [options] origins of the site itself (siteUrl): absolute URLs on
 *   them (canonical, hreflang, og:image) are internal references too
 * @returns {{ problems: { page: string, url: string }[], files: number, references: number }}
 */
export function checkReferences(site, { origins = [] } = {}) {
  const files = listSite(site);
  const siteOrigins = origins.map((o) => new URL(o).origin);
  const problems = [];
  const seen = new Set();
  let references = 0;

  /** The path a URL found in `from` (a URL path like "/a/index.html") points to, or null if external. */
  const target = (raw, from) => {
    const value = raw.trim().replace(/&amp;/g, '&');
    if (!value || value.startsWith('#') || value.startsWith('//')) return null;
    let url;
    if (SCHEME.test(value)) {
      let parsed;
      try {
        parsed = new URL(value);
      } catch {
        return null;
      }
      if (!siteOrigins.includes(parsed.origin)) return null;
      url = parsed.pathname;
    } else {
      url = new URL(value, `http://site${from}`).pathname;
    }
    try {
      return decodeURIComponent(url);
    } catch {
      return url;
    }
  };

  // A folder's URL is its index.html ("/a/", or "/a" as a static host redirects it).
  const exists = (url) => (url.endsWith('/') ? files.has(`${url}index.html`) : files.has(url) || files.has(`${url}/index.html`));

  const check = (raw, from) => {
    const url = target(raw, from);
    if (url === null) return;
    references++;
    if (exists(url)) return;
    const key = `${from}\0${url}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ page: from.slice(1), url });
  };

  const checkCss = (css, from) => {
    for (const m of css.matchAll(CSS_URL)) {
      const value = m[1] ?? m[2] ?? m[3];
      if (!value.startsWith('data:')) check(value, from);
    }
    for (const m of css.matchAll(CSS_IMPORT)) check(m[1] ?? m[2], from);
  };

  for (const file of files) {
    if (file.endsWith('.html')) {
      const html = readFileSync(path.join(site, file), 'utf8').replace(COMMENT, '');
      const tags = html.replace(SCRIPT_BODY, '$1');
      for (const m of tags.replace(STYLE_BLOCK, '').matchAll(URL_ATTRIBUTE)) {
        const name = m[1].toLowerCase();
        const value = m[2] ?? m[3];
        // content="…" is a URL only on a few <meta>: count it when it starts like one of ours.
        if (name === 'content' && !(value.startsWith('/') || siteOrigins.some((o) => value.startsWith(`${o}/`)))) continue;
        check(value, file);
      }
      for (const m of tags.matchAll(SRCSET_ATTRIBUTE)) {
        for (const candidate of (m[2] ?? m[3]).split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) check(url, file);
        }
      }
      for (const m of tags.matchAll(STYLE_ATTRIBUTE)) checkCss(m[1] ?? m[2], file);
      for (const m of html.matchAll(STYLE_BLOCK)) checkCss(m[1], file);
    } else if (file.endsWith('.css')) {
      checkCss(readFileSync(path.join(site, file), 'utf8'), file);
    } else if (/\.m?js$/.test(file) && file.startsWith('/_astro/')) {
      for (const m of readFileSync(path.join(site, file), 'utf8').matchAll(JS_IMPORT)) check(m[1], file);
    } else if (file.endsWith('.webmanifest')) {
      try {
        for (const icon of JSON.parse(readFileSync(path.join(site, file), 'utf8')).icons ?? []) if (icon?.src) check(icon.src, file);
      } catch {
        problems.push({ page: file.slice(1), url: '(fichier JSON illisible)' });
      }
    }
  }
  return { problems, files: files.size, references };
}

/** The site's own origin, from the home page's canonical link (siteUrl of content/settings.yaml). */
export function siteOrigins(site) {
  try {
    const home = readFileSync(path.join(site, 'index.html'), 'utf8');
    const canonical = /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/i.exec(home) ?? /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="canonical"/i.exec(home);
    return canonical ? [new URL(canonical[1]).origin] : [];
  } catch {
    return [];
  }
}

/** The French report of the problems, grouped by missing file, at most `limit` lines. */
export function formatReferenceProblems(problems, limit = 20) {
  const byUrl = new Map();
  for (const p of problems) byUrl.set(p.url, [...(byUrl.get(p.url) ?? []), p.page]);
  const lines = [];
  for (const [url, pages] of byUrl) {
    const shown = pages.slice(0, 3).join(', ');
    const more = pages.length > 3 ? ` et ${pages.length - 3} autre(s) page(s)` : '';
    lines.push(`${url} est absent du site, mais ${pages.length > 1 ? 'ces pages y renvoient' : 'cette page y renvoie'} : ${shown}${more}`);
  }
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`… et ${lines.length - limit} autre(s) fichier(s) absent(s)`);
  return shown;
}
