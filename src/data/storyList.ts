import type { Lang } from '../i18n/ui.ts';
import { facetCss } from '../lib/facetCss.ts';
import { facetKeys, facetOptions, filterPages, type FacetItem } from '../lib/facets.ts';
import { oncePerBuildBy } from './buildCache.ts';
import { storyListKey } from './pageKeys.ts';
import { getReference } from './site.ts';
import { facetItem, facetSegment } from './storyFacets.ts';
import { getPublishedStories } from './stories.ts';
import { storyView, type StoryView } from './storyView.ts';

export interface ListedStory {
  view: StoryView;
  item: FacetItem;
}

const listedStories = oncePerBuildBy(async (lang: Lang) => {
  const [stories, reference] = await Promise.all([getPublishedStories(), getReference()]);
  return stories.map((story) => ({ view: storyView(story, reference, lang), item: facetItem(story, reference, lang) }));
});

/**
 * Every published story with its display facts and filter values, newest first. Computed once
 * per build and language (each filter page lists from it); each caller gets its own array.
 */
export async function getListedStories(lang: Lang): Promise<ListedStory[]> {
  return [...(await listedStories(lang))];
}

/**
 * The static filter pages of a language: /temoignages/pays/irlande/ and so on. Their cacheKey
 * (incremental build, src/data/pageKeys.ts) changes with any story's front matter.
 */
export async function getFilterPaths(lang: Lang) {
  const listed = await getListedStories(lang);
  const cacheKey = await storyListKey(lang);
  return filterPages(listed.map((s) => s.item)).map((page) => ({
    params: { facet: facetSegment(page.key, lang), value: page.value.slug },
    props: { key: page.key, value: page.value },
    cacheKey,
  }));
}

/** The stylesheet that combines the story filters without JavaScript (src/lib/facetCss.ts). */
export async function getStoryFilterCss(lang: Lang): Promise<string> {
  const items = (await getListedStories(lang)).map((s) => s.item);
  const params = Object.fromEntries(facetKeys.map((key) => [key, facetSegment(key, lang)]));
  const values = Object.fromEntries(facetKeys.map((key) => [key, facetOptions(items, key).map((o) => o.slug)]));
  return facetCss('[data-story-browser]', '[data-story-list] > li', params, values);
}
