// Checks of a built site (dist/) that protect visitors and keep it valid: run by
// `npm test` through scripts/check-site.mjs, and tested by planting faults in copies.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import sharp from 'sharp';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full));
  }
  return out;
}

/**
 * No published image carries EXIF (camera, date, GPS), XMP or IPTC metadata.
 * sharp reads the metadata blocks of every format Astro emits (JPEG, PNG, WebP, AVIF).
 */
export async function checkImageMetadata(site) {
  const problems = [];
  for (const file of listFiles(site).filter((f) => IMAGE.test(f))) {
    const meta = await sharp(path.join(site, file)).metadata();
    const blocks = ['exif', 'xmp', 'iptc'].filter((key) => meta[key]);
    if (blocks.length) problems.push(`${file}: image metadata published (${blocks.join(', ')})`);
  }
  return problems;
}

/** No original upload lands in the site: every published image is a processed copy. */
export function checkNoOriginals(site, contentDir) {
  const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
  // Two files can only be equal if their sizes are: hash only the files whose size matches one on
  // the other side (on a 1,000-story site, hashing every photo took longer than the build's pages).
  const sized = (dir) => listFiles(dir).filter((f) => IMAGE.test(f)).map((f) => ({ f, size: statSync(path.join(dir, f)).size }));
  const sources = sized(contentDir);
  const published = sized(site);
  const publishedSizes = new Set(published.map(({ size }) => size));
  const originals = new Map(sources.filter(({ size }) => publishedSizes.has(size)).map(({ f }) => [hash(path.join(contentDir, f)), f]));
  const originalSizes = new Set(sources.map(({ size }) => size));
  return published
    .filter(({ size }) => originalSizes.has(size))
    .flatMap(({ f }) => {
      const original = originals.get(hash(path.join(site, f)));
      return original ? [`${f}: copy of the original upload content/${original}`] : [];
    });
}

const RESOURCE_ATTRIBUTES = /<(?:img|script|source|iframe|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|srcset|poster|data)=["']([^"']+)["']/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/gi;

function foreign(value) {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter((url) => /^(https?:)?\/\//i.test(url));
}

/**
 * No page, stylesheet or script makes the browser fetch from another origin (links to other
 * sites are fine: following them is the visitor's choice). Runtime requests are also checked
 * in the browser tests.
 */
export function checkThirdParty(site) {
  const problems = [];
  for (const file of listFiles(site)) {
    const full = path.join(site, file);
    // The editor (/admin/) is Decap CMS, whose bundle names many services it never calls here: what
    // it may reach is set by its page's own Content-Security-Policy (this site and the school's
    // GitLab only: scripts/lib/admin.mjs, tests/unit/cms-config.test.ts, tests/e2e/admin.spec.ts).
    if (file.split(path.sep)[0] === 'admin' && !file.endsWith('.html')) continue;
    if (file.endsWith('.html')) {
      const html = readFileSync(full, 'utf8');
      for (const match of html.matchAll(RESOURCE_ATTRIBUTES)) for (const url of foreign(match[1])) problems.push(`${file}: loads ${url}`);
      for (const tag of html.match(LINK_TAG) ?? []) {
        const rel = /\brel=["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
        const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
        if (/\b(stylesheet|preload|modulepreload|icon|manifest|prefetch|preconnect|dns-prefetch)\b/i.test(rel) && foreign(href).length) problems.push(`${file}: <link rel="${rel}"> to ${href}`);
      }
      for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) problems.push(...cssProblems(file, match[1]));
    } else if (file.endsWith('.css')) {
      problems.push(...cssProblems(file, readFileSync(full, 'utf8')));
    } else if (file.endsWith('.js') || file.endsWith('.mjs')) {
      const js = readFileSync(full, 'utf8');
      if (/\bdocument\.cookie\b/.test(js)) problems.push(`${file}: uses document.cookie`);
      for (const match of js.matchAll(/\b(?:import|fetch)\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) problems.push(`${file}: fetches ${match[1]}`);
    }
  }
  return problems;
}

function cssProblems(file, css) {
  const problems = [];
  for (const match of css.matchAll(CSS_URL)) {
    const url = match[1] ?? match[2];
    if (/^(https?:)?\/\//i.test(url)) problems.push(`${file}: CSS loads ${url}`);
  }
  return problems;
}

/** Only the contacts the school publishes on purpose (content/settings.yaml) appear as email addresses. */
export function checkEmails(site, allowed) {
  const allow = new Set(allowed.map((e) => e.toLowerCase()));
  const problems = [];
  for (const file of listFiles(site).filter((f) => /\.(html|xml|json|txt|csv)$/.test(f))) {
    const text = readFileSync(path.join(site, file), 'utf8');
    for (const email of new Set(text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [])) {
      if (!allow.has(email.toLowerCase())) problems.push(`${file}: unexpected email address ${email}`);
    }
  }
  return problems;
}

/** html-validate's recommended rules on every page, with the few exceptions Escales needs, each explained. */
export const htmlValidateConfig = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own consistent way.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Inline SVG from staff files (logos) and charts may carry presentation attributes.
    'no-inline-style': 'off',
    // French typography uses narrow no-break spaces and guillemets; they are intended characters.
    'no-raw-characters': 'off',
    // Long SVG paths and hashes make long lines; they are not a defect.
    'long-title': 'off',
  },
};

export async function checkHtml(site) {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems = [];
  for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readFileSync(path.join(site, file), 'utf8'), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

/**
 * Every internal link, anchor, image and stylesheet of the site resolves. Links to other
 * origins are not followed (the machine is offline), but the count of scanned links is returned
 * so a check that scanned nothing cannot pass.
 */
export async function checkLinks(site) {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: site,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link) && /^[a-z][a-z0-9+.-]*:/i.test(link),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  const problems = broken.map((l) => `${l.parent ?? '?'} → ${l.url} (${l.status ?? 'no status'}${l.failureDetails?.[0]?.message ? `: ${l.failureDetails[0].message}` : ''})`);
  return { problems, scanned: result.links.filter((l) => l.state !== 'SKIPPED').length };
}

/**
 * No symbolic link in a folder whose files are published (public/, dist/): a link could publish
 * any file of the machine that builds the site. Links are listed, not followed.
 */
export function checkNoSymlinks(dir, label = path.basename(dir)) {
  if (!existsSync(dir)) return [];
  const problems = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isSymbolicLink()) problems.push(`${label}/${path.relative(dir, full).split(path.sep).join('/')}: symbolic link (replace it with a copy of the file)`);
      else if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return problems;
}

export function siteExists(site) {
  return existsSync(path.join(site, 'index.html')) && statSync(site).isDirectory();
}

// French typography (src/lib/frenchTypography.ts, applied to every page by src/middleware.ts).
// Written independently of the step it checks: its own reading of the pages, its own rules.
const TYPO_RAW = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'textarea', 'template', 'noscript']);
const TYPO_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'img', 'input', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'select',
  'summary', 'table', 'td', 'th', 'title', 'tr', 'ul', 'svg', 'text', 'tspan', 'desc', 'button',
]);

/**
 * The French text of a page, as lines: the text of consecutive inline nodes joined, outside code,
 * scripts and styles and outside passages in another language. `pageLang` comes from <html lang>.
 */
export function frenchLines(html) {
  const lines = [];
  let current = '';
  const stack = [{ name: '#document', lang: '', raw: false }];
  const cut = () => {
    if (current.trim()) lines.push(current);
    current = '';
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      const parent = stack[stack.length - 1];
      if (TYPO_BLOCKS.has(name)) cut();
      stack.push({ name, lang: attributes.lang ?? parent.lang, raw: parent.raw || TYPO_RAW.has(name) });
    },
    onclosetag(name) {
      if (TYPO_BLOCKS.has(name)) cut();
      const index = stack.map((frame) => frame.name).lastIndexOf(name);
      if (index > 0) stack.length = index;
    },
    ontext(text) {
      const frame = stack[stack.length - 1];
      if (frame.raw || !/^fr\b/i.test(frame.lang)) {
        // Text not checked still separates what is on either side of it.
        if (text.trim()) cut();
        return;
      }
      current += text;
    },
  });
  parser.write(html);
  parser.end();
  cut();
  return lines;
}

/** The problems of one page's French text: an ordinary space before ? ! : ;, or before a separator "·". */
export function typographyProblems(html) {
  const problems = [];
  for (const line of frenchLines(html)) {
    for (const match of line.matchAll(/[ \t\r\n]+([?!:;·•»])|(«)[ \t\r\n]+/g)) {
      // A space at the start of a line is not shown: it cannot carry the mark to the next line.
      if (match.index === 0 && match[1]) continue;
      const excerpt = line.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' ').trim();
      const mark = match[1] ?? match[2];
      problems.push({ mark, excerpt });
    }
  }
  return problems;
}

/**
 * Every French page (<html lang="fr">) has its no-break spaces: no ordinary space before ? ! : ;
 * or », after «, or before the separator "·" (a line would start with it). Names the page and the
 * excerpt; returns the count of pages checked, so that a check that read nothing cannot pass.
 */
export function checkFrenchTypography(site) {
  const problems = [];
  let checked = 0;
  // The editor's page (/admin/) is not an Astro page and is for staff only (scripts/lib/admin.mjs).
  for (const file of listFiles(site).filter((f) => f.endsWith('.html') && f.split(path.sep)[0] !== 'admin')) {
    const html = readFileSync(path.join(site, file), 'utf8');
    const lang = /<html\b[^>]*\blang=["']?([\w-]+)/i.exec(html)?.[1] ?? '';
    if (!/^fr\b/i.test(lang)) continue;
    checked++;
    for (const { mark, excerpt } of typographyProblems(html)) problems.push(`${file}: espace ordinaire ${mark === '«' ? 'après' : 'avant'} « ${mark} » dans « ${excerpt} »`);
  }
  return Object.assign(problems, { checked });
}
