import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImageMetadata, checkNoOriginals, listFiles } from '../../scripts/lib/siteChecks.mjs';
import { copyFixture, edit } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Builds the fixture content with the real build script (Astro + Pagefind), then breaks it.
const work = tempDir('escales-build-');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');
const content = copyFixture();

function build(today = '2026-11-28', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_DIST_DIR: dist, ESCALES_CACHE_DIR: cache, ESCALES_TODAY: today, NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else if (/\.(html|xml|json)$/.test(name.name)) files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('npm run build', () => {
  let first: ReturnType<typeof build>;
  beforeAll(async () => {
    // The story's photo comes straight from a phone: camera model and GPS position in its EXIF.
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6a9' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Phone 12' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 16/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 3/1 0/1' } })
      .toFile(path.join(content, 'testimonies/lea-irlande/cover.jpg'));
    expect((await exifr.gps(path.join(content, 'testimonies/lea-irlande/cover.jpg')))?.latitude).toBeGreaterThan(53);
    first = build();
  }, 120_000);

  it('builds the site and its search index', () => {
    expect(first.status, first.output).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'temoignages/lea-irlande/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    // The fixture content has no glossary.yaml (it is optional): no warning about it, let alone one per page.
    expect(existsSync(path.join(content, 'glossary.yaml'))).toBe(false);
    expect(first.output).not.toMatch(/collection "glossary"/);
  });

  it('publishes no EXIF, GPS or camera metadata, and no original upload', async () => {
    const images = listFiles(dist).filter((f: string) => /\.(jpe?g|png|webp|avif|tiff?)$/i.test(f));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const file = path.join(dist, image);
      // exifr reads JPEG, PNG, TIFF, HEIC and AVIF; WebP is covered by sharp's metadata below.
      // (ihdr: false — a PNG's IHDR chunk is its size and colour type, not metadata.)
      if (!/\.webp$/i.test(image)) expect(await exifr.parse(file, { gps: true, tiff: true, exif: true, xmp: true, ihdr: false }), image).toBeUndefined();
    }
    expect(await checkImageMetadata(dist)).toEqual([]);
    expect(checkNoOriginals(dist, content)).toEqual([]);
  });

  it('keeps the previous site when the content is invalid, and says why in French', () => {
    const before = snapshot(dist);
    edit(content, 'testimonies/lea-irlande/index.mdx', 'parental: true', 'parental: false');
    try {
      const result = build();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('content/testimonies/lea-irlande/index.mdx');
      expect(result.output).toContain('champ « consent.parental »');
      expect(result.output).toContain("Le site précédent");
      expect(snapshot(dist)).toEqual(before);
    } finally {
      edit(content, 'testimonies/lea-irlande/index.mdx', 'parental: false', 'parental: true');
    }
  }, 120_000);

  it('keeps the previous site when Astro itself fails (broken MDX)', () => {
    const before = snapshot(dist);
    const file = path.join(content, 'testimonies/lea-irlande/index.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n<div>une balise jamais fermée\n`);
    try {
      // The validator reports this body first; skipped here, so that Astro itself fails.
      const result = build(undefined, { ESCALES_SKIP_VALIDATION: '1' });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('astro build');
      expect(snapshot(dist)).toEqual(before);
      expect(readFileSync(file, 'utf8'), 'the build never modifies content').toBe(`${original}\n<div>une balise jamais fermée\n`);
    } finally {
      writeFileSync(file, original);
    }
  }, 120_000);

  it('leaves out a story whose consent has expired, and says so in the build output', () => {
    const result = build('2031-01-01');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain("content/testimonies/lea-irlande/index.mdx : non publié, l'autorisation (consent.expires) a expiré le 2030-06-30");
    expect(existsSync(path.join(dist, 'temoignages/lea-irlande/index.html'))).toBe(false);
    expect(readFileSync(path.join(dist, 'temoignages/index.html'), 'utf8')).not.toContain('lea-irlande');
  }, 120_000);
});
