import { isTerritorial, type FunderClass } from '../schemas/funderClasses.ts';
import { isoDay } from './dates.ts';
import type { ResultsYear } from './indicators.ts';

/** Which rows a column is filled on. */
export type RecordType = 'mobility' | 'funding' | 'support';

/**
 * The columns of /donnees/resultats.csv and .json, in order, with the French header of
 * /donnees/resultats-excel.csv. Described on /donnees/ and in the JSON from the dictionary
 * (keys data.col.<name>: `columns` in src/data/resultLabels.ts).
 */
export const columnSpecs = [
  { name: 'school_year', rows: 'all', fr: 'Année scolaire' },
  { name: 'record_type', rows: 'all', fr: 'Type de ligne' },
  { name: 'direction', rows: 'mobility', fr: 'Sens' },
  { name: 'mobility_kind', rows: 'mobility', fr: 'Type de séjour' },
  { name: 'programme', rows: 'mobility', fr: 'Programme (identifiant)' },
  { name: 'programme_name', rows: 'mobility', fr: 'Programme' },
  { name: 'country', rows: 'mobility', fr: 'Pays (code)' },
  { name: 'country_name', rows: 'mobility', fr: 'Pays' },
  { name: 'track', rows: 'mobility', fr: 'Filière (identifiant)' },
  { name: 'track_name', rows: 'mobility', fr: 'Filière' },
  { name: 'partner', rows: 'mobility', fr: 'Partenaire (identifiant)' },
  { name: 'partner_name', rows: 'mobility', fr: 'Partenaire d’accueil' },
  { name: 'learners', rows: 'mobility', fr: 'Apprenants' },
  { name: 'staff', rows: 'mobility', fr: 'Personnels' },
  { name: 'days', rows: 'mobility', fr: 'Durée (jours)' },
  { name: 'participant_days', rows: 'mobility', fr: 'Journées de mobilité' },
  { name: 'institution', rows: 'funding, support', fr: 'Institution (identifiant)' },
  { name: 'institution_name', rows: 'funding, support', fr: 'Institution qui décide' },
  { name: 'funder_class', rows: 'funding, support', fr: 'Qui décide' },
  { name: 'territorial', rows: 'funding, support', fr: 'Collectivité territoriale' },
  { name: 'payer', rows: 'funding', fr: 'Versé par (identifiant)' },
  { name: 'payer_name', rows: 'funding', fr: 'Versé par' },
  { name: 'amount_eur', rows: 'funding', fr: 'Montant (euros)' },
  { name: 'support_kind', rows: 'support', fr: 'Type de soutien' },
  { name: 'label', rows: 'funding, support', fr: 'Objet ou intitulé' },
  { name: 'date', rows: 'funding, support', fr: 'Date' },
] as const;

export type Column = (typeof columnSpecs)[number]['name'];
export type Row = Record<Column, string | number | null>;

/** Names of the reference ids a row shows next to them (French, as the register is). */
export interface Names {
  programme(id: string): string;
  track(id: string): string;
  partner(id: string): string;
  country(code: string): string;
  institution(id: string): { name: string; class: FunderClass };
}

const emptyRow = (): Row => Object.fromEntries(columnSpecs.map((c) => [c.name, null])) as Row;

/** The columns a funding or a support line fills about the institution that decides it. */
function institutionColumns(id: string, names: Names): Partial<Row> {
  const institution = names.institution(id);
  return {
    institution: id,
    institution_name: institution.name,
    funder_class: institution.class,
    territorial: isTerritorial(institution.class) ? 'yes' : 'no',
  };
}

/** One row per mobility line, then per funding line, then per support line, school year by school year. */
export function openDataRows(years: ResultsYear[], names: Names): Row[] {
  const rows: Row[] = [];
  const sorted = [...years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  for (const year of sorted) {
    // Every row starts the same: its school year and its kind, the other columns empty.
    const row = (record_type: RecordType, fields: Partial<Row>): Row => ({ ...emptyRow(), school_year: year.schoolYear, record_type, ...fields });
    for (const m of year.mobilities) {
      rows.push(
        row('mobility', {
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
        }),
      );
    }
    for (const f of year.funding) {
      rows.push(
        row('funding', {
          ...institutionColumns(f.institution, names),
          payer: f.payer ?? null,
          payer_name: f.payer ? names.institution(f.payer).name : null,
          amount_eur: f.amount,
          label: f.purpose,
          date: isoDay(f.date),
        }),
      );
    }
    for (const s of year.supports) {
      rows.push(
        row('support', {
          ...institutionColumns(s.institution, names),
          support_kind: s.kind,
          label: s.title,
          date: isoDay(s.date),
        }),
      );
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

/**
 * The words the Excel file writes for the coded columns' values ("financement", "départ",
 * "Union européenne", "oui"…), given by the caller (src/data/resultLabels.ts); a value without a
 * word (an id, a number) is kept as it is.
 */
export type ExcelValues = Partial<Record<Column, (code: string) => string | undefined>>;

/** One field of the Excel file: quoted when it holds a semicolon, a double quote or a line break. */
export function excelField(name: Column, value: string | number | null, words: ExcelValues = {}): string {
  if (value === null) return '';
  // Numbers as French Excel reads them: a decimal comma, no thousands separator.
  const written = typeof value === 'number' ? String(value).replace('.', ',') : (words[name]?.(value) ?? value);
  // A text that Excel would take for a formula (=, +, -, @ first) is shown as text: a leading '.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(written) ? `'${written}` : written;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * /donnees/resultats-excel.csv: what a French Excel opens right with a double click (it reads
 * CSV in the Windows code page with ";" unless the file starts with a byte-order mark): UTF-8
 * with a BOM, ";" separated, CRLF line ends, French headers and values, numbers with a decimal
 * comma; the same rows and columns, in the same order, as resultats.csv. `words`: the French
 * words of the coded values.
 */
export function toExcelCsv(rows: Row[], words: ExcelValues): string {
  const lines = [
    columnSpecs.map((c) => excelField('label', c.fr)).join(';'),
    ...rows.map((row) => columnSpecs.map((c) => excelField(c.name, row[c.name], words)).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The licence public bodies use by default in France (décret n° 2017-638): reuse with credit. */
export const openDataLicence = { name: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };
