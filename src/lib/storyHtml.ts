import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { ALLOWED_TAGS, isCommentOnly, localImagePath } from './dialectRules.ts';

/**
 * A story's body (the story dialect: Markdown, a few plain tags, `{/* notes *\/}`) turned into
 * HTML once, by the content layer, instead of compiled into a JavaScript module for Vite to bundle
 * on every build. The dialect runs no code, so nothing is lost: the HTML is what the MDX module
 * would have printed. Photos in the text keep Astro's `__ASTRO_IMAGE_` markers, which Astro's
 * runtime turns into optimised <img> when the page is rendered (as it does for Markdown files).
 *
 * The dialect guard has refused anything else before this runs; this function still refuses it
 * (an error, never a silent drop), so it can never print a node it does not understand.
 */
export interface StoryHtml {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Photos in the text, as written (relative to the story's folder). */
  localImagePaths: string[];
}

/** The features Astro's Markdown and MDX use by default: GFM tables and typographic quotes. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Attributes Astro's image marker keeps on the <img> itself rather than in the marker. */
const KEPT_ON_IMAGE = new Set(['className']);

/** A hast node as Sätteri materialises it, MDX nodes included (typed loosely: each case checks what it reads). */
interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: unknown;
  children?: Node[];
}

export function storyHtml(body: string): StoryHtml {
  const tree = mdxToHast(body, { features: FEATURES }) as unknown as Node;
  const slugger = new GithubSlugger();
  const headings: StoryHtml['headings'] = [];
  const images = new Set<string>();
  const imageIndex = new Map<string, number>();

  const convert = (node: Node): Node[] => {
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isCommentOnly(String(node.value ?? ''))) return [];
        throw new Error('expression « {…} » non permise dans un texte');
      case 'mdxjsEsm':
        throw new Error('ligne « import » ou « export » non permise dans un texte');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return [plainTag(node, convertChildren(node))];
      case 'element':
        return [element(node)];
      case 'root':
        return [{ ...node, children: convertChildren(node) }];
      case 'text':
        return [node];
      default:
        // Doctype, comment or raw HTML: the MDX parser produces none of them.
        throw new Error(`élément inattendu (${node.type}) dans un texte`);
    }
  };
  const convertChildren = (node: Node): Node[] => (node.children ?? []).flatMap(convert);

  const element = (node: Node): Node => {
    const children = convertChildren(node);
    const properties = { ...(node.properties as Record<string, unknown>) };
    const tag = String(node.tagName);
    if (/^h[1-6]$/.test(tag)) {
      const text = textOf({ ...node, children });
      const slug = typeof properties.id === 'string' ? properties.id : slugger.slug(text);
      properties.id = slug;
      headings.push({ depth: Number(tag[1]), slug, text });
    }
    if (tag === 'img') {
      const src = typeof properties.src === 'string' ? decodeURI(properties.src) : '';
      if (localImagePath(src) === undefined) throw new Error(`photo « ${src} » : seules les photos du dossier du texte sont permises`);
      images.add(src);
      const index = imageIndex.get(src) ?? 0;
      imageIndex.set(src, index + 1);
      const { src: _src, ...rest } = properties;
      const marked: Record<string, unknown> = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
      for (const key of Object.keys(rest)) if (KEPT_ON_IMAGE.has(key)) marked[key] = rest[key];
      return { ...node, properties: marked, children };
    }
    return { ...node, properties, children };
  };

  const root = convert(tree)[0]!;
  return { html: toHtml(root as never), headings, localImagePaths: [...images] };
}

/** One of the dialect's plain tags (<br />, <abbr title>, <sup>, <sub>, <span lang>) as an HTML element. */
function plainTag(node: Node, children: Node[]): Node {
  const name = String(node.name ?? '');
  const allowed = ALLOWED_TAGS[name];
  if (!allowed) throw new Error(`balise « ${name || 'fragment'} » non permise dans un texte`);
  const properties: Record<string, string> = {};
  for (const attribute of (node.attributes as { type: string; name?: string; value?: unknown }[]) ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name) || typeof attribute.value !== 'string') {
      throw new Error(`attribut non permis sur « ${name} »`);
    }
    properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: name, properties, children } as Node;
}

function textOf(node: Node): string {
  if (node.type === 'text') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}
