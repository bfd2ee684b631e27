import type { Lang } from '../i18n/ui.ts';
import { filterPages, type FacetItem } from '../lib/facets.ts';
import { getReference } from './site.ts';
import { facetItem, facetSegment } from './storyFacets.ts';
import { getPublishedStories } from './stories.ts';
import { storyView, type StoryView } from './storyView.ts';

export interface ListedStory {
  view: StoryView;
  item: FacetItem;
}

/** Every published story with its display facts and filter values, newest first. */
export async function getListedStories(lang: Lang): Promise<ListedStory[]> {
  const [stories, reference] = await Promise.all([getPublishedStories(), getReference()]);
  return stories.map((story) => ({ view: storyView(story, reference, lang), item: facetItem(story, reference, lang) }));
}

/** The static filter pages of a language: /temoignages/pays/irlande/ and so on. */
export async function getFilterPaths(lang: Lang) {
  const listed = await getListedStories(lang);
  return filterPages(listed.map((s) => s.item)).map((page) => ({
    params: { facet: facetSegment(page.key, lang), value: page.value.slug },
    props: { key: page.key, value: page.value },
  }));
}
