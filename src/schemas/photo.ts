import type { z } from './zodFrench.ts';

declare const photoBrand: unique symbol;

/**
 * A photo from a content file: a story's cover or gallery photo, a news item's cover. At run time
 * it is astro:assets' proxy over the original upload, and reading its `src`, `width`, `height` or
 * `format` marks that original as used: Astro then publishes the full-size file, metadata and all,
 * beside the renditions (and scripts/check-site.mjs stops the build). So the type shows nothing;
 * src/lib/photos.ts is the one module that opens it.
 */
export type Photo = { readonly [photoBrand]: 'content photo' };

/**
 * An image field whose value is typed as a Photo. Identity at run time: the content layer stores
 * the field as a placeholder string and resolves it to the image only when an entry is read.
 */
export function photoField<Field extends z.ZodType>(field: Field) {
  return field.transform((value) => value as unknown as Photo);
}
