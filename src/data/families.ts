import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/ui.ts';
import { slugify } from '../lib/slug.ts';
import { isPublished } from './published.ts';
import { getReference } from './site.ts';
import { getPublishedStories, type Story } from './stories.ts';

export type FaqEntry = CollectionEntry<'faq'>;

/** The families' FAQ in a language, in the order staff gave; drafts only on the dev server. */
export async function getPublishedFaq(lang: Lang): Promise<FaqEntry[]> {
  const entries = await getCollection('faq', ({ data }) => data.lang === lang && isPublished(data));
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** A worry's URL segment: "Le mal du pays" → "le-mal-du-pays" (/familles/le-mal-du-pays/). */
export function worrySlug(worry: { name: { fr: string; en: string } }, lang: Lang): string {
  return slugify(worry.name[lang]);
}

export interface WorryWithStories {
  id: string;
  slug: string;
  name: string;
  question: string;
  stories: Story[];
}

/** Every worry with the published stories that speak of it (newest first). */
export async function getWorries(lang: Lang): Promise<WorryWithStories[]> {
  const [reference, stories] = await Promise.all([getReference(), getPublishedStories()]);
  return [...reference.worries.entries()].map(([id, worry]) => ({
    id,
    slug: worrySlug(worry, lang),
    name: worry.name[lang],
    question: worry.question[lang],
    stories: stories.filter((story) => story.data.worries.includes(id)),
  }));
}
