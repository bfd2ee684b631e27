import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { contentDir } from './contentDir.ts';
import { imageReferenceProblem } from './imageFiles.ts';
import { bodyImages, dialectProblems, type DialectProblem } from './storyDialect.ts';

/**
 * The compile-time half of the story dialect: a Sätteri plugin factory that runs on every MDX
 * file before it is parsed, so that `astro dev` and `astro build` refuse a forbidden body even
 * when `npm run validate` was skipped. It throws; it never rewrites the body.
 */
export function dialectGuard(): MdastPluginEntry {
  return (context: PluginFactoryContext) => {
    const file = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    const frontmatter = frontmatterOf(context.data);
    const problems = guardProblems(context.source, frontmatter, file);
    if (problems.length > 0) {
      const name = file ? displayPath(file) : 'texte';
      const lines = problems.map((p) => `  • ${name}, ligne ${p.line}, colonne ${p.column} : ${p.message}`);
      throw new Error(`Texte refusé (syntaxe des textes, voir content/README.md) :\n${lines.join('\n')}`);
    }
    return null;
  };
}

/** What the guard refuses in one MDX file: the dialect, an MDX `layout`, photos that are not regular image files inside content/. */
export function guardProblems(
  source: string,
  frontmatter: Record<string, unknown>,
  file: string | undefined,
  contentRoot: string = contentDir(),
): DialectProblem[] {
  const consent = frontmatter.consent as { image?: unknown } | undefined;
  const textPhotos = frontmatter.textPhotosWithoutAuthor;
  const problems = dialectProblems(source, {
    imageConsent: typeof consent?.image === 'boolean' ? consent.image : undefined,
    textPhotosWithoutAuthor: Array.isArray(textPhotos) ? textPhotos.map(String) : [],
  });
  // An MDX `layout` field makes the compiled page import any file: never from content.
  if ('layout' in frontmatter) problems.unshift({ line: 1, column: 1, message: "champ « layout » non permis dans l'en-tête : retirez-le" });
  if (file) {
    const folder = path.dirname(file);
    for (const image of bodyImages(source)) {
      if (!image.path) continue; // already refused by dialectProblems
      // The same checks as every other image (inside content/, no symlink, format, size, decodable).
      const problem = imageReferenceProblem(image.path, folder, contentRoot, 'photo');
      if (problem) problems.push({ line: image.line, column: image.column, message: `photo « ${image.url} » : ${problem}` });
    }
  }
  return problems;
}

function frontmatterOf(data: unknown): Record<string, unknown> {
  const astro = (data as { astro?: { frontmatter?: unknown } } | undefined)?.astro;
  const frontmatter = astro?.frontmatter;
  return frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>) : {};
}

function displayPath(file: string): string {
  const relative = path.relative(path.dirname(contentDir()), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
