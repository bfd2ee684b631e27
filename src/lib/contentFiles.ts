import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { slugify } from './slug.ts';

/**
 * Which files of a collection folder Astro will load, named and identified exactly as Astro does
 * (src/content.config.ts), so that `npm run validate` checks every one of them and refuses what
 * would silently win, vanish or publish at a strange address.
 */

/** A file-level problem: `full` is the file (or folder) concerned. */
export interface FileProblem {
  full: string;
  message: string;
}

export interface CollectionFile {
  full: string;
  /** Path inside the collection folder, with `/`. */
  rel: string;
  /** The entry's id, which becomes its address: `lea-irlande` for lea-irlande/index.mdx. */
  id: string;
}

/**
 * - `entries`: Markdown bodies, `glob('**\/[^_]*.{md,mdx}')`: any depth, a file whose name starts
 *   with `_` is left out (not a folder: Astro does build `_brouillons/x.mdx`), dot folders are not
 *   entered, dot files are loaded.
 * - `data`: `glob('[^_]*.{yaml,yml}')`, in the folder itself only.
 */
export type CollectionKind = 'entries' | 'data';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BODY_LIKE = /\.(mdx?|markdown|mdown|mkdn?|mkd)$/i;
const DATA_LIKE = /\.ya?ml$/i;

export function collectionFiles(dir: string, kind: CollectionKind): { files: CollectionFile[]; problems: FileProblem[] } {
  const files: CollectionFile[] = [];
  const problems: FileProblem[] = [];
  const folderName = path.basename(dir);

  const walk = (current: string) => {
    let names: string[];
    try {
      names = readdirSync(current).sort();
    } catch {
      return; // no such folder: nothing to load
    }
    for (const name of names) {
      const full = path.join(current, name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        if (kind === 'entries' && !name.startsWith('.')) walk(full);
        continue;
      }
      const like = kind === 'entries' ? BODY_LIKE : DATA_LIKE;
      if (stat.isSymbolicLink()) {
        // Astro follows links, to files and folders alike; a link may lead out of content/.
        const toFolder = kind === 'entries' && !name.startsWith('.') && isFolder(full);
        if (toFolder || (like.test(name) && !name.startsWith('_'))) {
          problems.push({ full, message: `lien symbolique : placez ici ${toFolder ? 'le vrai dossier' : 'le vrai fichier'}, pas un lien (il peut mener hors du dossier content/)` });
        }
        continue;
      }
      if (!like.test(name) || name.startsWith('_')) continue;
      const loaded = kind === 'entries' ? /\.mdx?$/.test(name) : /\.ya?ml$/.test(name);
      if (kind === 'entries' && !name.endsWith('.mdx')) {
        const fixed = name.replace(BODY_LIKE, '.mdx');
        problems.push({
          full,
          message: loaded
            ? `les textes s'écrivent en .mdx : renommez « ${name} » en « ${fixed} »`
            : `extension non reconnue, ce fichier serait ignoré sans prévenir : renommez « ${name} » en « ${fixed} »`,
        });
      } else if (kind === 'data' && !loaded) {
        problems.push({ full, message: `extension non reconnue, ce fichier serait ignoré sans prévenir : renommez « ${name} » en « ${name.replace(DATA_LIKE, '.yaml')} »` });
      }
      if (!loaded) continue;
      const id = kind === 'entries' ? rel.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, '') : name.replace(/\.ya?ml$/, '');
      const naming = nameProblem(rel, id, folderName, kind === 'entries' ? '.mdx' : '.yaml');
      if (naming) problems.push({ full, message: naming });
      files.push({ full, rel, id });
    }
  };
  walk(dir);

  // Two files, one id: Astro keeps one of them and says so only in an English warning.
  const byId = new Map<string, CollectionFile>();
  for (const file of files) {
    const key = file.id.toLowerCase();
    const first = byId.get(key);
    if (!first) byId.set(key, file);
    else {
      problems.push({
        full: file.full,
        message: `deux fichiers pour la même adresse « ${file.id} » : content/${folderName}/${first.rel} et content/${folderName}/${file.rel} ; le site n'en garderait qu'un, sans prévenir. Gardez-en un seul (supprimez ou renommez l'autre)`,
      });
    }
  }
  return { files, problems };
}

function isFolder(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false; // a broken link
  }
}

/** Why a file's path cannot be its address, in French, with the name to use instead. */
function nameProblem(rel: string, id: string, folderName: string, extension: string): string | undefined {
  if (ID.test(id)) return undefined;
  const name = rel.split('/').pop() ?? rel;
  if (name.startsWith('.')) {
    return `fichier caché « ${name} » (son nom commence par un point ; un Mac ou un éditeur en crée parfois) : le site le publierait ; supprimez-le, ou faites commencer son nom par _ pour qu'il soit ignoré`;
  }
  if (id.includes('/')) {
    return (
      `fichier rangé trop profond : un texte est soit content/${folderName}/nom.mdx, soit content/${folderName}/nom/index.mdx ; ` +
      `celui-ci deviendrait la page « ${id} ». Déplacez-le, ou faites commencer son nom par _ (_${name}) pour que le site l'ignore` +
      (rel.split('/').some((part) => part.startsWith('_')) ? " (un dossier dont le nom commence par _ n'est pas ignoré, seul un fichier l'est)" : '')
    );
  }
  const isFolder = rel.includes('/');
  const written = isFolder ? id : name;
  const suggestion = slugify(id);
  const fixed = isFolder ? suggestion : `${suggestion}${extension}`;
  return (
    `nom de ${isFolder ? 'dossier' : 'fichier'} « ${written} » : il devient l'adresse de la page ; utilisez des minuscules sans accents, des chiffres et des tirets` +
    (suggestion ? ` : renommez-le « ${fixed} »` : ' (choisissez un nom fait de lettres ou de chiffres)')
  );
}

/**
 * A content file's text, or where it stops being UTF-8. A byte-order mark at the start is
 * dropped (Windows editors write one; Astro and js-yaml skip it too).
 */
export function readUtf8(full: string): { text: string } | { line: number; column: number } {
  const bytes = readFileSync(full);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Slow path, on a broken file only: feed bytes one by one to find the first bad one.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let column = 1;
    for (let index = 0; index < bytes.length; index++) {
      let chars: string;
      try {
        chars = decoder.decode(bytes.subarray(index, index + 1), { stream: true });
      } catch {
        return { line, column };
      }
      for (const char of chars) {
        if (char === '\n') {
          line++;
          column = 1;
        } else column++;
      }
    }
    return { line, column };
  }
}

export function utf8Message(): string {
  return "le fichier n'est pas enregistré en UTF-8 (un caractère y est illisible, souvent une lettre accentuée ou une apostrophe copiée depuis un ancien logiciel) : ouvrez-le dans votre éditeur, vérifiez ce caractère, et enregistrez le fichier avec l'encodage « UTF-8 »";
}
