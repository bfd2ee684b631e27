import { describe, expect, it } from 'vitest';
import {
  eventEndIso,
  eventStartIso,
  foldLine,
  formatDays,
  formatTime,
  formatWhen,
  icsCalendar,
  icsText,
  isoLocal,
  isUpcoming,
  parisInstant,
  parisOffsetMinutes,
  placeWithAddress,
  upcomingEvents,
  webcalUrl,
  type CalendarEvent,
} from '../../src/lib/agenda.ts';
import { readIcs } from '../helpers/icsReader.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-11-28');
const item = (id: string, eventDate?: string, eventEnd?: string) => ({ id, data: { eventDate: eventDate ? day(eventDate) : undefined, eventEnd: eventEnd ? day(eventEnd) : undefined } });

describe('upcoming events', () => {
  it('keeps events from today on, soonest first, and no news without an event', () => {
    const items = [item('later', '2027-03-13'), item('past', '2026-03-14'), item('no-event'), item('today', '2026-11-28'), item('soon', '2027-01-20')];
    expect(upcomingEvents(items, today).map((i) => i.id)).toEqual(['today', 'soon', 'later']);
  });

  it('keeps an event of several days until its last day, not after', () => {
    expect(isUpcoming(item('x', '2026-11-26', '2026-11-28').data, today)).toBe(true);
    expect(isUpcoming(item('x', '2026-11-25', '2026-11-27').data, today)).toBe(false);
    expect(isUpcoming(item('x', '2026-11-27').data, today)).toBe(false);
  });

  it('orders events of the same day by id, so builds are stable', () => {
    expect(upcomingEvents([item('b', '2027-01-01'), item('a', '2027-01-01')], today).map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('formatDays', () => {
  it('writes one day, or a range, in each language', () => {
    expect(formatDays(day('2027-03-13'), undefined, 'fr')).toBe('13 mars 2027');
    expect(formatDays(day('2027-03-13'), day('2027-03-13'), 'en')).toBe('13 March 2027');
    expect(formatDays(day('2027-10-14'), day('2027-10-16'), 'fr')).toMatch(/^14\s*[–-]\s*16 octobre 2027$/);
    expect(formatDays(day('2027-10-14'), day('2027-10-16'), 'en')).toMatch(/^14\s*[–-]\s*16 October 2027$/);
  });
});

describe('times of day', () => {
  it('writes a time as a French or a British reader expects', () => {
    expect(formatTime('18:00', 'fr')).toBe('18\u00a0h');
    expect(formatTime('9:30', 'fr')).toBe('9\u00a0h\u00a030');
    expect(formatTime('09:05', 'fr')).toBe('9\u00a0h\u00a005');
    expect(formatTime('18:00', 'en')).toBe('6pm');
    expect(formatTime('09:30', 'en')).toBe('9:30am');
    expect(formatTime('12:00', 'en')).toBe('12pm');
    expect(formatTime('00:15', 'en')).toBe('12:15am');
  });

  const words = { fr: { at: '{date} à {time}', range: '{date}, de {start} à {end}', span: 'du {start} au {end}' }, en: { at: '{date} at {time}', range: '{date}, {start} to {end}', span: 'from {start} to {end}' } };
  const nb = (s: string) => s.replace(/\u00a0/g, ' ');
  it('says when an event happens: whole days, a start, a start and an end, several days', () => {
    expect(formatWhen({ eventDate: day('2027-03-13') }, 'fr', words.fr)).toBe('13 mars 2027');
    expect(nb(formatWhen({ eventDate: day('2027-01-20'), startTime: '18:00' }, 'fr', words.fr))).toBe('20 janvier 2027 à 18 h');
    expect(nb(formatWhen({ eventDate: day('2027-03-13'), startTime: '09:00', endTime: '17:30' }, 'fr', words.fr))).toBe('13 mars 2027, de 9 h à 17 h 30');
    expect(formatWhen({ eventDate: day('2027-03-13'), startTime: '09:00', endTime: '17:30' }, 'en', words.en)).toBe('13 March 2027, 9am to 5:30pm');
    expect(nb(formatWhen({ eventDate: day('2027-10-14'), eventEnd: day('2027-10-16'), startTime: '09:00', endTime: '17:00' }, 'fr', words.fr))).toBe('du 14 octobre 2027 à 9 h au 16 octobre 2027 à 17 h');
  });
});

describe('Paris time', () => {
  it('is one hour ahead of UTC in winter and two in summer', () => {
    expect(parisOffsetMinutes(new Date('2027-01-20T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2027-07-14T12:00:00Z'))).toBe(120);
  });

  it('turns a wall-clock time into the right instant on both sides of a clock change', () => {
    expect(parisInstant(day('2027-01-20'), '18:00').toISOString()).toBe('2027-01-20T17:00:00.000Z');
    expect(parisInstant(day('2027-07-14'), '18:00').toISOString()).toBe('2027-07-14T16:00:00.000Z');
    // 2027: clocks go forward on 28 March, back on 31 October.
    expect(parisInstant(day('2027-03-27'), '09:00').toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(parisInstant(day('2027-03-28'), '09:00').toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(parisInstant(day('2027-10-31'), '09:00').toISOString()).toBe('2027-10-31T08:00:00.000Z');
    expect(parisInstant(day('2027-10-30'), '09:00').toISOString()).toBe('2027-10-30T07:00:00.000Z');
  });

  it('writes local times with their offset for search engines', () => {
    expect(isoLocal(day('2027-01-20'), '18:00')).toBe('2027-01-20T18:00:00+01:00');
    expect(isoLocal(day('2027-06-02'), '9:30')).toBe('2027-06-02T09:30:00+02:00');
    expect(eventStartIso({ eventDate: day('2027-03-13') })).toBe('2027-03-13');
    expect(eventEndIso({ eventDate: day('2027-03-13') })).toBe('2027-03-13');
    expect(eventEndIso({ eventDate: day('2027-03-13'), startTime: '09:00', endTime: '17:00' })).toBe('2027-03-13T17:00:00+01:00');
    expect(eventEndIso({ eventDate: day('2027-03-13'), startTime: '09:00' })).toBeUndefined();
  });
});

const openDay: CalendarEvent = {
  id: 'portes-ouvertes-2027',
  title: 'Portes ouvertes le samedi 13 mars 2027',
  description: 'Formations, exploitation, internat; un stand « Partir à l’étranger ».',
  eventDate: day('2027-03-13'),
  place: 'Lycée agricole des Coteaux, Valbonne-sur-Loire',
  url: 'https://escales.example.fr/actualites/portes-ouvertes-2027/',
  stamp: day('2026-11-20'),
};
const file = (events: CalendarEvent[]) => readIcs(icsCalendar(events, { host: 'escales.example.fr', name: 'Agenda' }));

describe('calendar files', () => {
  it('make an all-day event with a stable UID, a DTSTAMP, its place and its page, free (TRANSPARENT)', () => {
    const ics = file([openDay]);
    expect(ics.calendar.get('VERSION')?.value).toBe('2.0');
    expect(ics.calendar.get('PRODID')?.value).toBe('-//escales.example.fr//Escales//FR');
    expect(ics.calendar.get('X-WR-CALNAME')?.value).toBe('Agenda');
    const [event] = ics.events;
    expect(event!.text('UID')).toBe('portes-ouvertes-2027@escales.example.fr');
    expect(event!.props.get('DTSTAMP')?.value).toBe('20261120T000000Z');
    expect(event!.time('DTSTART')).toEqual({ date: '2027-03-13' });
    expect(event!.time('DTEND')).toEqual({ date: '2027-03-14' });
    expect(event!.text('TRANSP')).toBe('TRANSPARENT');
    expect(event!.text('SUMMARY')).toBe(openDay.title);
    expect(event!.props.get('LOCATION')?.value).toBe('Lycée agricole des Coteaux\\, Valbonne-sur-Loire');
    expect(event!.text('DESCRIPTION')).toBe(`${openDay.description}\n${openDay.url}`);
    expect(event!.text('URL')).toBe(openDay.url);
  });

  it('gives the same bytes from one build to the next (no build time inside)', () => {
    expect(icsCalendar([openDay], { host: 'h', name: 'A' })).toBe(icsCalendar([openDay], { host: 'h', name: 'A' }));
  });

  it('end an event of several days the day after its last day (DTEND is exclusive), and keep it free', () => {
    const [event] = file([{ ...openDay, id: 'erasmusdays', eventDate: day('2027-10-14'), eventEnd: day('2027-10-16') }]).events;
    expect(event!.time('DTSTART')).toEqual({ date: '2027-10-14' });
    expect(event!.time('DTEND')).toEqual({ date: '2027-10-17' });
    expect(event!.text('TRANSP')).toBe('TRANSPARENT');
  });

  it('crosses a month and a year end', () => {
    expect(file([{ ...openDay, eventDate: day('2026-12-31') }]).events[0]!.time('DTEND')).toEqual({ date: '2027-01-01' });
  });

  it('put a timed event at its instant in UTC, winter and summer alike, and mark it busy', () => {
    const [winter, summer] = file([
      { ...openDay, id: 'reunion', eventDate: day('2027-01-20'), startTime: '18:00', endTime: '20:00' },
      { ...openDay, id: 'ete', eventDate: day('2027-07-01'), startTime: '09:30', endTime: '17:00' },
    ]).events;
    expect(winter!.time('DTSTART')).toEqual({ instant: new Date('2027-01-20T17:00:00Z') });
    expect(winter!.time('DTEND')).toEqual({ instant: new Date('2027-01-20T19:00:00Z') });
    expect(summer!.time('DTSTART')).toEqual({ instant: new Date('2027-07-01T07:30:00Z') });
    expect(summer!.time('DTEND')).toEqual({ instant: new Date('2027-07-01T15:00:00Z') });
    expect(winter!.text('TRANSP')).toBe('OPAQUE');
  });

  it('end a timed event of several days at the end time of its last day, or at the end of that day', () => {
    const [withEnd, withoutEnd, oneDayNoEnd] = file([
      { ...openDay, id: 'a', eventDate: day('2027-10-14'), eventEnd: day('2027-10-16'), startTime: '09:00', endTime: '17:00' },
      { ...openDay, id: 'b', eventDate: day('2027-10-14'), eventEnd: day('2027-10-16'), startTime: '09:00' },
      { ...openDay, id: 'c', eventDate: day('2027-10-14'), startTime: '09:00' },
    ]).events;
    expect(withEnd!.time('DTEND')).toEqual({ instant: new Date('2027-10-16T15:00:00Z') });
    expect(withoutEnd!.time('DTEND')).toEqual({ instant: new Date('2027-10-16T22:00:00Z') });
    expect(oneDayNoEnd!.time('DTEND')).toBeUndefined();
  });

  it('holds one VEVENT per event, and none when there is none', () => {
    const two = file([openDay, { ...openDay, id: 'autre' }]);
    expect(two.events.map((e) => e.text('UID'))).toEqual(['portes-ouvertes-2027@escales.example.fr', 'autre@escales.example.fr']);
    const none = file([]);
    expect(none.calendar.get('VERSION')?.value).toBe('2.0');
    expect(none.events).toEqual([]);
  });

  it('leaves LOCATION out when no place is given', () => {
    const { place: _, ...noPlace } = openDay;
    expect(file([noPlace]).events[0]!.props.has('LOCATION')).toBe(false);
  });

  it('escapes text: commas, semicolons, backslashes, line breaks', () => {
    expect(icsText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const [event] = file([{ ...openDay, title: 'Réunion; familles, élèves \\ profs' }]).events;
    expect(event!.text('SUMMARY')).toBe('Réunion; familles, élèves \\ profs');
  });
});

describe('line folding (RFC 5545 §3.1)', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it('folds at 75 octets, not 75 characters: accented text stays within the limit', () => {
    // 70 characters but 100 octets: a fold by characters leaves it on one line.
    const line = `SUMMARY:${'é'.repeat(50)}${'a'.repeat(12)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('never cuts a character in two, even a four-octet one', () => {
    for (const filler of ['é', '€', '🌍', 'a']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = `DESCRIPTION:${'x'.repeat(pad)}${filler.repeat(60)}`;
        const physical = foldLine(line).split('\r\n');
        for (const part of physical) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // Each part is whole UTF-8: encoding then decoding it gives it back, no U+FFFD.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
        }
        expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
      }
    }
  });

  it('leaves a line of exactly 75 octets whole', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('keeps every line of a whole calendar within 75 octets', () => {
    const long = { ...openDay, title: 'Journée « Partir à l’étranger » : témoignages d’élèves, échanges avec les familles et présentation des séjours', description: 'é'.repeat(300) };
    const ics = file([long]);
    expect(ics.lineOctets.length).toBeGreaterThan(10);
    expect(Math.max(...ics.lineOctets)).toBeLessThanOrEqual(75);
    expect(ics.events[0]!.text('SUMMARY')).toBe(long.title);
    expect(ics.events[0]!.text('DESCRIPTION')).toBe(`${long.description}\n${long.url}`);
  });
});

describe('webcal subscription', () => {
  it('is the agenda file of the site URL, with the webcal scheme', () => {
    expect(webcalUrl('https://escales.example.fr', '/actualites/agenda.ics')).toBe('webcal://escales.example.fr/actualites/agenda.ics');
    expect(webcalUrl('https://lycee.example.fr:8443/', '/actualites/agenda.ics')).toBe('webcal://lycee.example.fr:8443/actualites/agenda.ics');
  });
});

describe('place with its address', () => {
  const school = { street: '12 route des Vignes', postalCode: '41999', city: 'Valbonne-sur-Loire', country: 'FR' };
  const name = (code: string) => ({ DE: 'Allemagne' })[code] ?? code;
  it('adds what the place does not say, street before town, as on an envelope', () => {
    expect(placeWithAddress('Amphithéâtre du lycée', school, name)).toBe('Amphithéâtre du lycée, 12 route des Vignes, 41999 Valbonne-sur-Loire');
    expect(placeWithAddress('Amphithéâtre du lycée, Valbonne-sur-Loire', school, name)).toBe('Amphithéâtre du lycée, 12 route des Vignes, 41999 Valbonne-sur-Loire');
  });
  it('repeats nothing the place already says', () => {
    expect(placeWithAddress('Lycée, 12 route des Vignes, Valbonne-sur-Loire', school, name)).toBe('Lycée, 12 route des Vignes, Valbonne-sur-Loire');
    expect(placeWithAddress('Lycée et médiathèque de Valbonne-sur-Loire', { city: 'Valbonne-sur-Loire', country: 'FR' }, name)).toBe('Lycée et médiathèque de Valbonne-sur-Loire');
    expect(placeWithAddress('Médiathèque', undefined, name)).toBe('Médiathèque');
  });
  it('names a foreign country', () => {
    expect(placeWithAddress('Berufsschule', { city: 'Landshut', country: 'DE' }, name)).toBe('Berufsschule, Landshut, Allemagne');
  });
});
