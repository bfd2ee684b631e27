import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReferences, formatReferenceProblems } from '../../scripts/lib/references.mjs';
import { tempDir } from '../helpers/tempDir.ts';

// The check scripts/build.mjs runs before the swap: a small site whose every kind of reference
// resolves, then one missing file at a time, each of which must be reported with its page.
const site = tempDir('escales-refs-');
const origin = 'https://essai.example.fr';

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}

const page = `<!doctype html><html lang="fr"><head>
<meta name="viewport" content="width=device-width">
<meta http-equiv="content-security-policy" content="default-src 'self'">
<meta property="og:image" content="${origin}/og/lea.jpg">
<link rel="canonical" href="${origin}/temoignages/lea/">
<link rel="stylesheet" href="/_astro/Base.abc.css">
<link rel="preload" href="/_astro/fonts/a1.woff2" as="font" crossorigin>
<link rel="manifest" href="/site.webmanifest">
<style>@font-face{font-family:X;src:url("/_astro/fonts/a1.woff2") format("woff2")}</style>
<script type="module" src="/_astro/page.def.js"></script>
<script type="application/ld+json">{"image":"/nulle-part.jpg","x":" src=\\"/absent.js\\""}</script>
</head><body>
<!-- <img src="/commentaire.jpg"> -->
<a href="/temoignages/">Témoignages</a> <a href="../voisin/?q=1#haut">Voisin</a> <a href="/resultats/2024-2025.csv">CSV</a>
<a href="https://www.example.org/">Partenaire</a> <a href="mailto:a@example.fr">a@example.fr</a> <a href="tel:+33100000000">Tél.</a> <a href="#contenu">Aller</a>
<img src="/_astro/cover.x1.webp" srcset="/_astro/cover.x1.webp 400w, /_astro/cover.x2.webp 700w" alt="">
<img src="/_astro/vu%20de%20loin.webp" alt="">
<div style="background:url('/_astro/fond.webp')"></div>
<form action="/recherche/"><input name="q"></form>
</body></html>`;

beforeAll(() => {
  write('temoignages/lea/index.html', page);
  write('temoignages/voisin/index.html', '<!doctype html><title>Voisin</title>');
  write('temoignages/index.html', '<!doctype html><title>Liste</title>');
  write('recherche/index.html', '<!doctype html><title>Recherche</title>');
  write('index.html', '<!doctype html><title>Accueil</title><a href="/temoignages/lea/">Léa</a>');
  write('resultats/2024-2025.csv', 'a,b');
  write('og/lea.jpg', 'jpg');
  write('site.webmanifest', JSON.stringify({ icons: [{ src: '/icon-192.png' }] }));
  write('icon-192.png', 'png');
  write('_astro/Base.abc.css', '@import "./reset.css"; body{background:url(/_astro/fond.webp)} .logo{background:url(data:image/png;base64,AAAA)}');
  write('_astro/reset.css', '*{margin:0}');
  write('_astro/page.def.js', 'import{a}from"./shared.ghi.js";const m=()=>import("./lazy.jkl.js");');
  write('_astro/shared.ghi.js', 'export const a=1;');
  write('_astro/lazy.jkl.js', 'export default 1;');
  write('_astro/fonts/a1.woff2', 'font');
  for (const f of ['cover.x1.webp', 'cover.x2.webp', 'vu de loin.webp', 'fond.webp']) write(`_astro/${f}`, 'img');
});

/** The check's problems with `file` taken away for the duration of the call. */
function withoutFile(file: string) {
  const full = path.join(site, file);
  const keep = `${full}.kept`;
  cpSync(full, keep);
  rmSync(full);
  try {
    return checkReferences(site, { origins: [origin] }).problems;
  } finally {
    cpSync(keep, full);
    rmSync(keep);
  }
}

describe('checkReferences', () => {
  it('passes a site whose every reference resolves, ignoring other origins, anchors, scripts and comments', () => {
    const result = checkReferences(site, { origins: [origin] });
    expect(result.problems).toEqual([]);
    expect(result.references).toBeGreaterThan(20);
  });

  it.each([
    ['a stylesheet', '_astro/Base.abc.css', 'temoignages/lea/index.html', '/_astro/Base.abc.css'],
    ['a stylesheet imported by a stylesheet', '_astro/reset.css', '_astro/Base.abc.css', '/_astro/reset.css'],
    ['a script', '_astro/page.def.js', 'temoignages/lea/index.html', '/_astro/page.def.js'],
    ['a chunk a script imports', '_astro/shared.ghi.js', '_astro/page.def.js', '/_astro/shared.ghi.js'],
    ['a chunk a script imports on demand', '_astro/lazy.jkl.js', '_astro/page.def.js', '/_astro/lazy.jkl.js'],
    ['a font (preload and @font-face)', '_astro/fonts/a1.woff2', 'temoignages/lea/index.html', '/_astro/fonts/a1.woff2'],
    ['an image of a srcset', '_astro/cover.x2.webp', 'temoignages/lea/index.html', '/_astro/cover.x2.webp'],
    ['an image with an encoded name', '_astro/vu de loin.webp', 'temoignages/lea/index.html', '/_astro/vu de loin.webp'],
    ['an image of a style attribute', '_astro/fond.webp', 'temoignages/lea/index.html', '/_astro/fond.webp'],
    ['the sharing card (og:image, absolute URL of the site)', 'og/lea.jpg', 'temoignages/lea/index.html', '/og/lea.jpg'],
    ['a page (relative link with query and anchor)', 'temoignages/voisin/index.html', 'temoignages/lea/index.html', '/temoignages/voisin/'],
    ['a page (form action)', 'recherche/index.html', 'temoignages/lea/index.html', '/recherche/'],
    ['a download', 'resultats/2024-2025.csv', 'temoignages/lea/index.html', '/resultats/2024-2025.csv'],
    ['an icon of the web manifest', 'icon-192.png', 'site.webmanifest', '/icon-192.png'],
  ])('reports a missing %s with the page that refers to it', (_kind, file, from, url) => {
    expect(withoutFile(file)).toContainEqual({ page: from, url });
  });

  it('says in French which file is missing and which pages need it, grouped', () => {
    const problems = [
      ...Array.from({ length: 5 }, (_, i) => ({ page: `temoignages/s${i}/index.html`, url: '/_astro/SchoolLogo.B1.css' })),
      { page: 'index.html', url: '/_astro/x.js' },
    ];
    const lines = formatReferenceProblems(problems);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('/_astro/SchoolLogo.B1.css est absent du site, mais ces pages y renvoient : temoignages/s0/index.html, temoignages/s1/index.html, temoignages/s2/index.html et 2 autre(s) page(s)');
    expect(lines[1]).toBe('/_astro/x.js est absent du site, mais cette page y renvoie : index.html');
  });
});
