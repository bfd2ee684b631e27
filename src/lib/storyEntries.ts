import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroIntegration } from 'astro';
import { guardProblems } from './dialectGuard.ts';
import { storyHtml } from './storyHtml.ts';

/**
 * Content files (`.mdx`: stories, news, FAQ answers, pages) are turned into HTML by the content
 * layer, once per file version, and kept in its cache with the entry (keyed by the file's digest),
 * like Markdown files. Before, @astrojs/mdx compiled each file into a JavaScript module that Vite
 * bundled on every build: at 1,000 stories that was most of a one-story rebuild (issue 15,
 * docs/benchmark.md). The story dialect runs no code, so the HTML is all a body ever was.
 *
 * Astro's content layer swallows a render error (it logs it and keeps the entry without HTML),
 * so a refused body is kept as `metadata.refused`, and `render` in src/data/render.ts stops the
 * build on it, naming the file: a page is never published with an empty text.
 */
export function storyEntries(): AstroIntegration {
  return {
    name: 'escales:story-entries',
    hooks: {
      'astro:config:setup': (options) => {
        // The hook Astro's own @astrojs/mdx and @astrojs/markdoc use to declare a content file type;
        // Astro passes it without typing it publicly.
        const { addContentEntryType } = options as typeof options & { addContentEntryType: (type: unknown) => void };
        addContentEntryType({
          extensions: ['.mdx'],
          async getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
            // The same front matter parser (js-yaml) and options as @astrojs/mdx: the same data.
            const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
            return { data: parsed.frontmatter, body: parsed.content.trim(), slug: parsed.frontmatter.slug, rawData: parsed.rawFrontmatter };
          },
          async getRenderFunction() {
            return renderBody;
          },
        });
      },
    },
  };
}

interface RenderedBody {
  html: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    imagePaths: string[];
    frontmatter: Record<string, unknown>;
    refused?: string;
  };
}

async function renderBody(entry: { data: Record<string, unknown>; filePath?: string }): Promise<RenderedBody> {
  const empty = { headings: [], localImagePaths: [], remoteImagePaths: [], imagePaths: [], frontmatter: entry.data };
  if (!entry.filePath) return { html: '', metadata: { ...empty, refused: 'fichier introuvable' } };
  // The body with its front matter blanked, so that line numbers in messages are the file's.
  const source = await readFile(entry.filePath, 'utf8');
  const body = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
  const problems = guardProblems(body, entry.data, entry.filePath);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  • ligne ${p.line}, colonne ${p.column} : ${p.message}`);
    return { html: '', metadata: { ...empty, refused: `texte refusé (syntaxe des textes, voir content/README.md) :\n${lines.join('\n')}` } };
  }
  try {
    const { html, headings, localImagePaths } = storyHtml(body);
    return { html, metadata: { ...empty, headings, localImagePaths, imagePaths: localImagePaths } };
  } catch (error) {
    return { html: '', metadata: { ...empty, refused: `texte refusé : ${(error as Error).message}` } };
  }
}
