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

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * Why a written year-month-day is not a day of the calendar, in French, or undefined when it is.
 * JavaScript (and YAML readers) silently roll 2026-04-31 over to 1 May: a date must be checked
 * as written, before it becomes a Date.
 */
export function impossibleDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000) return `année ${year} : écrivez-la avec ses quatre chiffres`;
  if (month < 1 || month > 12) return `il n'y a pas de mois ${String(month).padStart(2, '0')} (de 01 à 12)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  if (day < 1) return 'il n\'y a pas de jour 00 (de 01 à 31)';
  const leap = month === 2 && days === 28 ? ` (${year} n'est pas une année bissextile)` : '';
  return `le ${day} ${MONTHS_FR[month - 1]} ${year} n'existe pas : ${MONTHS_FR[month - 1]} n'a que ${days} jours${leap}`;
}
