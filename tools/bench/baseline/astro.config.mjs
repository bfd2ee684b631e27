// The benchmark's baseline: a bare Astro 7 site with @astrojs/mdx and astro:assets that renders
// each story of a content folder as one page, with its cover and gallery through <Image> at the
// same renditions as Escales publishes (the same widths, `width` set so that no full-size copy
// is encoded, WebP) and nothing else: the fastest honest way to do the same work. tools/bench/run.mjs
// builds it with its own output and cache folders.
//
// Until 2026-11-30 the <Image>s had `widths` without `width`, so Astro also encoded a full-size
// 2400 px rendition of every photo: 9 encodes per story instead of Escales' 7, which made Escales
// look faster than a bare site (0.56× cold). The ratios in BENCHMARKS.md use this fair baseline.
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
