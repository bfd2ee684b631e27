import { describe, expect, it } from 'vitest';
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
