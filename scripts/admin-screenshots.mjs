// Screenshots of the browser editor at 1280 px, for the staff guide (content/README.md) and reviews:
// the list of stories, a story's form with its preview, the consent section, the preview of the
// text, and a refused save. Runs `npm run admin` on a throw-away copy of the content.
//   node scripts/admin-screenshots.mjs [--out .shots/admin] [--docs]   (--docs: also JPEG copies in docs/images/)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const out = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : '.shots/admin');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'escales-shots-'));
cpSync(path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content'), path.join(work, 'content'), { recursive: true });

let log = '';
const editor = spawn(process.execPath, ['scripts/admin.mjs'], {
  env: { ...process.env, ESCALES_CONTENT_DIR: path.join(work, 'content'), ESCALES_CACHE_DIR: path.join(work, 'cache'), ESCALES_ADMIN_PORT: '4471', ESCALES_ADMIN_SERVER_PORT: '8471' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
editor.stdout.on('data', (c) => (log += c));
editor.stderr.on('data', (c) => (log += c));
const stop = () => editor.exitCode === null && editor.kill('SIGINT');
process.on('exit', stop);

try {
  while (!/L'éditeur est prêt : (\S+)\/admin\//.test(log)) {
    if (editor.exitCode !== null) throw new Error(log);
    await new Promise((r) => setTimeout(r, 300));
  }
  const site = /L'éditeur est prêt : (\S+)\/admin\//.exec(log)[1];
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  page.setDefaultTimeout(120_000);
  const shot = async (name) => {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`✔ ${path.join(out, `${name}.png`)}`);
  };

  await page.goto(`${site}/admin/#/collections/testimonies`, { timeout: 180_000 });
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Trois semaines dans une ferme laitière du Connemara').waitFor();
  await shot('1-liste');

  await page.getByText('Trois semaines dans une ferme laitière du Connemara').click();
  await page.getByText('Écriture dans la collection Témoignages').waitFor();
  await shot('2-formulaire');

  await page.locator('label', { hasText: 'Autorisations (à vérifier sur le formulaire signé)' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('label[for^="consent-field"]')?.scrollIntoView({ block: 'start' }));
  await shot('3-autorisations');

  await page.evaluate(() => document.querySelector('label[for^="body-field"]')?.scrollIntoView({ block: 'start' }));
  // The preview is a frame of its own: show its text, with the site's headings.
  for (const frame of page.frames()) await frame.evaluate(() => document.querySelector('.escales-body')?.scrollIntoView({ block: 'start' })).catch(() => {});
  await shot('4-apercu');

  // A refused save: a minor's story whose parental consent is answered « Non ».
  await page.evaluate(() => document.querySelector('label[for^="parental-field"]')?.scrollIntoView({ block: 'center' }));
  await page.locator('[id^="parental-field-"][role="radiogroup"]').getByLabel('Non').check();
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant').click();
  await page.getByText(/autorisation parentale signée est obligatoire/).first().waitFor();
  await page.evaluate(() => document.querySelector('label[for^="parental-field"]')?.scrollIntoView({ block: 'center' }));
  await shot('5-refus');
  await browser.close();

  if (args.includes('--docs')) {
    mkdirSync('docs/images', { recursive: true });
    for (const name of ['1-liste', '2-formulaire', '3-autorisations', '4-apercu', '5-refus']) {
      await sharp(path.join(out, `${name}.png`)).jpeg({ quality: 72, mozjpeg: true }).toFile(`docs/images/editeur-${name}.jpg`);
    }
    console.log('✔ copies JPEG dans docs/images/');
  }
} finally {
  stop();
  await new Promise((r) => (editor.exitCode !== null ? r() : editor.once('exit', r)));
  rmSync(work, { recursive: true, force: true });
}
