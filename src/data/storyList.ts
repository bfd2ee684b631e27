import type { Lang } from '../i18n/ui.ts';
import { facetCss } from '../lib/facetCss.ts';
import { facetKeys, facetOptions, filterPages, matches, type FacetItem, type FacetKey, type FacetOption, type FacetValue } from '../lib/facets.ts';
import { PAGE_SIZE, pagesOf } from '../lib/pagination.ts';
import { oncePerBuildBy } from './buildCache.ts';
import { keyOfProps } from './pageKeys.ts';
import { getReference } from './site.ts';
import { facetItem, facetOrder, facetSegment } from './storyFacets.ts';
import { storyCardView, type StoryCardView } from './storyCard.ts';
import { getPublishedStories, type Story } from './stories.ts';

/**
 * Stories per list page. ESCALES_PAGE_SIZE (tests only: `npm test` builds the sample site a second
 * time with 8 per page, to test the pagination on its 30 stories) changes it; the page keys of the
 * incremental build include it, so a build with another size never reuses a page.
 */
export const storiesPerPage = (() => {
  const wanted = Number(process.env.ESCALES_PAGE_SIZE ?? PAGE_SIZE);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : PAGE_SIZE;
})();

export interface ListedStory {
  view: StoryCardView;
  item: FacetItem;
}

const listedStories = oncePerBuildBy(async (lang: Lang) => {
  const [stories, reference] = await Promise.all([getPublishedStories(), getReference()]);
  return Promise.all(stories.map(async (story) => ({ view: await storyCardView(story, reference, lang), item: facetItem(story, reference, lang) })));
});

/**
 * Every published story with its display facts and filter values, newest first. Computed once
 * per build and language (each filter page lists from it); each caller gets its own array.
 */
export async function getListedStories(lang: Lang): Promise<ListedStory[]> {
  return [...(await listedStories(lang))];
}

/**
 * The cards of some published stories (the home page's choice, a families' worry), taken from the
 * list's: each story's card and photo are made once per build and language.
 */
export async function getStoryCards(stories: Story[], lang: Lang): Promise<StoryCardView[]> {
  const byId = new Map((await listedStories(lang)).map((s) => [s.view.id, s.view]));
  return stories.map((story) => {
    const card = byId.get(story.id);
    if (!card) throw new Error(`témoignage « ${story.id} » absent des témoignages publiés : seule une histoire publiée a une carte`);
    return card;
  });
}

/**
 * What a page of the story list shows: a filter (none on the main list), a page number, and every
 * published story (the filter options count them all), cut into pages of `perPage`. A page with a
 * cache key gets them all in its props; the main list's first page, without one, loads them.
 */
export type StoryListProps = {
  filter?: { key: FacetKey; value: FacetValue } | undefined;
  page: number;
  listed?: ListedStory[];
  perPage?: number;
};

/** A filter of the story list: its values, each with the number of stories that have it. */
export interface FacetGroup {
  key: FacetKey;
  options: FacetOption[];
}

const groupsOfList = new WeakMap<ListedStory[], FacetGroup[]>();

/**
 * Every filter with its values and their counts over all the listed stories, in the order the
 * filters show them. The same on every page of a language, so computed once for the list that
 * all of them are given (1,400 list pages at 2,000 stories each counted them again).
 */
export function facetGroups(listed: ListedStory[]): FacetGroup[] {
  let groups = groupsOfList.get(listed);
  if (!groups) {
    const items = listed.map((s) => s.item);
    groups = facetKeys.map((key) => ({ key, options: facetOptions(items, key, {}, facetOrder(key)) }));
    groupsOfList.set(listed, groups);
  }
  return groups;
}

/** The stories a list page shows (its filter's, cut into pages: src/lib/pagination.ts), with the page's place and the filters. */
export async function getStoryListPage(lang: Lang, { filter, page, listed, perPage = storiesPerPage }: StoryListProps) {
  const all = listed ?? (await getListedStories(lang));
  const selection = filter ? { [filter.key]: filter.value.slug } : {};
  const pages = pagesOf(all.filter((s) => matches(s.item, selection)), perPage);
  const shown = pages[page - 1];
  if (!shown) throw new Error(`page ${page} de la liste des témoignages inexistante (${pages.length} pages)`);
  return { listed: all, selection, shown, groups: facetGroups(all) };
}

/**
 * A list page's path. Its cacheKey (incremental build, src/data/pageKeys.ts) covers its props:
 * it changes with any story's front matter (every list page counts every story in its filters,
 * so a new story changes them all) and with the page size.
 */
function listPagePath<P extends Record<string, string>>(lang: Lang, params: P, props: StoryListProps) {
  return { params, props, cacheKey: keyOfProps('list', lang, props) };
}

/** The main list's pages after the first: /temoignages/page/2/ and so on (none while every story fits on one page). */
export async function getListPagePaths(lang: Lang) {
  const listed = await getListedStories(lang);
  return pagesOf(listed, storiesPerPage)
    .slice(1)
    .map(({ number }) => listPagePath(lang, { page: String(number) }, { page: number, listed, perPage: storiesPerPage }));
}

/**
 * The static filter pages of a language: /temoignages/pays/irlande/ and so on; with `pages`,
 * their pages after the first (/temoignages/pays/irlande/page/2/).
 */
export async function getFilterPaths(lang: Lang, { pages = false } = {}) {
  const listed = await getListedStories(lang);
  return filterPages(listed.map((s) => s.item)).flatMap((filterPage) => {
    const params = { facet: facetSegment(filterPage.key, lang), value: filterPage.value.slug };
    const filter = { key: filterPage.key, value: filterPage.value };
    const numbers = pages ? pagesOf(filterPage.items, storiesPerPage).slice(1).map((p) => p.number) : [1];
    return numbers.map((number) => listPagePath(lang, pages ? { ...params, page: String(number) } : params, { filter, page: number, listed, perPage: storiesPerPage }));
  });
}

/** The stylesheet that combines the story filters without JavaScript (src/lib/facetCss.ts). */
export async function getStoryFilterCss(lang: Lang): Promise<string> {
  const items = (await getListedStories(lang)).map((s) => s.item);
  const params = Object.fromEntries(facetKeys.map((key) => [key, facetSegment(key, lang)]));
  const values = Object.fromEntries(facetKeys.map((key) => [key, facetOptions(items, key).map((o) => o.slug)]));
  return facetCss('[data-story-browser]', '[data-story-list] > li', params, values);
}
