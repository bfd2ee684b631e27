import type { z } from 'astro/zod';
import { funderClasses, isTerritorial, type FunderClass } from '../schemas/funderClasses.ts';
import { supportKinds, type resultsSchema } from '../schemas/results.ts';

/** One content/results/<school-year>.yaml file, as validated by its schema. */
export type ResultsYear = z.infer<ReturnType<typeof resultsSchema>>;
export type SupportKind = (typeof supportKinds)[number];

/** People and days of the mobility lines that share one key (a country, a programme…). */
export interface Breakdown {
  /** Country code, programme id, track id, kind of stay; NO_TRACK for lines without a track. */
  key: string;
  learners: number;
  staff: number;
  /** Σ days × (learners + staff). */
  participantDays: number;
}

/** How far one of the commission's objectives was reached. */
export interface Objective {
  target: number;
  actual: number;
  /** actual ÷ target (1 when the target is 0). */
  ratio: number;
  met: boolean;
}

export interface YearIndicators {
  schoolYear: string;
  /** False when the year has no mobility, funding or support line: show "no data", not zeros. */
  hasData: boolean;
  learnersOutgoing: number;
  learnersIncoming: number;
  staffOutgoing: number;
  staffIncoming: number;
  /** Distinct destination countries of outgoing lines. */
  countries: number;
  /** Learners abroad compared with the previous school year that has data (null: nothing to compare). */
  change: { learners: number | null; percent: number | null; since: string | null };
  /** Destinations of outgoing lines, most learners first. */
  byCountry: Breakdown[];
  /** Countries of origin of incoming lines, most learners first. */
  incomingByCountry: Breakdown[];
  /** Outgoing lines by programme, kind of stay and track. */
  byProgramme: Breakdown[];
  byTrack: Breakdown[];
  byKind: Breakdown[];
  /** Outgoing lines by host partner (lines that name one). */
  byPartner: Breakdown[];
  /** Σ days × (learners + staff) on outgoing lines. */
  participantDays: number;
  /**
   * Funding obtained in euros, by the class of the institution that decides it (the EU for an
   * Erasmus+ grant paid out by the national agency); `territorial`: the commune's, the
   * intercommunalité's, the Département's and the Région's, the seed's headline indicator.
   */
  funding: { total: number; territorial: number; byClass: Record<FunderClass, number> };
  /** Official supports received, counted the same way, and by kind. */
  supports: { total: number; territorial: number; byClass: Record<FunderClass, number>; byKind: Record<SupportKind, number> };
  objectives: { learners?: Objective; funding?: Objective; supports?: Objective };
}

/** Key of byTrack for lines that name no track (staff, mixed groups). */
export const NO_TRACK = '';

/** The figures of a year page, each shown next to its definition (results.def.<key>, src/data/resultLabels.ts). */
export const figureKeys = [
  'learnersOutgoing',
  'staffOutgoing',
  'learnersIncoming',
  'staffIncoming',
  'countries',
  'change',
  'participantDays',
  'funding',
  'fundingTerritorial',
  'supports',
  'supportsTerritorial',
  'byCountry',
  'byProgramme',
  'byTrack',
  'byKind',
  'objectives',
] as const;
export type FigureKey = (typeof figureKeys)[number];

const zeroClasses = (): Record<FunderClass, number> => Object.fromEntries(funderClasses.map((c) => [c, 0])) as Record<FunderClass, number>;
const zeroKinds = (): Record<SupportKind, number> => Object.fromEntries(supportKinds.map((k) => [k, 0])) as Record<SupportKind, number>;

/** Figures of a school year without any line: what a missing year looks like. */
export function emptyYear(schoolYear: string): YearIndicators {
  return {
    schoolYear,
    hasData: false,
    learnersOutgoing: 0,
    learnersIncoming: 0,
    staffOutgoing: 0,
    staffIncoming: 0,
    countries: 0,
    change: { learners: null, percent: null, since: null },
    byCountry: [],
    incomingByCountry: [],
    byProgramme: [],
    byTrack: [],
    byKind: [],
    byPartner: [],
    participantDays: 0,
    funding: { total: 0, territorial: 0, byClass: zeroClasses() },
    supports: { total: 0, territorial: 0, byClass: zeroClasses(), byKind: zeroKinds() },
    objectives: {},
  };
}

type Line = ResultsYear['mobilities'][number];

/** Adds up breakdowns of several years (destinations over all years, for instance), sorted like one. */
export function mergeBreakdowns(lists: Breakdown[][]): Breakdown[] {
  const rows = new Map<string, Breakdown>();
  for (const row of lists.flat()) {
    const total = rows.get(row.key) ?? { key: row.key, learners: 0, staff: 0, participantDays: 0 };
    total.learners += row.learners;
    total.staff += row.staff;
    total.participantDays += row.participantDays;
    rows.set(row.key, total);
  }
  return sortBreakdown([...rows.values()]);
}

// Most learners first, then most staff, then by key so the order never depends on the file's.
const sortBreakdown = (rows: Breakdown[]) =>
  rows.sort((a, b) => b.learners - a.learners || b.staff - a.staff || a.key.localeCompare(b.key));

function breakdown(lines: Line[], keyOf: (line: Line) => string): Breakdown[] {
  const rows = new Map<string, Breakdown>();
  for (const line of lines) {
    const key = keyOf(line);
    const row = rows.get(key) ?? { key, learners: 0, staff: 0, participantDays: 0 };
    row.learners += line.learners;
    row.staff += line.staff;
    row.participantDays += line.days * (line.learners + line.staff);
    rows.set(key, row);
  }
  return sortBreakdown([...rows.values()]);
}

const sum = <T>(items: T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);

function objective(target: number | undefined, actual: number): Objective | undefined {
  if (target === undefined) return undefined;
  const ratio = target > 0 ? actual / target : 1;
  return { target, actual, ratio, met: actual >= target };
}

/** Rounded to one decimal: the one percentage every page, the kiosk and the PDF show. */
const percentOf = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

function yearFigures(year: ResultsYear, classOf: (institutionId: string) => FunderClass): YearIndicators {
  const outgoing = year.mobilities.filter((m) => m.direction === 'outgoing');
  const incoming = year.mobilities.filter((m) => m.direction === 'incoming');
  const figures = emptyYear(year.schoolYear);
  figures.hasData = year.mobilities.length + year.funding.length + year.supports.length > 0;
  figures.learnersOutgoing = sum(outgoing, (m) => m.learners);
  figures.staffOutgoing = sum(outgoing, (m) => m.staff);
  figures.learnersIncoming = sum(incoming, (m) => m.learners);
  figures.staffIncoming = sum(incoming, (m) => m.staff);
  figures.byCountry = breakdown(outgoing, (m) => m.country);
  figures.countries = figures.byCountry.length;
  figures.incomingByCountry = breakdown(incoming, (m) => m.country);
  figures.byProgramme = breakdown(outgoing, (m) => m.programme);
  figures.byTrack = breakdown(outgoing, (m) => m.track ?? NO_TRACK);
  figures.byKind = breakdown(outgoing, (m) => m.kind);
  figures.byPartner = breakdown(outgoing.filter((m) => m.partner), (m) => m.partner!);
  figures.participantDays = sum(outgoing, (m) => m.days * (m.learners + m.staff));
  for (const line of year.funding) {
    // The deciding institution's class, never the payer's: EU money paid out in France stays European.
    const funder = classOf(line.institution);
    figures.funding.byClass[funder] += line.amount;
    if (isTerritorial(funder)) figures.funding.territorial += line.amount;
    figures.funding.total += line.amount;
  }
  for (const line of year.supports) {
    const funder = classOf(line.institution);
    figures.supports.byClass[funder] += 1;
    if (isTerritorial(funder)) figures.supports.territorial += 1;
    figures.supports.byKind[line.kind] += 1;
    figures.supports.total += 1;
  }
  const goals = year.objectives ?? {};
  const learners = objective(goals.learners, figures.learnersOutgoing);
  const funding = objective(goals.funding, figures.funding.total);
  const supports = objective(goals.supports, figures.supports.total);
  figures.objectives = { ...(learners && { learners }), ...(funding && { funding }), ...(supports && { supports }) };
  return figures;
}

/**
 * Every figure of the results pages, per school year, oldest first. `classOf` gives an
 * institution's class (municipality … other) for funding and supports. The change in learners
 * abroad compares with the nearest earlier year that has data.
 */
export function computeIndicators(years: ResultsYear[], classOf: (institutionId: string) => FunderClass): YearIndicators[] {
  const seen = new Set<string>();
  for (const year of years) {
    if (seen.has(year.schoolYear)) throw new Error(`Deux fichiers de content/results/ portent sur l'année scolaire ${year.schoolYear} : gardez-en un seul.`);
    seen.add(year.schoolYear);
  }
  const sorted = [...years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const result: YearIndicators[] = [];
  let previous: YearIndicators | undefined;
  for (const year of sorted) {
    const figures = yearFigures(year, classOf);
    if (figures.hasData && previous) {
      const diff = figures.learnersOutgoing - previous.learnersOutgoing;
      figures.change = {
        learners: diff,
        percent: previous.learnersOutgoing > 0 ? percentOf(diff, previous.learnersOutgoing) : null,
        since: previous.schoolYear,
      };
    }
    if (figures.hasData) previous = figures;
    result.push(figures);
  }
  return result;
}

/** The school year after "2024-2025": "2025-2026". */
export function nextSchoolYear(schoolYear: string): string {
  const start = Number(schoolYear.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
}

/** Every school year from `first` to `last`, both included: ["2022-2023", "2023-2024", "2024-2025"]. */
export function schoolYearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let year = first; year <= last; year = nextSchoolYear(year)) years.push(year);
  return years;
}

/**
 * Every school year from the first with data to the last one given, oldest first; a year without
 * a file (or with an empty one) is an empty year with hasData false, so a page says "no data"
 * rather than showing zeros. Years before the first with data are left out.
 */
export function fillSchoolYears(indicators: YearIndicators[]): YearIndicators[] {
  const sorted = [...indicators].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const first = sorted.find((y) => y.hasData);
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const byYear = new Map(sorted.map((y) => [y.schoolYear, y]));
  return schoolYearsBetween(first.schoolYear, last.schoolYear).map((year) => byYear.get(year) ?? emptyYear(year));
}

/** What each institution gave over all the years: funding in euros, supports, first school year. */
export function institutionTotals(years: ResultsYear[]): Map<string, { funding: number; supports: number; since: string }> {
  const totals = new Map<string, { funding: number; supports: number; since: string }>();
  const sorted = [...years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const entry = (id: string, schoolYear: string) => {
    const found = totals.get(id) ?? { funding: 0, supports: 0, since: schoolYear };
    totals.set(id, found);
    return found;
  };
  for (const year of sorted) {
    for (const line of year.funding) entry(line.institution, year.schoolYear).funding += line.amount;
    for (const line of year.supports) entry(line.institution, year.schoolYear).supports += 1;
  }
  return totals;
}
