// npm run bench — builds a synthetic site of N testimonies and measures, side by side:
//   (a) Escales' cold build (node scripts/build.mjs: validation, astro build, Pagefind; empty cache)
//   (b) its warm build (cache kept; the median of --warm-runs, 3 by default), (c) its rebuild after
//   editing one story's text, (d) its rebuild after adding one story with two new photos,
//   (e) a bare Astro 7 + MDX + astro:assets site (tools/bench/baseline/) on the same stories that makes
//   the same photo renditions and nothing else, cold and warm (median of N);
// plus peak RSS of each process tree, dist/ and Pagefind sizes, one story page's weight and the
// heaviest list pages. A list of sizes (--stories 250,500,1000) adds a growth table.
// Writes the table into BENCHMARKS.md and prints it. See docs/benchmark.md.
//
//   npm run bench                              1,000 stories (about the time given in docs/benchmark.md)
//   npm run bench -- --quick                   a smoke run: 60 stories
//   npm run bench -- --stories 300 --skip-baseline --keep
//   npm run bench -- --stories 5000 --heap 4096   cold build only, within a 4 GB heap
//   npm run bench -- --stories 250,500,1000 --skip-baseline   how cost grows with the number of stories
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addOneStory, editOneStory, generateContent } from './lib/generate.mjs';
import { phases, run } from './lib/measure.mjs';
import { growthBlock, heapBlock, standardBlock, writeBlock } from './lib/report.mjs';
import { firstSearchWeight } from './lib/search.mjs';
import { countPages, folderSize, listWeights, pageWeight } from './lib/sizes.mjs';

const root = process.cwd();
const { values: opts } = parseArgs({
  options: {
    stories: { type: 'string' },
    'warm-runs': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    heap: { type: 'string' },
    'small-photos': { type: 'boolean', default: false },
    dir: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const sizes = String(opts.stories ?? (opts.quick ? 60 : 1000)).split(',').map((n) => Number(n.trim()));
for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`--stories attend un nombre entier positif ou une liste (250,500,1000), reçu « ${opts.stories} »`);
const warmRuns = Number(opts['warm-runs'] ?? 3);
if (!Number.isInteger(warmRuns) || warmRuns < 1) throw new Error(`--warm-runs attend un nombre entier positif, reçu « ${opts['warm-runs']} »`);
const heap = opts.heap ? Number(opts.heap) : undefined;
const work = path.resolve(opts.dir ?? path.join(os.tmpdir(), 'escales-bench'));
const dirsFor = (stories) => ({
  site: path.join(work, 'site'),
  content: path.join(work, `content-${stories}${opts['small-photos'] ? '-small' : ''}`),
  dist: path.join(work, 'escales-dist'),
  cache: path.join(work, 'escales-cache'),
  baselineDist: path.join(work, 'baseline-dist'),
  baselineCache: path.join(work, 'baseline-cache'),
  logs: path.join(work, 'logs'),
});
let dirs = dirsFor(sizes[0]);
const node = process.execPath;
const log = (message) => console.log(message);
const clean = (...folders) => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));

/** The environment of a build: ours plus the folders, never an inherited heap limit. */
function env(extra) {
  const base = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  delete base.NODE_OPTIONS;
  return { ...base, ...extra };
}

/**
 * A copy of the project's code for the whole run, with its own root: Astro writes generated
 * modules (.astro/content-assets.mjs, content-modules.mjs) into the project root, so two builds of
 * different content folders in one tree overwrite each other's (seen here: a build picking up
 * another's image map and failing). The copy also keeps the code still while others edit it.
 */
function snapshot() {
  rmSync(dirs.site, { recursive: true, force: true });
  mkdirSync(dirs.site, { recursive: true });
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(path.join(root, name))) cpSync(path.join(root, name), path.join(dirs.site, name), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dirs.site, 'node_modules'), 'dir');
}

const escalesEnv = (extra = {}) =>
  env({ ESCALES_CONTENT_DIR: dirs.content, ESCALES_DIST_DIR: dirs.dist, ESCALES_CACHE_DIR: dirs.cache, ...extra });
const baselineEnv = () => env({ BENCH_CONTENT_DIR: dirs.content, BENCH_OUT_DIR: dirs.baselineDist, BENCH_CACHE_DIR: dirs.baselineCache });

async function step(label, file, command, args, options) {
  log(`\n▶ ${label}…`);
  const result = await run(command, args, { ...options, logFile: path.join(dirs.logs, `${file}.log`), echo: opts.verbose });
  result.phases = phases(result.lines);
  delete result.lines;
  // Each step's figures are kept as soon as they exist: a long run that fails later keeps them.
  writeFileSync(path.join(dirs.logs, `${file}.json`), JSON.stringify(result, null, 2));
  const rss = result.peakRss ? `, RSS max ${(result.peakRss / 1024 ** 3).toFixed(2)} GB` : '';
  log(`  ${result.ok ? '✔' : '✘'} ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s${rss}) — journal : ${path.join(dirs.logs, `${file}.log`)}`);
  if (!result.ok) log(`  ✘ code de sortie ${result.code} : voir le journal.`);
  return result;
}

function machine(loadBefore) {
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? '?',
    memory: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    sharp: version('sharp'),
    astro: version('astro'),
    loadBefore,
    loadAfter: os.loadavg()[0],
  };
}

/** The median of a list of figures (the middle one, or the mean of the two middle ones). */
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * `runs` warm builds in a row: the run whose wall time is the median stands for them (its phases
 * and memory go in the tables), with every run's time kept for the spread.
 */
async function warmBuilds(label, file, command, args, options) {
  const runs = [];
  for (let i = 1; i <= warmRuns; i++) runs.push(await step(`${label} ${i}/${warmRuns}`, `${file}-${i}`, command, args, options));
  const seconds = runs.map((r) => r.seconds);
  const mid = median(seconds);
  const representative = [...runs].sort((a, b) => Math.abs(a.seconds - mid) - Math.abs(b.seconds - mid))[0];
  return { ...representative, seconds: mid, runs: seconds, ok: runs.every((r) => r.ok) };
}

/** One size: cold, warm ×N, one-story edit, one story added; then the baseline cold and warm ×N. */
async function benchSize(stories) {
  dirs = dirsFor(stories);
  const loadBefore = os.loadavg()[0];
  mkdirSync(dirs.logs, { recursive: true });
  log(`Banc d'essai Escales : ${stories} témoignages, dossier de travail ${work} (charge ${loadBefore.toFixed(2)}).`);

  // 0. The synthetic content (not measured; reused from a kept run of the same size and version).
  // --small-photos: 600×400 photos instead of 2400×1600, for the heap check on a busy machine (the
  // photos' pixels live outside the JS heap; the number of pages, entries and renditions does not change much).
  const photoWidth = opts['small-photos'] ? 600 : undefined;
  const list = await generateContent({ dir: dirs.content, stories, sourceContent: path.join(root, 'content'), photoWidth, log });
  snapshot();
  const date = new Date().toISOString().slice(0, 10);
  /** @type {Record<string, any>} */
  const result = { stories, date, escales: {}, baseline: undefined, notes: [], photoWidth: photoWidth ?? 2400, warmRuns };
  const storyFolder = path.join(dirs.content, 'testimonies');
  const edited = list[Math.floor(list.length / 2)].id;
  const editedFile = path.join(storyFolder, edited, 'index.mdx');
  const original = readFileSync(editedFile, 'utf8');
  let added;

  try {
    const build = ['scripts/build.mjs'];
    if (heap) {
      // 5,000 stories within a 4 GB heap: the cold build only.
      clean(dirs.dist, dirs.cache);
      result.heap = heap;
      result.escales.cold = await step(`Escales, construction à froid avec --max-old-space-size=${heap}`, `escales-cold-heap${heap}`, node, build, {
        cwd: dirs.site,
        env: escalesEnv({ NODE_OPTIONS: `--max-old-space-size=${heap}` }),
      });
      if (result.escales.cold.ok) result.sizes = { dist: folderSize(dirs.dist) };
    } else {
      // (a) cold: no image cache, no content-layer cache, no incremental page cache, no previous dist.
      clean(dirs.dist, dirs.cache);
      result.escales.cold = await step('(a) Escales, construction à froid (cache vide)', 'escales-cold', node, build, { cwd: dirs.site, env: escalesEnv() });
      if (!result.escales.cold.ok) throw new Error('la construction à froid a échoué');
      // (b) warm: the same content, the cache kept; the median of N runs.
      result.escales.warm = await warmBuilds('(b) Escales, construction à chaud (cache conservé)', 'escales-warm', node, build, { cwd: dirs.site, env: escalesEnv() });
      // (c) one story's text edited, the cache kept.
      editOneStory(dirs.content, edited);
      result.escales.edit = await step(`(c) Escales, reconstruction après modification du texte de ${edited}`, 'escales-edit', node, build, { cwd: dirs.site, env: escalesEnv() });
      const editedPage = path.join(dirs.dist, 'temoignages', edited, 'index.html');
      if (result.escales.edit.ok && !readFileSync(editedPage, 'utf8').includes('Post-scriptum (modification 1)')) {
        result.escales.edit.ok = false;
        result.notes.push('**The edited story did not appear in the rebuilt page: the rebuild is wrong.**');
      }
      // (d) one new story with two new photos (encoded), the cache kept.
      added = await addOneStory(dirs.content, stories, photoWidth);
      result.escales.add = await step(`(d) Escales, reconstruction après l'ajout de ${added.id} (2 photos)`, 'escales-add', node, build, { cwd: dirs.site, env: escalesEnv() });
      if (result.escales.add.ok && !existsSync(path.join(dirs.dist, 'temoignages', added.id, 'index.html'))) {
        result.escales.add.ok = false;
        result.notes.push('**The added story has no page after the rebuild: the rebuild is wrong.**');
      }
      result.addedStory = `temoignages/${added.id}/`;
      result.sizes = { dist: folderSize(dirs.dist), pagefind: folderSize(path.join(dirs.dist, 'pagefind')) };
      result.page = pageWeight(dirs.dist, `temoignages/${edited}`);
      result.lists = listWeights(dirs.dist);
      result.search = await firstSearchWeight(dirs.dist).catch((error) => ({ error: String(error) }));
      result.editedStory = `temoignages/${edited}/`;
      result.pages = { escales: countPages(dirs.dist) };

      // (e) the baseline on the same stories (the edit undone, the added story removed).
      if (!opts['skip-baseline']) {
        const baselineRoot = path.join(root, 'tools/bench/baseline');
        const astro = [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
        writeFileSync(editedFile, original);
        rmSync(added.folder, { recursive: true, force: true });
        clean(dirs.baselineDist, dirs.baselineCache);
        const cold = await step('(e) Base de comparaison, construction à froid', 'baseline-cold', node, astro, { cwd: baselineRoot, env: baselineEnv() });
        const warm = cold.ok ? await warmBuilds('(e) Base de comparaison, construction à chaud', 'baseline-warm', node, astro, { cwd: baselineRoot, env: baselineEnv() }) : undefined;
        result.baseline = { cold, warm, dist: folderSize(dirs.baselineDist) };
        result.pages.baseline = countPages(dirs.baselineDist);
        if (existsSync(path.join(dirs.baselineDist, edited, 'index.html'))) result.baselinePage = pageWeight(dirs.baselineDist, edited);
      } else {
        result.notes.push('Baseline skipped (--skip-baseline).');
      }
    }
  } finally {
    writeFileSync(editedFile, original);
    if (added) rmSync(added.folder, { recursive: true, force: true });
  }

  result.machine = machine(loadBefore);
  const block = heap ? heapBlock(result) : standardBlock(result);
  const label = (heap ? `heap-${stories}` : opts.quick ? 'quick' : `stories-${stories}`) + (photoWidth ? '-small-photos' : '');
  // In a growth run the sizes' own tables are printed, not written: BENCHMARKS.md keeps the
  // full table of a single-size run (with its baseline) and gets the growth table below.
  const writeOwnBlock = !opts['no-write'] && sizes.length === 1;
  if (writeOwnBlock) writeBlock(path.join(root, 'BENCHMARKS.md'), label, block);
  writeFileSync(path.join(dirs.logs, `result-${label}.json`), JSON.stringify(result, null, 2));
  console.log(`\n${block}\n`);
  if (writeOwnBlock) log(`Tableau écrit dans BENCHMARKS.md (bloc « ${label} »).`);

  if (!opts.keep) {
    clean(dirs.dist, dirs.cache, dirs.baselineDist, dirs.baselineCache, dirs.content, dirs.site);
    log(`Dossiers temporaires supprimés (gardez-les avec --keep ; journaux dans ${dirs.logs}).`);
  }
  return result;
}

const results = [];
for (const stories of sizes) results.push(await benchSize(stories));
if (results.length > 1 && !heap) {
  const block = growthBlock(results);
  if (!opts['no-write']) writeBlock(path.join(root, 'BENCHMARKS.md'), `growth-${sizes.join('-')}`, block);
  console.log(`\n${block}\n`);
}
