/**
 * "Did you mean…" for search: the site's words, counted at build time, and the nearest ones to a
 * word that found nothing (a typo: "logemnet" → "logement"). Pagefind has no fuzzy matching.
 */

/**
 * The common words of a text, accents kept, four letters or more. Words written with a capital
 * (names of people, places, the first word of a sentence) are left out: a person's name never
 * reaches the suggestions, whatever their consent says.
 */
export function words(text: string): string[] {
  return (text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])
    .flatMap((w) => w.split(/['’]/).slice(-1))
    .filter((w) => w.length >= 4 && w === w.toLocaleLowerCase('fr'));
}

/** The `limit` most frequent words of the texts, most frequent first: [word, count]. */
export function vocabulary(texts: string[], limit = 4000): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr')).slice(0, limit);
}

const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/** Edit distance with adjacent transpositions ("logemnet" ↔ "logement" is 1). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The words of the vocabulary nearest to `term` (accents ignored): one edit for short words, two
 * from eight letters; closest first (the same word with its accents first), then most frequent.
 * The term as typed is never suggested.
 */
export function nearestTerms(term: string, vocab: [string, number][], max = 3): string[] {
  const typed = term.trim().toLocaleLowerCase('fr');
  const wanted = bare(typed);
  if (wanted.length < 3) return [];
  const allowed = wanted.length >= 8 ? 2 : 1;
  return vocab
    .map(([word, count]) => ({ word, count, d: word === typed ? Infinity : distance(wanted, bare(word)) }))
    .filter((c) => c.d <= allowed)
    .sort((a, b) => a.d - b.d || b.count - a.count)
    .slice(0, max)
    .map((c) => c.word);
}
