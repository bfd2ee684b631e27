import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEmails, checkHtml, checkImageMetadata, checkLinks, checkNoOriginals, checkNoSymlinks, checkThirdParty } from '../../scripts/lib/siteChecks.mjs';
import { tempDir } from '../helpers/tempDir.ts';

// A small valid site, then one fault planted at a time in a copy of it: each check must pass
// on the clean site and fail on the planted fault, naming the file.
const clean = tempDir('escales-site-');
const content = tempDir('escales-content-');
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"></head><body><main id="contenu"><h1>${title}</h1>${body}</main></body></html>`;

/** A JPEG with camera and GPS tags, as a phone writes it. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#7a9' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Phone 12' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 20/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '1/1 30/1 0/1' } })
    .toBuffer();
}

function copy(): string {
  const dir = tempDir('escales-fault-');
  cpSync(clean, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  mkdirSync(path.join(clean, '_astro'), { recursive: true });
  mkdirSync(path.join(clean, 'a'), { recursive: true });
  writeFileSync(path.join(clean, '_astro/site.css'), 'body { font-family: sans-serif; } main { background: url(/_astro/photo.webp); }');
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c96' } }).webp().toFile(path.join(clean, '_astro/photo.webp'));
  writeFileSync(path.join(clean, 'index.html'), page('Accueil', '<p><a href="/a/#suite">Suite</a> <a href="https://www.example.org/">Un partenaire</a> <a href="mailto:contact@example.fr">contact@example.fr</a></p><img src="/_astro/photo.webp" alt="Une photo" width="40" height="30">'));
  writeFileSync(path.join(clean, 'a/index.html'), page('Page A', '<h2 id="suite">Suite</h2><p><a href="/">Accueil</a></p>'));
  writeFileSync(path.join(content, 'original.jpg'), await photoWithGps());
});

describe('the planted-fault site checks', () => {
  it('pass on the clean site', async () => {
    expect(await checkImageMetadata(clean)).toEqual([]);
    expect(checkNoOriginals(clean, content)).toEqual([]);
    expect(checkNoSymlinks(clean, 'dist')).toEqual([]);
    expect(checkThirdParty(clean)).toEqual([]);
    expect(checkEmails(clean, ['contact@example.fr'])).toEqual([]);
    expect(await checkHtml(clean)).toEqual([]);
    const links = await checkLinks(clean);
    expect(links.problems).toEqual([]);
    expect(links.scanned).toBeGreaterThanOrEqual(4);
  });

  it('fail on a published photo with GPS metadata', async () => {
    const site = copy();
    const photo = await photoWithGps();
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(47.33, 1);
    writeFileSync(path.join(site, '_astro/leak.jpg'), photo);
    const problems = await checkImageMetadata(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('leak.jpg');
    expect(problems[0]).toContain('exif');
  });

  it('fail on an original upload copied into the site', () => {
    const site = copy();
    cpSync(path.join(content, 'original.jpg'), path.join(site, '_astro/original.abc123.jpg'));
    expect(checkNoOriginals(site, content)).toEqual(['_astro/original.abc123.jpg: copy of the original upload content/original.jpg']);
  });

  it('fail on a resource from a third-party origin, in a page or a stylesheet, and on cookie code', () => {
    const site = copy();
    const index = path.join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<link rel="stylesheet" href="https://fonts.example.com/css"><script src="//cdn.example.com/x.js"></script></head>'));
    writeFileSync(path.join(site, '_astro/site.css'), "@import 'https://fonts.example.com/a.css'; body { color: red; }");
    writeFileSync(path.join(site, '_astro/app.js'), 'document.cookie = "id=1";');
    const problems = checkThirdParty(site);
    expect(problems).toEqual(
      expect.arrayContaining([
        'index.html: loads //cdn.example.com/x.js',
        'index.html: <link rel="stylesheet"> to https://fonts.example.com/css',
        '_astro/site.css: CSS loads https://fonts.example.com/a.css',
        '_astro/app.js: uses document.cookie',
      ]),
    );
  });

  it('fail on an email address that is not a published contact', () => {
    const site = copy();
    const a = path.join(site, 'a/index.html');
    writeFileSync(a, readFileSync(a, 'utf8').replace('</main>', '<p>lea.martin@gmail.com</p></main>'));
    expect(checkEmails(site, ['contact@example.fr'])).toEqual(['a/index.html: unexpected email address lea.martin@gmail.com']);
  });

  it('fail on an invalid page', async () => {
    const site = copy();
    const a = path.join(site, 'a/index.html');
    writeFileSync(a, readFileSync(a, 'utf8').replace('<h2 id="suite">Suite</h2>', '<h2 id="suite">Suite</h2><ul><div>pas une liste</div></ul>'));
    const problems = await checkHtml(site);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p: string) => p.startsWith('a/index.html:'))).toBe(true);
  });

  it('fail on a broken link, a broken anchor and a missing image', async () => {
    const site = copy();
    const index = path.join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</main>', '<a href="/manquante/">x</a> <a href="/a/#absente">y</a> <img src="/_astro/absente.webp" alt="z"></main>'));
    const { problems } = await checkLinks(site);
    const text = problems.join('\n');
    expect(text).toContain('/manquante/');
    expect(text).toContain('#absente');
    expect(text).toContain('absente.webp');
  });

  it('fail on a symbolic link in the built site or in public/, to a file or a folder', () => {
    const site = copy();
    symlinkSync('/etc/hostname', path.join(site, 'a/hote.txt'));
    symlinkSync('/etc', path.join(site, '_astro/etc'));
    expect(checkNoSymlinks(site, 'dist').sort()).toEqual([
      'dist/_astro/etc: symbolic link (replace it with a copy of the file)',
      'dist/a/hote.txt: symbolic link (replace it with a copy of the file)',
    ]);
    const publicDir = tempDir('escales-public-');
    mkdirSync(path.join(publicDir, 'docs'));
    writeFileSync(path.join(publicDir, 'docs/vrai.pdf'), 'x');
    expect(checkNoSymlinks(publicDir, 'public')).toEqual([]);
    symlinkSync(path.join(publicDir, 'docs/vrai.pdf'), path.join(publicDir, 'docs/lien.pdf'));
    expect(checkNoSymlinks(publicDir, 'public')).toEqual(['public/docs/lien.pdf: symbolic link (replace it with a copy of the file)']);
  });
});
