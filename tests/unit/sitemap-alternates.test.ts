import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hreflangLinks, htmlFileOf, isNoindex, withHtmlAlternates } from '../../src/lib/sitemapAlternates.ts';
import { tempDir } from '../helpers/tempDir.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const translated = page(
  '<link rel="canonical" href="https://s.fr/actualites/x/"><link rel="alternate" hreflang="fr" href="https://s.fr/actualites/x/"><link rel="alternate" hreflang="en" href="https://s.fr/en/news/x/"><link rel="alternate" hreflang="x-default" href="https://s.fr/actualites/x/"><link rel="alternate" type="application/rss+xml" href="/rss.xml">',
  '<a rel="alternate" hreflang="de" href="/de/">not a head link</a><link rel="alternate" hreflang="it" href="/it/">',
);

describe('hreflang links of a page', () => {
  it('are the head’s alternate links with a hreflang, in order, and nothing else', () => {
    expect(hreflangLinks(translated)).toEqual([
      { lang: 'fr', url: 'https://s.fr/actualites/x/' },
      { lang: 'en', url: 'https://s.fr/en/news/x/' },
      { lang: 'x-default', url: 'https://s.fr/actualites/x/' },
    ]);
    expect(hreflangLinks(page('<link rel="canonical" href="/">'))).toEqual([]);
  });

  it('reads attributes in any order and quoting', () => {
    expect(hreflangLinks(page("<link href='/en/' hreflang=en rel=\"alternate\">"))).toEqual([{ lang: 'en', url: '/en/' }]);
  });
});

describe('noindex', () => {
  it('is read from the robots meta, whatever else it says', () => {
    expect(isNoindex(page('<meta name="robots" content="noindex, nofollow">'))).toBe(true);
    expect(isNoindex(page('<meta name="robots" content="noindex">'))).toBe(true);
    expect(isNoindex(page('<meta name="robots" content="index, follow">'))).toBe(false);
    expect(isNoindex(translated)).toBe(false);
  });
});

describe('sitemap items', () => {
  const dist = tempDir('escales-sitemap-');
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  };
  write('actualites/x/index.html', translated);
  write('kiosque/index.html', page('<meta name="robots" content="noindex, nofollow">'));
  write('mentions-legales/index.html', page('<link rel="canonical" href="https://s.fr/mentions-legales/">'));
  const serialize = withHtmlAlternates(dist);

  it('find the built file of a URL', () => {
    expect(htmlFileOf('https://s.fr/actualites/x/', dist)).toBe(path.join(dist, 'actualites/x/index.html'));
    expect(htmlFileOf('https://s.fr/', dist)).toBe(path.join(dist, 'index.html'));
  });

  it('get the alternates of their page, with the HTML’s own codes (fr, en, x-default)', () => {
    expect(serialize({ url: 'https://s.fr/actualites/x/' })?.links).toEqual([
      { lang: 'fr', url: 'https://s.fr/actualites/x/' },
      { lang: 'en', url: 'https://s.fr/en/news/x/' },
      { lang: 'x-default', url: 'https://s.fr/actualites/x/' },
    ]);
  });

  it('replace alternates the sitemap integration guessed, and drop them for a page without translation', () => {
    expect(serialize({ url: 'https://s.fr/mentions-legales/', links: [{ lang: 'fr-FR', url: 'https://s.fr/mentions-legales/' }] })?.links).toBeUndefined();
  });

  it('leave out a page marked noindex', () => {
    expect(serialize({ url: 'https://s.fr/kiosque/' })).toBeUndefined();
  });
});
