import { initialOf } from './story.ts';

/** What the signed form allows to show of the author's name (consent.name). */
export type NameConsent = 'first-name' | 'full-name' | 'anonymous';

export interface AuthorConsentLike {
  author: { name: string };
  consent: { name: NameConsent };
}

/** A story's author as the site may show them. The only way pages learn an author's name. */
export interface DisplayedAuthor {
  /** The name the author agreed to show (first name or full name); undefined when anonymous. */
  name: string | undefined;
  /** What to print where the author is named: the name, or `anonymousLabel` ("Témoignage anonyme"). */
  label: string;
  /** The letter drawn instead of a photo: "?" when anonymous. */
  initial: string;
  anonymous: boolean;
}

/**
 * How a story's author is shown, decided once from consent.name: `full-name` the name as written,
 * `first-name` its first word only (the schema refuses a space then; this is the second lock),
 * `anonymous` no name at all. An unknown value counts as anonymous: when in doubt, no name.
 * `anonymousLabel` is what the page prints instead, already in its language.
 */
export function displayedAuthor(data: AuthorConsentLike, anonymousLabel: string): DisplayedAuthor {
  const written = data.author.name.trim();
  const name = data.consent.name === 'full-name' ? written : data.consent.name === 'first-name' ? written.split(/\s+/)[0] : undefined;
  if (!name) return { name: undefined, label: anonymousLabel, initial: '?', anonymous: true };
  return { name, label: name, initial: initialOf(name, false), anonymous: false };
}
