import { type Document, LineCounter, parseDocument, type ScalarTag, visit, type YAMLError } from 'yaml';
import { impossibleDate } from './dates.ts';

/**
 * Reading the staff's YAML (front matter and .yaml files) as Astro will, with every problem
 * explained in French with its line and column. Astro reads content YAML with js-yaml, which
 * throws English errors, expands no alias check and rolls impossible dates over: what it would
 * choke on or silently change must be refused here first.
 */

/** A problem located in the whole file (lines and columns from 1). */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml {
  ok: true;
  data: unknown;
  /** Line (in the whole file) of a field, or of its closest parent that exists. */
  lineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

export type YamlResult = ParsedYaml | { ok: false; problems: YamlProblem[] };

export interface YamlOptions {
  /** Line of the whole file on which the YAML starts: 2 for a front matter after its `---`. */
  firstLine?: number;
  /**
   * Read unquoted dates as dates, as js-yaml does for Astro's collections (false for files read
   * with the `yaml` package's core schema, like settings.yaml).
   */
  dates?: boolean;
}

/**
 * Characters nobody types on purpose, that copy-paste brings along: C0 and C1 controls (tab,
 * line feed and carriage return are fine), the Unicode line separators, non-characters, and lone
 * surrogates (from a "\uD800" escape). js-yaml refuses most of them and XML (feeds, sitemap)
 * forbids them.
 */
// Also zero-width and direction-changing characters (U+00AD, U+180E, U+200B–U+200F, U+202A–U+202E,
// U+2060–U+2069, U+FEFF inside a text): invisible, they would let "Léa<U+200B>Dupont" pass for a first name.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** "U+0007" for the first invisible character of a text, or undefined. */
export function invisibleCharacter(text: string): string | undefined {
  const match = INVISIBLE.exec(text);
  return match ? codePoint(match[0]) : undefined;
}

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function invisibleMessage(code: string): string {
  return `caractère invisible (${code}) dans le texte : supprimez-le, il vient souvent d'un copier-coller (retapez les caractères autour si vous ne le voyez pas)`;
}

/** Every string (value or key) of parsed YAML that holds an invisible character, with its path. */
export function invisibleInData(data: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; code: string }[] {
  if (typeof data === 'string') {
    const code = invisibleCharacter(data);
    return code ? [{ path: at, code }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => invisibleInData(item, [...at, index]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => {
      const code = invisibleCharacter(key);
      return [...(code ? [{ path: [...at, key], code }] : []), ...invisibleInData(value, [...at, key])];
    });
  }
  return [];
}

/** Invisible characters anywhere in a YAML text (comments included: js-yaml reads them too). */
export function invisibleInSource(source: string, firstLine = 1): YamlProblem[] {
  return [...source.matchAll(INVISIBLE_ALL)].map((match) => ({
    ...positionIn(source, match.index, firstLine),
    message: invisibleMessage(codePoint(match[0])),
  }));
}

/** Line and column (from 1) of an offset of `text`, `text` starting on line `firstLine`. */
export function positionIn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: firstLine + before.split('\n').length - 1, column: offset - lineStart + 1 };
}

// js-yaml's own patterns (lib/type/timestamp.js): what Astro turns into a Date.
const JS_YAML_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const JS_YAML_TIMESTAMP =
  /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?$/;

/** Unquoted dates become Dates, as in Astro, but an impossible day is an error instead of rolling over. */
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: (value) => value instanceof Date,
  test: new RegExp(`${JS_YAML_DATE.source}|${JS_YAML_TIMESTAMP.source}`),
  resolve(text, onError) {
    const match = JS_YAML_DATE.exec(text) ?? JS_YAML_TIMESTAMP.exec(text);
    if (!match) return text;
    const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const problem =
      impossibleDate(year, month, day) ??
      (hour > 23 || minute > 59 || second > 59 ? `l'heure ${match[4]}:${match[5]}:${match[6]} n'existe pas` : undefined);
    if (problem) {
      onError(`${DATE_MARK}date impossible « ${text} » : ${problem} ; corrigez-la (AAAA-MM-JJ)`);
      return text;
    }
    const fraction = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, fraction));
    if (match[9]) {
      const offset = (Number(match[10]) * 60 + Number(match[11] ?? 0)) * 60_000;
      date.setTime(date.getTime() - (match[9] === '-' ? -offset : offset));
    }
    return date;
  },
};
/** Marks our own messages among the `yaml` package's (which are in English). */
const DATE_MARK = '\u0000fr:';

/**
 * Parses YAML as Astro will read it. Never throws: a syntax error, an alias bomb or an
 * impossible date comes back as problems in French.
 */
export function parseContentYaml(source: string, options: YamlOptions = {}): YamlResult {
  const firstLine = options.firstLine ?? 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    customTags: options.dates === false ? [] : [timestamp],
  });
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // js-yaml refuses unknown tags (!foo): the `yaml` package only warns, so warnings count too.
  const found = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  if (found.length > 0) {
    // One slip often yields several errors on the lines after it: the first says what to fix;
    // duplicate keys are independent of each other, so each is named.
    const shown = found.filter((error, index) => index === 0 || error.code === 'DUPLICATE_KEY');
    return { ok: false, problems: shown.map((error) => ({ ...where(error.pos[0]), message: explain(error, source, doc, where) })) };
  }
  let data: unknown;
  try {
    // An alias bomb ("billion laughs") expands a few lines into billions of values.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    let first = 0;
    visit(doc, { Alias: (_, node) => { first = node.range?.[0] ?? 0; return visit.BREAK; } });
    return {
      ok: false,
      problems: [{ ...where(first), message: "YAML refusé : trop de renvois (« &nom » puis « *nom ») ; ce fichier se démultiplierait en une taille démesurée. Écrivez chaque valeur en entier, sans « & » ni « * »" }],
    };
  }
  const lineOf = (fieldPath: PropertyKey[]) => {
    // The field itself, or the closest parent that exists (a missing field points at its group).
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, depth) as (string | number)[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { ok: true, data, lineOf };
}

const QUOTE_ADVICE = 'mettez tout le texte entre guillemets, par exemple title: "Irlande : trois semaines" (un guillemet " à l\'intérieur s\'écrit \\")';

/** The `yaml` package's error, in plain French, without its internal code. */
function explain(error: YAMLError, source: string, doc: Document, where: (offset: number) => { line: number }): string {
  const offset = error.pos[0];
  const lineText = source.slice(source.lastIndexOf('\n', offset - 1) + 1, (source.indexOf('\n', offset) + 1 || source.length + 1) - 1);
  const say = (text: string) => `YAML illisible : ${text}`;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return say("une tabulation sert d'indentation : remplacez-la par des espaces");
    case 'DUPLICATE_KEY': {
      const duplicate = duplicateKey(doc, offset, where);
      return duplicate
        ? `le champ « ${duplicate.key} » apparaît deux fois (lignes ${duplicate.lines[0]} et ${duplicate.lines[1]}) : gardez-en un`
        : 'un champ apparaît deux fois dans le même groupe : gardez-en un';
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      // `title: Irlande : trois semaines`: the second ": " reads as a new field.
      if (/^\s*(?:-\s+)?[^\s#"'][^:#]*:\s+[^"'\s].*:(?:\s|$)/.test(lineText)) return say(`le texte contient « : » (deux-points suivis d'une espace) : ${QUOTE_ADVICE}`);
      if (error.code === 'MULTILINE_IMPLICIT_KEY' && !/:(\s|$)/.test(lineText)) return say('il manque « : » après le nom du champ (écrivez nom: valeur)');
      return say("indentation incorrecte ou « : » en trop : les champs d'un même groupe commencent exactement à la même colonne (des espaces, pas de tabulations), et un texte qui contient « : » s'écrit entre guillemets");
    case 'BAD_INDENT':
      if (/Flow sequence/.test(error.message)) return say('un crochet « [ » n\'est jamais refermé : terminez la liste par « ] » sur la même ligne');
      if (/Flow map/.test(error.message)) return say('une accolade « { » n\'est jamais refermée : terminez le groupe par « } » sur la même ligne');
      return say("indentation incorrecte : les champs d'un même groupe commencent exactement à la même colonne (mettez le même nombre d'espaces)");
    case 'MISSING_CHAR': {
      if (/quote/.test(error.message)) {
        const opening = openQuote(doc, offset);
        const at = opening === undefined ? '' : ` (ligne ${where(opening).line})`;
        const quote = error.message.includes("'") ? "'" : '"';
        return say(`un guillemet ${quote} ouvert${at} n'est jamais refermé : ajoutez le guillemet fermant à la fin du texte`);
      }
      if (/followed by map values/.test(error.message)) return say('il manque « : » après le nom du champ (écrivez nom: valeur)');
      return say('un caractère manque : vérifiez les virgules entre les éléments et que chaque « [ » ou « { » est refermé par « ] » ou « } »');
    }
    case 'BAD_SCALAR_START': {
      const char = error.message.trim().slice(-1);
      return say(`un texte ne peut pas commencer par « ${char} » sans guillemets : ${QUOTE_ADVICE}`);
    }
    case 'UNEXPECTED_TOKEN':
      return say(`texte inattendu à cet endroit : si la valeur commence par un guillemet, « [ », « { », « * », « & », « - », « | » ou « > », ou contient « : », ${QUOTE_ADVICE}`);
    case 'BAD_DQ_ESCAPE':
      return say('entre guillemets doubles, une barre oblique inverse « \\ » doit être doublée (\\\\) ; ou mettez le texte entre guillemets simples \'…\'');
    case 'MULTIPLE_DOCS':
      return say('une ligne « --- » ou « ... » coupe ce YAML en deux : retirez-la (dans un .mdx, seules la première ligne et la ligne qui ferme l\'en-tête sont « --- »)');
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'RESOURCE_EXHAUSTION':
      return say(`un texte qui commence par « * » ou « & » est lu comme un renvoi : ${QUOTE_ADVICE}`);
    case 'TAG_RESOLVE_FAILED':
      if (error.message.startsWith(DATE_MARK)) return error.message.slice(DATE_MARK.length);
      return say(`une étiquette YAML « ! » n'est pas acceptée ici : retirez-la, ou, si le texte commence par « ! », ${QUOTE_ADVICE}`);
    default:
      return say("vérifiez l'indentation (des espaces, pas de tabulations), les deux-points après chaque nom de champ et les guillemets autour des textes qui contiennent « : » ou commencent par un signe");
  }
}

/** The key whose second occurrence starts at `offset`, and the lines of both. */
function duplicateKey(doc: Document, offset: number, where: (offset: number) => { line: number }): { key: string; lines: [number, number] } | undefined {
  let found: { key: string; lines: [number, number] } | undefined;
  visit(doc, {
    Map(_, map) {
      const firstOf = new Map<string, number>();
      for (const pair of map.items) {
        const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        if (!key?.range) continue;
        const name = String(key.value);
        const first = firstOf.get(name);
        if (first !== undefined && key.range[0] === offset) {
          found = { key: name, lines: [where(first).line, where(offset).line] };
          return visit.BREAK;
        }
        if (first === undefined) firstOf.set(name, key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}

/** Where the quoted text that an unclosed quote error at `offset` belongs to was opened: the last one opened before. */
function openQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] <= offset) {
        start = Math.max(start ?? 0, node.range[0]);
      }
    },
  });
  return start;
}
