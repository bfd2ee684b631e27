import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumber, formatPercent, formatSigned, formatSignedPercent, unbreakable } from '../../src/lib/numbers.ts';
import { columns, excelValues } from '../../src/data/resultLabels.ts';
import { columnSpecs, csvField, excelField, openDataRows, toCsv, toExcelCsv, type Names } from '../../src/lib/openData.ts';
import type { ResultsYear } from '../../src/lib/indicators.ts';

const names: Names = {
  programme: (id) => ({ 'erasmus-plus': 'Erasmus+' })[id] ?? id,
  track: (id) => ({ 'bac-pro-cgea': 'Bac pro CGEA' })[id] ?? id,
  partner: (id) => ({ kelleher: 'Kelleher Family Dairy Farm' })[id] ?? id,
  country: (code) => ({ IE: 'Irlande' })[code] ?? code,
  institution: (id) =>
    ({
      region: { name: 'Région Centre-Loire', class: 'region' as const },
      ue: { name: 'Union européenne', class: 'eu' as const },
      agence: { name: 'Agence Erasmus+ France / Éducation Formation', class: 'eu' as const },
    })[id] ?? { name: 'Ville; "la belle", à l’ouest', class: 'municipality' as const },
};

const years: ResultsYear[] = [
  {
    schoolYear: '2024-2025',
    mobilities: [{ direction: 'outgoing', kind: 'internship', programme: 'erasmus-plus', country: 'IE', track: 'bac-pro-cgea', partner: 'kelleher', learners: 12, staff: 2, days: 21 }],
    funding: [
      { institution: 'region', amount: 15000, purpose: 'Bourses de mobilité, transport', date: new Date('2024-10-01T00:00:00Z') },
      { institution: 'ue', payer: 'agence', amount: 42000.5, purpose: 'Accréditation Erasmus+ ; stages', date: new Date('2024-09-30T00:00:00Z') },
    ],
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
      ['2024-2025', 'funding'],
      ['2024-2025', 'support'],
    ]);
  });

  it('fills the columns of each kind of row, and leaves the others empty', () => {
    expect(rows[1]).toMatchObject({ direction: 'outgoing', country: 'IE', country_name: 'Irlande', track_name: 'Bac pro CGEA', partner_name: 'Kelleher Family Dairy Farm', learners: 12, staff: 2, days: 21, participant_days: 294, amount_eur: null, institution: null });
    expect(rows[0]).toMatchObject({ track: null, partner: null, participant_days: 35 });
    expect(rows[2]).toMatchObject({ institution: 'region', funder_class: 'region', territorial: 'yes', payer: null, amount_eur: 15000, date: '2024-10-01', learners: null, support_kind: null });
    // EU money paid out by the national agency: European, the payer beside it.
    expect(rows[3]).toMatchObject({ institution: 'ue', funder_class: 'eu', territorial: 'no', payer: 'agence', payer_name: 'Agence Erasmus+ France / Éducation Formation', amount_eur: 42000.5 });
    expect(rows[4]).toMatchObject({ institution: 'commune', funder_class: 'municipality', territorial: 'yes', support_kind: 'letter', amount_eur: null, payer: null, date: '2025-01-15' });
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
    // Six records; the support title holds a line break inside its quotes.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(csv).toContain('"Bourses de mobilité, transport"');
    expect(csv).toContain('"Ville; ""la belle"", à l’ouest"');
    expect(csv).toContain('"Lettre du maire\nau lycée"');
  });
});

/**
 * Reads a CSV as a spreadsheet does (RFC 4180 quoting, any separator): records of fields. Kept
 * small and strict on purpose: a quote inside an unquoted field, or an unclosed quote, throws.
 */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      const end = (() => {
        let j = i + 1;
        for (;;) {
          const quote = text.indexOf('"', j);
          if (quote < 0) throw new Error(`guillemet non fermé à l’octet ${i}`);
          if (text[quote + 1] === '"') j = quote + 2;
          else return quote;
        }
      })();
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (i < text.length && text[i] !== separator && text[i] !== '\r') throw new Error(`texte après un champ entre guillemets à ${i}`);
      continue;
    }
    if (text[i] === separator) {
      record.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`caractère ${JSON.stringify(text[i])} hors guillemets à ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('dernière ligne sans CRLF');
  return records;
}

describe('CSV for French Excel (resultats-excel.csv)', () => {
  const rows = openDataRows(years, names);
  const bytes = Buffer.from(toExcelCsv(rows, excelValues), 'utf8');

  it('starts with the UTF-8 byte-order mark, so Excel reads UTF-8 and not Windows-1252', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Valid UTF-8 throughout: a strict decoder accepts it, and the accents are UTF-8 sequences.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    expect(text).toContain('Année scolaire');
    expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(true); // é
    expect(bytes.includes(Buffer.from([0xe9]))).toBe(false); // é in Windows-1252 would be a lone 0xE9
  });

  it('is separated by semicolons, with CRLF line ends and the same rows and columns as resultats.csv', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops the BOM
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    expect(/(?<!\r)\n/.test(text.replace(/"(?:[^"]|"")*"/g, '""'))).toBe(false);
    const records = parseCsv(text, ';');
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(columnSpecs.length);
    const machine = parseCsv(toCsv(rows), ',');
    expect(records.length).toBe(machine.length);
  });

  it('has French headers, French values for codes, and decimal commas', () => {
    const records = parseCsv(new TextDecoder('utf-8').decode(bytes), ';');
    const [header] = records;
    expect(header.slice(0, 4)).toEqual(['Année scolaire', 'Type de ligne', 'Sens', 'Type de séjour']);
    expect(header).toContain('Qui décide');
    expect(header).toContain('Versé par');
    const at = (record: string[], name: string) => record[columnSpecs.findIndex((c) => c.name === name)];
    const eu = records.find((r) => at(r, 'institution') === 'ue')!;
    expect(at(eu, 'record_type')).toBe('financement');
    expect(at(eu, 'funder_class')).toBe('Union européenne');
    expect(at(eu, 'territorial')).toBe('non');
    expect(at(eu, 'payer_name')).toBe('Agence Erasmus+ France / Éducation Formation');
    expect(at(eu, 'amount_eur')).toBe('42000,5');
    expect(at(eu, 'label')).toBe('Accréditation Erasmus+ ; stages');
    const support = records.find((r) => at(r, 'record_type') === 'soutien')!;
    expect(at(support, 'institution_name')).toBe('Ville; "la belle", à l’ouest');
    expect(at(support, 'label')).toBe('Lettre du maire\nau lycée');
    expect(at(support, 'support_kind')).toBe('Lettre de soutien');
    expect(at(records.find((r) => at(r, 'record_type') === 'mobilité' && at(r, 'direction') === 'départ')!, 'mobility_kind')).toBe('Stage');
  });

  it('quotes a field holding a semicolon, a double quote or a line break, and only those', () => {
    expect(excelField('label', 'a, b')).toBe('a, b');
    expect(excelField('label', 'a; b')).toBe('"a; b"');
    expect(excelField('label', 'dit "oui"')).toBe('"dit ""oui"""');
    expect(excelField('label', 'deux\r\nlignes')).toBe('"deux\r\nlignes"');
    expect(excelField('amount_eur', 1234.5)).toBe('1234,5');
    expect(excelField('amount_eur', null)).toBe('');
    // Text that Excel would run as a formula stays text; numbers stay numbers.
    expect(excelField('label', '=HYPERLINK("https://example.org")')).toBe(`"'=HYPERLINK(""https://example.org"")"`);
    expect(excelField('label', '+33 1 02')).toBe("'+33 1 02");
    expect(excelField('label', '@SUM(A1)')).toBe("'@SUM(A1)");
    expect(excelField('amount_eur', -12.5)).toBe('-12,5');
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
