import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneUnreferencedImages } from '../../scripts/lib/prune.mjs';
import { tempDir } from '../helpers/tempDir.ts';

// scripts/lib/prune.mjs finds every file name the site's text mentions in one pass: each way a
// page, a stylesheet or a script can point at an image must keep it, and only unmentioned ones go.
function site(files: Record<string, string>): string {
  const dir = tempDir('escales-prune-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('pruneUnreferencedImages', () => {
  it('keeps images named by src, srcset, CSS url(), escaped JSON, absolute and encoded URLs; removes the others', () => {
    const images = ['a.B1_x.webp', 'b.C2_y.webp', 'c.D3_z.webp', 'd.E4.webp', 'e.F5.jpg', 'photo été.G6.webp', 'draft.H7.jpg'];
    const dir = site({
      'index.html': '<img src="/_astro/a.B1_x.webp" srcset="/_astro/b.C2_y.webp 400w,/_astro/c.D3_z.webp 700w">',
      '_astro/site.css': 'main{background:url(/_astro/d.E4.webp)}',
      'data.json': '{"image":"https:\\/\\/example.fr\\/_astro\\/e.F5.jpg?v=1"}',
      'en/index.html': '<meta property="og:image" content="https://example.fr/_astro/photo%20%C3%A9t%C3%A9.G6.webp">',
      ...Object.fromEntries(images.map((name) => [`_astro/${name}`, 'x'])),
    });
    const removed = pruneUnreferencedImages(dir);
    expect(removed).toEqual([path.join('_astro', 'draft.H7.jpg')]);
    expect(readdirSync(path.join(dir, '_astro')).filter((f) => !f.endsWith('.css')).sort()).toEqual(images.filter((f) => f !== 'draft.H7.jpg').sort());
  });

  it('keeps images whose names have spaces, apostrophes, parentheses, accents and upper-case extensions, however they are referenced', () => {
    // Names as Astro emits them from phone and Windows photos, and each way a site can point at them.
    const images = ['IMG_2034 (1).A1_b.webp', "l'étable.B2_c.webp", 'Photo été.C3_d.webp', 'IMG_0007 (2).D4_e.JPG', "Chez l'habitant (Cork).E5_f.webp", 'Crème & miel.F6_g.webp', 'sortie, été.G7_h.webp'];
    const dir = site({
      'temoignages/lea/index.html':
        `<img src="/_astro/IMG_2034%20(1).A1_b.webp" srcset="/_astro/l'%C3%A9table.B2_c.webp 360w, /_astro/Photo%20%C3%A9t%C3%A9.C3_d.webp 720w, /_astro/l'%C3%A9table.B2_c.webp" alt="">` +
        `<meta property="og:image" content="https://example.fr/_astro/IMG_0007%20(2).D4_e.JPG">` +
        `<div style="background-image:url('/_astro/Chez%20l&#39;habitant%20(Cork).E5_f.webp')"></div>` +
        `<script type="application/ld+json">{"image":"https:\/\/example.fr\/_astro\/Cr\u00e8me &amp; miel.F6_g.webp"}</script>` +
        `<img src='/_astro/sortie,%20%C3%A9t%C3%A9.G7_h.webp' alt="">`,
      ...Object.fromEntries([...images, "l'étable.Z9_z.webp", 'IMG_2034.A1_b.webp', '(1).A1_b.webp'].map((name) => [`_astro/${name}`, 'x'])),
    });
    const removed = pruneUnreferencedImages(dir);
    expect(removed.sort()).toEqual(["l'étable.Z9_z.webp", 'IMG_2034.A1_b.webp', '(1).A1_b.webp'].map((n) => path.join('_astro', n)).sort());
    expect(readdirSync(path.join(dir, '_astro')).sort()).toEqual([...images].sort());
  });

  it('does not take a longer name for the one it ends with', () => {
    const dir = site({ 'index.html': '<img src="/_astro/big-cover.A.webp">', '_astro/big-cover.A.webp': 'x', '_astro/cover.A.webp': 'x' });
    expect(pruneUnreferencedImages(dir)).toEqual([path.join('_astro', 'cover.A.webp')]);
  });
});
