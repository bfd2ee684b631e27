import { daysBetween, schoolYearOf } from './dates.ts';

/** The facts every card and facts panel show, derived once from a story's front matter. */
export interface StoryFacts {
  schoolYear: string;
  days: number;
  isLearner: boolean;
}

export function storyFacts(data: { author: { role: 'learner' | 'staff' }; mobility: { start: Date; end: Date } }): StoryFacts {
  return {
    schoolYear: schoolYearOf(data.mobility.start),
    days: daysBetween(data.mobility.start, data.mobility.end),
    isLearner: data.author.role === 'learner',
  };
}

/** Initials for the avatar drawn when a story has no photo ("Léa" → "L", anonymous → "?"). */
export function initialOf(name: string, anonymous: boolean): string {
  if (anonymous) return '?';
  return name.trim().charAt(0).toLocaleUpperCase('fr') || '?';
}

/** A quotation with the marks of its language: « … » in French, “…” in English. */
export function quoted(text: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? `« ${text} »` : `“${text}”`;
}
