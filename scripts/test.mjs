// npm test: every check, in the order a failure is cheapest to see.
// 1 Chromium present (installed with apt-get when we can)  2 astro check  3 Vitest
// 4 a build of the fixture site  5 Playwright in Chromium. Ends with "N passed, N failed".
// The site under test is the frozen copy of the sample in tests/fixtures/site/ (or the content folder
// in ESCALES_CONTENT_DIR), not content/: editing the sample site must not break the browser tests.
// The site under test is built into its own folder, test-results/site/ (or ESCALES_DIST_DIR if set),
// never into dist/: a test run must not replace the site `npm run build` made, nor race a build
// of someone else (docs/ENGINEERING.md). The site checks and Playwright read that folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './lib/chromium.mjs';

const node = process.execPath;
const run = (label, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium est absent : installation du paquet Debian « chromium » (apt-get install -y chromium)…');
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install && install.status === 0 && findChromium()) return findChromium();
  }
  console.error('\n✘ Chromium est introuvable. Installez-le avec :\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n(ou indiquez son chemin dans CHROME_PATH), puis relancez npm test.');
  process.exit(1);
}

const chromium = ensureChromium();
console.log(`Chromium : ${chromium}`);

const counts = { passed: 0, failed: 0 };
const steps = [];
const step = (name, ok) => {
  steps.push(`${ok ? '✔' : '✘'} ${name}`);
  if (!ok) counts.failed++;
};

step('astro check (types)', run('astro check', ['node_modules/astro/bin/astro.mjs', 'check']));

rmSync('test-results', { recursive: true, force: true });
const vitestOk = run('Vitest (logic, content rules, builds)', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  steps.push(`${vitestOk ? '✔' : '✘'} Vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else step('Vitest did not report', false);

// One build day for the build and the browser tests, which derive what they expect from the
// content with the build's own rules (tests/e2e/content.ts): the suite gives the same result
// whatever the date, e.g. after a consent expires. ESCALES_TODAY=2031-01-01 npm test checks
// another day.
// The content and site folders go to the build, the site checks and Playwright (playwright.config.ts
// serves ESCALES_DIST_DIR) as one set of variables, so all three read the same site.
const siteEnv = {
  ESCALES_TODAY: process.env.ESCALES_TODAY ?? '2026-11-28',
  ESCALES_CONTENT_DIR: path.resolve(process.env.ESCALES_CONTENT_DIR ?? path.join('tests', 'fixtures', 'site')),
  ESCALES_DIST_DIR: path.resolve(process.env.ESCALES_DIST_DIR ?? path.join('test-results', 'site')),
};
console.log(`\nJour de construction des tests : ${siteEnv.ESCALES_TODAY} (ESCALES_TODAY). Contenu : ${siteEnv.ESCALES_CONTENT_DIR}. Site construit dans ${siteEnv.ESCALES_DIST_DIR}.`);

const built = run('Build of the fixture site', ['scripts/build.mjs'], siteEnv);
step('build of the fixture site', built);
if (built) step('site checks (metadata, originals, third parties, emails, HTML, links)', run('Checks of the built site', ['scripts/check-site.mjs', siteEnv.ESCALES_DIST_DIR], siteEnv));

// The same site with 8 stories per list page, so that the pagination (48 per page on the real site)
// is tested on the fixture's stories: tests/e2e/pagination.spec.ts runs against it (playwright.config.ts).
const pagedEnv = { ...siteEnv, ESCALES_PAGE_SIZE: '8', ESCALES_DIST_DIR: `${siteEnv.ESCALES_DIST_DIR}-paged` };
const pagedBuilt = built && run('Build of the fixture site, 8 stories per list page', ['scripts/build.mjs'], pagedEnv);
if (built) step('build of the fixture site with 8 stories per list page', pagedBuilt);

if (built && pagedBuilt) {
  const ok = run('Playwright in Chromium', ['node_modules/@playwright/test/cli.js', 'test'], { CHROME_PATH: chromium, ...siteEnv, ESCALES_PAGED_DIST_DIR: pagedEnv.ESCALES_DIST_DIR, ESCALES_PAGE_SIZE: pagedEnv.ESCALES_PAGE_SIZE });
  if (existsSync('test-results/playwright.json')) {
    const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
    // A skipped browser test is not a pass: it counts as a failure here.
    counts.passed += stats.expected;
    counts.failed += stats.unexpected + stats.flaky + stats.skipped;
    steps.push(`${ok ? '✔' : '✘'} Playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
  } else step('Playwright did not report', false);
}

console.log(`\n${steps.join('\n')}\n`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
