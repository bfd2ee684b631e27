import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileInputs, STORY } from '../fixtures/bad-inputs.ts';
import { impossibleDate } from '../../src/lib/dates.ts';
import { formatError, validateContent } from '../../src/lib/validation.ts';
import { dateField } from '../../src/schemas/fields.ts';
import { copyFixture, edit } from './helpers.ts';

const today = new Date('2026-11-28T00:00:00Z');
const STORY_FILE = `content/${STORY}`;

async function check(mutate?: (root: string) => void) {
  const root = copyFixture();
  mutate?.(root);
  const report = await validateContent({ root, today });
  return { root, report, messages: report.errors.map(formatError) };
}

/** The line (from 1) of the first line of a file of the content copy that contains `text`. */
function lineOf(root: string, file: string, text: string): number {
  const index = readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((line) => line.includes(text));
  expect(index, `${text} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

// The `yaml` package's codes and English messages, which staff must never see.
const INTERNAL = /\b[A-Z]{2,}_[A-Z_]{2,}\b|Nested mappings|Map keys must be unique|Missing closing|Tabs are not allowed|Excessive alias|Unresolved|at .*\.(ts|js):\d+/;

describe('every file-level bad input is refused in French, naming the file', () => {
  it('holds the file-level inputs', () => {
    expect(fileInputs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fileInputs.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const root = copyFixture();
    await input.apply(root);
    const report = await validateContent({ root, today });
    const messages = report.errors.map(formatError);
    const onFile = messages.filter((message) => message.startsWith(`content/${input.file}`));
    expect(onFile, messages.join('\n')).not.toEqual([]);
    expect(onFile.join('\n')).toMatch(input.message);
    for (const message of messages) expect(message).not.toMatch(INTERNAL);
  });
});

describe('YAML syntax errors: line and column in the whole file, plain French', () => {
  it('gives the line of the file, not of the front matter, and the column', async () => {
    const { root, report } = await check((r) => edit(r, STORY, 'country: IE', 'country:\tIE\n\tbad: x'));
    const line = lineOf(root, STORY, '\tbad: x');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: STORY_FILE, line, column: 1 });
  });

  it('names both lines of a duplicate key', async () => {
    const { root, messages } = await check((r) => edit(r, STORY, 'featured: true', 'featured: true\ntitle: "Encore"'));
    const first = lineOf(root, STORY, 'title: "Trois');
    const second = lineOf(root, STORY, 'title: "Encore"');
    expect(messages).toEqual([`${STORY_FILE}, ligne ${second}, colonne 1 : le champ « title » apparaît deux fois (lignes ${first} et ${second}) : gardez-en un`]);
  });

  it('points an unclosed quote at the line where it opens', async () => {
    const { root, messages } = await check((r) => edit(r, STORY, 'city: "Galway"', 'city: "Galway'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`guillemet " ouvert (ligne ${lineOf(root, STORY, 'city: "Galway')})`);
  });

  it('reports one slip once, not the errors that follow from it', async () => {
    const { messages } = await check((r) => edit(r, STORY, '\n  role: learner', '\n   role: learner'));
    expect(messages).toHaveLength(1);
  });

  it('keeps checking the other files after a broken one', async () => {
    const { report } = await check((r) => {
      edit(r, STORY, '\n  name: "Léa"', '\n\tname: "Léa"');
      edit(r, 'news/convention-athenry.mdx', 'date: 2025-01-20', 'date: 2025-13-20');
    });
    expect(report.errors.map((error) => error.file).sort()).toEqual(['content/news/convention-athenry.mdx', STORY_FILE]);
  });

  it('reads a file saved with a byte-order mark and Windows line ends, lines unchanged', async () => {
    const { report } = await check((r) => {
      const full = path.join(r, STORY);
      writeFileSync(full, `\uFEFF${readFileSync(full, 'utf8').replace(/\n/g, '\r\n')}`);
    });
    expect(report.errors).toEqual([]);
    const broken = await check((r) => {
      const full = path.join(r, STORY);
      writeFileSync(full, `\uFEFF${readFileSync(full, 'utf8').replace('parental: true', 'parental: false').replace(/\n/g, '\r\n')}`);
    });
    expect(broken.report.errors).toMatchObject([{ field: 'consent.parental', line: lineOf(broken.root, STORY, 'parental: false') }]);
  });
});

describe('invisible characters and encodings', () => {
  it('names the field and its line', async () => {
    const { root, report } = await check((r) => edit(r, STORY, 'name: "Léa"', 'name: "Lé\u0085a"'));
    expect(report.errors).toMatchObject([{ file: STORY_FILE, field: 'author.name', line: lineOf(root, STORY, 'name: "Lé') }]);
    expect(report.errors[0].message).toContain('(U+0085)');
  });

  it('refuses one in a YAML comment too (js-yaml reads comments)', async () => {
    const { report } = await check((r) => appendFileSync(path.join(r, 'tracks.yaml'), '# note\u0002\n'));
    expect(report.errors).toMatchObject([{ file: 'content/tracks.yaml', field: '', column: 7 }]);
  });

  it('accepts tabs and line breaks inside texts', async () => {
    const { report } = await check((r) => edit(r, STORY, /quote: ".*"/, 'quote: "Une\\tphrase\\net une autre."'));
    expect(report.errors).toEqual([]);
  });

  it('gives the line and column of the first byte that is not UTF-8', async () => {
    const { root, report } = await check((r) => appendFileSync(path.join(r, STORY), Buffer.concat([Buffer.from('\nÉté, '), Buffer.from([0xe9, 0x74, 0xe9, 0x0a])])));
    const bytes = readFileSync(path.join(root, STORY));
    const line = bytes.subarray(0, bytes.indexOf(0xe9)).filter((byte) => byte === 0x0a).length + 1;
    expect(report.errors).toMatchObject([{ file: STORY_FILE, line, column: 6 }]);
  });
});

describe('dates must exist in the calendar', () => {
  it.each([
    ['2026-04-31', 'avril'],
    ['2025-02-29', 'février'],
    ['2025-13-01', 'mois 13'],
    ['2025-00-10', 'mois 00'],
    ['2025-01-00', 'jour 00'],
  ])('refuses %s, written as text, in the schema', (written, words) => {
    const result = dateField.safeParse(written);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0].message).toContain(`date impossible « ${written} »`);
    expect(result.error?.issues[0].message).toContain(words);
  });

  it('accepts real days, 29 February of a leap year included', () => {
    expect(dateField.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(dateField.parse('2025-12-31')).toEqual(new Date('2025-12-31T00:00:00Z'));
    for (const year of [2000, 2024, 2028]) expect(impossibleDate(year, 2, 29)).toBeUndefined();
    for (const year of [1900, 2025, 2100]) expect(impossibleDate(year, 2, 29)).toContain("n'est pas une année bissextile");
  });

  it('refuses an unquoted impossible date, which Astro would roll over', async () => {
    const { root, report } = await check((r) => edit(r, STORY, 'end: 2025-03-21', 'end: 2025-04-31'));
    expect(report.errors).toMatchObject([{ file: STORY_FILE, line: lineOf(root, STORY, 'end: 2025-04-31'), column: 8 }]);
    expect(report.errors[0].message).toContain("avril n'a que 30 jours");
  });

  it('still reads unquoted and quoted real dates, and an unquoted date where text is expected is refused as in Astro', async () => {
    expect((await check((r) => edit(r, STORY, 'end: 2025-03-21', 'end: "2025-03-21"'))).report.errors).toEqual([]);
    // js-yaml turns `city: 2025-03-21` into a Date: Astro would refuse it, so must the validator.
    const { report } = await check((r) => edit(r, STORY, 'city: "Galway"', 'city: 2025-03-21'));
    expect(report.errors).toMatchObject([{ field: 'mobility.city' }]);
  });
});

describe('files Astro loads, named as it names them', () => {
  it('ignores a file starting with _ and a hidden folder, as Astro does', async () => {
    const { report } = await check((r) => {
      writeFileSync(path.join(r, 'testimonies/_notes.mdx'), 'pas un témoignage');
      writeFileSync(path.join(r, 'news/_brouillon.md'), 'pas une actualité');
      mkdirSync(path.join(r, 'testimonies/.cache'));
      writeFileSync(path.join(r, 'testimonies/.cache/Copie.mdx'), 'pas un témoignage');
    });
    expect(report.errors).toEqual([]);
  });

  it('names both files of a duplicate, and reports it once', async () => {
    const { messages } = await check((r) => writeFileSync(path.join(r, 'results/2024-2025.yml'), readFileSync(path.join(r, 'results/2024-2025.yaml'))));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/results/2024-2025.yml :');
    expect(messages[0]).toContain('content/results/2024-2025.yaml et content/results/2024-2025.yml');
  });
});

describe('no exception escapes the validator', () => {
  afterEach(() => {
    vi.doUnmock('../../src/lib/contentFiles.ts');
    vi.resetModules();
  });

  it('turns an unexpected failure on one file into a French error on that file, and checks the others', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/contentFiles.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/lib/contentFiles.ts')>();
      return {
        ...original,
        readUtf8: (full: string) => {
          if (full.endsWith('convention-athenry.mdx')) throw new Error('EIO: i/o error, read');
          return original.readUtf8(full);
        },
      };
    });
    const { validateContent: validate, formatError: format } = await import('../../src/lib/validation.ts');
    const root = copyFixture();
    edit(root, STORY, 'parental: true', 'parental: false');
    const messages = (await validate({ root, today })).errors.map(format);
    expect(messages).toHaveLength(2);
    expect(messages.find((m) => m.startsWith('content/news/convention-athenry.mdx'))).toContain("n'a pas pu être vérifié jusqu'au bout");
    expect(messages.find((m) => m.startsWith(STORY_FILE))).toContain('consent.parental');
  });
});
