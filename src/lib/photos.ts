import type { ImageMetadata } from 'astro';
import type { Photo } from '../schemas/photo.ts';

// The one module that opens a Photo (src/schemas/photo.ts). astro:assets hands a content photo
// over as a proxy: reading its own src, width, height or format marks the original upload as
// used, and Astro then publishes it, full size with its metadata. Its `clone` (a plain copy) and
// `fsPath` (the file) are read without that, so every helper here reads those and nothing else.

/** What the proxy offers without leaking; a plain object (no proxy) has no `clone` and is read as is. */
interface OpenedPhoto {
  clone?: ImageMetadata;
  fsPath?: string;
}

function metadataOf(photo: Photo): ImageMetadata {
  const opened = photo as unknown as OpenedPhoto;
  return opened.clone ?? (photo as unknown as ImageMetadata);
}

/** The original's size and format, for choosing renditions (src/lib/renditions.ts), read through `clone`. */
export function photoFacts(photo: Photo): { width: number; height: number; format: ImageMetadata['format'] } {
  const { width, height, format } = metadataOf(photo);
  return { width, height, format };
}

/**
 * The value to give `<Image src>` or `getImage`: the proxy itself, which Astro reads so as to
 * publish the renditions only. Never read its properties in our code: use the helpers beside it.
 */
export function imageOf(photo: Photo): ImageMetadata {
  return photo as unknown as ImageMetadata;
}

/** The original file's path, for drawing the sharing card (src/lib/ogImage.ts reads it with sharp). */
export function photoFile(photo: Photo): string | undefined {
  return (photo as unknown as OpenedPhoto).fsPath;
}

/**
 * A name that changes with the photo's bytes, for cache keys: in a build, the image's URL is named
 * after its content (/_astro/cover.<hash>.jpg). Read through `clone`.
 */
export function photoId(photo: Photo): string {
  return metadataOf(photo).src;
}

/** Whether a value met while walking an entry's data (src/data/pageKeys.ts) is a content photo: it has a file. */
export function isPhoto(value: unknown): value is Photo {
  return typeof value === 'object' && value !== null && typeof (value as OpenedPhoto).fsPath === 'string';
}
