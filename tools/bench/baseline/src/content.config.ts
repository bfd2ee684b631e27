import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same story folders as Escales (BENCH_CONTENT_DIR/testimonies/<slug>/index.mdx), read with
// a minimal schema: only what the page shows is typed, the rest of the front matter passes.
const root = process.env.BENCH_CONTENT_DIR ?? '../../content';

const testimonies = defineCollection({
  loader: glob({
    pattern: '**/[^_]*.{md,mdx}',
    base: `${root}/testimonies`,
    generateId: ({ entry }) => entry.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, ''),
  }),
  schema: ({ image }) =>
    z.looseObject({
      title: z.string(),
      summary: z.string(),
      cover: image().optional(),
      coverAlt: z.string().optional(),
      gallery: z.array(z.looseObject({ src: image(), alt: z.string(), caption: z.string().optional() })).default([]),
    }),
});

export const collections = { testimonies };
