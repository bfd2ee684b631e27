/** The day the site is built; ESCALES_TODAY=AAAA-MM-JJ fixes it (tests, previews of a future date). */
export function buildDay(): Date {
  const fixed = process.env.ESCALES_TODAY;
  const day = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
}

/** AAAA-MM-JJ of a date, in UTC (content dates are calendar days, not instants). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The school year a date falls in: September to August, e.g. 2025-03-03 → "2024-2025". */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** Whole days from start to end, both included (a stay from the 3rd to the 21st lasts 19 days). */
export function daysBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

// One formatter per language: creating an Intl.DateTimeFormat costs about a millisecond, and a
// 1,000-story build formats dates on every card of every list (docs/benchmark.md).
const dateFormats = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "3 mars 2025" / "3 March 2025". */
export function formatDate(date: Date, lang: 'fr' | 'en'): string {
  return dateFormats[lang === 'fr' ? 'fr' : 'en'].format(date);
}
