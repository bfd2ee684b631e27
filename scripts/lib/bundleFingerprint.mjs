// What a page links to besides its own code: the stylesheets and scripts of the whole bundle.
//
// Astro's incremental build (experimental.incrementalBuild, Astro 7.3) copies a page from the last
// build when its cacheKey and the code of its own module graph are unchanged. But the stylesheets
// and scripts a page links to are cut from the whole site's bundle: when any other module changes
// how the bundle is split (one photo added inside one story's text was enough), a shared stylesheet
// is merged into another and renamed, and every copied page keeps linking the old file, which is no
// longer in the site (issue 11: 131 unstyled pages). Nor does Astro notice when a small stylesheet
// that it inlines as <style> changes its content because its chunk was regrouped.
//
// This Vite plugin records, for the build that is running, which stylesheets each chunk of the
// server bundle imports (names carry a hash of their content, so a regrouping or an edit changes
// them) and the name of every file of the client bundle (scripts and their stylesheets). It runs
// before Astro's own plugins inline or move any stylesheet ({ order: 'pre' }). src/data/pageKeys.ts
// puts the fingerprint in every page key: when it changes, every page is rendered again. An edit
// of a story's text or front matter leaves it unchanged, so ordinary content edits keep their savings.

import { createHash } from 'node:crypto';

/** Where the fingerprint of the running build waits for src/data/pageKeys.ts (same process, same key). */
export const FINGERPRINT_KEY = Symbol.for('escales.bundleFingerprint');

/** @returns {import('vite').Plugin} */
export function bundleFingerprint() {
  return {
    name: 'escales:bundle-fingerprint',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const environment = /** @type {{ environment?: { name?: string } }} */ (this).environment?.name ?? 'unknown';
        const parts = new Set();
        for (const output of Object.values(bundle)) {
          if (environment === 'client') {
            // Every client file: entry scripts, shared chunks, their stylesheets (content-named).
            if (output.type === 'chunk' || /\.css$/.test(output.fileName)) parts.add(output.fileName);
          } else if (output.type === 'chunk') {
            // Server side: the groups of stylesheets the chunks import. A story's chunk changes
            // name with its text, but the stylesheets it imports do not.
            const css = /** @type {{ viteMetadata?: { importedCss?: Set<string> } }} */ (output).viteMetadata?.importedCss;
            if (css && css.size > 0) parts.add([...css].sort().join(' '));
          }
        }
        const hash = createHash('sha256');
        for (const part of [...parts].sort()) hash.update(part).update('\n');
        const record = (globalThis[FINGERPRINT_KEY] ??= {});
        record[environment] = hash.digest('hex').slice(0, 32);
      },
    },
  };
}

