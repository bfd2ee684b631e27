import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/chromium.mjs';

const port = Number(process.env.ESCALES_TEST_PORT ?? 4329);
// The content the site under test was built from: the frozen fixture site unless ESCALES_CONTENT_DIR
// says otherwise (tests/e2e/content.ts). Set here, so that the commands a test starts (npm run
// report, the kiosk) read it too.
process.env.ESCALES_CONTENT_DIR ??= path.resolve('tests/fixtures/site');
// The site under test: the folder a build wrote (ESCALES_DIST_DIR: `npm test` sets it to its own
// test-results/site/, an engineer to /tmp/<name>-dist), or dist/ when unset (`npm run test:e2e`
// after a build of the fixture site). The tests read ESCALES_TODAY and ESCALES_CONTENT_DIR as the build did.
const site = process.env.ESCALES_DIST_DIR ?? 'dist';
// The same site built with a few stories per list page (`npm test` builds it with ESCALES_PAGE_SIZE=8
// into <site>-paged/): tests/e2e/pagination.spec.ts runs against it, the other specs never do.
const pagedSite = process.env.ESCALES_PAGED_DIST_DIR;
if (pagedSite && !existsSync(path.join(pagedSite, 'index.html'))) throw new Error(`ESCALES_PAGED_DIST_DIR : aucun site dans ${pagedSite}`);
const pagedPort = port + 1;
const executablePath: string | undefined = findChromium();
if (!executablePath) throw new Error('Chromium introuvable : lancez `npm test` (qui l’installe) ou `apt-get install -y chromium`, ou indiquez CHROME_PATH.');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe on a long page and Pagefind's first query take seconds on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  // Playwright empties its output folder when it starts: not test-results/ itself, which holds the
  // site `npm test` built (test-results/site/) and Vitest's report.
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  },
  // Without the paged site (an engineer running a few specs), the pagination spec is not run at all;
  // `npm test` always builds it and fails if it is missing.
  projects: [
    { name: 'site', testIgnore: /pagination\.spec\.ts$/ },
    ...(pagedSite ? [{ name: 'paged', testMatch: /pagination\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${pagedPort}` } }] : []),
  ],
  webServer: [
    {
      // The same Node as the test runner (Node 22: Astro 7 refuses the system Node 20).
      command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
      // astro preview serves the config's outDir, which ESCALES_OUT_DIR sets (astro.config.mjs).
      env: { ...(process.env as Record<string, string>), ESCALES_OUT_DIR: site },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A second astro preview of the same project would refuse to start: the paged site is served by
    // the project's own static server (scripts/lib/serve.mjs, the one npm run kiosk uses).
    ...(pagedSite
      ? [
          {
            command: `"${process.execPath}" -e "import('./scripts/lib/serve.mjs').then((m) => m.serveDir(process.argv[1], { port: Number(process.argv[2]) }))" "${pagedSite}" ${pagedPort}`,
            url: `http://127.0.0.1:${pagedPort}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
