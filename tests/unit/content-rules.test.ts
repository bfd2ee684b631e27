import { describe, expect, it } from 'vitest';
import { formatError, validateContent } from '../../src/lib/validation.ts';
import { copyFixture, edit } from './helpers.ts';

const STORY = 'testimonies/lea-irlande/index.mdx';
const STORY_FILE = 'content/testimonies/lea-irlande/index.mdx';
const today = new Date('2026-11-28T00:00:00Z');

async function check(mutate?: (root: string) => void) {
  const root = copyFixture();
  mutate?.(root);
  const report = await validateContent({ root, today });
  return { report, messages: report.errors.map(formatError) };
}

/** Asserts exactly one error, on `file` and `field`, whose printed message contains each of `words`. */
function expectOneError(result: Awaited<ReturnType<typeof check>>, file: string, field: string, words: string[]) {
  expect(result.messages).toHaveLength(1);
  const [error] = result.report.errors;
  expect(error.file).toBe(file);
  expect(error.field).toBe(field);
  const printed = result.messages[0];
  expect(printed).toContain(file);
  expect(printed).toContain(`champ « ${field} »`);
  for (const word of words) expect(printed).toContain(word);
}

describe('the fixture content', () => {
  it('is valid: every rule below starts from a good input', async () => {
    const { report } = await check();
    expect(report.errors).toEqual([]);
    expect(report.checkedFiles).toBeGreaterThanOrEqual(10);
    expect(report.notices).toEqual([]);
  });
});

describe('rules that protect people', () => {
  it("refuses a minor's story without parental consent", async () => {
    const result = await check((root) => edit(root, STORY, 'parental: true', 'parental: false'));
    expectOneError(result, STORY_FILE, 'consent.parental', ['mineur', 'parental: true']);
  });

  it("refuses a minor's story where parental consent is missing altogether", async () => {
    const result = await check((root) => edit(root, STORY, /\n  parental: true/, ''));
    expectOneError(result, STORY_FILE, 'consent.parental', ['mineur']);
  });

  it('accepts an adult story without parental consent', async () => {
    const result = await check((root) => {
      edit(root, STORY, 'minor: true', 'minor: false');
      edit(root, STORY, /\n  parental: true/, '');
    });
    expect(result.messages).toEqual([]);
  });

  it('refuses a story without publication consent', async () => {
    const result = await check((root) => edit(root, STORY, 'publication: true', 'publication: false'));
    expectOneError(result, STORY_FILE, 'consent.publication', ["n'est pas autorisée"]);
  });

  it('lets a draft wait for its publication consent, and leaves it out', async () => {
    const { report } = await check((root) => {
      edit(root, STORY, 'publication: true', 'publication: false');
      edit(root, STORY, 'draft: false', 'draft: true');
    });
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([`${STORY_FILE} : non publié, consent.publication vaut false.`]);
  });

  it('refuses a photo of someone who refused image consent, unless it does not show them', async () => {
    const refused = await check((root) => edit(root, STORY, 'image: true', 'image: false'));
    expectOneError(refused, STORY_FILE, 'cover', ['consent.image', 'coverShowsAuthor: false']);
    const landscape = await check((root) => {
      edit(root, STORY, 'image: true', 'image: false');
      edit(root, STORY, 'featured: true', 'featured: true\ncoverShowsAuthor: false');
    });
    expect(landscape.messages).toEqual([]);
  });

  it('leaves out a story whose consent has expired, and says which one and why', async () => {
    const { report } = await check((root) => edit(root, STORY, 'expires: 2030-06-30', 'expires: 2026-06-30'));
    expect(report.errors).toEqual([]);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toContain(STORY_FILE);
    expect(report.notices[0]).toContain('expiré le 2026-06-30');
  });

  it('shows only the first name when consent.name is first-name', async () => {
    const result = await check((root) => edit(root, STORY, 'name: "Léa"', 'name: "Léa Martin"'));
    expectOneError(result, STORY_FILE, 'author.name', ['prénom', 'Léa Martin']);
  });
});

describe('rules on fields', () => {
  it('asks for coverAlt when there is a cover', async () => {
    const result = await check((root) => edit(root, STORY, /\ncoverAlt: .*/, ''));
    expectOneError(result, STORY_FILE, 'coverAlt', ['cover', 'coverAlt']);
  });

  it('refuses a date written 12/03/2025, saying the format expected', async () => {
    const result = await check((root) => edit(root, STORY, 'start: 2025-03-03', 'start: 12/03/2025'));
    expectOneError(result, STORY_FILE, 'mobility.start', ['AAAA-MM-JJ', '12/03/2025']);
  });

  it('accepts a quoted ISO date', async () => {
    const result = await check((root) => edit(root, STORY, 'start: 2025-03-03', 'start: "2025-03-03"'));
    expect(result.messages).toEqual([]);
  });

  it('refuses a country written as a name, and gives its code', async () => {
    const result = await check((root) => edit(root, STORY, 'country: IE', 'country: Irlande'));
    expectOneError(result, STORY_FILE, 'mobility.country', ['ISO', 'Irlande', 'écrivez IE']);
  });

  it('refuses an unknown programme id, listing the known ids', async () => {
    const result = await check((root) => edit(root, STORY, 'programme: erasmus-plus', 'programme: erasmus'));
    expectOneError(result, STORY_FILE, 'mobility.programme', ['« erasmus » inconnu', 'content/programmes.yaml', 'erasmus-plus, ofaj']);
  });

  it('refuses an unknown track, worry and partner, each with its list', async () => {
    const track = await check((root) => edit(root, STORY, 'track: bac-pro-cgea', 'track: bac-pro-cgae'));
    expectOneError(track, STORY_FILE, 'author.track', ['bac-pro-cgea, bts-acse']);
    const worry = await check((root) => edit(root, STORY, 'worries: [language, homesickness]', 'worries: [language, money]'));
    expectOneError(worry, STORY_FILE, 'worries[1]', ['« money » inconnu', 'language, homesickness']);
    const partner = await check((root) => edit(root, STORY, 'partner: teagasc-athenry', 'partner: athenry'));
    expectOneError(partner, STORY_FILE, 'mobility.partner', ['teagasc-athenry']);
  });

  it('refuses an end of stay before its start', async () => {
    const result = await check((root) => edit(root, STORY, 'end: 2025-03-21', 'end: 2025-02-21'));
    expectOneError(result, STORY_FILE, 'mobility.end', ['2025-02-21', 'avant', '2025-03-03']);
  });

  it('refuses a summary over 200 characters, saying how long it is', async () => {
    const long = 'Léa raconte. '.repeat(16).trim();
    expect(long.length).toBeGreaterThan(200);
    const result = await check((root) => edit(root, STORY, /summary: ".*"/, `summary: "${long}"`));
    expectOneError(result, STORY_FILE, 'summary', ['200 caractères au plus', `il en a ${long.length}`]);
  });

  it('accepts a summary of exactly 200 characters', async () => {
    const result = await check((root) => edit(root, STORY, /summary: ".*"/, `summary: "${'a'.repeat(200)}"`));
    expect(result.messages).toEqual([]);
  });

  it('names a misspelt field instead of ignoring it', async () => {
    const result = await check((root) => edit(root, STORY, 'summary:', 'sumary:'));
    const fields = result.report.errors.map((e) => e.field).sort();
    expect(fields).toEqual(['sumary', 'summary']);
    const unknown = result.messages.find((m) => m.includes('« sumary »'));
    expect(unknown).toContain('champ inconnu');
    expect(unknown).toContain('ligne 3');
  });

  it('gives the line of the faulty field', async () => {
    const result = await check((root) => edit(root, STORY, 'parental: true', 'parental: false'));
    expect(result.report.errors[0].line).toBe(14);
    expect(result.messages[0]).toContain('ligne 14');
  });

  it('reports broken YAML with its line, in French', async () => {
    const result = await check((root) => edit(root, STORY, 'city: "Galway"', 'city: "Galway'));
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages[0]).toContain(STORY_FILE);
    expect(result.messages[0]).toContain('YAML illisible');
  });
});

describe('rules on other files', () => {
  it('checks references in news and results', async () => {
    const news = await check((root) => edit(root, 'news/convention-athenry.mdx', 'institutions: [union-europeenne]', 'institutions: [ue]'));
    expectOneError(news, 'content/news/convention-athenry.mdx', 'institutions[0]', ['« ue » inconnu', 'region, union-europeenne']);
    const results = await check((root) => edit(root, 'results/2024-2025.yaml', 'institution: region, amount', 'institution: conseil-regional, amount'));
    expectOneError(results, 'content/results/2024-2025.yaml', 'funding[0].institution', ['conseil-regional']);
  });

  it('refuses an unknown class of institution, and the former level, in French with what to write', async () => {
    const unknown = await check((root) => edit(root, 'institutions.yaml', 'class: region', 'class: regional'));
    expectOneError(unknown, 'content/institutions.yaml', '[1].class', ['« regional » inconnue', 'municipality', 'state', 'eu', 'DRAAF']);
    const former = await check((root) => edit(root, 'institutions.yaml', 'class: region', 'class: region\n  level: regional'));
    expectOneError(former, 'content/institutions.yaml', '[1].level', ['remplacé par « class »', 'class: state']);
  });

  it('refuses a funding line paid by the institution that decides it', async () => {
    const result = await check((root) => edit(root, 'results/2024-2025.yaml', 'institution: union-europeenne, payer: agence-erasmus', 'institution: agence-erasmus, payer: agence-erasmus'));
    expectOneError(result, 'content/results/2024-2025.yaml', 'funding[1].payer', ['« payer »', 'même que « institution »', 'agence-erasmus']);
  });

  it('refuses a results file whose school year does not match its name', async () => {
    const result = await check((root) => edit(root, 'results/2024-2025.yaml', 'schoolYear: "2024-2025"', 'schoolYear: "2023-2024"'));
    expectOneError(result, 'content/results/2024-2025.yaml', 'schoolYear', ['2023-2024', '2024-2025.yaml']);
  });

  it("refuses an unknown funder of a programme, listing the institutions' ids", async () => {
    const result = await check((root) => edit(root, 'programmes.yaml', 'funders: [union-europeenne]', 'funders: [commission-europeenne]'));
    expectOneError(result, 'content/programmes.yaml', '[0].funders[0]', ['« commission-europeenne » inconnu', 'content/institutions.yaml', 'region, union-europeenne']);
  });

  it('refuses a duplicate id in a reference list', async () => {
    const result = await check((root) => edit(root, 'programmes.yaml', '- id: ofaj', '- id: erasmus-plus'));
    expect(result.messages.some((m) => m.includes('content/programmes.yaml') && m.includes('[1].id') && m.includes('en double'))).toBe(true);
  });

  it('refuses a photo that is not there', async () => {
    const result = await check((root) => edit(root, STORY, 'cover: ./cover.jpg', 'cover: ./couverture.jpg'));
    expectOneError(result, STORY_FILE, 'cover', ['introuvable', 'couverture.jpg']);
  });
});
