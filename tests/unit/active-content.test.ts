import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkActiveContent, checkInlineImageMetadata } from '../../scripts/lib/activeContent.mjs';
import { tempDir } from '../helpers/tempDir.ts';

function site(pages: Record<string, string>): string {
  const dir = tempDir('escales-active-');
  for (const [name, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), `<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

describe('check:site finds markup that could act on a visitor', () => {
  it('passes an ordinary page, JSON-LD that mentions such words included', () => {
    const dir = site({
      'index.html': '<a href="https://example.org/">x</a><a href="mailto:a@b.fr">m</a><p>onclick= et javascript: dans le texte</p><script type="application/ld+json">{"a":"<iframe onload=x>"}</script>',
    });
    expect(checkActiveContent(dir)).toEqual([]);
  });

  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/">', /refresh/],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', /iframe/],
    ['an object', '<object data="x"></object>', /object/],
    ['a base', '<base href="https://example.org/">', /base/],
    ['an event handler', '<img src="x.png" alt="" onerror="alert(1)">', /onerror/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['a data:text/html link', "<a href='data:text/html;base64,xx'>x</a>", /data:text\/html/],
  ])('reports %s, naming the page', (_name, body, what) => {
    const problems = checkActiveContent(site({ 'temoignages/x/index.html': body }));
    expect(problems.length).toBe(1);
    expect(problems[0]).toMatch(/^temoignages\/x\/index\.html: /);
    expect(problems[0]).toMatch(what);
  });
});

describe('check:site looks inside images written into pages', () => {
  it('reports a data: image that still carries EXIF, and passes a clean one', async () => {
    const sharp = (await import('sharp')).default;
    const withGps = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abc' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1' } })
      .toBuffer();
    const clean = await sharp(withGps).toBuffer();
    const img = (bytes: Buffer) => `<img src="data:image/jpeg;base64,${bytes.toString('base64')}" alt="">`;
    expect(await checkInlineImageMetadata(site({ 'index.html': img(clean) }))).toEqual([]);
    const problems = await checkInlineImageMetadata(site({ 'index.html': img(clean), 'partenaires/index.html': img(withGps) }));
    expect(problems).toEqual(['partenaires/index.html: inline jpeg image with exif']);
  });
});
