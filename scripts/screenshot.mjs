// Screenshots of built pages in Debian's Chromium, to look at what we ship:
//   node scripts/screenshot.mjs http://127.0.0.1:4321 /temoignages/ /actualites/ --widths 375,1280 --out .shots
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : fallback;
};
const widths = option('--widths', '375,1280').split(',').map(Number);
const out = option('--out', '.shots');
const full = !args.includes('--viewport-only');
const [base, ...paths] = args.filter((a) => a !== '--viewport-only');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
  for (const path of paths) {
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
  }
  await page.close();
}
await browser.close();
