import { figureKeys, institutionTotals, type Breakdown, type FigureKey, type Objective, type YearIndicators } from '../lib/indicators.ts';
import { definitions } from './resultLabels.ts';
import { formatEuros, formatNumber, formatSigned, formatSignedPercent, unbreakable } from '../lib/numbers.ts';
import { formatDate } from '../lib/dates.ts';
import { funderClasses } from '../schemas/funderClasses.ts';
import { supportKinds } from '../schemas/results.ts';
import { pathTo, useTranslations, type Lang } from '../i18n/ui.ts';
import { allYears, labels, latestYear, partnerPoints, type Results } from './results.ts';

type Translate = ReturnType<typeof useTranslations>;
/** A table cell as DataTable takes it: text, or text with its own language. */
type Cell = string | { text: string; lang?: string | undefined };

/** One number of a key-figures grid (KeyFigureGrid), already formatted. */
export interface FigureItem {
  key: string;
  value: string;
  label: string;
  definition: string;
  note?: string | undefined;
  tone?: 'up' | 'down' | undefined;
  /** The figure the page leads with. */
  lead: boolean;
  /** Two columns wide on a large screen. */
  wide: boolean;
}

/** Every figure's definition in one language (`definitions`, src/data/resultLabels.ts). */
export function definitionsIn(lang: Lang): Record<FigureKey, string> {
  return Object.fromEntries(figureKeys.map((key) => [key, definitions[key][lang]])) as Record<FigureKey, string>;
}

/** "+14 (+12.5 %) since 2023-2024", or undefined when there is nothing to compare with. */
export function changeSentence(change: YearIndicators['change'], lang: Lang): string | undefined {
  const t = useTranslations(lang);
  if (change.learners === null || change.since === null) return undefined;
  const values = { signed: formatSigned(change.learners, lang), since: unbreakable(change.since) };
  return change.percent === null
    ? t('results.changeNoPercent', values)
    : t('results.changeText', { ...values, percent: formatSignedPercent(change.percent, lang) });
}

/** "1 soutien officiel", "3 soutiens officiels". */
export function supportsLabel(count: number, lang: Lang): string {
  const t = useTranslations(lang);
  return count === 1 ? t('partners.supportedOne') : t('partners.supported', { n: formatNumber(count, lang) });
}

/** One figure with its label (results.fig.<key>) and definition. */
function figureItem(key: FigureKey, value: string, lang: Lang, more: Partial<FigureItem> = {}): FigureItem {
  const t = useTranslations(lang);
  return { key, value, label: t(`results.fig.${key}` as Parameters<Translate>[0]), definition: definitions[key][lang], lead: false, wide: false, ...more };
}

/** The key figures of a year page: the headline ones first, then the territorial ones and the totals. */
function yearFigures(year: YearIndicators, lang: Lang, t: Translate): FigureItem[] {
  const n = (value: number) => formatNumber(value, lang);
  const euros = (value: number) => formatEuros(value, lang);
  const change = year.change;
  const figure = (key: FigureKey, value: string, more: Partial<FigureItem> = {}) => figureItem(key, value, lang, more);
  return [
    figure('learnersOutgoing', n(year.learnersOutgoing), { lead: true, wide: true }),
    figure('change', change.learners === null ? '—' : formatSigned(change.learners, lang), {
      note: changeSentence(change, lang) ?? t('results.changeNone'),
      tone: change.learners ? (change.learners > 0 ? 'up' : 'down') : undefined,
    }),
    figure('staffOutgoing', n(year.staffOutgoing)),
    figure('countries', n(year.countries)),
    figure('participantDays', n(year.participantDays)),
    figure('learnersIncoming', n(year.learnersIncoming)),
    figure('staffIncoming', n(year.staffIncoming)),
    // The seed's indicators first: funding and supports from the commune, intercommunalité, département, région.
    figure('fundingTerritorial', euros(year.funding.territorial), { note: t('results.fig.ofTotal', { total: euros(year.funding.total) }), wide: true }),
    figure('supportsTerritorial', n(year.supports.territorial), { note: t('results.fig.ofTotal', { total: n(year.supports.total) }), wide: true }),
    figure('funding', euros(year.funding.total)),
    figure('supports', n(year.supports.total)),
  ];
}

/** Each objective the year has, with its label and how its figures are written. */
function yearObjectives(year: YearIndicators, lang: Lang, t: Translate) {
  const n = (value: number) => formatNumber(value, lang);
  const euros = (value: number) => formatEuros(value, lang);
  const all: { key: string; label: string; objective: Objective | undefined; format: (value: number) => string }[] = [
    { key: 'learners', label: t('results.obj.learners'), objective: year.objectives.learners, format: n },
    { key: 'funding', label: t('results.obj.funding'), objective: year.objectives.funding, format: euros },
    { key: 'supports', label: t('results.obj.supports'), objective: year.objectives.supports, format: n },
  ];
  return all.filter((o): o is typeof o & { objective: Objective } => o.objective !== undefined);
}

/**
 * The institutions that funded or supported one year, with what each gave that year (summed by
 * `institutionTotals`): territorial classes first, then the largest amount, then by name.
 */
export function yearFunders(results: Results, schoolYear: string, lang: Lang) {
  const file = results.files.find((f) => f.schoolYear === schoolYear);
  const name = labels(results.reference, lang);
  const totals = institutionTotals(file ? [file] : []);
  return [...totals]
    .map(([id, given]) => {
      const institution = results.reference.institutions.get(id)!;
      return { id, name: name.institution(id).text, nameLang: name.institution(id).lang, logo: institution.logo, level: institution.class, amount: given.funding, supports: given.supports };
    })
    .sort((a, b) => funderClasses.indexOf(a.level) - funderClasses.indexOf(b.level) || b.amount - a.amount || a.name.localeCompare(b.name));
}

/** Everything /resultats/<année>/ (or /en/results/<year>/) shows, formatted in the page's language. */
export function resultsYearView(results: Results, schoolYear: string, lang: Lang) {
  const t = useTranslations(lang);
  const { years, files, reference } = results;
  const index = years.findIndex((y) => y.schoolYear === schoolYear);
  const year = years[index];
  if (!year) throw new Error(`Année scolaire ${schoolYear} absente des résultats`);
  const file = files.find((f) => f.schoolYear === schoolYear);
  const n = (value: number) => formatNumber(value, lang);
  const euros = (value: number) => formatEuros(value, lang);
  const name = labels(reference, lang);
  const classLabel = (id: string) => t(`class.${reference.institutions.get(id)!.class}`);
  // Purposes and titles are written in French: marked so on English pages.
  const frenchText = lang === 'fr' ? undefined : 'fr';
  const sideYear = (other: YearIndicators | undefined) => other && { schoolYear: other.schoolYear, href: pathTo(lang, 'results', other.schoolYear) };
  const breakdownRows = (rows: Breakdown[], label: (key: string) => string | undefined): Cell[][] =>
    rows.map((row) => [label(row.key) ?? t('results.noTrack'), n(row.learners), n(row.staff), n(row.participantDays)]);
  const breakdown = (key: 'byProgramme' | 'byTrack' | 'byKind', title: string, rows: Cell[][]) => ({
    key,
    title,
    definition: definitions[key][lang],
    head: [title, t('results.learners'), t('results.staff'), t('results.participantDays')],
    rows,
  });
  const supportsTotal = [t('results.total'), n(year.supports.total)];
  return {
    year,
    years,
    title: t('results.yearTitle', { year: schoolYear }),
    description: year.hasData
      ? t('results.yearMeta', { year: schoolYear, learners: n(year.learnersOutgoing), funding: euros(year.funding.total) })
      : t('results.noDataYear', { year: schoolYear }),
    path: pathTo(lang, 'results', schoolYear),
    previous: sideYear(years[index - 1]),
    next: sideYear(years[index + 1]),
    definitions: definitionsIn(lang),
    figures: yearFigures(year, lang, t),
    objectives: yearObjectives(year, lang, t),
    breakdowns: [
      breakdown('byProgramme', t('results.programme'), breakdownRows(year.byProgramme, name.programme)),
      breakdown('byTrack', t('results.track'), breakdownRows(year.byTrack, name.track)),
      breakdown('byKind', t('results.kind'), breakdownRows(year.byKind, (kind) => t(`kind.${kind}` as Parameters<Translate>[0]))),
    ],
    fundingLines: (file?.funding ?? []).map((f): Cell[] => [
      name.institution(f.institution),
      classLabel(f.institution),
      f.payer ? name.institution(f.payer) : '—',
      { text: f.purpose, lang: frenchText },
      formatDate(f.date, lang),
      euros(f.amount),
    ]),
    funders: yearFunders(results, schoolYear, lang).map((f) => ({ ...f, what: [f.amount > 0 ? euros(f.amount) : '', f.supports > 0 ? supportsLabel(f.supports, lang) : ''].filter(Boolean).join(' · ') })),
    hostedPoints: partnerPoints(reference, year.byPartner, 'hosted'),
    incomingRows: year.incomingByCountry.map((row): Cell[] => [name.country(row.key), n(row.learners), n(row.staff)]),
    supports: {
      byClass: funderClasses.map((c): Cell[] => [t(`class.${c}`), n(year.supports.byClass[c])]),
      byKind: supportKinds.map((kind): Cell[] => [t(`results.supportKind.${kind}`), n(year.supports.byKind[kind])]),
      total: supportsTotal,
      lines: (file?.supports ?? []).map((s): Cell[] => [
        name.institution(s.institution),
        classLabel(s.institution),
        t(`results.supportKind.${s.kind}`),
        { text: s.title, lang: frenchText },
        formatDate(s.date, lang),
      ]),
    },
  };
}

export type ResultsYearView = ReturnType<typeof resultsYearView>;

/** Everything /resultats/ (or /en/results/) shows: the latest year's figures, every year, the map over all years. */
export function resultsOverviewView(results: Results, lang: Lang) {
  const { years, reference } = results;
  const n = (value: number) => formatNumber(value, lang);
  const euros = (value: number) => formatEuros(value, lang);
  const latest = latestYear(years);
  const total = allYears(years);
  const figure = (key: FigureKey, value: string, more: Partial<FigureItem> = {}) => figureItem(key, value, lang, more);
  return {
    latest: latest && {
      schoolYear: latest.schoolYear,
      href: pathTo(lang, 'results', latest.schoolYear),
      figures: [
        figure('learnersOutgoing', n(latest.learnersOutgoing), { lead: true, note: changeSentence(latest.change, lang) }),
        figure('countries', n(latest.countries)),
        figure('funding', euros(latest.funding.total)),
        figure('supports', n(latest.supports.total)),
      ],
    },
    years,
    /** Every year, the newest first, as the cards below the chart. */
    cards: [...years].reverse().map((year) => ({
      schoolYear: year.schoolYear,
      href: pathTo(lang, 'results', year.schoolYear),
      hasData: year.hasData,
      learners: n(year.learnersOutgoing),
      funding: euros(year.funding.total),
      supports: n(year.supports.total),
    })),
    /** "2022-2023 – 2024-2025": the years the map adds up. */
    span: years.length > 0 ? `${years[0]!.schoolYear} – ${years.at(-1)!.schoolYear}` : '',
    destinations: total.byCountry,
    points: partnerPoints(reference, total.byPartner),
    learnersDefinition: definitions.learnersOutgoing[lang],
  };
}
