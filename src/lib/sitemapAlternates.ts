import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The sitemap says of each page what its HTML says (Google reads either, and they must agree):
 * its translations, with the same hreflang codes (fr, en, x-default) as the page's
 * <link rel="alternate" hreflang> links, and nothing for a page that asks not to be indexed.
 * Read from the built HTML rather than recomputed, so the two cannot drift apart: French and
 * English URLs differ (/actualites/x/ ↔ /en/news/x/, /actualites/type/convention/ ↔
 * /en/news/type/agreement/), which @astrojs/sitemap's own i18n option cannot pair.
 */

export interface Alternate {
  lang: string;
  url: string;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const value = (tag: string, name: string) => {
  const m = attribute(tag, name);
  return m ? (m[1] ?? m[2] ?? m[3])!.replace(/&amp;/g, '&') : undefined;
};

/** The head of a page: what comes before <body> (links in the body are not alternates). */
const headOf = (html: string) => html.slice(0, Math.max(0, html.search(/<body[\s>]/i)) || html.length);

/** The page's <link rel="alternate" hreflang="…" href="…"> links, in document order. */
export function hreflangLinks(html: string): Alternate[] {
  const links: Alternate[] = [];
  for (const [tag] of headOf(html).matchAll(/<link\b[^>]*>/gi)) {
    const rel = value(tag, 'rel')?.toLowerCase().split(/\s+/);
    const lang = value(tag, 'hreflang');
    const url = value(tag, 'href');
    if (rel?.includes('alternate') && lang && url) links.push({ lang, url });
  }
  return links;
}

/** Does the page ask search engines not to index it (<meta name="robots" content="noindex…">)? */
export function isNoindex(html: string): boolean {
  for (const [tag] of headOf(html).matchAll(/<meta\b[^>]*>/gi)) {
    if (value(tag, 'name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(value(tag, 'content') ?? '')) return true;
  }
  return false;
}

/** The built file of a page URL: https://site/actualites/x/ → <outDir>/actualites/x/index.html. */
export function htmlFileOf(url: string, outDir: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

interface Item {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/**
 * @astrojs/sitemap's `serialize`: gives an item the alternates of its page's HTML (when the page
 * has a translation), and drops a page marked noindex.
 */
export function withHtmlAlternates(outDir: string) {
  return <T extends Item>(item: T): (T & { links?: Alternate[] | undefined }) | undefined => {
    const file = htmlFileOf(item.url, outDir);
    if (!existsSync(file)) return item;
    const html = readFileSync(file, 'utf8');
    if (isNoindex(html)) return undefined;
    const links = hreflangLinks(html);
    return { ...item, links: links.length > 1 ? links : undefined };
  };
}
