/** An institution of content/institutions.yaml, as far as funders' visibility is concerned. */
export interface Funder {
  name: string;
  /** Its English name, for English pages (content/institutions.yaml `nameEn`). */
  nameEn?: string | undefined;
  /** Who it is (municipality … other): the footer's order. */
  class?: string | undefined;
  logo?: string | undefined;
  website?: string | undefined;
  /** How the funder asks to be acknowledged (the EU: "Cofinancé par l'Union européenne" and its emblem). */
  acknowledgement?: { fr: string; en: string; emblem?: string | undefined } | undefined;
}

/**
 * The institutions a page involves: those it names (a news item's `institutions`, a year's funding
 * lines), then those funding its programmes (programmes.yaml `funders`), each once, in that order.
 */
export function involvedInstitutions(
  institutions: readonly string[],
  programmes: readonly string[],
  fundersOf: (programme: string) => readonly string[] | undefined,
): string[] {
  return [...new Set([...institutions, ...programmes.flatMap((id) => fundersOf(id) ?? [])])];
}

export interface Acknowledgement {
  id: string;
  name: string;
  text: { fr: string; en: string };
  /** Path of the emblem relative to content/, when the funder asks for one. */
  emblem?: string | undefined;
}

/** The acknowledgements the involved institutions ask for, in the order given. */
export function acknowledgementsOf(ids: readonly string[], institutions: ReadonlyMap<string, Funder>): Acknowledgement[] {
  return ids.flatMap((id) => {
    const institution = institutions.get(id);
    const ack = institution?.acknowledgement;
    return institution && ack ? [{ id, name: institution.name, text: { fr: ack.fr, en: ack.en }, emblem: ack.emblem }] : [];
  });
}

/**
 * The funders the footer shows: institutions with a logo that appear in some results funding line
 * or ask to be acknowledged, by class (in `classes` order: the commune first … other bodies), then by name.
 */
export function footerFunders(
  institutions: ReadonlyMap<string, Funder>,
  fundingIds: Iterable<string>,
  classes: readonly string[],
): (Funder & { id: string; logo: string })[] {
  const funded = new Set(fundingIds);
  const rank = (f: Funder) => (f.class && classes.includes(f.class) ? classes.indexOf(f.class) : classes.length);
  return [...institutions]
    .flatMap(([id, institution]) => (institution.logo && (funded.has(id) || institution.acknowledgement) ? [{ ...institution, id, logo: institution.logo }] : []))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'fr'));
}
