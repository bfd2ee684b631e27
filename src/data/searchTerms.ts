import { vocabulary } from '../lib/searchTerms.ts';
import { getPublishedFaq } from './families.ts';
import { getPublishedNews, getPublishedStories } from './stories.ts';

/**
 * The site's common words, most frequent first, for the search page's "did you mean" (fetched
 * only when a search finds nothing). Made from what the pages publish: stories, news, the FAQ.
 */
export async function getSearchVocabulary(): Promise<[string, number][]> {
  const [stories, news, faqFr, faqEn] = await Promise.all([getPublishedStories(), getPublishedNews(), getPublishedFaq('fr'), getPublishedFaq('en')]);
  const texts = [
    ...stories.flatMap((s) => [s.data.title, s.data.summary, s.data.quote, s.body ?? '']),
    ...news.flatMap((n) => [n.data.title, n.data.summary, n.body ?? '']),
    ...[...faqFr, ...faqEn].flatMap((f) => [f.data.question, f.data.summary, f.body ?? '']),
  ];
  return vocabulary(texts, 4000);
}
