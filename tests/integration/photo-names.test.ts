import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, edit } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Photos named as phones and Windows name them — spaces, apostrophes, parentheses, accents,
// upper-case extensions — as a story's cover and gallery, built for real: every image a page
// points at must be in dist/ (the pruning step once deleted them, guessing names by splitting text
// on ' ( ) and spaces). Also: the school's SVG logo is drawn as an <img>, never inlined.
const work = tempDir('escales-names-');
const dist = path.join(work, 'dist');
const content = copyFixture();
const STORY = 'testimonies/lea-irlande/index.mdx';
const NAMES = ['IMG_2034 (1).jpg', "l'étable.jpg", 'Photo été.JPG', "Chez l'habitant (2).jpeg", 'Récolte #2 100% bio, août.jpg'];

/** Every _astro/ file an HTML text points at through src, srcset or content, decoded into a path of dist/. */
function imageReferences(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(src|srcset|content|href)="([^"]*)"/g)) {
    const candidates = match[1] === 'srcset' ? match[2].split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]) : [match[2]];
    for (const url of candidates) {
      const at = url.indexOf('/_astro/');
      if (at >= 0 && /\.(webp|jpe?g|png|avif|gif)$/i.test(url)) urls.push(decodeURIComponent(url.slice(at + 1).replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
    }
  }
  return urls;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

let output = '';
let status: number | null = null;
beforeAll(async () => {
  const folder = path.join(content, 'testimonies/lea-irlande');
  // Four different photos (the same bytes would share one processed file whatever their names).
  for (const [index, name] of NAMES.entries()) {
    await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40 + 50 * index, g: 160 - 30 * index, b: 90 } } })
      .jpeg()
      .toFile(path.join(folder, name));
  }
  edit(content, STORY, 'cover: ./cover.jpg', `cover: "./${NAMES[0]}"\ngallery:\n${NAMES.slice(1).map((name) => `  - { src: "./${name}", alt: "Une photo du stage" }`).join('\n')}`);
  writeFileSync(path.join(content, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f5a45"/></svg>');
  edit(content, 'settings.yaml', '  email: "lycee@example.fr"', '  email: "lycee@example.fr"\n  logo: logo.svg');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_DIST_DIR: dist, ESCALES_CACHE_DIR: path.join(work, 'cache'), ESCALES_TODAY: '2026-11-28', NO_COLOR: '1' },
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 240_000);

describe('photos named as phones and Windows name them', () => {
  it('build', () => {
    expect(status, output).toBe(0);
  });

  it('are all shown on the story page, and every image it points at is in dist/', () => {
    const page = readFileSync(path.join(dist, 'temoignages/lea-irlande/index.html'), 'utf8');
    const references = imageReferences(page);
    // Astro keeps these names (it only rewrites « # », « % » and « , » of the last one).
    for (const name of NAMES.slice(0, 4)) {
      const stem = name.replace(/\.[^.]+$/, '');
      expect(references.some((ref) => path.basename(ref).startsWith(`${stem}.`)), `${name} in ${references.join(', ')}`).toBe(true);
    }
    expect(new Set(references.map((ref) => path.basename(ref).split('.')[0])).size).toBe(NAMES.length);
    const missing = references.filter((ref) => !existsSync(path.join(dist, ref)));
    expect(missing).toEqual([]);
  });

  it('leave no page of the site pointing at a missing image', () => {
    const pages = htmlFiles(dist);
    const references = pages.flatMap((file) => imageReferences(readFileSync(file, 'utf8')));
    expect(references.length).toBeGreaterThan(NAMES.length);
    expect([...new Set(references.filter((ref) => !existsSync(path.join(dist, ref))))]).toEqual([]);
  });

  it('and the SVG logo is an image, not markup inlined in the page', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    // A file of the site named after its bytes (src/lib/logos.ts), published as it was written.
    const src = /<img class="logo[^"]*" src="(\/logos\/[0-9a-f]{16}\.svg)"/.exec(home)?.[1];
    expect(src).toBeDefined();
    expect(readFileSync(path.join(dist, src!), 'utf8')).toContain('<rect width="64" height="64" fill="#1f5a45"');
    expect(home).not.toContain('<rect width="64" height="64" fill="#1f5a45"');
  });
});
