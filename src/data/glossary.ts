import { getCollection } from 'astro:content';
import { readYaml } from '../lib/contentDir.ts';
import type { GlossaryTerm } from '../lib/typesetHtml.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { oncePerBuild } from './buildCache.ts';

/**
 * content/glossary.yaml, validated, in alphabetical order of the acronyms. Read once per build.
 * The file is optional: without it (or with an empty list) there is nothing to ask Astro for, and
 * asking would print "The collection "glossary" does not exist or is empty" for every page.
 */
export const getGlossary = oncePerBuild(async (): Promise<GlossaryEntry[]> => {
  const file = readYaml('glossary.yaml');
  if (!Array.isArray(file) || file.length === 0) return [];
  const entries = await getCollection('glossary');
  return entries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'fr'));
});

/** The acronyms and their expansion in each language, as the page's finishing pass spells them out. */
export const getGlossaryTerms = oncePerBuild(async (): Promise<Record<'fr' | 'en', GlossaryTerm[]>> => {
  const entries = await getGlossary();
  return {
    fr: entries.map((entry) => ({ term: entry.term, expansion: entry.expansion.fr })),
    en: entries.map((entry) => ({ term: entry.term, expansion: entry.expansion.en })),
  };
});
