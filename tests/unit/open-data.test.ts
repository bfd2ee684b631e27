import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumber, formatPercent, formatSigned, formatSignedPercent, unbreakable } from '../../src/lib/numbers.ts';
import { columns, columnSpecs, csvField, openDataRows, toCsv, type Names } from '../../src/lib/openData.ts';
import type { ResultsYear } from '../../src/lib/indicators.ts';

const names: Names = {
  programme: (id) => ({ 'erasmus-plus': 'Erasmus+' })[id] ?? id,
  track: (id) => ({ 'bac-pro-cgea': 'Bac pro CGEA' })[id] ?? id,
  partner: (id) => ({ kelleher: 'Kelleher Family Dairy Farm' })[id] ?? id,
  country: (code) => ({ IE: 'Irlande' })[code] ?? code,
  institution: (id) => ({ name: id === 'region' ? 'Région Centre-Loire' : 'Ville, "la belle"', level: id === 'region' ? 'regional' : 'local' }),
};

const years: ResultsYear[] = [
  {
    schoolYear: '2024-2025',
    mobilities: [{ direction: 'outgoing', kind: 'internship', programme: 'erasmus-plus', country: 'IE', track: 'bac-pro-cgea', partner: 'kelleher', learners: 12, staff: 2, days: 21 }],
    funding: [{ institution: 'region', amount: 15000, purpose: 'Bourses de mobilité, transport', date: new Date('2024-10-01T00:00:00Z') }],
    supports: [{ institution: 'commune', kind: 'letter', title: 'Lettre du maire\nau lycée', date: new Date('2025-01-15T00:00:00Z') }],
  },
  { schoolYear: '2023-2024', mobilities: [{ direction: 'incoming', kind: 'study', programme: 'erasmus-plus', country: 'IE', learners: 5, staff: 0, days: 7 }], funding: [], supports: [] },
];

describe('open data rows', () => {
  const rows = openDataRows(years, names);

  it('has one row per mobility, funding and support line, oldest year first', () => {
    expect(rows.map((r) => [r.school_year, r.record_type])).toEqual([
      ['2023-2024', 'mobility'],
      ['2024-2025', 'mobility'],
      ['2024-2025', 'funding'],
      ['2024-2025', 'support'],
    ]);
  });

  it('fills the columns of each kind of row, and leaves the others empty', () => {
    expect(rows[1]).toMatchObject({ direction: 'outgoing', country: 'IE', country_name: 'Irlande', track_name: 'Bac pro CGEA', partner_name: 'Kelleher Family Dairy Farm', learners: 12, staff: 2, days: 21, participant_days: 294, amount_eur: null, institution: null });
    expect(rows[0]).toMatchObject({ track: null, partner: null, participant_days: 35 });
    expect(rows[2]).toMatchObject({ institution: 'region', level: 'regional', amount_eur: 15000, date: '2024-10-01', learners: null, support_kind: null });
    expect(rows[3]).toMatchObject({ institution: 'commune', level: 'local', support_kind: 'letter', amount_eur: null, date: '2025-01-15' });
    for (const row of rows) expect(Object.keys(row)).toEqual(columnSpecs.map((c) => c.name));
  });

  it('documents every column in French and English', () => {
    for (const column of columns) {
      expect(column.description.fr.length, column.name).toBeGreaterThan(10);
      expect(column.description.en.length, column.name).toBeGreaterThan(10);
    }
  });
});

describe('CSV', () => {
  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('simple')).toBe('simple');
    expect(csvField(15000)).toBe('15000');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('Ville, "la belle"')).toBe('"Ville, ""la belle"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
  });

  it('has a header row, CRLF line ends and one line per row', () => {
    const csv = toCsv(openDataRows(years, names));
    expect(csv.startsWith('school_year,record_type,direction,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    // Five records; the support title holds a line break inside its quotes.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(csv).toContain('"Bourses de mobilité, transport"');
    expect(csv).toContain('"Ville, ""la belle"""');
    expect(csv).toContain('"Lettre du maire\nau lycée"');
  });
});

describe('French and English numbers', () => {
  it('writes numbers, euros and percentages the French way', () => {
    expect(formatNumber(1250, 'fr')).toBe('1\u202f250');
    expect(formatEuros(15000, 'fr')).toBe('15\u202f000\u00a0€');
    expect(formatEuros(1234.5, 'fr')).toBe('1\u202f234,50\u00a0€');
    expect(formatPercent(33.3, 'fr')).toBe('33,3\u00a0%');
    expect(formatSigned(-3, 'fr')).toBe('−3');
    expect(formatSigned(12, 'fr')).toBe('+12');
    expect(formatSignedPercent(25, 'fr')).toBe('+25\u00a0%');
  });

  it('and the English way', () => {
    expect(formatNumber(1250, 'en')).toBe('1,250');
    expect(formatEuros(15000, 'en')).toBe('€15,000');
    expect(formatSignedPercent(-12.5, 'en')).toBe('−12.5%');
  });

  it('keeps a school year on one line inside a sentence', () => {
    expect(unbreakable('2024-2025')).toBe('2024\u20112025');
  });
});

describe('docs/open-data.md', () => {
  it('documents exactly the columns of the files, in order', () => {
    const doc = readFileSync('docs/open-data.md', 'utf8');
    const section = doc.slice(doc.indexOf('## Columns'));
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(columnSpecs.map((c) => c.name));
  });
});
