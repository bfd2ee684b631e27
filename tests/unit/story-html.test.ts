import { describe, expect, it } from 'vitest';
import { kioskText } from '../../src/lib/kioskText.ts';
import { storyHtml } from '../../src/lib/storyHtml.ts';

describe('storyHtml: a body in the story dialect as HTML, made once by the content layer', () => {
  it('prints Markdown as HTML, with typographic quotes and GFM tables as Astro does', () => {
    const { html } = storyHtml('Un "bon" stage -- vraiment.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain('<p>Un “bon” stage – vraiment.</p>');
    expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/);
  });

  it('gives headings ids (unique, as github-slugger makes them) and lists them', () => {
    const { html, headings } = storyHtml('## Le départ\n\ntexte\n\n## Le départ\n\n### Après « tout »\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'le-départ', text: 'Le départ' },
      { depth: 2, slug: 'le-départ-1', text: 'Le départ' },
      { depth: 3, slug: 'après--tout-', text: 'Après « tout »' },
    ]);
    expect(html).toContain('<h2 id="le-départ-1">Le départ</h2>');
  });

  it('prints the dialect’s plain tags as HTML elements and drops {/* notes */}', () => {
    const { html } = storyHtml('Le <abbr title="brevet de technicien supérieur agricole">BTSA</abbr>,<br /> <span lang="en">farm</span>.\n\n{/* note pour l’équipe */}\n');
    expect(html).toContain('<abbr title="brevet de technicien supérieur agricole">BTSA</abbr>');
    expect(html).toContain('<br>');
    expect(html).toContain('<span lang="en">farm</span>');
    expect(html).not.toContain('note pour');
  });

  it('escapes text: what looks like markup in a story is shown, never run', () => {
    const { html } = storyHtml('Il fait moins de 5 &lt;script&gt; °C et \\{ ici \\}.\n');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#x3C;script>');
  });

  it('marks photos in the text for Astro’s image service and lists them, relative to the story', () => {
    const { html, localImagePaths } = storyHtml('![La ferme](./ferme.jpg)\n\n![La ferme encore](./ferme.jpg)\n');
    expect(localImagePaths).toEqual(['./ferme.jpg']);
    const markers = [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((m) => JSON.parse(m[1]!.replaceAll('&#x22;', '"')));
    expect(markers).toEqual([
      { alt: 'La ferme', src: './ferme.jpg', index: 0 },
      { alt: 'La ferme encore', src: './ferme.jpg', index: 1 },
    ]);
    expect(html).not.toMatch(/<img[^>]* src=/);
  });

  it('refuses, rather than drops, anything outside the dialect (the guard runs first; this is the second lock)', () => {
    expect(() => storyHtml('{alert(1)}\n')).toThrow(/expression/);
    expect(() => storyHtml('export const a = 1\n\ntexte\n')).toThrow(/import|export/);
    expect(() => storyHtml('<script>alert(1)</script>\n')).toThrow(/balise « script »/);
    expect(() => storyHtml('<span onclick="x()">a</span>\n')).toThrow(/attribut/);
    expect(() => storyHtml('<span lang={x}>a</span>\n')).toThrow(/attribut/);
    expect(() => storyHtml('![a](https://tracker.example/p.gif)\n')).toThrow(/photo/);
    expect(() => storyHtml('![a](../autre/p.jpg)\n')).toThrow(/photo/);
  });
});

describe('kioskText: links in a story on the kiosk', () => {
  const kioskPath = (id: string) => `/kiosque/${id}/`;

  it('keeps a link to another story inside the kiosk and turns any other link into plain text', () => {
    const html = kioskText('<p>Voir <a href="/temoignages/lea/">Léa</a>, <a href="https://ex.fr">un site</a> et <a href="mailto:a@b.fr">écrire</a>.</p>', kioskPath);
    expect(html).toBe('<p>Voir <a href="/kiosque/lea/">Léa</a>, <span class="kiosk-unlinked">un site</span> et <span class="kiosk-unlinked">écrire</span>.</p>');
  });

  it('leaves text without links unchanged, images included', () => {
    const html = '<h2 id="a">A</h2><p>Texte <abbr title="x">X</abbr></p><img src="/_astro/a.webp" alt="b" srcset="/_astro/a.webp 400w" sizes="100vw">';
    expect(kioskText(html, kioskPath)).toBe(html);
  });
});
