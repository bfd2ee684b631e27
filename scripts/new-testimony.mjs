// `npm run new`: creates content/testimonies/<slug>/index.mdx from scripts/templates/temoignage.mdx,
// asking staff in French, or taking options (--title …) without questions. Nothing is written
// until every answer is checked, and an existing story folder is never overwritten. The questions
// and their checks come from the testimony schema (scripts/lib/new-testimony-lib.mjs); the file
// written is then checked by the site's own validator (src/lib/validation.ts), and removed with
// its folder if the validator refuses it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import {
  DIRECTIONS,
  FIELDS,
  LIMITS,
  MOBILITY_KINDS,
  ROLES,
  answersFromFlags,
  askAll,
  choicesOf,
  countryLabel,
  coverFileName,
  defaultSlug,
  fillTemplate,
  minorFlags,
  parseSlug,
  templateValues,
  today,
} from './lib/new-testimony-lib.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const templateFile = path.join(projectRoot, 'scripts', 'templates', 'temoignage.mdx');

/** A French message for staff, printed without a stack trace. */
class StaffError extends Error {}

const HELP = `npm run new — créer un nouveau témoignage

Utilisation
  npm run new                         pose les questions une par une (conseillé)
  npm run new -- --title "…" --yes    sans questions : tout est donné en options
                                      (les options se placent après « -- »)

Options (en mode questions, celles données ne sont plus demandées)
  --title "…"            titre (${LIMITS.title} caractères au plus)
  --name "…"             prénom de la personne qui raconte (le prénom seul)
  --role ${ROLES.join('|').padEnd(15)} apprenant·e ou personnel (par défaut : learner)
  --track ID             filière d'un·e apprenant·e (identifiant de content/tracks.yaml)
  --minor                la personne avait moins de 18 ans pendant le séjour
                         (l'autorisation des parents sera exigée)
  --adult                elle était majeure (--no-minor dit la même chose)
                         Pour un·e apprenant·e, --minor ou --adult est OBLIGATOIRE sans
                         questions : le site ne devine jamais l'âge.
  --job "…"              fonction d'un membre du personnel
  --direction ${DIRECTIONS.join('|')}
                         départ à l'étranger ou accueil au lycée (par défaut : outgoing)
  --kind ${MOBILITY_KINDS.join('|')}
                         type de séjour (par défaut : internship, ou job-shadowing pour le personnel)
  --programme ID         programme (identifiant de content/programmes.yaml ; par défaut erasmus-plus s'il existe)
  --country PAYS         nom en français (Irlande) ou code ISO à deux lettres (IE)
  --city "…"             ville
  --start AAAA-MM-JJ     début du séjour
  --end AAAA-MM-JJ       fin du séjour
  --summary "…"          résumé (${LIMITS.summary} caractères au plus)
  --quote "…"            phrase marquante (${LIMITS.quote} caractères au plus)
  --photo CHEMIN         photo de couverture JPEG ou PNG, copiée dans le dossier du témoignage
  --alt "…"              description de la photo (obligatoire avec --photo)
  --no-cover-shows-author
                         la personne n'est pas sur la photo
  --image                l'autorisation de publier des photos de la personne est signée
                         (obligatoire avec une photo qui la montre)
  --slug NOM             nom du dossier, qui devient l'adresse de la page (par défaut : tiré du titre)
  --yes                  ne pose aucune question : valeurs par défaut pour le reste
  --help                 affiche cette aide

Le dossier de contenu est ./content, ou celui de la variable ESCALES_CONTENT_DIR.
Le témoignage est créé en brouillon (draft: true). Guide complet : content/README.md`;

function options() {
  const spec = {
    yes: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    slug: { type: 'string' },
    adult: { type: 'boolean' },
  };
  for (const field of FIELDS) spec[field.flag] = { type: field.boolean ? 'boolean' : 'string' };
  let values;
  let given;
  try {
    const parsed = parseArgs({ options: spec, allowNegative: true, strict: true, allowPositionals: false, tokens: true });
    values = parsed.values;
    given = new Set(parsed.tokens.filter((token) => token.kind === 'option').map((token) => token.rawName));
  } catch (error) {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    if (/does not take an argument/.test(error.message)) {
      throw new StaffError(`l'option ${option.split(/[ =]/)[0]} s'écrit seule, sans valeur${/minor|adult/.test(option) ? ' : --minor (moins de 18 ans pendant le séjour) ou --adult (majeur·e)' : ''}. Voir : npm run new -- --help`);
    }
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new StaffError(`option inconnue ${option}. Voir : npm run new -- --help`);
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new StaffError(`l'option ${option.split(' ')[0]} attend une valeur (entre guillemets si elle contient des espaces). Voir : npm run new -- --help`);
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new StaffError(`texte inattendu ${option} : mettez les textes avec espaces entre guillemets, après leur option. Voir : npm run new -- --help`);
    throw new StaffError(`options non comprises (${error.message}). Voir : npm run new -- --help`);
  }
  try {
    // parseArgs keeps the last of --minor --no-minor: an age is never settled by option order.
    if (given.has('--minor') && given.has('--no-minor')) throw new Error('--minor et --no-minor sont contradictoires : gardez --minor (moins de 18 ans pendant le séjour) ou --adult (majeur·e)');
    return minorFlags(values);
  } catch (error) {
    throw new StaffError(`${error.message}. Voir : npm run new -- --help`);
  }
}

function contentRoot() {
  return path.resolve(process.env.ESCALES_CONTENT_DIR ?? path.join(projectRoot, 'content'));
}

/** What the questions need from the content folder: tracks, programmes, worries, partners. */
function readLists(root) {
  if (!existsSync(root)) throw new StaffError(`dossier de contenu introuvable : ${root}`);
  const read = (name) => {
    const file = path.join(root, name);
    if (!existsSync(file)) throw new StaffError(`fichier manquant : ${path.relative(process.cwd(), file)} (la liste de référence est nécessaire)`);
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new StaffError(`${path.relative(process.cwd(), file)} illisible : ${error.message.split('\n')[0]} (lancez npm run validate)`);
    }
  };
  const ids = (list) => (Array.isArray(list) ? list.map((item) => item?.id).filter((id) => typeof id === 'string') : []);
  const partnersDir = path.join(root, 'partners');
  return {
    checkFile: (photo) => {
      try {
        photoSource(photo);
      } catch (error) {
        throw new Error(error.message);
      }
    },
    tracks: choicesOf(read('tracks.yaml')),
    programmes: choicesOf(read('programmes.yaml')),
    worries: existsSync(path.join(root, 'worries.yaml')) ? ids(read('worries.yaml')) : [],
    partners: existsSync(partnersDir)
      ? readdirSync(partnersDir).filter((name) => /^[^_.].*\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')).sort()
      : [],
  };
}

/** Expands "~/" and resolves against the current folder; the file must exist. */
function photoSource(photo) {
  const expanded = photo.startsWith('~/') ? path.join(os.homedir(), photo.slice(2)) : photo;
  const full = path.resolve(expanded);
  if (!existsSync(full) || !statSync(full).isFile()) throw new StaffError(`photo introuvable : ${photo} (vérifiez le chemin)`);
  return full;
}

function relative(full) {
  const rel = path.relative(process.cwd(), full);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : full;
}

async function interactive(lists, given, storiesDir) {
  const rl = createInterface({ input: stdin, output: stdout });
  let finished = false;
  const abort = () => {
    stdout.write('\n\nAbandon : aucun fichier créé.\n');
    process.exit(130);
  };
  rl.on('SIGINT', abort);
  rl.on('close', () => {
    if (!finished) abort();
  });
  const say = (line) => stdout.write(`${line}\n`);
  const ask = (question) => rl.question(question);

  say('Nouveau témoignage — répondez aux questions, puis écrivez le texte dans le fichier créé.');
  say("Entrée seule = la valeur proposée entre [crochets]. Ctrl+C pour abandonner : rien n'est écrit avant la fin.");
  const answers = await askAll(lists, ask, say, given);

  const taken = (slug) => existsSync(path.join(storiesDir, slug));
  let slug = given.slug ? parseSlug(given.slug) : defaultSlug(answers, taken);
  if (taken(slug)) slug = defaultSlug({ ...answers, title: '' }, taken);
  say('');
  say("  (le nom du dossier devient l'adresse de la page : /temoignages/<nom>/)");
  for (;;) {
    const typed = (await ask(`Nom du dossier [${slug}] : `)).trim();
    try {
      const chosen = typed ? parseSlug(typed) : slug;
      if (taken(chosen)) throw new Error(`le dossier ${chosen} existe déjà : choisissez un autre nom`);
      slug = chosen;
      break;
    } catch (error) {
      say(`  ✘ ${error.message}`);
    }
  }
  finished = true;
  rl.close();
  return { answers, slug };
}

function nonInteractive(lists, given) {
  const { answers, missing, problems } = answersFromFlags(given, lists);
  const lines = [];
  if (missing.length) {
    lines.push('Informations obligatoires manquantes :');
    for (const field of missing) lines.push(`  ${(field.option ?? `--${field.flag}`).padEnd(12)} ${field.label}`);
  }
  if (problems.length) {
    lines.push('Valeurs refusées :');
    for (const { field, message } of problems) lines.push(`  --${field.flag} : ${message}`);
  }
  if (lines.length) {
    lines.push("Aucun fichier créé. Donnez ces options, ou lancez « npm run new » dans un terminal pour répondre aux questions.");
    throw new StaffError(lines.join('\n'));
  }
  let slug;
  try {
    slug = given.slug ? parseSlug(given.slug) : defaultSlug(answers);
  } catch (error) {
    throw new StaffError(`--slug : ${error.message}`);
  }
  if (!slug) throw new StaffError('impossible de tirer un nom de dossier du titre : donnez --slug');
  return { answers, slug };
}

/**
 * The story as written, checked by the site's validator (the one `npm run validate` and the build
 * run): the answers were checked against the schema, this checks the file, its photo included
 * (decoded). Problems of other files of the content folder are not this story's: left out.
 */
async function checkWritten(root, folder, signed) {
  // Loaded only now: the validator (every schema, sharp) would slow down every refused answer.
  const { imageChecksCacheFile } = await import('../src/lib/imageFiles.ts');
  const { formatError, validateContent } = await import('../src/lib/validation.ts');
  const report = await validateContent({ root, today: new Date(`${signed}T00:00:00Z`), imageCache: imageChecksCacheFile() });
  const mine = `${[path.basename(root), ...path.relative(root, folder).split(path.sep)].join('/')}/`;
  const errors = report.errors.filter((error) => error.file.startsWith(mine));
  if (errors.length) {
    throw new StaffError(
      `le témoignage préparé ne passe pas la vérification du site : aucun fichier n'a été créé.\n${errors.map((error) => `  • ${formatError(error)}`).join('\n')}\n` +
        'Corrigez la réponse en cause (une photo illisible, par exemple : choisissez-en une autre), ou transmettez ce message à l\'équipe du site.',
    );
  }
}

async function main() {
  const given = options();
  if (given.help) {
    console.log(HELP);
    return;
  }
  const root = contentRoot();
  const lists = readLists(root);
  const storiesDir = path.join(root, 'testimonies');
  const { answers, slug } = stdin.isTTY && !given.yes ? await interactive(lists, given, storiesDir) : nonInteractive(lists, given);

  const photo = answers.photo ? photoSource(answers.photo) : null;
  const folder = path.join(storiesDir, slug);
  mkdirSync(storiesDir, { recursive: true });
  try {
    mkdirSync(folder); // not recursive: fails if the folder exists, so nothing is ever overwritten
  } catch (error) {
    if (error.code === 'EEXIST') {
      throw new StaffError(`le dossier ${relative(folder)} existe déjà : rien n'a été modifié. Choisissez un autre nom avec --slug, ou complétez le témoignage existant.`);
    }
    throw error;
  }
  try {
    const signed = today();
    const text = fillTemplate(readFileSync(templateFile, 'utf8'), templateValues(answers, lists, signed));
    if (photo) copyFileSync(photo, path.join(folder, coverFileName(answers.photo)));
    writeFileSync(path.join(folder, 'index.mdx'), text, { flag: 'wx' });
    await checkWritten(root, folder, signed);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true }); // the folder is ours: created just above
    throw error;
  }

  const file = relative(path.join(folder, 'index.mdx'));
  const dir = relative(folder);
  console.log(`
✔ Témoignage créé : ${file}
  ${answers.name}, ${countryLabel(answers.country)}, du ${answers.start} au ${answers.end}${photo ? `, photo ${dir}/${coverFileName(answers.photo)}` : ''}

Et maintenant :
  1. Ouvrez ${file} et écrivez le texte sous chaque titre (## …).
  2. Vérifiez les autorisations (consent) avec le formulaire signé : date de signature
     (signed), photos (image), nom affiché (name)${answers.minor ? ', autorisation des parents (parental)' : ''}.${
       answers.minor ? "\n     ⚠ Mineur·e : ne mettez publication: true qu'après avoir vu la signature d'un parent." : ''
     }
  3. Ajoutez des photos (JPEG ou PNG, pas de HEIC d'iPhone), chacune avec sa description
     (voir gallery dans le fichier), dans le dossier :
     ${dir}/
  4. Prévisualisez : npm run dev, puis ouvrez http://localhost:4321/temoignages/${slug}/
     (le brouillon y est visible, même avant la signature, avec un bandeau
     « Brouillon — non publié » ; npm run build ne le publie jamais).
  5. Pour publier : mettez draft: false dans le fichier.
Guide complet : content/README.md`);
}

main().catch((error) => {
  if (error instanceof StaffError) {
    console.error(`✘ ${error.message}`);
    process.exit(1);
  }
  console.error("✘ Erreur inattendue, aucun témoignage n'a été créé. Transmettez ce message à l'équipe du site :");
  console.error(error);
  process.exit(2);
});
