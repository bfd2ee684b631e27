/** What the agenda needs from a news item that announces an event. */
export interface EventFields {
  eventDate?: Date | undefined;
  eventEnd?: Date | undefined;
  /** "18:00": the start time on eventDate (Europe/Paris); none for an all-day event. */
  startTime?: string | undefined;
  /** "20:00": the end time on the last day; only with startTime. */
  endTime?: string | undefined;
}

/** The last day of an event (its start when it lasts one day), or undefined when it is no event. */
export function lastDay(event: EventFields): Date | undefined {
  return event.eventEnd ?? event.eventDate;
}

/**
 * Is the event still to come on `today` (a UTC calendar day)? An event of several days stays in
 * the agenda until its last day, so that visitors on the second day of ErasmusDays still find it.
 */
export function isUpcoming(event: EventFields, today: Date): boolean {
  const last = lastDay(event);
  return last !== undefined && last.getTime() >= today.getTime();
}

/** The items announcing an event still to come, soonest first. */
export function upcomingEvents<T extends { id: string; data: EventFields }>(items: T[], today: Date): T[] {
  return items
    .filter((item) => isUpcoming(item.data, today))
    .sort((a, b) => a.data.eventDate!.getTime() - b.data.eventDate!.getTime() || a.id.localeCompare(b.id));
}

/** "14 – 16 octobre 2027", "13 mars 2027": one day or a range, in the page's language. */
export function formatDays(start: Date, end: Date | undefined, lang: 'fr' | 'en'): string {
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return end && end.getTime() !== start.getTime() ? format.formatRange(start, end) : format.format(start);
}


// ——— Times of day ————————————————————————————————————————————————————————————————

/** "18:00", "9:30": a time of day on 24 hours, as staff write it. */
export const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM"; throws on anything else (the schema refuses it first). */
export function minutesOf(time: string): number {
  const match = TIME_PATTERN.exec(time.trim());
  if (!match) throw new Error(`heure attendue au format HH:MM, reçu « ${time} »`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A time of day for visitors: French "18 h", "9 h 30"; British "6pm", "9:30am" (the GOV.UK
 * style, which British readers know from public services; "12pm" is midday).
 */
export function formatTime(time: string, lang: 'fr' | 'en'): string {
  const minutes = minutesOf(time);
  const hours = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  if (lang === 'fr') return minutes % 60 === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${mm}`;
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}${minutes % 60 === 0 ? '' : `:${mm}`}${hours < 12 ? 'am' : 'pm'}`;
}

/** The time zone of the school: events' times are wall-clock times there. */
export const EVENT_TIME_ZONE = 'Europe/Paris';

const zoneParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes the school's clock is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function parisOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the school's clocks show `time` on `day` (a calendar day at UTC midnight),
 * across daylight-saving changes: 13 March 2027 18:00 is 17:00 UTC, 14 October 2027 18:00 is 16:00 UTC.
 */
export function parisInstant(day: Date, time: string): Date {
  const wall = day.getTime() + minutesOf(time) * 60_000;
  // The offset at the guessed instant, then at the corrected one (they differ only near a change).
  let instant = wall - parisOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** "2027-03-13T18:00:00+01:00": a local time with its offset (schema.org, <time datetime>). */
export function isoLocal(day: Date, time: string): string {
  const offset = parisOffsetMinutes(parisInstant(day, time));
  const minutes = minutesOf(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${day.toISOString().slice(0, 10)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The words around times, from the dictionary of the page's language. */
export interface WhenWords {
  /** "{date} à {time}" */
  at: string;
  /** "{date}, de {start} à {end}" */
  range: string;
  /** "{start} – {end}": two dates of an event of several days, each with its time. */
  span: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * When an event happens, for visitors: "13 mars 2027, de 9 h à 17 h", "20 janvier 2027 à 18 h",
 * "14 – 16 octobre 2027" (no time: whole days), "14 octobre 2027 à 9 h – 16 octobre 2027 à 17 h".
 */
export function formatWhen(event: EventFields & { eventDate: Date }, lang: 'fr' | 'en', words: WhenWords): string {
  const { eventDate: start, startTime, endTime } = event;
  const end = event.eventEnd && event.eventEnd.getTime() !== start.getTime() ? event.eventEnd : undefined;
  if (!startTime) return formatDays(start, end, lang);
  const from = formatTime(startTime, lang);
  if (!end) {
    const date = formatDays(start, undefined, lang);
    return endTime ? fill(words.range, { date, start: from, end: formatTime(endTime, lang) }) : fill(words.at, { date, time: from });
  }
  const first = fill(words.at, { date: formatDays(start, undefined, lang), time: from });
  const last = endTime ? fill(words.at, { date: formatDays(end, undefined, lang), time: formatTime(endTime, lang) }) : formatDays(end, undefined, lang);
  return fill(words.span, { start: first, end: last });
}

/** The machine-readable start of an event: "2027-03-13" for whole days, "2027-03-13T18:00:00+01:00" with a time. */
export function eventStartIso(event: EventFields & { eventDate: Date }): string {
  return event.startTime ? isoLocal(event.eventDate, event.startTime) : event.eventDate.toISOString().slice(0, 10);
}

/** The machine-readable end, when known: the last day, with the end time when there is one. */
export function eventEndIso(event: EventFields & { eventDate: Date }): string | undefined {
  const last = event.eventEnd ?? event.eventDate;
  if (event.startTime) return event.endTime ? isoLocal(last, event.endTime) : event.eventEnd ? last.toISOString().slice(0, 10) : undefined;
  return last.toISOString().slice(0, 10);
}

/** A postal address of the content model (country: ISO alpha-2, FR by default). */
export interface EventAddress {
  street?: string | undefined;
  postalCode?: string | undefined;
  city: string;
  country: string;
}

/**
 * The place of an event with what its address adds, on one line: "Amphithéâtre du lycée,
 * Valbonne-sur-Loire" + { street: "12 route des Vignes", postalCode: "41999", … } →
 * "Amphithéâtre du lycée, 12 route des Vignes, 41999 Valbonne-sur-Loire". What the place already
 * says is not repeated.
 */
export function placeWithAddress(place: string, a: EventAddress | undefined, countryName: (code: string) => string): string {
  if (!a) return place;
  const has = (part: string | undefined) => part !== undefined && place.toLowerCase().includes(part.toLowerCase());
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  const country = a.country !== 'FR' ? countryName(a.country) : undefined;
  // "Amphithéâtre du lycée, Valbonne-sur-Loire": the street goes before the town, as on an envelope.
  const endsWithCity = place.toLowerCase().endsWith(`, ${a.city.toLowerCase()}`);
  if (endsWithCity && a.street && !has(a.street)) {
    return [place.slice(0, -(a.city.length + 2)), a.street, town, country].filter(Boolean).join(', ');
  }
  return [place, has(a.street) ? undefined : a.street, has(a.city) ? undefined : town, country].filter(Boolean).join(', ');
}

// ——— iCalendar (RFC 5545) ———————————————————————————————————————————————————————

/** One event of a calendar file. */
export interface CalendarEvent extends EventFields {
  /** The news id: the event's UID stays the same from one build to the next. */
  id: string;
  title: string;
  description: string;
  eventDate: Date;
  place?: string | undefined;
  /** The absolute URL of the news page. */
  url: string;
  /** When the announcement last changed (its `updated` day, else its publication day): DTSTAMP, stable from build to build. */
  stamp: Date;
}

const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);
const icsDay = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const icsUtc = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets (not characters:
 * "é" is two octets in UTF-8), continuation lines starting with a space, and never a cut inside
 * a character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * The properties of one VEVENT. An event without a time lasts whole days (DTSTART;VALUE=DATE,
 * DTEND the day after its last day, as iCalendar wants) and is TRANSPARENT: ErasmusDays must not
 * mark three days as busy. A timed event is given in UTC, computed from Paris time (so every
 * calendar shows it at the right hour, with its reminders), and is OPAQUE: the family that goes
 * to an 18 h meeting is busy then. Without an end time it ends at its start on one day, and at
 * the end of its last day when it lasts several.
 */
export function icsEventLines(event: CalendarEvent, host: string): string[] {
  const last = event.eventEnd ?? event.eventDate;
  const timing = event.startTime
    ? [
        `DTSTART:${icsUtc(parisInstant(event.eventDate, event.startTime))}`,
        ...(event.endTime
          ? [`DTEND:${icsUtc(parisInstant(last, event.endTime))}`]
          : event.eventEnd && event.eventEnd.getTime() !== event.eventDate.getTime()
            ? [`DTEND:${icsUtc(parisInstant(nextDay(last), '00:00'))}`]
            : []),
        'TRANSP:OPAQUE',
      ]
    : [`DTSTART;VALUE=DATE:${icsDay(event.eventDate)}`, `DTEND;VALUE=DATE:${icsDay(nextDay(last))}`, 'TRANSP:TRANSPARENT'];
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${host}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    ...timing,
    `SUMMARY:${icsText(event.title)}`,
    `DESCRIPTION:${icsText(`${event.description}\n${event.url}`)}`,
    ...(event.place ? [`LOCATION:${icsText(event.place)}`] : []),
    `URL:${event.url}`,
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (RFC 5545, CRLF line ends, folded lines) of the events; `name` is the
 * calendar's name in calendar apps. Subscribed calendars (webcal:) refresh once a day.
 */
export function icsCalendar(events: CalendarEvent[], options: { host: string; name: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${options.host}//Escales//FR`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icsText(options.name)}`,
    `X-WR-CALNAME:${icsText(options.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...events.flatMap((event) => icsEventLines(event, options.host)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** webcal://host/actualites/agenda.ics: the address a calendar app subscribes to (it then follows changes). */
export function webcalUrl(siteUrl: string, path: string): string {
  const url = new URL(path, siteUrl);
  return `webcal://${url.host}${url.pathname}`;
}
