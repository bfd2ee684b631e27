/**
 * A strict reader of iCalendar files (RFC 5545) for tests. No iCalendar parser is installed
 * (node_modules has neither node-ical nor ical.js), so the tests read the files with this one,
 * which refuses what a calendar app could misread instead of guessing: a bare LF, a line over
 * 75 octets, a fold inside a UTF-8 character, an unbalanced BEGIN/END, a date it cannot read.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** The raw value (still escaped for TEXT). */
  value: string;
}

export interface IcsEvent {
  props: Map<string, IcsProperty>;
  /** The TEXT value of a property, unescaped. */
  text(name: string): string | undefined;
  /** DTSTART/DTEND: an all-day date ({ date: '2027-03-13' }) or an instant ({ instant: Date }). */
  time(name: 'DTSTART' | 'DTEND'): { date: string } | { instant: Date } | undefined;
}

export interface IcsFile {
  calendar: Map<string, IcsProperty>;
  events: IcsEvent[];
  /** The physical lines, as octets counted in UTF-8. */
  lineOctets: number[];
}

const encoder = new TextEncoder();

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseLine(line: string): IcsProperty {
  // name *(";" param) ":" value; a param value may be quoted and hold ":" or ";".
  const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
  if (!match) throw new Error(`ligne iCalendar illisible : ${line}`);
  const params: Record<string, string> = {};
  for (const p of match[2]!.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)/g)) params[p[1]!.toUpperCase()] = p[2]!.replace(/^"|"$/g, '');
  return { name: match[1]!.toUpperCase(), params, value: match[3]! };
}

function readTime(prop: IcsProperty | undefined): { date: string } | { instant: Date } | undefined {
  if (!prop) return undefined;
  if (prop.params.VALUE === 'DATE') {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(prop.value);
    if (!m) throw new Error(`date attendue : ${prop.value}`);
    return { date: `${m[1]}-${m[2]}-${m[3]}` };
  }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(prop.value);
  if (!m) throw new Error(`date-heure attendue : ${prop.value}`);
  // Only UTC times can be read without a VTIMEZONE; a floating or TZID time is refused here.
  if (!m[7]) throw new Error(`date-heure sans fuseau (Z) : ${prop.name}:${prop.value}`);
  return { instant: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) };
}

export function readIcs(text: string): IcsFile {
  if (!text.endsWith('\r\n')) throw new Error('le fichier doit finir par CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('fin de ligne LF seule : CRLF attendu');
  const physical = text.slice(0, -2).split('\r\n');
  const bytes = physical.map((l) => encoder.encode(l));
  const lineOctets = bytes.map((b) => b.length);
  // A fold inside a character leaves a continuation line starting with a UTF-8 continuation byte.
  for (const b of bytes.slice(1)) if (b[0] === 0x20 && b.length > 1 && (b[1]! & 0xc0) === 0x80) throw new Error('pli au milieu d’un caractère');
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const calendar = new Map<string, IcsProperty>();
  const events: IcsEvent[] = [];
  const stack: string[] = [];
  let current: Map<string, IcsProperty> | undefined;
  for (const line of logical) {
    const prop = parseLine(line);
    if (prop.name === 'BEGIN') {
      stack.push(prop.value);
      if (prop.value === 'VEVENT') current = new Map();
    } else if (prop.name === 'END') {
      if (stack.pop() !== prop.value) throw new Error(`END:${prop.value} sans BEGIN`);
      if (prop.value === 'VEVENT') {
        const props = current!;
        events.push({ props, text: (name) => (props.get(name) ? unescapeText(props.get(name)!.value) : undefined), time: (name) => readTime(props.get(name)) });
        current = undefined;
      }
    } else if (current) current.set(prop.name, prop);
    else if (stack.at(-1) === 'VCALENDAR') calendar.set(prop.name, prop);
  }
  if (stack.length) throw new Error(`BEGIN:${stack.at(-1)} sans END`);
  return { calendar, events, lineOctets };
}
