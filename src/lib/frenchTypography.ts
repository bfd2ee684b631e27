/**
 * French typography for a piece of visible text (a text node of a rendered page, or an attribute
 * people read: alt, title, aria-label). Pure and idempotent: text already set correctly comes back
 * unchanged, so the step can run on any page, any number of times.
 *
 * - a narrow no-break space (U+202F) before ? ! ; — a no-break space (U+00A0) before : and inside
 *   « » — replacing ordinary spaces, or added where there was none ("Attention:" → "Attention :");
 *   a no-break space already there (U+00A0 or U+202F, whichever) is kept as it is;
 * - a no-break space before a separator " · " so that it never starts a line;
 * - the straight apostrophe between two letters becomes the typographic one: l'école → l’école;
 * - a number keeps its unit on the same line: "150 €", "20 %", "3 500 €", "12 km", "18 h 30".
 *
 * Never touched: web addresses, e-mail addresses, times (18:30), ratios (3:1), "?" and ":" inside
 * words or addresses. Code, scripts and styles are the HTML layer's business (src/lib/typesetHtml.ts):
 * they never reach this function.
 *
 * `before` and `after` are the characters next to the text in the page (the text of a neighbouring
 * node: "<strong>Attention</strong>: …" gives ": …" with before "n"), empty at a block's edge.
 * Each rule acts only on the characters of `text`: the node holding a space replaces it, the node
 * holding the punctuation inserts one, so neighbours set separately never double a space.
 */
export interface TextContext {
  before?: string;
  after?: string;
}

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** Breakable white space (HTML collapses it to one space). No-break spaces are not in it. */
const WS = '[ \\t\\n\\r\\f]+';
/** Any space, breakable or not. */
const SPACE = /[\s\u00a0\u202f]/u;
/** Punctuation that takes a space before it in French, and which space. */
const SPACE_BEFORE: Record<string, string> = { '?': NNBSP, '!': NNBSP, ';': NNBSP, ':': NBSP, '»': NBSP, '·': NBSP, '•': NBSP };

// Web and e-mail addresses are set aside first (each one replaced by a private-use character) and
// put back at the end: nothing inside them changes. Trailing punctuation is not part of an address.
const ADDRESS =
  /(?:\b(?:https?|ftp):\/\/|\bmailto:|\bwww\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]’']|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PLACEHOLDER_BASE = 0xe000;

/** A character after which a missing space before ? ! ; : is added (a word, a number, a closing mark). */
const ENDS_WORD = /[\p{L}\p{N})\]»”’"%€\ue000-\uf8ff]/u;
const LETTER = /\p{L}/u;
/** Text without any of these characters has nothing to set (most text nodes: checked first). */
const CONCERNED = /[?!;:«»·•'\d]/;
const UNIT = new RegExp(`(\\d)${WS}(€|%|‰|£|km|kg|ha|°C|h)(?![\\p{L}\\p{N}])`, 'gu');
const HOURS = new RegExp(`(\\d${NBSP}h)${WS}(\\d\\d)(?!\\d)`, 'gu');
const SPACE_THEN_MARK = new RegExp(`${WS}([?!;:»·•])`, 'gu');
const TRAILING_SPACE = new RegExp(`${WS}$`, 'u');
const LEADING_SPACE = new RegExp(`^${WS}`, 'u');
const OPENING_SPACE = new RegExp(`«${WS}`, 'gu');
const ALNUM = /[\p{L}\p{N}]/u;

export function frenchTypography(text: string, context: TextContext = {}): string {
  // A private-use character is how addresses are set aside: a text that already holds one (an
  // icon font's glyph) is left as it is rather than risk garbling it.
  if (text === '' || /[\ue000-\uf8ff]/u.test(text)) return text;
  const before = context.before ?? '';
  const after = context.after ?? '';
  if (!CONCERNED.test(text) && !(SPACE_BEFORE[after[0] ?? ''] && /\s$/.test(text)) && !(before.endsWith('«') && /^\s/.test(text))) return text;

  // 1. Addresses set aside.
  const addresses: string[] = [];
  let s = text.replace(ADDRESS, (address) => {
    if (addresses.length >= 0x1800) return address;
    addresses.push(address);
    return String.fromCharCode(PLACEHOLDER_BASE + addresses.length - 1);
  });

  // 2. Numbers and their units: "3 500 €" keeps its groups and its unit together.
  s = s.replace(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=[ \u00a0\u202f]?(?:€|%))/g, (number) => number.replace(/ /g, NNBSP));
  s = s.replace(UNIT, `$1${NBSP}$2`).replace(HOURS, `$1${NBSP}$2`);

  // 3. Breakable spaces before ? ! ; : » · become no-break ones (not at the start of a block, where
  //    a space is not shown at all), and so do those after «.
  s = s.replace(SPACE_THEN_MARK, (match, mark: string, offset: number) => {
    if (offset === 0 && (before === '' || SPACE.test(before))) return match;
    return SPACE_BEFORE[mark] + mark;
  });
  // A space at the very end, before a mark in the next node ("Vraiment <em>?</em>").
  const trailing = TRAILING_SPACE.exec(s);
  if (trailing && SPACE_BEFORE[after[0] ?? '']) {
    const last = trailing.index > 0 ? s[trailing.index - 1] : before.slice(-1);
    if (last !== '' && !SPACE.test(last)) s = s.slice(0, trailing.index) + SPACE_BEFORE[after[0]];
  }
  s = s.replace(OPENING_SPACE, `«${NBSP}`);
  // A space at the very start, after a « ending the previous node.
  if (before.endsWith('«')) s = s.replace(LEADING_SPACE, NBSP);

  // 4. Missing spaces: "Attention:" → "Attention :", "Vraiment?" → "Vraiment ?", «mot» → « mot ».
  //    Only after a word and before a space or the end (or another mark): "18:30", "3:1",
  //    "page?id=2" and "?!" stay as they are.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const prev = i > 0 ? s[i - 1] : before.slice(-1);
    const next = i + 1 < s.length ? s[i + 1] : after[0] ?? '';
    if ((c === '?' || c === '!' || c === ';' || c === ':') && prev !== '' && ENDS_WORD.test(prev)) {
      const nextOk = c === ':' || c === ';' ? next === '' || /\s/u.test(next) : next === '' || /[\s)\]»”’".,…?!]/u.test(next);
      // At the end of the text, the next node decides: a word right after (a link's text) means
      // this is not the end of a sentence.
      const atEnd = i + 1 === s.length && after !== '' && ALNUM.test(after[0]);
      if (nextOk && !atEnd) {
        out += SPACE_BEFORE[c] + c;
        continue;
      }
    }
    if (c === '»' && prev !== '' && !SPACE.test(prev) && prev !== '«') {
      out += NBSP + c;
      continue;
    }
    if (c === '«' && next !== '' && !SPACE.test(next) && next !== '»') {
      out += c + NBSP;
      continue;
    }
    // 5. The straight apostrophe between two letters: l'école → l’école.
    if (c === "'" && prev !== '' && LETTER.test(prev) && next !== '' && LETTER.test(next)) {
      out += '’';
      continue;
    }
    out += c;
  }
  s = out;

  // 6. Addresses put back.
  if (addresses.length) s = s.replace(/[\ue000-\uf7ff]/g, (ch) => addresses[ch.charCodeAt(0) - PLACEHOLDER_BASE] ?? ch);
  return s;
}
