import { isPhoto, photoId } from '../lib/photos.ts';
import { TYPESET_VERSION } from '../lib/typesetHtml.ts';
import { digestOf, siteContentDigest } from './buildCache.ts';
import { markKeyed } from './keyedPage.ts';
import type { Story } from './stories.ts';

// Cache keys for Astro's incremental build (experimental.incrementalBuild, docs/benchmark.md):
// a page whose key and code are unchanged since the last build is copied, not rendered again.
// A key is made from the page's props and every content file but the stories (siteContentDigest:
// settings, reference lists, logos, news…), so a keyed route computes in getStaticPaths all it
// shows of the stories and passes it as props; src/data/keyedPage.ts stops a keyed page that
// reads the stories any other way. Bump the version when the way keys are made changes.
// The finishing pass of src/middleware.ts (typography, acronyms) changes every page after it is
// rendered: importing its module puts its code in every page's module graph, which Astro's cache
// compares, and its version in every key.
const VERSION = `escales-pages-3:${TYPESET_VERSION}`;

/**
 * The version and the fingerprint of the stylesheets and scripts of the build that is running
 * (scripts/lib/bundleFingerprint.mjs, a Vite plugin in astro.config.mjs): Astro does not see that
 * a copied page links to a stylesheet the new bundle no longer has (issue 11), so every key changes
 * with the bundle's split. Without a fingerprint (the plugin did not run), no page is reused.
 */
const version = (() => {
  const record = (globalThis as Record<symbol, { prerender?: string; client?: string } | undefined>)[Symbol.for('escales.bundleFingerprint')];
  return record?.prerender ? `${VERSION}:${record.prerender}:${record.client ?? 'no-client-bundle'}` : `${VERSION}:unknown-bundle:${Math.random()}`;
})();

/**
 * A photo as its `photoId` (src/lib/photos.ts), which changes with its bytes: serialising the
 * photo itself would read its properties and publish the original upload.
 */
function photoAsId(_key: string, value: unknown): unknown {
  return isPhoto(value) ? photoId(value) : value;
}

/** Front matter as JSON (photos as their id). */
function dataJson(story: Story): string {
  return JSON.stringify(story.data, photoAsId);
}

/** A story's front matter and body as the page sees them (image sources carry a content hash). */
function storyDigest(story: Story): string {
  return digestOf(story.id, String(story.digest ?? ''), dataJson(story), story.body ?? '');
}

const isStory = (value: object): value is Story => (value as { collection?: unknown }).collection === 'testimonies';

/**
 * Each object is digested once per build: the list pages of a language share one listing of
 * every story, which would otherwise be serialised again for each of them. (Props are built in
 * getStaticPaths and never changed afterwards.)
 */
const digests = new WeakMap<object, string>();

/** Props as JSON: a story entry as its digest, a photo as its id, any other object as its own JSON's digest. */
function propsJson(props: object): string {
  return JSON.stringify(props, (key, value: unknown) => {
    if (value === props || !value || typeof value !== 'object') return value;
    const image = photoAsId(key, value);
    if (image !== value) return image;
    let digest = digests.get(value);
    if (digest === undefined) {
      digest = isStory(value) ? storyDigest(value) : digestOf(propsJson(value));
      digests.set(value, digest);
    }
    return digest;
  });
}

/**
 * The cache key of a page: what it is (`kind`, `lang`), the props it is given and the rest of the
 * site's content. Marks the props, so that the page cannot read the stories elsewhere while it
 * renders (src/data/keyedPage.ts): whatever it shows of them must come through these props.
 */
export function keyOfProps(kind: string, lang: string, props: object): string {
  markKeyed(props, kind);
  return digestOf(version, kind, lang, siteContentDigest(), propsJson(props));
}
