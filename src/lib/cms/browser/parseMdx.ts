import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { MdxParser } from '../../dialectRules.ts';

/**
 * The browser's MDX parser for the story dialect: micromark with its MDX extension, the reference
 * implementation of the grammar Sätteri (a native module, not available in a browser) follows.
 * Syntax errors are thrown as Sätteri throws them, `line:column: message`, so that
 * `explainParseError` gives the same French explanation (tests/unit/dialect-parsers.test.ts).
 */
export const parseMdx: MdxParser = (source) => {
  try {
    return fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    throw new Error(`${e.line ?? 1}:${e.column ?? 1}: ${e.reason ?? e.message ?? String(error)}`);
  }
};
