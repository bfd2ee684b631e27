import { describe, expect, it, vi } from 'vitest';
import { computeIndicators, fillSchoolYears, type ResultsYear } from '../../src/lib/indicators.ts';
import { formatEuros, formatNumber, unbreakable } from '../../src/lib/numbers.ts';
import { columns } from '../../src/data/resultLabels.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import type { Results } from '../../src/data/results.ts';
import type { NewsItem, Story } from '../../src/data/stories.ts';

// The view modules are plain functions of the data; the collections they never read are stubbed,
// since src/data/results.ts (which they take helpers from) imports astro:content.
vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }));
const { changeSentence, resultsOverviewView, resultsYearView, yearFunders } = await import('../../src/data/resultsView.ts');
const { partnersView } = await import('../../src/data/partnersView.ts');
const { openDataView } = await import('../../src/data/openDataView.ts');

type Mobility = ResultsYear['mobilities'][number];
const out = (line: Partial<Mobility>): Mobility => ({ direction: 'outgoing', kind: 'internship', programme: 'erasmus', country: 'IE', learners: 0, staff: 0, days: 0, ...line });
const fund = (institution: string, amount: number) => ({ institution, amount, purpose: 'Bourses', date: new Date('2024-10-01T00:00:00Z') });
const support = (institution: string) => ({ institution, kind: 'letter' as const, title: 'Soutien', date: new Date('2025-01-15T00:00:00Z') });

const institutions = new Map([
  ['commune', { name: 'Commune de Test', class: 'municipality' as const }],
  ['region', { name: 'Région Test', nameEn: 'Test Region', class: 'region' as const, logo: 'logos/region.svg' }],
  ['departement', { name: 'Département Test', class: 'department' as const }],
  ['union', { name: 'Union européenne', nameEn: 'European Union', class: 'eu' as const }],
  ['chambre', { name: 'Chambre Test', class: 'other' as const }],
]);
const reference = {
  institutions,
  programmes: new Map([['erasmus', { name: { fr: 'Erasmus+', en: 'Erasmus+' } }]]),
  tracks: new Map([['cgea', { short: { fr: 'CGEA', en: 'CGEA' }, name: { fr: 'Bac pro CGEA', en: 'Vocational CGEA' } }]]),
  partners: new Map([
    ['ferme', { name: 'Ferme Kelleher', kind: 'farm', country: 'IE', city: 'Cork', lat: 51.9, lon: -8.5 }],
    ['ecole', { name: 'Berufsschule', kind: 'school', country: 'DE', city: 'Kassel', lat: 51.3, lon: 9.5, since: 2019 }],
    ['loin', { name: 'Escuela', kind: 'school', country: 'ES', city: 'León' }],
  ]),
  worries: new Map(),
} as unknown as Results['reference'];

const files: ResultsYear[] = [
  {
    schoolYear: '2023-2024',
    mobilities: [out({ learners: 6, staff: 1, days: 14, partner: 'ferme', track: 'cgea' })],
    funding: [fund('region', 5000)],
    supports: [support('commune')],
  },
  {
    schoolYear: '2024-2025',
    mobilities: [out({ learners: 9, staff: 2, days: 21, partner: 'ferme', track: 'cgea' }), out({ country: 'DE', learners: 4, days: 7, partner: 'ecole' }), out({ staff: 1, days: 5 })],
    // Two lines of the Région's on the same year: its card adds them up.
    funding: [fund('region', 1200), fund('region', 800.5), fund('union', 30000), fund('commune', 300)],
    supports: [support('departement'), support('commune'), support('commune')],
    objectives: { learners: 10 },
  },
];
const classOf = (id: string) => institutions.get(id)!.class;
const results: Results = { files, years: fillSchoolYears(computeIndicators(files, classOf)), reference };

describe('yearFunders', () => {
  const funders = yearFunders(results, '2024-2025', 'fr');

  it('adds up each institution’s funding lines and supports of that year only', () => {
    expect(funders.find((f) => f.id === 'region')).toMatchObject({ amount: 2000.5, supports: 0 });
    expect(funders.find((f) => f.id === 'commune')).toMatchObject({ amount: 300, supports: 2 });
    expect(funders.find((f) => f.id === 'departement')).toMatchObject({ amount: 0, supports: 1 });
  });

  it('lists the territorial classes first (commune … région), then the others', () => {
    expect(funders.map((f) => f.id)).toEqual(['commune', 'departement', 'region', 'union']);
  });

  it('names each institution in the page’s language', () => {
    expect(yearFunders(results, '2024-2025', 'en').find((f) => f.id === 'union')!.name).toBe('European Union');
  });
});

describe('resultsYearView', () => {
  const view = resultsYearView(results, '2024-2025', 'fr');
  const t = useTranslations('fr');

  it('links the year before and leaves out a year after that does not exist', () => {
    expect(view.previous).toEqual({ schoolYear: '2023-2024', href: '/resultats/2023-2024/' });
    expect(view.next).toBeUndefined();
  });

  it('shows the territorial funding out of the total, both computed by lib/indicators', () => {
    const territorial = view.figures.find((f) => f.key === 'fundingTerritorial')!;
    expect(territorial.value).toBe(formatEuros(2300.5, 'fr'));
    expect(territorial.note).toBe(t('results.fig.ofTotal', { total: formatEuros(32300.5, 'fr') }));
    expect(view.figures.find((f) => f.key === 'learnersOutgoing')).toMatchObject({ value: formatNumber(13, 'fr'), lead: true, wide: true });
  });

  it('writes what each funder gave as one line: the amount, then the supports', () => {
    expect(view.funders.find((f) => f.id === 'commune')!.what).toBe(`${formatEuros(300, 'fr')} · ${t('partners.supported', { n: 2 })}`);
    expect(view.funders.find((f) => f.id === 'departement')!.what).toBe(t('partners.supportedOne'));
  });

  it('keeps only the objectives the year set', () => {
    expect(view.objectives.map((o) => o.key)).toEqual(['learners']);
    expect(view.objectives[0]!.objective).toMatchObject({ target: 10, actual: 13, met: true });
  });

  it('labels the lines without a track, and counts supports by class with their total', () => {
    const byTrack = view.breakdowns.find((b) => b.key === 'byTrack')!;
    expect(byTrack.rows.map((row) => row[0])).toEqual(['CGEA', t('results.noTrack')]);
    expect(view.supports.byClass.find((row) => row[0] === t('class.municipality'))![1]).toBe('2');
    expect(view.supports.total).toEqual([t('results.total'), '3']);
    expect(view.fundingLines).toHaveLength(4);
  });

  it('marks the French purposes of funding lines on English pages only', () => {
    expect(view.fundingLines[0]![3]).toEqual({ text: 'Bourses', lang: undefined });
    expect(resultsYearView(results, '2024-2025', 'en').fundingLines[0]![3]).toEqual({ text: 'Bourses', lang: 'fr' });
  });

  it('maps only the partners that hosted someone that year', () => {
    expect(view.hostedPoints.map((p) => [p.id, p.value])).toEqual([['ferme', 9], ['ecole', 4]]);
  });

  it('stops on a year without results, naming it', () => {
    expect(() => resultsYearView(results, '2030-2031', 'fr')).toThrow(/2030-2031/);
  });
});

describe('changeSentence', () => {
  it('says nothing for the first year, and the change since the year before otherwise', () => {
    const [first, second] = results.years;
    expect(changeSentence(first!.change, 'fr')).toBeUndefined();
    expect(changeSentence(second!.change, 'en')).toMatch(/\+7/);
    expect(changeSentence(second!.change, 'en')).toContain(unbreakable('2023-2024'));
  });
});

describe('resultsOverviewView', () => {
  const view = resultsOverviewView(results, 'fr');

  it('leads with the last year that has data, and lists every year newest first', () => {
    expect(view.latest?.schoolYear).toBe('2024-2025');
    expect(view.cards.map((c) => c.schoolYear)).toEqual(['2024-2025', '2023-2024']);
    expect(view.span).toBe('2023-2024 – 2024-2025');
  });

  it('adds up the destinations and the partners’ learners over all the years', () => {
    expect(view.destinations.find((d) => d.key === 'IE')).toMatchObject({ learners: 15, staff: 4 });
    expect(view.points.find((p) => p.id === 'ferme')!.value).toBe(15);
  });

  it('has no latest year when no year has data', () => {
    expect(resultsOverviewView({ ...results, years: [] }, 'fr').latest).toBeUndefined();
  });
});

describe('partnersView', () => {
  const story = (id: string, partner: string, lang: 'fr' | 'en') => ({ id, data: { title: `Récit ${id}`, lang, mobility: { partner } } }) as unknown as Story;
  const item = (id: string, partners: string[]) => ({ id, data: { title: `Brève ${id}`, lang: 'fr', partners } }) as unknown as NewsItem;
  const view = partnersView(results, [story('en-irlande', 'ferme', 'fr'), story('in-kassel', 'ecole', 'en')], [item('visite', ['ferme', 'ecole'])], 'en');
  const t = useTranslations('en');

  it('groups the institutions by class, leaving out the classes nobody is in', () => {
    expect(view.levels.map((l) => l.level)).toEqual(['municipality', 'department', 'region', 'eu', 'other']);
  });

  it('says what each institution gave over all the years, from its first year', () => {
    const region = view.levels.find((l) => l.level === 'region')!.institutions[0]!;
    expect(region.given).toEqual({ funded: t('partners.funded', { amount: formatEuros(7000.5, 'en'), since: unbreakable('2023-2024') }), supported: undefined });
    const commune = view.levels.find((l) => l.level === 'municipality')!.institutions[0]!;
    expect(commune.given?.supported).toBe(t('partners.supported', { n: 3 }));
    expect(view.levels.find((l) => l.level === 'other')!.institutions[0]!.given).toBeUndefined();
  });

  it('sorts the host partners by country name and counts the learners each hosted', () => {
    expect(view.partners.map((p) => p.id)).toEqual(['ecole', 'ferme', 'loin']);
    expect(view.partners.map((p) => p.learners)).toEqual(['4', '15', '0']);
  });

  it('links each partner’s stories and news, marking those in French on an English page', () => {
    const ferme = view.partners.find((p) => p.id === 'ferme')!;
    expect(ferme.stories).toEqual([{ href: '/temoignages/en-irlande/', title: 'Récit en-irlande', hreflang: 'fr', lang: 'fr', languageNote: expect.any(String) }]);
    expect(view.partners.find((p) => p.id === 'ecole')!.stories[0]).toMatchObject({ href: '/en/stories/in-kassel/', languageNote: undefined });
    expect(ferme.news.map((n) => n.href)).toEqual(['/en/news/visite/']);
    expect(view.partners.find((p) => p.id === 'loin')!.news).toEqual([]);
  });
});

describe('openDataView', () => {
  it('explains every column, naming the lines it is filled on', () => {
    const view = openDataView(1234, 'fr');
    const t = useTranslations('fr');
    expect(view.columns).toHaveLength(columns.length);
    const both = columns.findIndex((c) => c.rows === 'funding, support');
    expect(view.columns[both]![1]).toBe(`${t('data.record.funding')}, ${t('data.record.support')}`);
    expect(view.rowCount).toBe(t('data.rows', { n: formatNumber(1234, 'fr') }));
    expect(view.files.csv).toBe('/donnees/resultats.csv');
  });
});
