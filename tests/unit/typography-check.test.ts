import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrenchTypography, typographyProblems } from '../../scripts/lib/siteChecks.mjs';
import { typesetHtml } from '../../src/lib/typesetHtml.ts';
import { tempDir } from '../helpers/tempDir.ts';

// A page as Astro writes it before the finishing pass (src/middleware.ts): ordinary spaces before
// the marks, a card line with " · " separators, code and a script that must not count.
const rendered = (lang: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Essai</title>
<script type="application/ld+json">{"a":"b ? c : d"}</script><style>a::after{content:" : "}</style></head>
<body><main><h1>Partir ? Oui !</h1><p>Mon enfant ne parle pas anglais : va-t-il se débrouiller ? « Oui ».</p>
<p class="who"><strong>Léa</strong> · Bac pro · Irlande</p><p><em>Vraiment</em> <strong>?</strong></p>
<pre>a ; b</pre><p lang="en">Ready ? Go !</p></main></body></html>`;

// Each site is a folder of its own, all removed when the file ends (tests/helpers/tempDir.ts).
function siteWith(pages: Record<string, string>): string {
  const site = tempDir('escales-typography-');
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), html);
  }
  return site;
}

describe('the typography check of the built French pages', () => {
  it('fails on a page without the finishing pass, naming the page and the excerpt', () => {
    const problems = checkFrenchTypography(siteWith({ 'familles/index.html': rendered('fr') }));
    expect(problems.checked).toBe(1);
    const marks = ['?', '!', ':', '·', '«', '»'];
    for (const mark of marks) expect(problems.some((p) => p.includes(`« ${mark} »`)), mark).toBe(true);
    expect(problems.every((p) => p.startsWith(`familles${path.sep}index.html: `))).toBe(true);
    expect(problems).toContainEqual(expect.stringContaining('parle pas anglais : va-t-il'));
    // A mark whose space is in the previous node counts too.
    expect(problems).toContainEqual(expect.stringContaining('Vraiment ?'));
  });

  it('passes once the pass has run, and ignores code, scripts, styles and English', () => {
    expect(typographyProblems(typesetHtml(rendered('fr')))).toEqual([]);
    const problems = checkFrenchTypography(siteWith({ 'index.html': typesetHtml(rendered('fr')), 'en/index.html': rendered('en') }));
    expect([...problems]).toEqual([]);
    expect(problems.checked).toBe(1);
  });

  it('reads no page at all on a site without French pages (the caller then fails)', () => {
    expect(checkFrenchTypography(siteWith({ 'en/index.html': rendered('en') })).checked).toBe(0);
  });
});
