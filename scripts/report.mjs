// npm run report -- 2024-2025
// The one-page summary of a school year, as a PDF to hand out at a meeting: prints
// /resultats/<année>/ (its print stylesheet) with Chromium into reports/resultats-<année>.pdf,
// building the site first if there is none, and checks that the PDF has exactly one page.
// ESCALES_DIST_DIR and ESCALES_REPORTS_DIR change the site folder and the output folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';
import { serveDir } from './lib/serve.mjs';

const root = process.cwd();
const dist = path.resolve(process.env.ESCALES_DIST_DIR ?? 'dist');
const reports = path.resolve(process.env.ESCALES_REPORTS_DIR ?? 'reports');

function fail(message) {
  console.error(`\n✘ ${message}`);
  process.exit(1);
}

const year = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (!year || !/^\d{4}-\d{4}$/.test(year)) {
  fail('Indiquez l’année scolaire, par exemple :\n\n    npm run report -- 2024-2025\n');
}

// 1. The site: built once if there is none yet.
if (!existsSync(path.join(dist, 'index.html'))) {
  console.log(`Aucun site dans ${path.relative(root, dist) || dist}/ : construction (npm run build)…`);
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) fail('La construction du site a échoué : le PDF ne peut pas être produit.');
}
const page = path.join(dist, 'resultats', year, 'index.html');
if (!existsSync(page)) {
  const dir = path.join(dist, 'resultats');
  const known = existsSync(dir) ? readdirSync(dir).filter((name) => /^\d{4}-\d{4}$/.test(name)) : [];
  fail(`Pas de page de résultats pour ${year}. Années disponibles : ${known.join(', ') || 'aucune (content/results/ est vide ?)'}.\n  Si vous venez d'ajouter content/results/${year}.yaml, relancez npm run build.`);
}

// 2. dist/ served on a free local port: the page loads its CSS and fonts as on the site.
const { origin, close } = await serveDir(dist);

// 3. Chromium prints the page with its print stylesheet (A4, one page).
const executablePath = findChromium();
if (!executablePath) {
  await close();
  fail('Chromium est introuvable : installez-le (sudo apt-get install -y chromium) ou indiquez son chemin dans CHROME_PATH.');
}
mkdirSync(reports, { recursive: true });
const output = path.join(reports, `resultats-${year}.pdf`);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const tab = await browser.newPage();
  // Nothing but the local site: no request leaves the machine.
  await tab.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await tab.goto(`${origin}/resultats/${year}/`, { waitUntil: 'networkidle' });
  await tab.evaluate(() => document.fonts.ready);
  await tab.emulateMedia({ media: 'print' });
  // Tagged (headings, paragraphs, lists and tables in reading order, for screen readers) with the
  // page's headings as bookmarks; playwright-core 1.65 passes both to Chromium.
  await tab.pdf({ path: output, format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
} finally {
  await browser.close();
  await close();
}

// 4. One page, or it is not the sheet staff can hand out; tagged, or screen readers guess its order.
const pdf = readFileSync(output);
if (!isTagged(pdf)) fail(`${path.relative(root, output)} n'est pas balisé (PDF sans structure pour les lecteurs d'écran) : la version de Chromium est-elle trop ancienne ?`);
const pages = countPages(pdf);
const size = `${(pdf.length / 1024).toFixed(0)} Ko`;
if (pages !== 1) fail(`${path.relative(root, output)} a ${pages} pages au lieu d'une (${size}) : la feuille d'impression déborde, raccourcissez-la.`);
console.log(`✔ ${path.relative(root, output)} : 1 page A4, ${size}.`);

/** A tagged PDF: a structure tree and the catalogue's /MarkInfo << /Marked true >>. */
export function isTagged(bytes) {
  const text = bytes.toString('latin1');
  return /\/StructTreeRoot\s+\d+\s+\d+\s+R/.test(text) && /\/MarkInfo\s*<<[^>]*\/Marked\s+true/.test(text);
}

/** Pages of a PDF: its "/Type /Page" objects (not "/Type /Pages", the page tree). */
export function countPages(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
