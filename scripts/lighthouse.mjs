// npm run lighthouse: Lighthouse (mobile profile) on the key pages of the built site, served on
// 127.0.0.1, with Debian's Chromium. Fails below 100 in any category. Reports go in .lighthouse/.
// A timing-based score depends on the machine's load: it is a benchmark, run on its own, not
// part of npm test (see README).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/chromium.mjs';
import { serveDir } from './lib/serve.mjs';

const dist = path.resolve(process.env.ESCALES_DIST_DIR ?? 'dist');
const out = path.resolve('.lighthouse');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('✘ Aucun site construit : lancez npm run build.');
  process.exit(1);
}
const firstStory = readdirSync(path.join(dist, 'temoignages'), { withFileTypes: true }).find((d) => d.isDirectory() && existsSync(path.join(dist, 'temoignages', d.name, 'index.html')) && !['pays', 'programme', 'filiere', 'sejour', 'annee', 'profil', 'sens', 'question'].includes(d.name));
const pages = ['/', '/temoignages/', `/temoignages/${firstStory?.name}/`, '/resultats/', '/familles/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const { origin, close } = await serveDir(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium(),
  // No --disable-gpu: with it, headless Chromium held the first paint of pages without JavaScript
  // for about 2 s after everything had loaded (observed FCP 2.2 s against 0.3 s), which Lighthouse
  // then counts against the page's speed index.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync(out, { recursive: true });
const rows = [];
let failed = false;
try {
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: categories });
    const name = page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    writeFileSync(path.join(out, `${name}.html`), result.report[0]);
    writeFileSync(path.join(out, `${name}.json`), result.report[1]);
    const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < 100)) failed = true;
    rows.push(`| ${page} | ${scores.join(' | ')} |`);
    const misses = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    console.log(`${page}: ${scores.join(' / ')}${misses.length ? ` — to improve: ${misses.slice(0, 6).map((a) => a.id).join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await close();
}
console.log(`\n| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|\n${rows.join('\n')}\n\nReports: ${path.relative(process.cwd(), out)}/`);
process.exit(failed ? 1 : 0);
