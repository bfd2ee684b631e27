/**
 * The image files the content points at — covers, gallery photos, photos in the text, logos —
 * checked before Astro sees them: the path stays inside content/ (no absolute path, no « .. », no
 * symbolic link), the file is an image the site can publish (by its bytes, not only its name), it
 * decodes, and it is not too large. Every problem is a French sentence saying what to do.
 *
 * `imageReferenceProblem` is synchronous (file system only); `imageDecodeProblem` decodes with
 * sharp, the library Astro and the sharing cards use, so a file it accepts cannot fail the build.
 */
import { closeSync, type Dirent, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** A photo (cover, gallery, text) or a logo (the school's, an institution's, a funder's emblem): only a logo may be SVG. */
export type ImageUse = 'photo' | 'logo';

/**
 * The largest image accepted: 50 megapixels. A 48-megapixel phone photo (8064 × 6048) passes; a
 * larger file only makes the build slower and heavier (the site never shows more than 1400 pixels
 * wide) and, above 268 megapixels, makes it fail.
 */
export const MAX_PIXELS = 50_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'svg' | 'heif' | 'tiff' | 'bmp' | 'pdf';

const PHOTO_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'avif', 'gif'];
const EXTENSIONS: Record<string, ImageFormat> = {
  jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif', svg: 'svg',
  heic: 'heif', heif: 'heif', tif: 'tiff', tiff: 'tiff', bmp: 'bmp', pdf: 'pdf',
};
const FORMAT_NAMES: Record<ImageFormat, string> = {
  jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF', gif: 'GIF', svg: 'SVG', heif: 'HEIC', tiff: 'TIFF', bmp: 'BMP', pdf: 'PDF',
};

const allowed = (use: ImageUse): readonly ImageFormat[] => (use === 'logo' ? [...PHOTO_FORMATS, 'svg'] : PHOTO_FORMATS);
const how = (use: ImageUse) =>
  use === 'photo'
    ? 'placez la photo dans le dossier du texte et écrivez ./nom-du-fichier.jpg'
    : 'placez le fichier dans le dossier content/ (par exemple content/logos/) et écrivez logos/nom-du-fichier.svg';

/** What an iPhone user can do with a HEIC photo. */
export function heicAdvice(ref: string): string {
  return (
    `« ${ref} » est une photo HEIC (le format des iPhone), que le site ne peut pas publier. Enregistrez-la en JPEG : ` +
    "sur l'iPhone, envoyez-la par mail ou par AirDrop (elle arrive en JPEG), et pour les prochaines photos choisissez " +
    'Réglages > Appareil photo > Formats > « Le plus compatible » ; sous Windows, ouvrez-la dans Photos puis « Enregistrer sous » en JPEG. ' +
    'Placez ensuite le fichier .jpg à côté du texte et écrivez son nom ici'
  );
}

function wrongFormat(ref: string, format: ImageFormat | undefined, use: ImageUse): string {
  if (format === 'heif') return heicAdvice(ref);
  const expected = use === 'logo' ? 'SVG, PNG, JPEG, WebP, AVIF ou GIF' : 'JPEG, PNG, WebP, AVIF ou GIF';
  if (format === 'svg') return `« ${ref} » est un dessin SVG : le SVG n'est accepté que pour un logo ; pour une photo, enregistrez-la en JPEG ou en PNG`;
  if (format === 'pdf') return `« ${ref} » est un PDF, pas une image : exportez-le en ${use === 'logo' ? 'SVG ou PNG' : 'JPEG'} (depuis le logiciel qui l'a créé, ou une capture d'écran) et écrivez le nom du nouveau fichier`;
  if (format) return `« ${ref} » est une image ${FORMAT_NAMES[format]}, un format que le site ne publie pas : enregistrez-la en JPEG ou en PNG (format ${expected} attendu)`;
  return `« ${ref} » n'est pas une image reconnue (format ${expected} attendu) : ouvrez le fichier pour vérifier, puis enregistrez-le en JPEG ou en PNG`;
}

/**
 * The rules a path obeys whatever folder it is read from: relative, inside the text's folder (or,
 * for a logo, content/), no « .. », no address, no backslash, a supported extension. Astro's schema
 * (src/content.config.ts) uses this too, so a build run without the validator refuses the same paths.
 */
export function imagePathSyntaxProblem(ref: string, use: ImageUse = 'photo'): string | undefined {
  if (ref.trim() === '') return `chemin vide : ${how(use)}`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(ref)) return `le chemin « ${ref} » contient un caractère invisible (retour à la ligne, tabulation…) : retapez-le`;
  if (/^[a-z]:[\\/]/i.test(ref) || path.isAbsolute(ref) || ref.startsWith('\\') || ref.startsWith('~'))
    return `chemin absolu refusé : « ${ref} » ; le site ne publie que des fichiers du dossier content/ : ${how(use)}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref))
    return `adresse refusée : « ${ref} » ; ${use === 'photo' ? 'une photo' : 'un logo'} doit être un fichier du dossier content/, pas une adresse : ${how(use)}`;
  if (ref.includes('\\')) return `barre oblique inversée dans « ${ref} » : séparez les dossiers par « / » (ex. ./photos/plage.jpg)`;
  if (ref.split('/').includes('..'))
    return `chemin qui sort du dossier ${use === 'photo' ? 'du texte' : 'content/'} (« .. ») refusé : « ${ref} » ; ${how(use)}`;
  // Vite reads what follows « ? » as options of the import (?raw, ?url), not as part of the name.
  if (ref.includes('?')) return `le nom « ${ref} » contient « ? », que le site ne sait pas lire : renommez le fichier sans ce caractère, puis écrivez le nouveau nom ici`;
  const extension = /\.([^./]+)$/.exec(ref)?.[1]?.toLowerCase();
  const format = extension ? EXTENSIONS[extension] : undefined;
  if (!format) return `« ${ref} » : extension ${extension ? `« .${extension} » ` : ''}non reconnue ; ${use === 'logo' ? 'un fichier .svg, .png, .jpg ou .webp' : 'une photo .jpg, .png, .webp, .avif ou .gif'} est attendu`;
  if (!allowed(use).includes(format)) return wrongFormat(ref, format, use);
  return undefined;
}

/** The format of an image file from its first bytes; undefined when unknown. */
export function sniffImageFormat(head: Uint8Array): ImageFormat | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (ascii(4, 8) === 'ftyp') {
    // ISO media: the brands say AVIF (served) or HEIC/HEIF (an iPhone's format).
    const size = Math.min(head.length, ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0);
    const brands = [ascii(8, 12)];
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(at, at + 4));
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => /^(heic|heix|hevc|hevx|heim|heis|hevm|hevs|mif1|msf1)$/.test(b))) return 'heif';
    return undefined;
  }
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<') && /<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

function readHead(file: string, bytes = 4096): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

const inside = (root: string, full: string) => {
  const rel = path.relative(root, full);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
};

function missing(ref: string, full: string, use: ImageUse): string {
  const wanted = path.basename(full).normalize('NFC').toLowerCase();
  let near: string | undefined;
  try {
    near = readdirSync(path.dirname(full)).find((name) => name.normalize('NFC').toLowerCase() === wanted);
  } catch {
    // The folder itself is missing.
  }
  if (near && near.normalize('NFC') === path.basename(full).normalize('NFC'))
    return `fichier introuvable : « ${ref} » ; le dossier contient un fichier au nom identique mais dont les accents sont écrits autrement (copie depuis un Mac) : renommez le fichier en retapant son nom`;
  if (near) return `fichier introuvable : « ${ref} » ; le dossier contient « ${near} » : écrivez le nom exactement ainsi (majuscules, accents et extension compris)`;
  return `fichier introuvable : « ${ref} » (${how(use)})`;
}

/**
 * Why an image reference cannot be published, in French, or undefined when the file is fine as far
 * as the file system and its first bytes tell: `ref` is the path as written, read from `entryDir`
 * (the text's folder for a photo, content/ for a logo), and must stay inside `contentRoot`.
 * Decoding is `imageDecodeProblem`'s job.
 */
export function imageReferenceProblem(ref: string, entryDir: string, contentRoot: string, use: ImageUse = 'photo'): string | undefined {
  const syntax = imagePathSyntaxProblem(ref, use);
  if (syntax) return syntax;
  const root = path.resolve(contentRoot);
  const full = path.resolve(entryDir, ref);
  if (!inside(root, full)) return `chemin hors du dossier content/ refusé : « ${ref} » ; ${how(use)}`;
  // No symbolic link on the way, the file included: a link could publish any file of the machine.
  let current = root;
  for (const part of path.relative(root, full).split(path.sep)) {
    current = path.join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      return missing(ref, full, use);
    }
    if (stat.isSymbolicLink())
      return `lien symbolique refusé : « ${path.relative(root, current).split(path.sep).join('/')} » (dans « ${ref} ») ; remplacez le lien par une copie du fichier`;
  }
  if (!lstatSync(full).isFile()) return `« ${ref} » est un dossier, pas un fichier : écrivez le nom de la photo (ex. ./photo.jpg)`;
  // The real paths as well, in case content/ is reached through a link of its own.
  if (!inside(realpathSync(root), realpathSync(full))) return `chemin hors du dossier content/ refusé : « ${ref} » ; ${how(use)}`;
  const format = sniffImageFormat(readHead(full));
  if (!format || !allowed(use).includes(format)) return wrongFormat(ref, format, use);
  if (format === 'svg') {
    const unsafe = svgProblem(readFileSync(full, 'utf8'), ref);
    if (unsafe) return unsafe;
  }
  // A logo's type is taken from its name when it is drawn (src/lib/logos.ts): the two must agree.
  const named = EXTENSIONS[path.extname(ref).slice(1).toLowerCase()];
  if (use === 'logo' && named !== format)
    return `« ${ref} » est en réalité une image ${FORMAT_NAMES[format]} : renommez le fichier avec l'extension .${format === 'jpeg' ? 'jpg' : format} et écrivez le nouveau nom ici`;
  // Decoding, when prepareImageChecks has done it for this version of the file.
  return settled.get(cacheKey(full)) ?? undefined;
}

/**
 * What makes an SVG unsafe to publish: code (script, on…= handlers, javascript:), foreign HTML,
 * entity declarations, or references to other files and sites (only `#id` and embedded bitmaps).
 * Logos are drawn as images (src/lib/logos.ts), where browsers run none of this; refusing it as well
 * keeps the file harmless wherever it is used (favicon, sharing cards).
 */
export function svgProblem(svg: string, ref: string): string | undefined {
  const refuse = (what: string) =>
    `le logo SVG « ${ref} » contient ${what}, refusé pour la sécurité du site : enregistrez-le de nouveau en « SVG simple » (Inkscape : Fichier > Enregistrer sous > SVG simple) ou en PNG`;
  if (/<!ENTITY/i.test(svg)) return refuse('une déclaration <!ENTITY>');
  // A stylesheet instruction or a DOCTYPE points at another file; a backslash in CSS can spell
  // url( in disguise (u\72l(…)): none of them belongs in a logo.
  if (/<\?xml-stylesheet/i.test(svg)) return refuse('une instruction <?xml-stylesheet?> (une feuille de style venue d’ailleurs)');
  if (/<!DOCTYPE/i.test(svg)) return refuse('une déclaration <!DOCTYPE>');
  for (const style of svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|\sstyle\s*=\s*("[^"]*"|'[^']*')/gi)) {
    if ((style[1] ?? style[2] ?? '').includes('\\')) return refuse('une barre oblique inverse « \\ » dans un style (une adresse déguisée)');
  }
  for (const tag of svg.matchAll(/<\s*([a-zA-Z][\w:.-]*)([^>]*)>/g)) {
    const name = tag[1].toLowerCase().replace(/^svg:/, '');
    if (name === 'script' || name === 'foreignobject' || name === 'iframe' || name === 'embed' || name === 'object')
      return refuse(`un élément <${tag[1]}>`);
    for (const attribute of tag[2].matchAll(/([^\s=/]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const key = attribute[1].toLowerCase();
      const value = decodeXmlEntities(attribute[2].replace(/^["']|["']$/g, '')).trim();
      if (/^on/.test(key)) return refuse(`un attribut « ${attribute[1]} » (du code exécuté par le navigateur)`);
      if (/javascript:/i.test(value.replace(/\s/g, ''))) return refuse('une adresse javascript:');
      if ((key === 'href' || key === 'xlink:href' || key === 'src') && !value.startsWith('#') && !/^data:image\/(png|jpeg|gif|webp);/i.test(value))
        return refuse(`un lien vers un autre fichier ou site (« ${value.slice(0, 60)} »)`);
    }
  }
  for (const match of svg.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)) {
    const target = decodeXmlEntities(match[2]).trim();
    if (!target.startsWith('#') && !/^data:image\/(png|jpeg|gif|webp);/i.test(target)) return refuse(`une référence url(${target.slice(0, 60)}) vers un autre fichier`);
  }
  if (/@import/i.test(svg)) return refuse('une règle @import');
  return undefined;
}

function decodeXmlEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));?/gi, (_, hex, dec, named) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named.toLowerCase() as 'amp'];
  });
}

// Decoding costs ~50–200 ms a photo: a few at a time (sharp has its own threads), each file once
// per process, and, with a cache file, once per version of the file across runs. Keys are the
// file's path, size and modification time: a replaced photo is a new key.
const decoded = new Map<string, Promise<string | undefined>>();
/** Results known without waiting: read from the cache file, or decoded and settled. */
const settled = new Map<string, string | null>();
let running = 0;
const queue: (() => void)[] = [];
const limit = Math.max(2, availableParallelism());
const CACHE_VERSION = `escales-image-checks-1:${MAX_PIXELS}:${sharp.versions.vips}`;

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queue.shift()?.();
  }
}

function cacheKey(fullPath: string): string {
  const stat = statSync(fullPath);
  return `${fullPath}\0${stat.size}\0${stat.mtimeMs}`;
}

/** Reads the results of earlier runs (a file in the build cache); a missing or unreadable file is ignored. */
export function loadImageChecks(cacheFile: string): void {
  try {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version?: string; results?: Record<string, string | null> };
    if (data.version !== CACHE_VERSION || !data.results) return;
    for (const [key, problem] of Object.entries(data.results)) settled.set(key, problem);
  } catch {
    // No cache yet, or a damaged one: the images are decoded again.
  }
}

/** Writes the results known to this process, keeping only those of files that still exist unchanged. */
export async function saveImageChecks(cacheFile: string): Promise<void> {
  const results: Record<string, string | null> = {};
  const current = (key: string) => {
    try {
      return cacheKey(key.split('\0')[0]) === key;
    } catch {
      return false; // The file is gone.
    }
  };
  for (const [key, problem] of settled) if (current(key)) results[key] = problem;
  for (const [key, promise] of decoded) if (current(key)) results[key] = (await promise) ?? null;
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, results }));
  renameSync(temporary, cacheFile);
}

/**
 * Why an image file that passed `imageReferenceProblem` cannot be published, in French, or
 * undefined: it must decode completely with sharp (a truncated JPEG fails here, as it would fail
 * the sharing card) and stay under MAX_PIXELS. The same file is decoded once per process.
 */
export function imageDecodeProblem(fullPath: string, use: ImageUse = 'photo'): Promise<string | undefined> {
  if (!existsSync(fullPath)) return Promise.resolve(`fichier introuvable : « ${path.basename(fullPath)} »`);
  const key = cacheKey(fullPath);
  const known = settled.get(key);
  if (known !== undefined) return Promise.resolve(known ?? undefined);
  let result = decoded.get(key);
  if (!result) {
    result = inTurn(() => decode(fullPath, use)).then((problem) => {
      settled.set(key, problem ?? null);
      return problem;
    });
    decoded.set(key, result);
  }
  return result;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/**
 * Decodes every image file of the content folder (not following links), so that
 * `imageReferenceProblem` can then report, synchronously, a file that does not decode. With a cache
 * file, only new or changed files are decoded: at 1,000 stories, decoding every photo again would
 * add a minute to each build.
 */
export async function prepareImageChecks(contentRoot: string, cacheFile?: string): Promise<void> {
  if (cacheFile) loadImageChecks(cacheFile);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && IMAGE_FILE.test(entry.name)) files.push(full);
    }
  };
  if (existsSync(contentRoot)) walk(contentRoot);
  // An SVG is only ever accepted as a logo; any other file is decoded as a photo.
  const before = decoded.size;
  await Promise.all(files.map((file) => imageDecodeProblem(file, file.toLowerCase().endsWith('.svg') ? 'logo' : 'photo')));
  if (cacheFile && decoded.size > before) await saveImageChecks(cacheFile);
}

async function decode(fullPath: string, use: ImageUse): Promise<string | undefined> {
  const name = path.basename(fullPath);
  const format = sniffImageFormat(readHead(fullPath));
  if (!format || !allowed(use).includes(format)) return wrongFormat(name, format, use);
  if (format === 'svg') {
    const unsafe = svgProblem(readFileSync(fullPath, 'utf8'), name);
    if (unsafe) return unsafe;
  }
  try {
    // The header alone first: a huge image is refused before it is decoded.
    const meta = await sharp(fullPath, { limitInputPixels: false }).metadata();
    const width = meta.width ?? 0;
    const height = meta.pageHeight ?? meta.height ?? 0;
    if (width * height > MAX_PIXELS) {
      const megapixels = Math.round((width * height) / 1e6);
      return (
        `image trop grande : ${width} × ${height} pixels (${megapixels} mégapixels) ; réduisez-la sous ${MAX_PIXELS / 1e6} mégapixels ` +
        `(par exemple à 4000 pixels de large : Windows, Photos > Redimensionner ; Mac, Aperçu > Outils > Ajuster la taille), puis remplacez le fichier`
      );
    }
    // Then every byte, as the sharing cards read it (sharp's default: a damaged file is an error);
    // drawn tiny, which for a JPEG still reads the whole file but skips most of the work.
    const input = format === 'svg' ? sharp(fullPath, { density: 600 }) : sharp(fullPath);
    await input.resize(16, 16, { fit: 'inside' }).raw().toBuffer();
    return undefined;
  } catch {
    return (
      `image illisible ou abîmée : « ${name} » (fichier incomplet, mal copié ou corrompu) ; ouvrez-la sur l'ordinateur : si elle ne s'affiche ` +
      "pas en entier, copiez-la de nouveau depuis le téléphone ou l'appareil photo, ou ouvrez-la dans un logiciel de photos et enregistrez-la en JPEG"
    );
  }
}

/**
 * Paths (relative to `root`, sorted) of the entries under a folder that `pick` selects, walking
 * real folders only: a symbolic link is reported or skipped, never followed.
 */
function entriesUnder(root: string, pick: (entry: Dirent, full: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (pick(entry, full)) found.push(path.relative(root, full).split(path.sep).join('/'));
      else if (entry.isDirectory()) walk(full);
    }
  };
  if (existsSync(root)) walk(root);
  return found.sort();
}

/**
 * Every file under a folder that has another name elsewhere (a hard link: `ln file copy`). Like a
 * symbolic link, it can bring in a file from outside content/, and nothing in it says where from.
 * A git checkout, a copy or an upload never makes one.
 */
export function hardLinksUnder(root: string): string[] {
  return entriesUnder(root, (entry, full) => entry.isFile() && lstatSync(full).nlink > 1);
}

/** Every symbolic link under a folder (files and folders, not followed), as paths relative to it. */
export function symlinksUnder(root: string): string[] {
  return entriesUnder(root, (entry) => entry.isSymbolicLink());
}

/** Where `npm run validate` and `npm run build` keep decoding results: next to Astro's cache (ESCALES_CACHE_DIR). */
export function imageChecksCacheFile(): string {
  return path.join(path.resolve(process.env.ESCALES_CACHE_DIR ?? 'node_modules/.astro'), 'escales-image-checks.json');
}
