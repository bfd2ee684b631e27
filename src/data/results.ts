import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/ui.ts';
import { institutionName } from '../lib/contentLanguage.ts';
import { countryName } from '../lib/countries.ts';
import { computeIndicators, fillSchoolYears, institutionTotals, mergeBreakdowns, NO_TRACK, type Breakdown, type ResultsYear, type YearIndicators } from '../lib/indicators.ts';
import { openDataRows, type Row } from '../lib/openData.ts';
import type { MapPoint } from '../lib/worldMap.ts';
import { getReference, must } from './site.ts';

type Reference = Awaited<ReturnType<typeof getReference>>;

export interface Results {
  /** The files of content/results/, as validated. */
  files: ResultsYear[];
  /** Every school year from the first with data to the last, oldest first (missing ones: hasData false). */
  years: YearIndicators[];
  reference: Reference;
}

let loading: Promise<Results> | undefined;

/** The results of every school year, computed once per build by src/lib/indicators.ts. */
export function getResults(): Promise<Results> {
  loading ??= (async () => {
    const [entries, reference] = await Promise.all([getCollection('results'), getReference()]);
    const files = entries.map((entry) => entry.data);
    const classOf = (id: string) => must(reference.institutions, id, 'institution').class;
    return { files, years: fillSchoolYears(computeIndicators(files, classOf)), reference };
  })();
  return loading;
}

/** One /resultats/<année>/ page per school year from the first with data to the last, missing years included ("pas de données"). */
export async function getResultsYearPaths() {
  const { years } = await getResults();
  return years.map((year) => ({ params: { year: year.schoolYear } }));
}

/** The last school year with data, the one overview pages lead with. */
export function latestYear(years: YearIndicators[]): YearIndicators | undefined {
  return years.findLast((y) => y.hasData);
}

/** Labels of breakdown keys, in the page's language. */
export function labels(reference: Reference, lang: Lang) {
  return {
    country: (code: string) => countryName(code, lang),
    programme: (id: string) => must(reference.programmes, id, 'programme').name[lang],
    track: (id: string) => (id === NO_TRACK ? undefined : must(reference.tracks, id, 'filière').short[lang]),
    partner: (id: string) => must(reference.partners, id, 'partenaire').name,
    /** An institution's name: its English one on English pages when it has one. */
    institution: (id: string) => institutionName(must(reference.institutions, id, 'institution'), lang),
  };
}

/** Host partners with coordinates, as map points sized by the learners they hosted in `byPartner`. */
export function partnerPoints(reference: Reference, byPartner: Breakdown[], only?: 'hosted'): (MapPoint & { country: string; city: string })[] {
  const hosted = new Map(byPartner.map((row) => [row.key, row.learners]));
  return [...reference.partners]
    .filter(([id, p]) => p.lat !== undefined && p.lon !== undefined && (only !== 'hosted' || hosted.has(id)))
    .map(([id, p]) => ({ id, label: p.name, lon: p.lon!, lat: p.lat!, value: hosted.get(id) ?? 0, country: p.country, city: p.city }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** Destinations and partners over all the years (the overview's and the partners page's map). */
export function allYears(years: YearIndicators[]) {
  return {
    byCountry: mergeBreakdowns(years.map((y) => y.byCountry)),
    byPartner: mergeBreakdowns(years.map((y) => y.byPartner)),
  };
}

/** Funding and supports per institution, over all the years. */
export async function getInstitutionTotals() {
  const { files } = await getResults();
  return institutionTotals(files);
}

/** The rows of /donnees/resultats.csv and .json. */
export async function getOpenDataRows(): Promise<Row[]> {
  const { files, reference } = await getResults();
  const name = labels(reference, 'fr');
  return openDataRows(files, {
    programme: name.programme,
    track: (id) => must(reference.tracks, id, 'filière').name.fr,
    partner: name.partner,
    country: name.country,
    institution: (id) => {
      const institution = must(reference.institutions, id, 'institution');
      return { name: institution.name, class: institution.class };
    },
  });
}
