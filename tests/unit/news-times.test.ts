import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/cms/browser/parseMdx.ts';
import { editorConfig } from '../../src/lib/cms/config.ts';
import { entryProblems } from '../../src/lib/cms/entryCheck.ts';
import { readKnownIds } from '../../src/lib/contentDir.ts';
import { formatError, validateContent } from '../../src/lib/validation.ts';
import { copyFixture, edit } from './helpers.ts';

// Event times and addresses in content/news/*.mdx: what staff may write, and the French errors
// (file, field, expected format) for what they may not.
const NEWS = 'news/convention-athenry.mdx';
const NEWS_FILE = 'content/news/convention-athenry.mdx';
const today = new Date('2026-11-28T00:00:00Z');

async function check(frontMatter: string) {
  const root = copyFixture();
  edit(root, NEWS, 'draft: false\n', `${frontMatter}\ndraft: false\n`);
  const report = await validateContent({ root, today });
  return { report, messages: report.errors.map(formatError) };
}

function expectOneError(result: Awaited<ReturnType<typeof check>>, field: string, words: string[]) {
  expect(result.messages, result.messages.join('\n')).toHaveLength(1);
  const [error] = result.report.errors;
  expect(error!.file).toBe(NEWS_FILE);
  expect(error!.field).toBe(field);
  for (const word of [NEWS_FILE, `champ « ${field} »`, ...words]) expect(result.messages[0]).toContain(word);
}

describe('event times', () => {
  it('accepts a start and an end time, quoted or not, and an address', async () => {
    for (const times of ['startTime: "18:00"\nendTime: "20:00"', 'startTime: 9:30\nendTime: 17:30', 'startTime: 18:00']) {
      const { messages } = await check(`eventDate: 2027-01-20\n${times}\nplace: "Amphithéâtre"\naddress: { street: "12 route des Vignes", postalCode: "41999", city: "Valbonne-sur-Loire" }`);
      expect(messages, times).toEqual([]);
    }
  });

  it('refuses a time not written HH:MM, naming the format', async () => {
    for (const written of ['"18 h"', '"18h00"', '"6 pm"', '"24:00"', '"18:75"']) {
      expectOneError(await check(`eventDate: 2027-01-20\nstartTime: ${written}`), 'startTime', ['HH:MM', '18:00', written.replace(/"/g, '')]);
    }
  });

  it('refuses an end before the start on the same day', async () => {
    expectOneError(await check('eventDate: 2027-01-20\nstartTime: "18:00"\nendTime: "17:00"'), 'endTime', ['endTime 17:00', 'startTime 18:00', 'eventEnd']);
    expectOneError(await check('eventDate: 2027-01-20\nstartTime: "18:00"\nendTime: "18:00"'), 'endTime', ['après']);
  });

  it('accepts an end time earlier in the day when the event ends on a later day', async () => {
    expect((await check('eventDate: 2027-01-20\neventEnd: 2027-01-21\nstartTime: "18:00"\nendTime: "12:00"')).messages).toEqual([]);
  });

  it('refuses an end time without a start time, and a time without a day', async () => {
    expectOneError(await check('eventDate: 2027-01-20\nendTime: "17:00"'), 'endTime', ['startTime', 'HH:MM']);
    expectOneError(await check('startTime: "17:00"'), 'startTime', ['eventDate']);
  });
});

describe('event address and update day', () => {
  it('wants at least the town, a country code, and the place it is the address of', async () => {
    expectOneError(await check('eventDate: 2027-01-20\nplace: "Lycée"\naddress: { street: "12 route des Vignes" }'), 'address.city', []);
    expectOneError(await check('eventDate: 2027-01-20\nplace: "Lycée"\naddress: { city: "Valbonne", country: "France" }'), 'address.country', ['FR']);
    expectOneError(await check('eventDate: 2027-01-20\naddress: { city: "Valbonne" }'), 'place', ['address']);
  });

  it('refuses an update before the publication', async () => {
    expect((await check('updated: 2025-02-01')).messages).toEqual([]);
    expectOneError(await check('updated: 2025-01-01'), 'updated', ['date']);
  });
});

describe('the browser editor', () => {
  type Field = { name: string; label?: string; hint?: string; widget: string; fields?: Field[] };
  const config = editorConfig({ backend: { kind: 'local', proxyUrl: 'http://127.0.0.1:8081/api/v1' }, contentPath: 'content', references: { tracks: [], programmes: [], worries: [], institutions: [], partners: [] } }) as { collections: { name: string; fields: Field[] }[] };
  const fields = config.collections.find((c) => c.name === 'news')!.fields;

  it('offers the times, the address and the update day, labelled and explained in French', () => {
    for (const name of ['startTime', 'endTime', 'address', 'updated']) {
      const field = fields.find((f) => f.name === name);
      expect(field, name).toBeDefined();
      expect(field!.label).toMatch(/^[A-ZÉ]/);
      expect(field!.label).not.toBe(name);
      expect(field!.hint, name).toBeTruthy();
    }
    expect(fields.find((f) => f.name === 'startTime')!.hint).toContain('HH:MM');
    expect(fields.find((f) => f.name === 'address')!.fields!.map((f) => f.name)).toEqual(['street', 'postalCode', 'city', 'country']);
  });

  it('refuses a badly written time before saving, with the build’s French message', () => {
    const entry = { title: 'Réunion', date: '2026-11-16', summary: 'Une réunion.', kind: 'event', level: 'local', eventDate: '2027-01-20', body: 'Texte' };
    expect(entryProblems('news', undefined, { ...entry, startTime: '18:00', endTime: '20:00' }, readKnownIds(), parseMdx)).toEqual([]);
    const problems = entryProblems('news', undefined, { ...entry, startTime: '18h' }, readKnownIds(), parseMdx);
    expect(problems.find((p) => p.path === 'startTime')?.message).toContain('HH:MM');
    const reversed = entryProblems('news', undefined, { ...entry, startTime: '18:00', endTime: '17:00' }, readKnownIds(), parseMdx);
    expect(reversed.find((p) => p.path === 'endTime')?.message).toContain('après');
  });
});
