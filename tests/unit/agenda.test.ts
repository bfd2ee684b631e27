import { describe, expect, it } from 'vitest';
import { formatDays, icsAttributes, icsCalendar, isUpcoming, upcomingEvents, type CalendarEvent } from '../../src/lib/agenda.ts';

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

const openDay: CalendarEvent = {
  id: 'portes-ouvertes-2027',
  title: 'Portes ouvertes le samedi 13 mars 2027',
  description: 'Formations, exploitation, internat; un stand « Partir à l’étranger ».',
  start: day('2027-03-13'),
  place: 'Lycée agricole des Coteaux, Valbonne-sur-Loire',
  url: 'https://escales.example.fr/actualites/portes-ouvertes-2027/',
};

/** The unfolded content lines of an iCalendar text (RFC 5545 §3.1: a continuation line starts with a space or tab). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

describe('calendar files', () => {
  it('make an all-day event with a stable UID, its place and its page', () => {
    const attributes = icsAttributes(openDay, 'escales.example.fr');
    expect(attributes).toMatchObject({ uid: 'portes-ouvertes-2027@escales.example.fr', start: [2027, 3, 13], end: [2027, 3, 14], location: openDay.place, url: openDay.url });
    const text = lines(icsCalendar([openDay], { host: 'escales.example.fr', name: 'Agenda' }));
    expect(text[0]).toBe('BEGIN:VCALENDAR');
    expect(text.at(-1)).toBe('END:VCALENDAR');
    expect(text).toContain('UID:portes-ouvertes-2027@escales.example.fr');
    expect(text).toContain('DTSTART;VALUE=DATE:20270313');
    expect(text).toContain('DTEND;VALUE=DATE:20270314');
    expect(text).toContain('SUMMARY:Portes ouvertes le samedi 13 mars 2027');
    expect(text).toContain('LOCATION:Lycée agricole des Coteaux\\, Valbonne-sur-Loire');
    expect(text).toContain(`URL:${openDay.url}`);
    expect(text).toContain('X-WR-CALNAME:Agenda');
  });

  it('end an event of several days the day after its last day (DTEND is exclusive)', () => {
    const text = lines(icsCalendar([{ ...openDay, id: 'erasmusdays', start: day('2027-10-14'), end: day('2027-10-16') }], { host: 'h', name: 'A' }));
    expect(text).toContain('DTSTART;VALUE=DATE:20271014');
    expect(text).toContain('DTEND;VALUE=DATE:20271017');
  });

  it('crosses a month and a year end', () => {
    expect(icsAttributes({ ...openDay, start: day('2026-12-31') }, 'h')).toMatchObject({ end: [2027, 1, 1] });
  });

  it('holds one VEVENT per event, and none when there is none', () => {
    const two = lines(icsCalendar([openDay, { ...openDay, id: 'autre' }], { host: 'h', name: 'A' }));
    expect(two.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(two.filter((l) => l.startsWith('UID:'))).toEqual(['UID:portes-ouvertes-2027@h', 'UID:autre@h']);
    const none = lines(icsCalendar([], { host: 'h', name: 'A' }));
    expect(none[0]).toBe('BEGIN:VCALENDAR');
    expect(none).not.toContain('BEGIN:VEVENT');
  });

  it('leaves LOCATION out when no place is given', () => {
    const { place: _, ...noPlace } = openDay;
    expect(lines(icsCalendar([noPlace], { host: 'h', name: 'A' })).some((l) => l.startsWith('LOCATION'))).toBe(false);
  });
});
