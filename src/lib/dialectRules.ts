/**
 * The rules of the story dialect, whatever parser reads the body: Sätteri in Node
 * (src/lib/storyDialect.ts, for the validator and the build) and the micromark MDX parser in the
 * browser editor (src/lib/cms/browser/parseMdx.ts), so that both refuse exactly the same bodies
 * (tests/unit/dialect-parsers.test.ts). No Node API here: this file is bundled for the browser.
 *
 * The story dialect: what a body (story, news, FAQ, page) may contain. Bodies keep their `.mdx`
 * name and are parsed by the MDX parser Astro uses (Sätteri), but only Markdown and a few inert
 * tags are allowed: no import/export, no `{…}` expression, no tag that runs code or loads
 * anything, no link that is not a web, mail or phone address, no image that is not a file next
 * to the text. `npm run validate` and the compile-time guard (src/lib/dialectGuard.ts) both call
 * `dialectProblems`, so the validator and the build refuse exactly the same bodies.
 */

/** Tags a body may use, with the attributes each accepts (values must be plain quoted text). */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  br: [],
  abbr: ['title', 'lang'],
  sup: ['lang'],
  sub: ['lang'],
  span: ['lang'],
};

/** Schemes a link may use; a link without a scheme must be a path of the site (`/…`) or an anchor (`#…`). */
export const ALLOWED_LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Parses an MDX body into mdast; throws `line:column: message` on a syntax error. */
export type MdxParser = (source: string) => unknown;

export interface DialectProblem {
  /** 1-based line and column in the file (bodies are parsed with their front matter blanked out). */
  line: number;
  column: number;
  /** What was found and how to write it instead, in French. */
  message: string;
}

export interface DialectOptions {
  /**
   * The story's image consent. With `false`, a photo in the text must be declared as not showing
   * the author in `textPhotosWithoutAuthor`. Undefined for bodies that are not stories.
   */
  imageConsent?: boolean;
  /** Paths listed in `textPhotosWithoutAuthor`, as written (`./oliveraie.jpg` or `oliveraie.jpg`). */
  textPhotosWithoutAuthor?: readonly string[];
}

/** A photo written in a body, its path normalised (`photos/a.jpg`) and where it is. */
export interface BodyImage {
  url: string;
  path: string | undefined;
  line: number;
  column: number;
}

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point };
}

const tagList = Object.keys(ALLOWED_TAGS)
  .map((tag) => (tag === 'br' ? '<br />' : `<${tag}>`))
  .join(', ');

/** Browsers ignore tabs and line breaks inside URLs (`java\tscript:` runs): so do the checks. */
function compact(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** Why a link target is refused, or undefined when it is a web, mail or phone address or a site path. */
export function linkProblem(url: string): string | undefined {
  const target = compact(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme) {
    if ((ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
    return `lien « ${url} » refusé : seules les adresses https://, http://, mailto: et tel: sont permises`;
  }
  if (target.startsWith('//')) return `lien « ${url} » : écrivez l'adresse complète, en commençant par https://`;
  if (target.startsWith('/') || target.startsWith('#')) return undefined;
  return `lien « ${url} » : écrivez une adresse complète (https://…), une adresse e-mail (mailto:…) ou une page du site commençant par / (ex. /familles/)`;
}

/**
 * A photo path relative to the text's folder (`photo.jpg`, `./photos/a.jpg`), normalised without
 * `./`; undefined when the path could leave the folder or point anywhere else.
 */
export function localImagePath(url: string): string | undefined {
  const target = url.trim();
  if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || /[\\?#\u0000-\u001f]/.test(target)) return undefined;
  const segments = target.split('/').filter((segment) => segment !== '.' && segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment === '..')) return undefined;
  return segments.join('/');
}

function at(node: Node): Point {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The parser's own (English) error, explained in French with the way to write it instead. */
export function explainParseError(message: string, source: string): DialectProblem {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  const line = match ? Number(match[1]) : 1;
  let column = match ? Number(match[2]) : 1;
  const detail = match ? match[3] : message;
  const lineText = source.split(/\r?\n/)[line - 1] ?? '';
  // Sätteri points at the « < » of « <!-- », micromark at the « ! » after it: the same place for staff.
  if (/before name/.test(detail) && column > 1 && lineText.slice(column - 2).startsWith('<!')) column -= 1;
  const here = lineText.slice(column - 1);
  let text: string;
  if (/before name/.test(detail) && here.startsWith('<!')) {
    text = "commentaire HTML « <!-- … --> » : il n'est pas permis dans un texte. Supprimez-le ; une note pour l'équipe s'écrit dans l'en-tête, sur une ligne qui commence par #";
  } else if (/Unexpected character after `<`|before name/.test(detail)) {
    text = `signe « < » : il ouvre une balise. Pour l'écrire tel quel, écrivez &lt; (par exemple « &lt;5 °C »), ou en toutes lettres « moins de 5 °C » ; pour un lien, écrivez [texte](https://…)`;
  } else if (/closing tag for `<br>`/.test(detail)) {
    text = 'saut de ligne « <br> » : écrivez <br /> (avec la barre oblique)';
  } else if (/Expected a closing tag for `<([^>]*)>`/.test(detail)) {
    const tag = /Expected a closing tag for `<([^>]*)>`/.exec(detail)?.[1] ?? '';
    text = `balise « <${tag}> » ouverte mais jamais fermée : ajoutez </${tag}> à la fin du passage, dans le même paragraphe, ou retirez la balise (balises permises : ${tagList})`;
  } else if (/Unexpected closing tag/.test(detail)) {
    text = "balise fermante sans balise ouvrante correspondante : retirez-la, ou vérifiez l'ordre des balises";
  } else if (/expression|brace/i.test(detail)) {
    text = 'accolade « { » : les accolades sont réservées. Pour en écrire une, écrivez \\{ (et \\} pour la fermante), ou utilisez des parenthèses';
  } else if (/import|export/i.test(detail)) {
    text = 'ligne « import » ou « export » : le code n’est pas permis dans un texte ; supprimez la ligne';
  } else {
    text = `syntaxe non reconnue à cet endroit : vérifiez les signes < > { } (écrivez &lt; \\{ \\} pour les afficher) — détail technique : ${detail}`;
  }
  return { line, column, message: text };
}

/** Every problem of a body, in document order. Never throws. */
export function dialectProblemsWith(parse: MdxParser, source: string, options: DialectOptions = {}): DialectProblem[] {
  let root: Node;
  try {
    root = parse(source) as Node;
  } catch (error) {
    return [explainParseError(error instanceof Error ? error.message : String(error), source)];
  }
  const problems: DialectProblem[] = invisibleCharacters(source);
  const report = (node: Node, message: string) => problems.push({ ...at(node), message });
  const definitions = new Map<string, string>();
  const withoutAuthor = new Set((options.textPhotosWithoutAuthor ?? []).map((p) => localImagePath(p) ?? p));

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, "ligne « import » ou « export » : le code n'est pas permis dans un texte. Supprimez la ligne (si c'est du texte, reformulez-la pour qu'elle ne commence pas par import ou export)");
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* note */}` is the one inert expression: a note for the team, never shown.
        if (isCommentOnly(node.value ?? '')) return;
        report(node, `accolades « {${truncate(node.value ?? '')}} » : le code n'est pas permis dans un texte. Pour afficher une accolade, écrivez \\{ et \\}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkTag(node, report);
        break;
      case 'link':
        if (node.url !== undefined) {
          const problem = linkProblem(node.url);
          if (problem) report(node, problem);
        }
        break;
      case 'definition':
        definitions.set(node.identifier ?? '', node.url ?? '');
        if (node.url !== undefined) {
          const problem = linkProblem(node.url);
          if (problem) report(node, problem);
        }
        break;
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url ?? '' : definitions.get(node.identifier ?? '') ?? '';
        if (node.type === 'imageReference') {
          report(node, "photo écrite par référence (![texte][nom]) : écrivez-la directement, ![description](./photo.jpg)");
          break;
        }
        checkImage(node, url, options, withoutAuthor, report);
        break;
      }
      case 'html':
        report(node, `code HTML non permis : utilisez le Markdown, ou l'une des balises permises (${tagList})`);
        return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  // Definitions may come after their use: collect them first.
  collectDefinitions(root, definitions);
  visit(root);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function collectDefinitions(node: Node, definitions: Map<string, string>) {
  if (node.type === 'definition') definitions.set(node.identifier ?? '', node.url ?? '');
  for (const child of node.children ?? []) collectDefinitions(child, definitions);
}

function checkTag(node: Node, report: (node: Node, message: string) => void) {
  const name = node.name ?? '';
  const allowed = ALLOWED_TAGS[name];
  if (!name) {
    report(node, `balise vide « <> » : elle n'est pas permise ; retirez-la (balises permises : ${tagList})`);
    return;
  }
  if (!allowed) {
    const component = /^[A-Z]/.test(name) || name.includes('.');
    report(
      node,
      component
        ? `composant « <${name}> » : aucun composant n'est proposé dans les textes ; retirez-le (balises permises : ${tagList})`
        : `balise « <${name}> » non permise dans un texte (balises permises : ${tagList}). Pour afficher le signe « < », écrivez &lt;`,
    );
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(node, `balise « <${name}> » : les accolades { } ne sont pas permises dans une balise`);
      continue;
    }
    const attr = attribute.name ?? '';
    if (!allowed.includes(attr)) {
      report(node, `attribut « ${attr} » non permis sur <${name}>${allowed.length ? ` (permis : ${allowed.join(', ')})` : ' (aucun attribut permis)'}`);
    } else if (typeof attribute.value !== 'string') {
      report(node, `attribut « ${attr} » de <${name}> : écrivez sa valeur entre guillemets, sans accolades (ex. ${attr}="en")`);
    } else if (attr === 'lang' && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(attribute.value)) {
      report(node, `attribut lang="${attribute.value}" : code de langue attendu, par exemple lang="en" (anglais), lang="de" (allemand), lang="es" (espagnol)`);
    }
  }
  if (name === 'br' && (node.children?.length ?? 0) > 0) report(node, 'la balise <br /> ne contient pas de texte : écrivez <br /> seul');
}

function checkImage(
  node: Node,
  url: string,
  options: DialectOptions,
  withoutAuthor: Set<string>,
  report: (node: Node, message: string) => void,
) {
  const local = localImagePath(url);
  if (!local) {
    report(
      node,
      /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim())
        ? `photo « ${url} » prise sur un autre site : elle n'est pas permise (le site ne charge rien d'ailleurs). Enregistrez la photo dans le dossier du texte et écrivez ![description](./photo.jpg)`
        : `photo « ${url} » : elle doit être dans le dossier du texte (ou un sous-dossier) ; écrivez ![description](./photo.jpg), sans « .. » ni chemin commençant par /`,
    );
    return;
  }
  if (options.imageConsent === false && !withoutAuthor.has(local)) {
    report(
      node,
      `photo « ${url} » : consent.image vaut false, aucune photo de la personne ne peut être publiée. Retirez la photo, ou, si elle ne montre pas la personne, ajoutez-la dans l'en-tête : textPhotosWithoutAuthor: ["./${local}"]`,
    );
  }
}

/** Control characters (a copy-paste leftover): invisible on the page, they break words and searches. */
function invisibleCharacters(source: string): DialectProblem[] {
  const problems: DialectProblem[] = [];
  source.split('\n').forEach((text, index) => {
    // eslint-disable-next-line no-control-regex
    for (const match of text.matchAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/g)) {
      const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      problems.push({ line: index + 1, column: (match.index ?? 0) + 1, message: `caractère invisible (U+${code}) dans le texte : supprimez-le, il vient souvent d'un copier-coller` });
    }
  });
  return problems;
}

/** A single block comment and nothing else (no comment end inside it, so no code after it). */
export function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** The photos a body shows (for the validator's file checks and the image-consent rule). Never throws. */
export function bodyImagesWith(parse: MdxParser, source: string): BodyImage[] {
  let root: Node;
  try {
    root = parse(source) as Node;
  } catch {
    return [];
  }
  const images: BodyImage[] = [];
  const walk = (node: Node) => {
    if (node.type === 'image' && node.url !== undefined) images.push({ url: node.url, path: localImagePath(node.url), ...at(node) });
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return images;
}
