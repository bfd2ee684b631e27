import type { Lang } from '../i18n/ui.ts';
import { relatedStories } from '../lib/related.ts';
import { keyOfProps } from './pageKeys.ts';
import { getReference } from './site.ts';
import { getPublishedStories, type Story } from './stories.ts';
import { storyView, type StoryView } from './storyView.ts';

const candidate = (s: Story) => ({ id: s.id, country: s.data.mobility.country, track: s.data.author.track, kind: s.data.mobility.kind, start: s.data.mobility.start, story: s });

/** The stories a story page offers to read next. */
export function relatedOf(story: Story, published: Story[]): Story[] {
  return relatedStories(candidate(story), published.map(candidate)).map((r) => r.story);
}

/** What a story page shows: its story, and the cards of the stories to read next. */
export type StoryPageProps = {
  story: Story;
  related: StoryView[];
};

/**
 * The story pages of a language (/temoignages/<id>/, /en/stories/<id>/): only stories written in
 * English have an English page; the others link to their French page. The cacheKey lets the
 * incremental build reuse a page while its props and the rest of the content are unchanged.
 */
export async function getStoryPagePaths(lang: Lang) {
  const [published, reference] = await Promise.all([getPublishedStories(), getReference()]);
  return published
    .filter((story) => lang === 'fr' || story.data.lang === lang)
    .map((story) => {
      const props: StoryPageProps = { story, related: relatedOf(story, published).map((s) => storyView(s, reference, lang)) };
      return { params: { id: story.id }, props, cacheKey: keyOfProps('story', lang, props) };
    });
}
