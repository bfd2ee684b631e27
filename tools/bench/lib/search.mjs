// What a visitor's first search costs: /recherche/ opened in Chromium, one word typed, the results
// shown; every response from /pagefind/ counted (the bytes sent on the wire, gzip when the server
// compresses: scripts/lib/serve.mjs does, as the deployment docs ask of nginx).
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.mjs';
import { serveDir } from '../../../scripts/lib/serve.mjs';

/** Bytes transferred for the search page's first query of `word` on the site in `dist`. */
export async function firstSearchWeight(dist, word = 'stage') {
  const { origin, close } = await serveDir(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const sizes = new Map();
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      const sizesOf = await request.sizes().catch(() => undefined);
      sizes.set(url.pathname, (sizesOf?.responseBodySize ?? 0) + (sizesOf?.responseHeadersSize ?? 0));
    });
    await page.goto(`${origin}/recherche/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('[data-results] li, [data-search-results] li, .search-results li', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    const files = [...sizes.entries()];
    return { word, requests: files.length, bytes: files.reduce((n, [, size]) => n + size, 0), results: await page.locator('main li a').count() };
  } finally {
    await browser.close();
    await close();
  }
}
