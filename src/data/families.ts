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

/** content/costs.yaml (costs, grants, pocket money), or undefined when the school has not written it. */
export async function getCosts(): Promise<CollectionEntry<'costs'>['data'] | undefined> {
  const [entry] = await getCollection('costs');
  return entry?.data;
}

/**
 * One question of the families, with a page of its own (/familles/<slug>/): a FAQ answer, the
 * worry it answers and its stories, or both. A worry keeps its URL (its name's slug); an answer
 * that answers no worry takes its file name.
 */
export interface FamilyQuestion {
  slug: string;
  question: string;
  faq?: FaqEntry;
  worry?: WorryWithStories;
}

/** Every families' question in the FAQ's order, then the worries no answer speaks of; slugs are unique. */
export async function getFamilyQuestions(lang: Lang): Promise<FamilyQuestion[]> {
  const [faq, worries] = await Promise.all([getPublishedFaq(lang), getWorries(lang)]);
  const worryById = new Map(worries.map((w) => [w.id, w]));
  const answered = new Set<string>();
  const questions: FamilyQuestion[] = faq.map((entry) => {
    const worry = entry.data.worry && !answered.has(entry.data.worry) ? worryById.get(entry.data.worry) : undefined;
    if (worry) answered.add(worry.id);
    return { slug: worry?.slug ?? slugify(entry.id), question: worry?.question ?? entry.data.question, faq: entry, worry };
  });
  for (const worry of worries) if (!answered.has(worry.id)) questions.push({ slug: worry.slug, question: worry.question, worry });
  const seen = new Map<string, string>();
  for (const q of questions) {
    const name = q.faq ? `content/faq/${q.faq.id}` : `l'inquiétude « ${q.worry!.id} »`;
    if (seen.has(q.slug)) throw new Error(`Deux questions des familles auraient la même adresse /familles/${q.slug}/ : ${seen.get(q.slug)} et ${name}. Renommez le fichier de la réponse.`);
    seen.set(q.slug, name);
  }
  return questions;
}

/** One page per families' question (/familles/<slug>/). */
export async function getWorryPagePaths(lang: Lang) {
  const questions = await getFamilyQuestions(lang);
  return questions.map((question) => ({ params: { worry: question.slug }, props: { question } }));
}
