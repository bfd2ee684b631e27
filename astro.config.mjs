// @ts-check
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig, fontProviders } from 'astro/config';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bundleFingerprint } from './scripts/lib/bundleFingerprint.mjs';
import { dialectGuard } from './src/lib/dialectGuard.ts';
import { draftPreview } from './src/lib/draftPreview.ts';
import { storyEntries } from './src/lib/storyEntries.ts';
import { adminEditor } from './scripts/lib/adminIntegration.mjs';
import { withHtmlAlternates } from './src/lib/sitemapAlternates.ts';

const contentDir = path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
const settingsFile = path.join(contentDir, 'settings.yaml');
const settings = existsSync(settingsFile) ? parse(readFileSync(settingsFile, 'utf8')) : {};

const outDir = process.env.ESCALES_OUT_DIR ?? './dist';

/** Self-hosted font files from @fontsource packages: no request leaves the site. */
const fontFile = (/** @type {string} */ pkg, /** @type {string} */ file) => `./node_modules/${pkg}/files/${file}`;

export default defineConfig({
  site: settings?.siteUrl ?? 'https://escales.example.fr',
  // scripts/build.mjs builds into a fresh folder, then swaps it in: a failed build never replaces dist/.
  outDir,
  // Tests and benchmarks that build other content folders keep their own caches.
  cacheDir: process.env.ESCALES_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Two pages rendered at a time: a sharing card (src/pages/og/[id].jpg.ts) waits on sharp, off
  // the main thread, while the next page renders (docs/benchmark.md). ESCALES_BUILD_CONCURRENCY=1
  // renders one at a time, to compare.
  build: { concurrency: Number(process.env.ESCALES_BUILD_CONCURRENCY ?? 2) },
  integrations: [
    // Drafts are shown by `astro dev` only, never built (src/lib/draftPreview.ts).
    draftPreview(),
    // The browser editor, /admin/: served by `npm run admin`, written after the build; never an
    // Astro page, so it keeps its own Content-Security-Policy (scripts/lib/adminIntegration.mjs).
    adminEditor(),
    // Content files (.mdx) become HTML in the content layer, once per file version, instead of
    // JavaScript modules bundled by Vite on every build (src/lib/storyEntries.ts, issue 15).
    storyEntries(),
    sitemap({
      // The kiosk, the search page, the editor and the 404 pages are for browsing, not for search
      // engines (the kiosk, the editor and 404 say noindex; robots.txt disallows the search page).
      filter: (page) => !/^\/(kiosque|recherche|en\/search|admin|404|en\/404)\//.test(new URL(page).pathname),
      // Each page's translations as its HTML states them (fr, en, x-default), read from the built
      // page; a page marked noindex is left out (src/lib/sitemapAlternates.ts).
      serialize: withHtmlAlternates(path.resolve(outDir)),
    }),
  ],
  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    // The incremental build's page keys follow the bundle's stylesheets and scripts (issue 11).
    plugins: [bundleFingerprint()],
    build: {
      rollupOptions: {
        // MDX outside src/ triggers a harmless bundler notice per file; 1,000 stories would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A strict Content-Security-Policy as a <meta> on every page: Astro adds the hashes of its own
  // scripts and styles. frame-ancestors cannot be set by <meta>: see public/_headers and docs/deploy.md.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which CSP only allows with 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  image: { layout: 'constrained', responsiveStyles: true },
  // Stories and news hold no code: no syntax highlighter to load for each of 1,000 MDX files, and
  // no inline styles that the Content-Security-Policy would have to allow.
  // Bodies are written in the story dialect (src/lib/storyDialect.ts): src/lib/storyEntries.ts
  // runs the guard on every content file; here it also covers any Markdown page Astro would compile.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [dialectGuard()] }) },
  // Incremental build (docs/benchmark.md): a page whose getStaticPaths() gives a cacheKey (story
  // pages, kiosk story pages, filter pages: src/data/pageKeys.ts) and whose code is unchanged is
  // copied from the previous build, kept in the cache dir (ESCALES_CACHE_DIR/dist/), instead of
  // being rendered again. ESCALES_INCREMENTAL=0 turns it off; `astro build --force` ignores the cache.
  experimental: { incrementalBuild: process.env.ESCALES_INCREMENTAL !== '0' },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-body',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [
          { src: [fontFile('@fontsource-variable/source-sans-3', 'source-sans-3-latin-wght-normal.woff2')], weight: '200 900', style: 'normal' },
          { src: [fontFile('@fontsource-variable/source-sans-3', 'source-sans-3-latin-wght-italic.woff2')], weight: '200 900', style: 'italic' },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Fraunces',
      cssVariable: '--font-display',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          { src: [fontFile('@fontsource/fraunces', 'fraunces-latin-600-normal.woff2')], weight: 600, style: 'normal' },
        ],
      },
    },
  ],
});
