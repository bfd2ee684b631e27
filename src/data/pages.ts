import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/ui.ts';
import { isPublished } from './published.ts';

export type StaffPage = CollectionEntry<'pages'>;

/** The page that introduces /familles/ (content/pages/familles.mdx); it has no route of its own. */
export const FAMILIES_INTRO = 'familles';

/**
 * The pages staff wrote in content/pages/ that have a route of their own (/mentions-legales/…),
 * in a language; drafts only on the dev server.
 */
export async function getPublishedPages(lang: Lang): Promise<StaffPage[]> {
  const pages = await getCollection('pages', ({ id, data }) => id !== FAMILIES_INTRO && data.lang === lang && isPublished(data));
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}

/** One page of content/pages/ by id, or undefined if it is missing or not published (a draft, in a build). */
export async function getPublishedPage(id: string): Promise<StaffPage | undefined> {
  // Through getCollection's filter, like every read of a collection with drafts (content-gate.test.ts).
  const [page] = await getCollection('pages', (entry) => entry.id === id && isPublished(entry.data));
  return page;
}

/** One route per page of content/pages/ in a language (src/pages/[page].astro). */
export async function getStaffPagePaths(lang: Lang) {
  const pages = await getPublishedPages(lang);
  return pages.map((page) => ({ params: { page: page.id }, props: { page } }));
}
