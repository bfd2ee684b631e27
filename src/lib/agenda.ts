import { createEvents, type DateArray, type EventAttributes } from 'ics';

/** What the agenda needs from a news item that announces an event. */
export interface EventFields {
  eventDate?: Date | undefined;
  eventEnd?: Date | undefined;
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

/** One event of a calendar file. Dates are calendar days: the event lasts whole days. */
export interface CalendarEvent {
  /** The news id: the event's UID stays the same from one build to the next. */
  id: string;
  title: string;
  description: string;
  start: Date;
  /** Last day, included (defaults to `start`). */
  end?: Date | undefined;
  place?: string | undefined;
  /** The absolute URL of the news page. */
  url: string;
}

const dayArray = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);

/**
 * The `ics` package's attributes for an event: an all-day event (DTSTART;VALUE=DATE) whose
 * DTEND is the day after its last day, as iCalendar wants; UID `<id>@<host>`.
 */
export function icsAttributes(event: CalendarEvent, host: string): EventAttributes {
  return {
    uid: `${event.id}@${host}`,
    title: event.title,
    description: event.description,
    start: dayArray(event.start),
    end: dayArray(nextDay(event.end ?? event.start)),
    ...(event.place ? { location: event.place } : {}),
    url: event.url,
  };
}

/** An iCalendar file (RFC 5545) of the events; `name` is the calendar's name in calendar apps. */
export function icsCalendar(events: CalendarEvent[], options: { host: string; name: string }): string {
  const { error, value } = createEvents(
    events.map((event) => icsAttributes(event, options.host)),
    { productId: `-//${options.host}//Escales//FR`, calName: options.name },
  );
  if (error || value === null) throw new Error(`Fichier agenda (.ics) impossible à produire : ${error?.message ?? 'erreur inconnue'}`);
  return value;
}
