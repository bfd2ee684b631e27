import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  figureKeys,
  fillSchoolYears,
  institutionTotals,
  mergeBreakdowns,
  NO_TRACK,
  schoolYearsBetween,
  type ResultsYear,
} from '../../src/lib/indicators.ts';
import { definitions } from '../../src/data/resultLabels.ts';
import { readKnownIds } from '../../src/lib/contentDir.ts';
import type { FunderClass } from '../../src/schemas/funderClasses.ts';
import { resultsSchema } from '../../src/schemas/results.ts';

type Mobility = ResultsYear['mobilities'][number];
type Funding = ResultsYear['funding'][number];
type Support = ResultsYear['supports'][number];

const levels: Record<string, FunderClass> = {
  commune: 'municipality',
  'communaute-communes': 'intercommunality',
  departement: 'department',
  region: 'region',
  draaf: 'state',
  'agence-erasmus': 'eu',
  'union-europeenne': 'eu',
  ofaj: 'international',
  chambre: 'other',
};
const levelOf = (id: string): FunderClass => {
  const level = levels[id];
  if (!level) throw new Error(`unknown institution ${id}`);
  return level;
};

const out = (line: Partial<Mobility>): Mobility => ({
  direction: 'outgoing',
  kind: 'internship',
  programme: 'erasmus-plus',
  country: 'IE',
  learners: 0,
  staff: 0,
  days: 0,
  ...line,
});
const fund = (institution: string, amount: number): Funding => ({ institution, amount, purpose: 'Bourses', date: new Date('2024-10-01T00:00:00Z') });
const support = (institution: string, kind: Support['kind'] = 'letter'): Support => ({ institution, kind, title: 'Soutien', date: new Date('2025-01-15T00:00:00Z') });
const year = (schoolYear: string, parts: Partial<ResultsYear> = {}): ResultsYear => ({ schoolYear, mobilities: [], funding: [], supports: [], ...parts });

describe('computeIndicators on synthetic years', () => {
  const years = computeIndicators(
    [
      year('2024-2025', {
        mobilities: [
          out({ country: 'IE', track: 'bac-pro-cgea', partner: 'kelleher', learners: 10, staff: 2, days: 21 }),
          out({ country: 'DE', kind: 'group-trip', programme: 'ofaj', track: 'bac-techno-stav', learners: 14, staff: 3, days: 8 }),
          out({ country: 'IE', kind: 'job-shadowing', staff: 1, days: 5 }),
          out({ direction: 'incoming', country: 'DE', programme: 'ofaj', learners: 12, staff: 2, days: 7 }),
        ],
        funding: [fund('region', 15000), fund('commune', 1500), { ...fund('union-europeenne', 42000.5), payer: 'agence-erasmus' }, fund('draaf', 0)],
        supports: [support('departement'), support('region', 'label'), support('region', 'visit')],
        objectives: { learners: 20, funding: 60000, supports: 3 },
      }),
      year('2022-2023', { mobilities: [out({ country: 'ES', learners: 16, staff: 2, days: 14 })] }),
    ],
    levelOf,
  );
  const [first, second] = years;

  it('sorts the years oldest first', () => {
    expect(years.map((y) => y.schoolYear)).toEqual(['2022-2023', '2024-2025']);
  });

  it('counts learners and staff each way', () => {
    expect(second).toMatchObject({ hasData: true, learnersOutgoing: 24, staffOutgoing: 6, learnersIncoming: 12, staffIncoming: 2 });
  });

  it('counts destination countries of outgoing lines only, and sorts them by learners', () => {
    expect(second.countries).toBe(2);
    expect(second.byCountry).toEqual([
      { key: 'DE', learners: 14, staff: 3, participantDays: 136 },
      { key: 'IE', learners: 10, staff: 3, participantDays: 257 },
    ]);
    expect(second.incomingByCountry).toEqual([{ key: 'DE', learners: 12, staff: 2, participantDays: 98 }]);
  });

  it('breaks departures down by programme, track, kind and partner', () => {
    expect(second.byProgramme).toEqual([
      { key: 'ofaj', learners: 14, staff: 3, participantDays: 136 },
      { key: 'erasmus-plus', learners: 10, staff: 3, participantDays: 257 },
    ]);
    expect(second.byTrack).toEqual([
      { key: 'bac-techno-stav', learners: 14, staff: 3, participantDays: 136 },
      { key: 'bac-pro-cgea', learners: 10, staff: 2, participantDays: 252 },
      { key: NO_TRACK, learners: 0, staff: 1, participantDays: 5 },
    ]);
    expect(second.byKind.map((k) => [k.key, k.learners, k.staff])).toEqual([
      ['group-trip', 14, 3],
      ['internship', 10, 2],
      ['job-shadowing', 0, 1],
    ]);
    expect(second.byPartner).toEqual([{ key: 'kelleher', learners: 10, staff: 2, participantDays: 252 }]);
  });

  it('adds up participant days on outgoing lines: 12×21 + 17×8 + 1×5', () => {
    expect(second.participantDays).toBe(252 + 136 + 5);
  });

  it('totals funding and supports by who decides them (the EU, not its payer), and the territorial ones', () => {
    expect(second.funding.total).toBe(58500.5);
    expect(second.funding.byClass).toEqual({ municipality: 1500, intercommunality: 0, department: 0, region: 15000, state: 0, eu: 42000.5, international: 0, other: 0 });
    expect(second.funding.territorial).toBe(16500);
    expect(second.supports.total).toBe(3);
    expect(second.supports.byClass).toEqual({ municipality: 0, intercommunality: 0, department: 1, region: 2, state: 0, eu: 0, international: 0, other: 0 });
    expect(second.supports.territorial).toBe(3);
    expect(second.supports.byKind).toEqual({ letter: 1, label: 1, agreement: 0, award: 0, visit: 1, other: 0 });
  });

  it('compares learners abroad with the previous year present, even two years back', () => {
    expect(first.change).toEqual({ learners: null, percent: null, since: null });
    expect(second.change).toEqual({ learners: 8, percent: 50, since: '2022-2023' });
  });

  it('measures each objective: met, missed, met exactly', () => {
    expect(second.objectives.learners).toEqual({ target: 20, actual: 24, ratio: 1.2, met: true });
    expect(second.objectives.funding).toEqual({ target: 60000, actual: 58500.5, ratio: 58500.5 / 60000, met: false });
    expect(second.objectives.supports).toEqual({ target: 3, actual: 3, ratio: 1, met: true });
  });

  it('has no objectives where the file sets none', () => {
    expect(first.objectives).toEqual({});
  });
});

describe('edge cases', () => {
  it('an empty year has no data and no change, and does not become the comparison point', () => {
    const [a, empty, c] = computeIndicators(
      [year('2022-2023', { mobilities: [out({ learners: 10, days: 5 })] }), year('2023-2024'), year('2024-2025', { mobilities: [out({ learners: 15, days: 5 })] })],
      levelOf,
    );
    expect(a.hasData).toBe(true);
    expect(empty).toMatchObject({ hasData: false, learnersOutgoing: 0, countries: 0, participantDays: 0, byCountry: [], change: { learners: null, percent: null } });
    expect(empty.funding.total).toBe(0);
    expect(c.change).toEqual({ learners: 5, percent: 50, since: '2022-2023' });
  });

  it('a year with only incoming learners: no departure, no destination, a change of minus everything', () => {
    const [before, onlyIncoming] = computeIndicators(
      [year('2023-2024', { mobilities: [out({ learners: 8, days: 10 })] }), year('2024-2025', { mobilities: [out({ direction: 'incoming', country: 'IE', learners: 9, days: 14 })] })],
      levelOf,
    );
    expect(before.learnersOutgoing).toBe(8);
    expect(onlyIncoming).toMatchObject({ hasData: true, learnersOutgoing: 0, staffOutgoing: 0, learnersIncoming: 9, countries: 0, participantDays: 0, byCountry: [], byProgramme: [] });
    expect(onlyIncoming.incomingByCountry).toEqual([{ key: 'IE', learners: 9, staff: 0, participantDays: 126 }]);
    expect(onlyIncoming.change).toEqual({ learners: -8, percent: -100, since: '2023-2024' });
  });

  it('has a change in number but no percentage after a year with no departure', () => {
    const [, after] = computeIndicators(
      [year('2023-2024', { mobilities: [out({ direction: 'incoming', learners: 4, days: 5 })] }), year('2024-2025', { mobilities: [out({ learners: 6, days: 5 })] })],
      levelOf,
    );
    expect(after.change).toEqual({ learners: 6, percent: null, since: '2023-2024' });
  });

  it('rounds the percentage change to one decimal', () => {
    const [, after] = computeIndicators(
      [year('2023-2024', { mobilities: [out({ learners: 3, days: 5 })] }), year('2024-2025', { mobilities: [out({ learners: 4, days: 5 })] })],
      levelOf,
    );
    expect(after.change.percent).toBe(33.3);
  });

  it('objectives: missed with nothing done, a zero target counts as met, absent ones stay absent', () => {
    const [y] = computeIndicators([year('2024-2025', { supports: [support('region')], objectives: { learners: 30, supports: 0 } })], levelOf);
    expect(y.objectives.learners).toEqual({ target: 30, actual: 0, ratio: 0, met: false });
    expect(y.objectives.supports).toEqual({ target: 0, actual: 1, ratio: 1, met: true });
    expect(y.objectives.funding).toBeUndefined();
    expect('funding' in y.objectives).toBe(false);
  });

  it('refuses two files for the same school year', () => {
    expect(() => computeIndicators([year('2024-2025'), year('2024-2025')], levelOf)).toThrow(/2024-2025/);
  });

  it('no file at all gives no year', () => {
    expect(computeIndicators([], levelOf)).toEqual([]);
    expect(fillSchoolYears([])).toEqual([]);
  });
});

describe('school years', () => {
  it('lists every year between two, both included', () => {
    expect(schoolYearsBetween('2021-2022', '2024-2025')).toEqual(['2021-2022', '2022-2023', '2023-2024', '2024-2025']);
    expect(schoolYearsBetween('2024-2025', '2024-2025')).toEqual(['2024-2025']);
  });

  it('fills the gaps from the first year with data to the last, so a missing year says "no data"', () => {
    const filled = fillSchoolYears(
      computeIndicators(
        [year('2020-2021'), year('2021-2022', { mobilities: [out({ learners: 5, days: 5 })] }), year('2024-2025', { funding: [fund('region', 100)] }), year('2025-2026')],
        levelOf,
      ),
    );
    expect(filled.map((y) => [y.schoolYear, y.hasData])).toEqual([
      ['2021-2022', true],
      ['2022-2023', false],
      ['2023-2024', false],
      ['2024-2025', true],
      ['2025-2026', false],
    ]);
    expect(filled[1].learnersOutgoing).toBe(0);
  });
});

describe('definitions', () => {
  it('gives every figure a French and an English sentence', () => {
    for (const key of figureKeys) {
      expect(definitions[key].fr, key).toMatch(/\.$/);
      expect(definitions[key].en, key).toMatch(/\.$/);
      expect(definitions[key].fr).not.toBe(definitions[key].en);
    }
  });
});

describe('mergeBreakdowns', () => {
  it('adds the rows of several years and sorts them again', () => {
    expect(
      mergeBreakdowns([
        [{ key: 'IE', learners: 5, staff: 1, participantDays: 60 }],
        [
          { key: 'DE', learners: 4, staff: 0, participantDays: 20 },
          { key: 'IE', learners: 0, staff: 1, participantDays: 5 },
        ],
        [{ key: 'DE', learners: 3, staff: 0, participantDays: 9 }],
      ]),
    ).toEqual([
      { key: 'DE', learners: 7, staff: 0, participantDays: 29 },
      { key: 'IE', learners: 5, staff: 2, participantDays: 65 },
    ]);
  });
});

describe('institutionTotals', () => {
  it('adds up what each institution gave, and since when', () => {
    const totals = institutionTotals([
      year('2024-2025', { funding: [fund('region', 15000), fund('region', 500)], supports: [support('commune')] }),
      year('2023-2024', { funding: [fund('region', 1000)] }),
    ]);
    expect(Object.fromEntries(totals)).toEqual({
      region: { funding: 16500, supports: 0, since: '2023-2024' },
      commune: { funding: 0, supports: 1, since: '2024-2025' },
    });
  });
});

describe('the sample data in content/results/ (figures computed by hand from the files)', () => {
  const dir = path.resolve('content/results');
  const schema = resultsSchema(readKnownIds());
  const files = readdirSync(dir)
    .filter((name) => /^[^_].*\.ya?ml$/.test(name))
    .map((name) => schema.parse(parse(readFileSync(path.join(dir, name), 'utf8'))));
  const institutions = parse(readFileSync('content/institutions.yaml', 'utf8')) as { id: string; class: FunderClass }[];
  const sampleLevel = (id: string) => institutions.find((i) => i.id === id)!.class;
  const years = fillSchoolYears(computeIndicators(files, sampleLevel));
  const get = (schoolYear: string) => years.find((y) => y.schoolYear === schoolYear)!;

  it('has four school years, each with data', () => {
    expect(years.map((y) => [y.schoolYear, y.hasData])).toEqual([
      ['2022-2023', true],
      ['2023-2024', true],
      ['2024-2025', true],
      ['2025-2026', true],
    ]);
  });

  it('2024-2025: people each way, countries, participant days', () => {
    const y = get('2024-2025');
    // Outgoing learners 6+5+4+12+3+5+3+3+0, staff 1+0+1+3+0+1+0+0+1; incoming 3+12+5 and 0+2+4.
    expect(y).toMatchObject({ learnersOutgoing: 41, staffOutgoing: 7, learnersIncoming: 20, staffIncoming: 6, countries: 8 });
    // 7×19 + 5×40 + 5×26 + 15×7 + 3×26 + 6×19 + 3×40 + 3×26 + 1×5
    expect(y.participantDays).toBe(963);
  });

  it('2024-2025: change from 2023-2024 (27 learners abroad): +14, +51.9 %', () => {
    expect(get('2024-2025').change).toEqual({ learners: 14, percent: 51.9, since: '2023-2024' });
  });

  it('2024-2025: destinations, programmes, tracks and kinds of stay', () => {
    const y = get('2024-2025');
    expect(y.byCountry.map((r) => [r.key, r.learners, r.staff, r.participantDays])).toEqual([
      ['PL', 12, 3, 105],
      ['IE', 11, 1, 333],
      ['ES', 5, 1, 114],
      ['FI', 4, 1, 130],
      ['CA', 3, 0, 120],
      ['DE', 3, 0, 78],
      ['IT', 3, 0, 78],
      ['DK', 0, 1, 5],
    ]);
    expect(y.byProgramme.map((r) => [r.key, r.learners, r.staff, r.participantDays])).toEqual([
      ['erasmus-plus', 35, 7, 765],
      ['ofaj', 3, 0, 78],
      ['region-mobilite', 3, 0, 120],
    ]);
    expect(y.byTrack.map((r) => [r.key, r.learners, r.staff])).toEqual([
      ['bac-pro-sapat', 16, 4],
      ['bac-pro-cgea', 9, 1],
      ['bts-productions-animales', 8, 0],
      ['bac-pro-amenagements-paysagers', 5, 1],
      ['bts-acse', 3, 0],
      [NO_TRACK, 0, 1],
    ]);
    expect(y.byKind.map((r) => [r.key, r.learners, r.staff, r.participantDays])).toEqual([
      ['internship', 29, 3, 853],
      ['group-trip', 12, 3, 105],
      ['job-shadowing', 0, 1, 5],
    ]);
    expect(y.incomingByCountry.map((r) => [r.key, r.learners, r.staff])).toEqual([
      ['DE', 12, 2],
      ['FI', 5, 4],
      ['IE', 3, 0],
    ]);
  });

  it('2024-2025: funding and supports by who decides them, and by kind', () => {
    const y = get('2024-2025');
    expect(y.funding.total).toBe(82600);
    // Erasmus+ (58 000 € paid out by the national agency) is European; the DRAAF's 4 000 € are the State's.
    expect(y.funding.byClass).toEqual({ municipality: 1000, intercommunality: 1000, department: 3000, region: 10000, state: 4000, eu: 58000, international: 5600, other: 0 });
    expect(y.funding.territorial).toBe(15000);
    expect(y.supports.total).toBe(5);
    // The DRAAF's visit is the State's, the chambre d'agriculture's agreement another body's.
    expect(y.supports.byClass).toEqual({ municipality: 1, intercommunality: 0, department: 1, region: 1, state: 1, eu: 0, international: 0, other: 1 });
    expect(y.supports.territorial).toBe(3);
    expect(y.supports.byKind).toEqual({ letter: 1, label: 1, agreement: 1, award: 0, visit: 2, other: 0 });
  });

  it('2025-2026: the EU grant counts as European, the DRAAF as the State, the Région alone as regional', () => {
    const y = get('2025-2026');
    expect(y.funding.byClass).toEqual({ municipality: 1200, intercommunality: 1200, department: 3500, region: 12000, state: 4500, eu: 71000, international: 6400, other: 0 });
    expect(y.funding.territorial).toBe(17900);
    expect(y.funding.total).toBe(99800);
    expect(y.supports.territorial).toBe(3);
  });

  it('objectives: all met in 2024-2025, all missed in 2023-2024, absent in 2022-2023, one met exactly in 2025-2026', () => {
    const met = get('2024-2025').objectives;
    expect(met.learners).toEqual({ target: 40, actual: 41, ratio: 1.025, met: true });
    expect(met.funding).toMatchObject({ target: 75000, actual: 82600, met: true });
    expect(met.funding!.ratio).toBeCloseTo(1.1013, 4);
    expect(met.supports).toEqual({ target: 4, actual: 5, ratio: 1.25, met: true });

    const missed = get('2023-2024').objectives;
    expect(missed.learners).toEqual({ target: 30, actual: 27, ratio: 0.9, met: false });
    expect(missed.funding).toMatchObject({ target: 70000, actual: 62100, met: false });
    expect(missed.supports).toEqual({ target: 4, actual: 3, ratio: 0.75, met: false });

    expect(get('2022-2023').objectives).toEqual({});
    expect(get('2025-2026').objectives.supports).toEqual({ target: 5, actual: 5, ratio: 1, met: true });
  });

  it('the other years: learners abroad, change, funding, supports', () => {
    expect(years.map((y) => [y.schoolYear, y.learnersOutgoing, y.change.learners, y.change.percent, y.funding.total, y.supports.total])).toEqual([
      ['2022-2023', 18, null, null, 46200, 2],
      ['2023-2024', 27, 9, 50, 62100, 3],
      ['2024-2025', 41, 14, 51.9, 82600, 5],
      ['2025-2026', 52, 11, 26.8, 99800, 5],
    ]);
    expect(get('2022-2023')).toMatchObject({ staffOutgoing: 5, learnersIncoming: 12, staffIncoming: 2, countries: 6 });
    expect(get('2023-2024')).toMatchObject({ staffOutgoing: 6, learnersIncoming: 5, countries: 5, participantDays: 574 });
    expect(get('2025-2026')).toMatchObject({ staffOutgoing: 10, learnersIncoming: 17, staffIncoming: 2 });
  });
});
