// The benchmark's baseline: a bare Astro 7 site with @astrojs/mdx and astro:assets that renders
// each story of a content folder as one page, with its cover and gallery through <Image> at the
// same widths and format (WebP) as Escales' story page. scripts/bench.mjs builds it with its own
// output and cache folders.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx()],
  image: { layout: 'constrained', responsiveStyles: true },
});
