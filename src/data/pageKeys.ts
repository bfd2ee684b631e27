import { isPhoto, photoId } from '../lib/photos.ts';
import { relatedStories } from '../lib/related.ts';
import { TYPESET_VERSION } from '../lib/typesetHtml.ts';
import { digestOf, oncePerBuild, siteContentDigest } from './buildCache.ts';
import { getPublishedStories, type Story } from './stories.ts';

// Cache keys for Astro's incremental build (experimental.incrementalBuild, docs/benchmark.md):
// a page whose key and code are unchanged since the last build is copied, not rendered again.
// A key must change whenever anything the page shows changes, so each one covers, besides the
// page's own story, every other content file (siteContentDigest: settings, reference lists, logos,
// news…) and, for a story page, the stories it links to. Bump the version when a page starts
// showing data from somewhere else.
// The finishing pass of src/middleware.ts (typography, acronyms) changes every page after it is
// rendered: importing its module puts its code in every page's module graph, which Astro's cache
// compares, and its version in every key.
const VERSION = `escales-pages-2:${TYPESET_VERSION}`;

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
 * Front matter as JSON. A photo becomes its `photoId` (src/lib/photos.ts), which changes with its
 * bytes: serialising the photo itself would read its properties and publish the original upload.
 */
function dataJson(story: Story): string {
  return JSON.stringify(story.data, (_key, value: unknown) => (isPhoto(value) ? photoId(value) : value));
}

/** A story's front matter and body as the page sees them (image sources carry a content hash). */
function storyDigest(story: Story): string {
  return digestOf(story.id, String(story.digest ?? ''), dataJson(story), story.body ?? '');
}

/** What a card, a link or a list shows of a story: its front matter, not its body. */
function storyListingDigest(story: Story): string {
  return digestOf(story.id, dataJson(story));
}

const candidate = (s: Story) => ({ id: s.id, country: s.data.mobility.country, track: s.data.author.track, kind: s.data.mobility.kind, start: s.data.mobility.start, story: s });

/** The stories a story page offers to read next (src/views/stories/StoryPage.astro). */
export function relatedOf(story: Story, published: Story[]): Story[] {
  return relatedStories(candidate(story), published.map(candidate)).map((r) => r.story);
}

/** A story's page: the story, the stories it links to, the rest of the site's content. */
export function storyPageKey(story: Story, published: Story[], lang: string): string {
  return digestOf(version, 'story', lang, siteContentDigest(), storyDigest(story), ...relatedOf(story, published).map(storyListingDigest));
}

/** A page that shows one story and nothing of the others (the kiosk's story page, its sharing card). */
export function singleStoryKey(story: Story, kind: string): string {
  return digestOf(version, kind, siteContentDigest(), storyDigest(story));
}

/** Every published story as lists show it: changes when any story is added, removed or its front matter edited. */
const allListings = oncePerBuild(async () => digestOf(...(await getPublishedStories()).map(storyListingDigest)));

/** A page that lists stories (filter pages): all stories' front matter and the site's content. */
export async function storyListKey(lang: string, ...params: string[]): Promise<string> {
  return digestOf(version, 'list', lang, ...params, siteContentDigest(), await allListings());
}
