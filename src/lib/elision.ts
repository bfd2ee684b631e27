// French "de" before a place name, as a reader expects it: "de Valbonne", "d’Athenry", "du Mans".
//
// - Elided before a vowel, accented or not, in either case: "d’Athenry", "d’Écully", "d’Oulu".
// - Never before h: an h aspiré forbids it ("de Hambourg", "de Hanovre", "de La Haye") and a
//   place name rarely tells which h it has; "de Helsinki" is correct too, "d’Hambourg" is not.
// - Y elides before a consonant ("d’Ypres", "d’Yvetot") and not before a vowel, where it sounds as
//   a consonant ("de Yaoundé", "de Yokohama").
// - The article of a place name contracts: "Le Mans" → "du Mans", "Les Sables-d’Olonne" → "des
//   Sables-d’Olonne"; "La" and "L’" stay ("de La Rochelle", "de L’Aquila").
// The apostrophe is the typographic one (’), as in the site's French copy.

const VOWEL = /^[aeiouàâäéèêëîïôöùûüæœ]/i;

/** "de" (or "d’", "du", "des") followed by the place name. */
export function deElided(place: string): string {
  const name = place.trim();
  const article = /^(le|les)\s+(.+)$/i.exec(name);
  if (article) return `${article[1]!.toLowerCase() === 'le' ? 'du' : 'des'} ${article[2]}`;
  if (VOWEL.test(name)) return `d’${name}`;
  if (/^y[^aeiouàâäéèêëîïôöùûüæœy]/i.test(name)) return `d’${name}`;
  return `de ${name}`;
}
