import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './siteChecks.mjs';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest|txt|svg|ics|rss|atom)$/i;
const MARK = '_astro/';
/** What may come before `_astro/` in a URL: an origin, a path, `../`, JSON's `\/`. Never a delimiter. */
const PREFIX = /[A-Za-z0-9:/.\\_~%+-]/;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value) {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function decodeJsonEscapes(value) {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(?:u([0-9a-fA-F]{4})|(.))/g, (_, code, char) => (code ? String.fromCharCode(Number.parseInt(code, 16)) : char));
}

/** The index of the next `quote` after `from` that is not escaped by a backslash (JSON, JS, CSS). */
function closing(text, quote, from) {
  let at = text.indexOf(quote, from);
  while (at > 0 && text[at - 1] === '\\') at = text.indexOf(quote, at + 1);
  return at < 0 ? text.length : at;
}

/**
 * The end of a URL that is not quoted (a srcset candidate, an unquoted attribute): at a space, a
 * double quote or an angle bracket, or at a single quote that closes an attribute (followed by a
 * space, `>` or `/`) — an apostrophe inside a name (l'étable) is followed by more of the name.
 */
function bareEnd(text, from) {
  const match = /[\s"<>]|'(?=[\s>/]|$)/.exec(text.slice(from, from + 2000));
  return match ? from + match.index : Math.min(text.length, from + 2000);
}

/**
 * Every reference to a file of `_astro/` in one text (page, stylesheet, script, JSON, XML): for each
 * `_astro/`, the URL around it, read from its delimiter — an attribute's quotes (a srcset's
 * candidate ends at its space), a JSON or CSS string, url( ), a text node — then decoded (HTML
 * entities, JSON escapes, percent-encoding) into the file's path. A name may hold spaces,
 * apostrophes, parentheses or accents: what ends it is its delimiter, never a guess.
 */
export function referencedAstroFiles(text, found = new Set()) {
  for (let at = text.indexOf('_astro'); at >= 0; at = text.indexOf('_astro', at + 6)) {
    // `_astro/`, or `_astro\/` in JSON.
    if (text[at + 6] !== '/' && !(text[at + 6] === '\\' && text[at + 7] === '/')) continue;
    let start = at;
    while (start > 0 && PREFIX.test(text[start - 1])) start--;
    const delimiter = start > 0 ? text[start - 1] : '';
    let end;
    if (delimiter === '"' || delimiter === "'") {
      // An attribute's value, a JSON/JS/CSS string. In a srcset, each candidate ends at a space.
      const attribute = /([\w:.-]+)\s*=\s*$/.exec(text.slice(Math.max(0, start - 40), start - 1))?.[1] ?? '';
      end = /srcset$/i.test(attribute) ? Math.min(bareEnd(text, at), closing(text, delimiter, at)) : closing(text, delimiter, at);
    } else if (delimiter === '(') {
      end = closing(text, ')', at);
    } else if (delimiter === '>') {
      end = text.indexOf('<', at) < 0 ? text.length : text.indexOf('<', at);
    } else {
      // A srcset's later candidate, an unquoted attribute, a word in a text.
      end = bareEnd(text, at);
    }
    let url = decodeJsonEscapes(decodeEntities(text.slice(start, end).trim())).replace(/,+$/, '');
    url = url.slice(url.indexOf(MARK)).replace(/[?#].*$/, '');
    found.add(url);
    try {
      found.add(decodeURIComponent(url));
    } catch {
      // A % that is not an escape: the name as written is the only candidate.
    }
  }
  return found;
}

/**
 * Removes the images Astro emitted that no page, stylesheet or script refers to. Astro copies
 * every image a content entry references, even when the entry is not published (a draft, an
 * expired consent): such a photo must not be reachable on the site.
 */
export function pruneUnreferencedImages(site) {
  const files = listFiles(site);
  // One pass over the text, then a lookup per image: the text is only searched for `_astro/`
  // (0.4 ms per MB), not parsed into a DOM.
  const referenced = new Set();
  for (const file of files.filter((f) => TEXT.test(f))) referencedAstroFiles(readFileSync(path.join(site, file), 'utf8'), referenced);
  const normalized = new Set([...referenced].map((name) => name.normalize('NFC')));
  const removed = [];
  for (const file of files.filter((f) => IMAGE.test(f) && f.startsWith(`_astro${path.sep}`))) {
    const url = file.split(path.sep).join('/');
    if (!referenced.has(url) && !normalized.has(url.normalize('NFC'))) {
      rmSync(path.join(site, file));
      removed.push(file);
    }
  }
  return removed;
}
