// npm run build: checks the content, builds the site into a fresh folder, indexes it with
// Pagefind, and only then swaps it in for dist/. If any step fails, dist/ stays as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildDay } from '../src/lib/dates.ts';
import { imageChecksCacheFile } from '../src/lib/imageFiles.ts';
import { formatReport, validateContent } from '../src/lib/validation.ts';
import { BuildBusyError, crashPoint, prepareWork, swapIn } from './lib/buildWork.mjs';
import { indexSite } from './lib/pagefind.mjs';
import { pruneUnreferencedImages } from './lib/prune.mjs';
import { checkReferences, formatReferenceProblems, siteOrigins } from './lib/references.mjs';
import { checkNoOriginals } from './lib/siteChecks.mjs';

const root = process.cwd();
const dist = path.resolve(process.env.ESCALES_DIST_DIR ?? 'dist');
const work = path.join(root, '.build');
// The new site's folder is named after the target, not the run: Astro's incremental build hashes
// code that contains the output folder's path, so a new name each run would make every page look
// changed (docs/benchmark.md).
const hash = createHash('sha256').update(dist).digest('hex').slice(0, 12);
const next = path.join(work, `next-${hash}`);
const started = performance.now();
// How long each step took, printed at the end: where a slow build spends its time (docs/benchmark.md).
const durations = [];
let stepStart = started;
function stepDone(label) {
  const now = performance.now();
  durations.push(`${label} ${((now - stepStart) / 1000).toFixed(1)} s`);
  stepStart = now;
}

// This target's lock; a site left aside by a build killed in the middle of its swap goes back to
// dist/; the site replaced by the last build and whatever interrupted builds left in .build/ are
// deleted by a separate process while this build runs (scripts/lib/buildWork.mjs).
let emptying = Promise.resolve();
try {
  const prepared = prepareWork({ work, next });
  emptying = prepared.emptying;
  for (const restored of prepared.restored) console.log(`Site précédent remis en place dans ${path.relative(root, restored) || restored}/ (une construction avait été interrompue pendant la mise en place).`);
} catch (error) {
  if (!(error instanceof BuildBusyError)) throw error;
  console.error(`\n✘ ${error.message}`);
  process.exit(1);
}
crashPoint('cleanup');

function fail(message) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n✘ ${message}`);
  console.error(existsSync(dist) ? `  Le site précédent (${path.relative(root, dist) || dist}) n'a pas été modifié.` : '  Aucun site n’a été produit.');
  process.exit(1);
}

// 1. The staff's content, checked with the site's own schemas, errors in French.
//    ESCALES_SKIP_VALIDATION=1 is for tests only: it proves that Astro's own guards (schemas, the
//    story-dialect plugin) refuse bad content even when this step is skipped.
if (process.env.ESCALES_SKIP_VALIDATION === '1') {
  console.log('⚠ Vérification du contenu sautée (ESCALES_SKIP_VALIDATION=1, réservé aux tests).');
} else {
  const report = await validateContent({ today: buildDay(), imageCache: imageChecksCacheFile() });
  console.log(formatReport(report));
  if (report.errors.length > 0) fail('Le contenu contient des erreurs : corrigez les fichiers indiqués ci-dessus puis relancez npm run build.');
}
stepDone('vérification du contenu');

// 2. Astro, into a folder of its own.
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ESCALES_OUT_DIR: next, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('La construction du site (astro build) a échoué : voir le message ci-dessus.');
if (!existsSync(path.join(next, 'index.html'))) fail("La construction n'a pas produit de page d'accueil (index.html).");
stepDone('Astro');

// 3. Photos of unpublished stories (drafts, expired consent) never stay in the site, and
//    neither does an original upload: a processed copy only, without metadata.
const pruned = pruneUnreferencedImages(next);
if (pruned.length) console.log(`Images non publiées retirées du site : ${pruned.length}.`);
const originals = checkNoOriginals(next, path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content'));
if (originals.length) fail(`Des photos originales seraient publiées telles quelles :\n  ${originals.join('\n  ')}`);
stepDone('tri des photos');

// 4. The search index, inside the new folder.
try {
  // The index is cached next to Astro's (ESCALES_CACHE_DIR): the same pages give the same index.
  const cacheDir = path.join(path.resolve(process.env.ESCALES_CACHE_DIR ?? 'node_modules/.astro'), 'pagefind');
  const indexing = indexSite(next, { cacheDir });
  await crashPoint('index', 150);
  const { pages, reused } = await indexing;
  console.log(`Recherche : ${pages} pages indexées par Pagefind${reused ? ' (index inchangé, repris du cache)' : ''}.`);
  stepDone('index de recherche');
} catch (error) {
  fail(`L'index de recherche (Pagefind) n'a pas pu être créé : ${error instanceof Error ? error.message : error}`);
}

// 5. Every stylesheet, script, image, font and internal link of the new site points to a file of
//    it: a site with a missing file never replaces the current one (issue 11: pages copied by the
//    incremental build once linked a stylesheet that was no longer there).
const references = checkReferences(next, { origins: siteOrigins(next) });
if (references.problems.length) {
  fail(`Le nouveau site renvoie à des fichiers qu'il ne contient pas (${references.problems.length} renvoi(s)) :\n  ${formatReferenceProblems(references.problems).join('\n  ')}\n  Un lien d'un texte vers une page qui n'existe pas : corrigez-le dans ce texte. Un fichier de /_astro/ : relancez sans le cache de pages (ESCALES_INCREMENTAL=0 npm run build) et signalez-le.`);
}
stepDone('vérification des renvois');

// 6. The swap: two renames on the same disk, so visitors never see half a site. The old site
//    waits in .build/ until the next build deletes it.
mkdirSync(path.dirname(dist), { recursive: true }); // a first build into a new folder (ESCALES_DIST_DIR)
swapIn({ work, next, dist, hash });
await emptying;
stepDone('mise en place');
console.log(`Durées : ${durations.join(' · ')}.`);
console.log(`\n✔ Site construit dans ${path.relative(root, dist) || dist}/ en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
