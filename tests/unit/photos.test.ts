import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { imageOf, isPhoto, photoFacts, photoFile, photoId } from '../../src/lib/photos.ts';
import { COVER_WIDTHS, renditions } from '../../src/lib/renditions.ts';
import type { Photo } from '../../src/schemas/photo.ts';

/**
 * Type-level: `astro check` type-checks tests/, so if Photo stopped being opaque (or the content
 * collections stopped producing it), these directives would be unused and the check would fail.
 * Never called: only the types matter.
 */
export function photoIsOpaque(photo: Photo, story: CollectionEntry<'testimonies'>['data'], news: CollectionEntry<'news'>['data']) {
  // @ts-expect-error a Photo shows no size: photoFacts(photo)
  void photo.width;
  // @ts-expect-error a Photo shows no URL: imageOf(photo) for <Image>, photoId(photo) for a key
  void photo.src;
  // @ts-expect-error nor is it an ImageMetadata without imageOf
  const metadata: ImageMetadata = photo;
  // @ts-expect-error a story's cover is a Photo
  void story.cover?.width;
  // @ts-expect-error a gallery photo too
  void story.gallery[0]?.src.height;
  // @ts-expect-error and a news item's cover
  void news.cover?.format;
  return metadata;
}

/** An astro:assets proxy as Astro builds it (astro/dist/assets/utils/proxy.js), which records every other property read. */
function fakeProxy(metadata: ImageMetadata, fsPath: string) {
  const reads: PropertyKey[] = [];
  const proxy = new Proxy(metadata, {
    get(target, name) {
      if (name === 'clone') return structuredClone(target);
      if (name === 'fsPath') return fsPath;
      reads.push(name);
      return target[name as keyof ImageMetadata];
    },
  });
  return { photo: proxy as unknown as Photo, reads };
}

const cover: ImageMetadata = { src: '/_astro/cover.AbC123.jpg', width: 2400, height: 1600, format: 'jpg' };

describe('photos', () => {
  it('reads size and format through clone only', () => {
    const { photo, reads } = fakeProxy(cover, '/content/testimonies/lea/cover.jpg');
    expect(photoFacts(photo)).toEqual({ width: 2400, height: 1600, format: 'jpg' });
    expect(reads).toEqual([]);
  });

  it('names the photo by its URL, which carries its content hash, without touching the proxy', () => {
    const { photo, reads } = fakeProxy(cover, '/content/testimonies/lea/cover.jpg');
    expect(photoId(photo)).toBe('/_astro/cover.AbC123.jpg');
    expect(photoFile(photo)).toBe('/content/testimonies/lea/cover.jpg');
    expect(isPhoto(photo)).toBe(true);
    expect(reads).toEqual([]);
  });

  it('gives <Image> the proxy itself, unread', () => {
    const { photo, reads } = fakeProxy(cover, '/content/testimonies/lea/cover.jpg');
    expect(imageOf(photo) === (photo as unknown)).toBe(true);
    expect(reads).toEqual([]);
  });

  it('chooses renditions from the facts', () => {
    const { photo, reads } = fakeProxy({ ...cover, width: 1200 }, '/content/news/cover.jpg');
    expect(renditions(photoFacts(photo), COVER_WIDTHS)).toEqual({ width: 1200, widths: [400, 700, 1000, 1200] });
    expect(reads).toEqual([]);
  });

  it('tells a photo from the rest of an entry’s data', () => {
    for (const value of [undefined, null, 'cover.jpg', 12, { src: 'a.jpg', width: 10 }, [cover]]) expect(isPhoto(value)).toBe(false);
  });

  it('is the only module of src/ that opens a photo', () => {
    const src = path.resolve('src');
    const owners = new Set(['lib/photos.ts', 'schemas/photo.ts']);
    const openers = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
      .map((entry) => path.relative(src, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => !owners.has(file))
      .filter((file) => /\.clone\b|\bfsPath\b|\bas (unknown as )?Photo\b/.test(readFileSync(path.join(src, file), 'utf8')));
    expect(openers).toEqual([]);
  });
});
