import { fr as frStrings, en as enStrings } from '../i18n/results.ts';
import { frenchSpacing } from '../i18n/ui.ts';
import type { Level } from '../schemas/reference.ts';
import { isoDay } from './dates.ts';
import type { ResultsYear } from './indicators.ts';

/** Which rows a column is filled on. */
export type RecordType = 'mobility' | 'funding' | 'support';

/**
 * The columns of /donnees/resultats.csv and .json, in order. Documented on /donnees/ and in
 * docs/open-data.md from the same strings (src/i18n/results.ts, keys data.col.<name>).
 */
export const columnSpecs = [
  { name: 'school_year', rows: 'all' },
  { name: 'record_type', rows: 'all' },
  { name: 'direction', rows: 'mobility' },
  { name: 'mobility_kind', rows: 'mobility' },
  { name: 'programme', rows: 'mobility' },
  { name: 'programme_name', rows: 'mobility' },
  { name: 'country', rows: 'mobility' },
  { name: 'country_name', rows: 'mobility' },
  { name: 'track', rows: 'mobility' },
  { name: 'track_name', rows: 'mobility' },
  { name: 'partner', rows: 'mobility' },
  { name: 'partner_name', rows: 'mobility' },
  { name: 'learners', rows: 'mobility' },
  { name: 'staff', rows: 'mobility' },
  { name: 'days', rows: 'mobility' },
  { name: 'participant_days', rows: 'mobility' },
  { name: 'institution', rows: 'funding, support' },
  { name: 'institution_name', rows: 'funding, support' },
  { name: 'level', rows: 'funding, support' },
  { name: 'amount_eur', rows: 'funding' },
  { name: 'support_kind', rows: 'support' },
  { name: 'label', rows: 'funding, support' },
  { name: 'date', rows: 'funding, support' },
] as const;

export type Column = (typeof columnSpecs)[number]['name'];
export type Row = Record<Column, string | number | null>;

/** The column list with its French and English description. */
export const columns = columnSpecs.map((spec) => ({
  ...spec,
  description: { fr: frenchSpacing(frStrings[`data.col.${spec.name}`]), en: enStrings[`data.col.${spec.name}`] },
}));

/** Names of the reference ids a row shows next to them (French, as the register is). */
export interface Names {
  programme(id: string): string;
  track(id: string): string;
  partner(id: string): string;
  country(code: string): string;
  institution(id: string): { name: string; level: Level };
}

const emptyRow = (): Row => Object.fromEntries(columnSpecs.map((c) => [c.name, null])) as Row;

/** One row per mobility line, then per funding line, then per support line, school year by school year. */
export function openDataRows(years: ResultsYear[], names: Names): Row[] {
  const rows: Row[] = [];
  const sorted = [...years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  for (const year of sorted) {
    for (const m of year.mobilities) {
      rows.push({
        ...emptyRow(),
        school_year: year.schoolYear,
        record_type: 'mobility',
        direction: m.direction,
        mobility_kind: m.kind,
        programme: m.programme,
        programme_name: names.programme(m.programme),
        country: m.country,
        country_name: names.country(m.country),
        track: m.track ?? null,
        track_name: m.track ? names.track(m.track) : null,
        partner: m.partner ?? null,
        partner_name: m.partner ? names.partner(m.partner) : null,
        learners: m.learners,
        staff: m.staff,
        days: m.days,
        participant_days: m.days * (m.learners + m.staff),
      });
    }
    for (const f of year.funding) {
      const institution = names.institution(f.institution);
      rows.push({
        ...emptyRow(),
        school_year: year.schoolYear,
        record_type: 'funding',
        institution: f.institution,
        institution_name: institution.name,
        level: institution.level,
        amount_eur: f.amount,
        label: f.purpose,
        date: isoDay(f.date),
      });
    }
    for (const s of year.supports) {
      const institution = names.institution(s.institution);
      rows.push({
        ...emptyRow(),
        school_year: year.schoolYear,
        record_type: 'support',
        institution: s.institution,
        institution_name: institution.name,
        level: institution.level,
        support_kind: s.kind,
        label: s.title,
        date: isoDay(s.date),
      });
    }
  }
  return rows;
}

/** One CSV field, quoted as RFC 4180 says: when it holds a comma, a double quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, comma separated, CRLF line ends, UTF-8 (no byte-order mark). */
export function toCsv(rows: Row[]): string {
  const header = columnSpecs.map((c) => c.name);
  const lines = [header.join(','), ...rows.map((row) => header.map((name) => csvField(row[name])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The licence public bodies use by default in France (décret n° 2017-638): reuse with credit. */
export const openDataLicence = { name: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };
