import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { contentDir } from './contentDir.ts';
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

/** What the guard refuses in one MDX file: the dialect, an MDX `layout`, photos out of the folder or symlinked. */
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
      const problem = fileProblem(path.join(folder, image.path), contentRoot);
      if (problem) problems.push({ line: image.line, column: image.column, message: `photo « ${image.url} » : ${problem}` });
    }
  }
  return problems;
}

/** A photo must be a regular file inside the content folder: not a symbolic link, not elsewhere. */
function fileProblem(full: string, contentRoot: string): string | undefined {
  try {
    if (lstatSync(full).isSymbolicLink()) return "c'est un lien symbolique : copiez la photo elle-même dans le dossier du texte";
    const root = realpathSync(contentRoot);
    const relative = path.relative(root, realpathSync(full));
    if (relative.startsWith(`..${path.sep}`) || relative === '..' || path.isAbsolute(relative)) return 'le fichier est hors du dossier content/';
  } catch {
    return 'fichier introuvable : placez la photo dans le dossier du texte';
  }
  return undefined;
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
