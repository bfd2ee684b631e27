import { Parser } from 'htmlparser2';
import { frenchTypography } from './frenchTypography.ts';

/**
 * The finishing pass over a rendered page (src/middleware.ts): French typography on the French
 * text (src/lib/frenchTypography.ts), and each acronym of the glossary spelled out at its first use
 * in the page's text: "BTSA" → `<abbr title="brevet…">BTSA</abbr> (brevet de technicien supérieur agricole)`.
 *
 * The page is read with a real HTML tokenizer (htmlparser2) and only the text nodes and the few
 * attributes people read (alt, title, aria-label, placeholder) that change are rewritten in place:
 * every other byte stays as Astro wrote it — inline scripts and styles (their hashes are in the
 * Content-Security-Policy), JSON-LD, `data-pagefind-*` attributes, URLs.
 *
 * Typography applies where the language is French: the whole page when `<html lang="fr">`, except
 * passages marked `lang="en"`; on an English page, only passages marked `lang="fr"`.
 */

/** In every page key of the incremental build (src/data/pageKeys.ts): bump it when the pass changes. */
export const TYPESET_VERSION = 'typeset-2';

export interface GlossaryTerm {
  /** The acronym as written in texts: "BTSA". */
  term: string;
  /** What it stands for, in the page's language: "brevet de technicien supérieur agricole". */
  expansion: string;
}

export interface TypesetOptions {
  /** Acronyms to spell out, by language (a passage in English gets the English expansion). */
  glossary?: Partial<Record<'fr' | 'en', GlossaryTerm[]>>;
}

/** Elements whose text is never changed: code, scripts, styles, raw text. */
const RAW = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'textarea', 'template', 'xmp', 'plaintext', 'noscript']);
/** Elements where an acronym is not spelled out: headings, links, buttons, labels, the head… */
const NO_GLOSSARY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'abbr', 'acronym', 'summary', 'label', 'legend', 'option', 'select', 'optgroup', 'time', 'title', 'dt', 'th', 'caption', 'svg', 'head']);
/** Regions of a page where acronyms are spelled out. */
const GLOSSARY_REGIONS = new Set(['main', 'footer']);
/** Elements that end a line of text: the characters on either side are not neighbours. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'img', 'input', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section',
  'select', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'svg', 'text', 'tspan', 'desc', 'button', 'meta', 'link',
]);
/** Attributes shown or read out to people. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder']);

interface Frame {
  name: string;
  lang: string;
  raw: boolean;
  glossary: boolean;
  region: boolean;
  abbr: boolean;
}

interface TextRun {
  start: number;
  end: number;
  text: string;
  lang: string;
  raw: boolean;
  glossary: boolean;
  /** Inside an <abbr>: an acronym there is already marked (and counts as met). */
  abbr: boolean;
  /** The index of the line of text it belongs to: neighbours only within one line. */
  line: number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const isFrench = (lang: string) => /^fr\b/i.test(lang);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function typesetHtml(html: string, options: TypesetOptions = {}): string {
  const runs: TextRun[] = [];
  const edits: Edit[] = [];
  const stack: Frame[] = [{ name: '#document', lang: '', raw: false, glossary: false, region: false, abbr: false }];
  let line = 0;
  let pendingAttributes: { name: string; value: string; start: number; end: number }[] = [];
  let lastTextEnd = -1;

  const parser: Parser = new Parser(
    {
      onattribute(name, value) {
        if (TEXT_ATTRIBUTES.has(name)) pendingAttributes.push({ name, value, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag(name, attributes) {
        const parent = stack[stack.length - 1];
        const lang = attributes.lang ?? parent.lang;
        const hidden = attributes['aria-hidden'] === 'true' || 'hidden' in attributes || 'data-no-glossary' in attributes;
        const region = parent.region || GLOSSARY_REGIONS.has(name);
        const frame: Frame = {
          name,
          lang,
          raw: parent.raw || RAW.has(name) || attributes.translate === 'no',
          glossary: region && !hidden && !NO_GLOSSARY.has(name) && (parent.glossary || GLOSSARY_REGIONS.has(name)),
          region,
          abbr: parent.abbr || name === 'abbr',
        };
        if (BLOCKS.has(name)) line++;
        if (!frame.raw && isFrench(lang)) {
          for (const attribute of pendingAttributes) {
            const typeset = frenchTypography(attribute.value);
            if (typeset !== attribute.value) edits.push({ start: attribute.start, end: attribute.end, replacement: `${attribute.name}="${escapeAttribute(typeset)}"` });
          }
        }
        pendingAttributes = [];
        stack.push(frame);
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) line++;
        // htmlparser2 closes implied elements itself: the frame on top is the one closed.
        if (stack.length > 1 && stack[stack.length - 1].name === name) stack.pop();
        else {
          const index = stack.map((frame) => frame.name).lastIndexOf(name);
          if (index > 0) stack.length = index;
        }
      },
      ontext(data) {
        const frame = stack[stack.length - 1];
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const last = runs[runs.length - 1];
        // Text arrives in pieces (around each character reference): one run per text node.
        if (last && lastTextEnd === start && last.line === line) {
          last.text += data;
          last.end = end;
        } else {
          runs.push({ start, end, text: data, lang: frame.lang, raw: frame.raw, glossary: frame.glossary, abbr: frame.abbr, line });
        }
        lastTextEnd = end;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const done = new Set<string>();
  const matchers = new Map<string, { pattern: RegExp; terms: Map<string, GlossaryTerm> }>();
  const matcherFor = (lang: 'fr' | 'en') => {
    if (!matchers.has(lang)) {
      const terms = new Map((options.glossary?.[lang] ?? []).map((term) => [term.term, term]));
      const alternatives = [...terms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
      const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}_/.@-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_/@-])`, 'gu') : /$^/gu;
      matchers.set(lang, { pattern, terms });
    }
    return matchers.get(lang)!;
  };

  runs.forEach((run, index) => {
    if (run.raw) return;
    const previous = runs[index - 1];
    const next = runs[index + 1];
    const before = previous && previous.line === run.line ? previous.text.slice(-1) : '';
    const after = next && next.line === run.line ? next.text.slice(0, 1) : '';
    const french = isFrench(run.lang);
    const text = french ? frenchTypography(run.text, { before, after }) : run.text;
    const lang = french ? 'fr' : /^en\b/i.test(run.lang) ? 'en' : null;
    // An acronym already in an <abbr> (written so by staff, or by this pass) counts as explained.
    if (run.abbr && lang) for (const match of text.matchAll(matcherFor(lang).pattern)) done.add(match[0]);
    const spelled = run.glossary && lang ? spellOut(text, matcherFor(lang), done, french) : null;
    if (spelled !== null) edits.push({ start: run.start, end: run.end, replacement: spelled });
    else if (text !== run.text) edits.push({ start: run.start, end: run.end, replacement: escapeText(text) });
  });

  if (edits.length === 0) return html;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += html.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + html.slice(at);
}

/** A bracket opens further on in the same phrase (no punctuation between). */
const BRACKET_LATER_IN_PHRASE = /^[^.,;:!?…()«»\n]*\(/u;
/** Whether the text before an acronym leaves a bracket open: the acronym is inside brackets. */
function insideBrackets(before: string): boolean {
  let depth = 0;
  for (const char of before) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The text as HTML with the first use of each acronym not yet met on the page spelled out, or
 * null when it has none. An acronym already followed by its expansion in brackets ("OFAJ (Office
 * franco-allemand…)"), or in brackets after it, counts as spelled out. One inside brackets, or
 * followed by a bracket in the same phrase, is not spelled out there (the next use is).
 */
function spellOut(text: string, matcher: { pattern: RegExp; terms: Map<string, GlossaryTerm> }, done: Set<string>, french: boolean): string | null {
  let out = '';
  let at = 0;
  let found = false;
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.terms.get(match[0])!;
    if (done.has(term.term)) continue;
    const end = match.index + match[0].length;
    const explained = /^[\s\u00a0\u202f]*\(/u.test(text.slice(end)) || (text[match.index - 1] === '(' && text[end] === ')');
    if (explained) {
      done.add(term.term);
      continue;
    }
    // Brackets inside brackets, or two bracketed groups in one phrase, read badly: "l’État
    // (ministères, DRAAF (direction…))", "EPLEFPA (établissement…) de Valbonne (Lycée…)". This use
    // stays as written and the next one is spelled out.
    if (insideBrackets(text.slice(0, match.index)) || BRACKET_LATER_IN_PHRASE.test(text.slice(end))) continue;
    done.add(term.term);
    const expansion = french ? frenchTypography(term.expansion) : term.expansion;
    out += `${escapeText(text.slice(at, match.index))}<abbr title="${escapeAttribute(expansion)}">${escapeText(term.term)}</abbr> (${escapeText(expansion)})`;
    at = end;
    found = true;
  }
  return found ? out + escapeText(text.slice(at)) : null;
}
