import { mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_PIXELS,
  imageDecodeProblem,
  imagePathSyntaxProblem,
  imageReferenceProblem,
  loadImageChecks,
  prepareImageChecks,
  saveImageChecks,
  sniffImageFormat,
  svgProblem,
  symlinksUnder,
} from '../../src/lib/imageFiles.ts';
import { checkedLogoPath, readLogo } from '../../src/lib/logos.ts';
import { heicBytes, noisyJpeg, pngClaiming } from '../fixtures/images.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Every image a content file names goes through these two checks before Astro reads it. The test
// images are made on the fly (tests/fixtures/images.ts).
const root = path.join(tempDir('escales-images-'), 'content');
const story = path.join(root, 'testimonies', 'lea');
const outside = path.dirname(root);

const write = (relative: string, bytes: Buffer | string) => {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  return full;
};
const photo = (ref: string) => imageReferenceProblem(ref, story, root, 'photo');
const logo = (ref: string) => imageReferenceProblem(ref, root, root, 'logo');

let jpeg: Buffer;
beforeAll(async () => {
  jpeg = await noisyJpeg();
  write('testimonies/lea/photo.jpg', jpeg);
  write('testimonies/lea/IMG_2034 (1).JPG', jpeg);
  write("testimonies/lea/l'étable été.jpeg", jpeg);
  write('testimonies/lea/photos/plage.webp', await sharp(jpeg).webp().toBuffer());
  write('testimonies/lea/dessin.png', await sharp(jpeg).png().toBuffer());
  write('testimonies/lea/anim.gif', await sharp(jpeg).gif().toBuffer());
  write('testimonies/lea/photo.avif', await sharp(jpeg).resize(64).avif().toBuffer());
  write('testimonies/lea/tronquee.jpg', jpeg.subarray(0, jpeg.length >> 1));
  write('testimonies/lea/geante.png', pngClaiming(30000, 30000));
  write('testimonies/lea/IMG_0001.HEIC', heicBytes);
  write('testimonies/lea/IMG_0002.jpg', heicBytes);
  write('testimonies/lea/notes.jpg', 'pas une image');
  write('testimonies/lea/dessin.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
  mkdirSync(path.join(story, 'dossier.jpg'));
  write('logos/ecole.svg', '<?xml version="1.0"?>\n<!-- Generator: Inkscape -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use xlink:href="#g"/></svg>');
  write('logos/ecole.png', await sharp(jpeg).resize(32).png().toBuffer());
  write('logos/faux.svg', await sharp(jpeg).resize(32).png().toBuffer());
  write('logos/piege.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(path.join(outside, 'secret.jpg'), jpeg);
  symlinkSync('photo.jpg', path.join(story, 'lien.jpg'));
  symlinkSync(path.join(outside, 'secret.jpg'), path.join(story, 'secret.jpg'));
  symlinkSync(outside, path.join(story, 'ailleurs'));
});

describe('imageReferenceProblem: where the file is', () => {
  it('accepts photos next to the text or below it, with the names phones and Windows give them', () => {
    for (const ref of ['./photo.jpg', 'photo.jpg', './IMG_2034 (1).JPG', "./l'étable été.jpeg", './photos/plage.webp', './dessin.png', './anim.gif', './photo.avif']) {
      expect(photo(ref), ref).toBeUndefined();
    }
    expect(logo('logos/ecole.svg')).toBeUndefined();
    expect(logo('./logos/ecole.png')).toBeUndefined();
  });

  it('refuses absolute paths, addresses, « .. » and backslashes, saying how to write the path', () => {
    expect(photo(path.join(outside, 'secret.jpg'))).toMatch(/^chemin absolu refusé : « \/.*secret\.jpg » ; .*\.\/nom-du-fichier\.jpg/);
    expect(photo('C:\\Users\\lea\\photo.jpg')).toMatch(/^chemin absolu refusé/);
    expect(photo('https://example.org/photo.jpg')).toMatch(/^adresse refusée : « https:\/\/example\.org\/photo\.jpg »/);
    expect(photo('javascript:alert(1)//.jpg')).toMatch(/^adresse refusée/);
    expect(photo('data:image/png;base64,AAAA')).toMatch(/^adresse refusée/);
    expect(photo('../../../secret.jpg')).toMatch(/^chemin qui sort du dossier du texte \(« \.\. »\) refusé : « \.\.\/\.\.\/\.\.\/secret\.jpg »/);
    expect(photo('./photos/../photo.jpg')).toMatch(/« \.\. »/);
    expect(logo('../../x.svg')).toMatch(/^chemin qui sort du dossier content\/ \(« \.\. »\) refusé.*logos\/nom-du-fichier\.svg/);
    expect(photo('.\\photo.jpg')).toMatch(/^barre oblique inversée/);
    expect(photo('./photo.jpg?raw')).toMatch(/contient « \? »/);
  });

  it('refuses a symbolic link, to a file or a folder, inside or outside content/', () => {
    expect(photo('./lien.jpg')).toMatch(/^lien symbolique refusé : « testimonies\/lea\/lien\.jpg » .*copie du fichier/);
    expect(photo('./secret.jpg')).toMatch(/^lien symbolique refusé/);
    expect(photo('./ailleurs/secret.jpg')).toMatch(/^lien symbolique refusé : « testimonies\/lea\/ailleurs »/);
  });

  it('names the file that is missing, and the file with the same name in other letters case', () => {
    expect(photo('./absente.jpg')).toMatch(/^fichier introuvable : « \.\/absente\.jpg » \(placez la photo/);
    expect(photo('./img_2034 (1).jpg')).toMatch(/le dossier contient « IMG_2034 \(1\)\.JPG » : écrivez le nom exactement ainsi/);
    expect(photo("./l'e\u0301table e\u0301te\u0301.jpeg")).toMatch(/accents sont écrits autrement/);
    expect(photo('./dossier.jpg')).toMatch(/est un dossier, pas un fichier/);
  });
});

describe('imageReferenceProblem: what the file is', () => {
  it('explains how to export a HEIC photo as JPEG, whether it says .heic or hides behind .jpg', () => {
    for (const ref of ['./IMG_0001.HEIC', './IMG_0002.jpg']) {
      const problem = photo(ref);
      expect(problem, ref).toContain(`« ${ref} » est une photo HEIC`);
      expect(problem).toContain('Réglages > Appareil photo > Formats > « Le plus compatible »');
      expect(problem).toMatch(/AirDrop/);
      expect(problem).toMatch(/Windows, ouvrez-la dans Photos puis « Enregistrer sous » en JPEG/);
    }
    expect(imagePathSyntaxProblem('./IMG_0001.heif')).toContain('HEIC');
  });

  it('reads the format from the bytes: text named .jpg, a PNG named .svg for a logo, an SVG photo, a PDF', () => {
    expect(photo('./notes.jpg')).toMatch(/n'est pas une image reconnue \(format JPEG, PNG, WebP, AVIF ou GIF attendu\)/);
    expect(photo('./dessin.svg')).toMatch(/le SVG n'est accepté que pour un logo/);
    expect(logo('logos/faux.svg')).toMatch(/est en réalité une image PNG : renommez le fichier avec l'extension \.png/);
    expect(photo('./rapport.pdf')).toMatch(/est un PDF, pas une image/);
    expect(photo('./photo.bmp')).toMatch(/format que le site ne publie pas/);
    expect(photo('./photo.txt')).toMatch(/extension « \.txt » non reconnue/);
  });

  it('sniffs each supported format', async () => {
    expect(sniffImageFormat(jpeg)).toBe('jpeg');
    expect(sniffImageFormat(readFileSync(path.join(story, 'dessin.png')))).toBe('png');
    expect(sniffImageFormat(readFileSync(path.join(story, 'photos/plage.webp')))).toBe('webp');
    expect(sniffImageFormat(readFileSync(path.join(story, 'anim.gif')))).toBe('gif');
    expect(sniffImageFormat(readFileSync(path.join(story, 'photo.avif')))).toBe('avif');
    expect(sniffImageFormat(heicBytes)).toBe('heif');
    expect(sniffImageFormat(Buffer.from('\uFEFF  <?xml version="1.0"?><svg></svg>'))).toBe('svg');
    expect(sniffImageFormat(Buffer.from('<html><body>'))).toBeUndefined();
  });
});

describe('imageDecodeProblem', () => {
  it('accepts whole images of every supported format', async () => {
    for (const file of ['photo.jpg', 'IMG_2034 (1).JPG', 'photos/plage.webp', 'dessin.png', 'anim.gif', 'photo.avif']) {
      expect(await imageDecodeProblem(path.join(story, file)), file).toBeUndefined();
    }
    expect(await imageDecodeProblem(path.join(root, 'logos/ecole.svg'), 'logo')).toBeUndefined();
  });

  it('refuses a truncated JPEG, in French, naming it', async () => {
    expect(await imageDecodeProblem(path.join(story, 'tronquee.jpg'))).toMatch(/^image illisible ou abîmée : « tronquee\.jpg » \(fichier incomplet/);
  });

  it('refuses an image above the pixel limit with its size and the limit, without decoding it', async () => {
    const started = performance.now();
    const problem = await imageDecodeProblem(path.join(story, 'geante.png'));
    expect(problem).toMatch(/^image trop grande : 30000 × 30000 pixels \(900 mégapixels\) ; réduisez-la sous 50 mégapixels/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(MAX_PIXELS).toBe(50_000_000);
  });

  it('accepts an image just under the limit and refuses one just over it (header sizes)', async () => {
    const under = write('testimonies/lea/limite.png', pngClaiming(8000, 6000));
    const over = write('testimonies/lea/limite-plus.png', pngClaiming(8000, 6251));
    expect(await imageDecodeProblem(over)).toMatch(/^image trop grande : 8000 × 6251 pixels/);
    // Under the limit it is decoded: these few rows of pixel data are not a whole image.
    expect(await imageDecodeProblem(under)).toMatch(/^image illisible/);
  });

  it('refuses an unsafe SVG logo', async () => {
    expect(await imageDecodeProblem(path.join(root, 'logos/piege.svg'), 'logo')).toMatch(/contient un élément <script>/);
  });

  it('decodes a file once per version, and a cache file carries results to the next run', async () => {
    const file = write('testimonies/lea/cache.jpg', jpeg);
    const first = imageDecodeProblem(file);
    expect(imageDecodeProblem(file)).toBe(first);
    expect(await first).toBeUndefined();
    // The same name with other bytes and another date is a new file: checked again.
    writeFileSync(file, jpeg.subarray(0, jpeg.length >> 1));
    utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await imageDecodeProblem(file)).toMatch(/^image illisible/);
    const cacheFile = path.join(outside, 'cache', 'images.json');
    await saveImageChecks(cacheFile);
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; results: Record<string, string | null> };
    const entries = Object.entries(saved.results).filter(([key]) => key.includes(`${path.sep}cache.jpg\0`));
    expect(entries).toHaveLength(1); // the older version of the file is forgotten
    expect(entries[0][1]).toMatch(/^image illisible/);
    // A later run reads the file instead of decoding: a result planted in it is what it answers.
    writeFileSync(cacheFile, JSON.stringify({ ...saved, results: { ...saved.results, [entries[0][0]]: 'résultat lu dans le cache' } }));
    loadImageChecks(cacheFile);
    expect(await imageDecodeProblem(file)).toBe('résultat lu dans le cache');
  });
});

describe('prepareImageChecks', () => {
  it('decodes the folder once, after which imageReferenceProblem reports what does not decode', async () => {
    write('testimonies/lea/coupee.jpg', jpeg.subarray(0, jpeg.length >> 1));
    expect(photo('./coupee.jpg')).toBeUndefined(); // not decoded yet: only the file system is known
    await prepareImageChecks(root);
    expect(photo('./coupee.jpg')).toMatch(/^image illisible ou abîmée : « coupee\.jpg »/);
    expect(photo('./geante.png')).toMatch(/^image trop grande : 30000 × 30000 pixels/);
    expect(photo('./photo.jpg')).toBeUndefined();
    expect(logo('logos/piege.svg')).toMatch(/contient un élément <script>/);
  });
});

describe('svgProblem', () => {
  const ok = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><style>.a{fill:url(#g)}</style><use href="#a"/><image href="data:image/png;base64,AAAA"/></svg>';
  it('accepts plain drawings with inner references and embedded bitmaps', () => {
    expect(svgProblem(ok, 'logo.svg')).toBeUndefined();
  });
  it.each([
    ['<svg><script>alert(1)</script></svg>', /un élément <script>/],
    ['<svg><svg:script>alert(1)</svg:script></svg>', /un élément <svg:script>/],
    ['<svg><foreignObject><body/></foreignObject></svg>', /<foreignObject>/],
    ['<svg><rect onload="alert(1)"/></svg>', /attribut « onload »/],
    ['<svg><rect ONCLICK = alert(1) /></svg>', /attribut « ONCLICK »/],
    ['<svg><a href="&#106;avascript:alert(1)"><rect/></a></svg>', /javascript:/],
    ['<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>', /javascript:/],
    ['<svg><image href="https://tracker.example/p.png"/></svg>', /un lien vers un autre fichier ou site/],
    ['<svg><use xlink:href="/etc/passwd#x"/></svg>', /un lien vers un autre fichier/],
    ['<svg><rect style="fill:url(https://tracker.example/p)"/></svg>', /url\(https:\/\/tracker/],
    ['<svg><style>@import "https://x.example/a.css";</style></svg>', /@import/],
    ['<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', /<!ENTITY>/],
  ])('refuses %s', (svg, reason) => {
    const problem = svgProblem(svg, 'logos/x.svg');
    expect(problem).toMatch(reason);
    expect(problem).toMatch(/^le logo SVG « logos\/x\.svg » contient .* enregistrez-le de nouveau en « SVG simple »/);
  });
});

describe('symlinksUnder', () => {
  it('lists links to files and folders without following them', () => {
    expect(symlinksUnder(root)).toEqual(['testimonies/lea/ailleurs', 'testimonies/lea/lien.jpg', 'testimonies/lea/secret.jpg']);
  });
});

describe('logos as the pages read them (src/lib/logos.ts)', () => {
  it('give a checked logo as a file of the site, and stop the build with the French reason otherwise', async () => {
    const image = (await readLogo('logos/ecole.svg', 40, root))!;
    expect(image.src).toMatch(/^\/logos\/[0-9a-f]{16}\.svg$/);
    expect(image.height).toBe(40);
    expect(checkedLogoPath('logos/ecole.png', root)).toBe(path.join(root, 'logos/ecole.png'));
    expect(() => readLogo('logos/piege.svg', 40, root)).toThrow(/^Logo refusé \(logos\/piege\.svg\) : le logo SVG « logos\/piege\.svg » contient un élément <script>/);
    expect(() => checkedLogoPath('../../x.svg', root)).toThrow(/chemin qui sort du dossier content\//);
    expect(() => checkedLogoPath('/etc/x.svg', root)).toThrow(/chemin absolu refusé/);
    expect(() => checkedLogoPath('testimonies/lea/lien.jpg', root)).toThrow(/lien symbolique refusé/);
    expect(() => checkedLogoPath('logos/absent.svg', root)).toThrow(/fichier introuvable/);
  });
});
