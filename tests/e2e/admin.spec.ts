import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { parse } from 'yaml';
import { searchablePages } from '../../scripts/lib/pagefind.mjs';
import { listFiles } from '../../scripts/lib/siteChecks.mjs';

// The browser editor on this computer (`npm run admin`), driven as a teacher would, in French, on a
// copy of the fixture content: a minor's story with two photos is written as the content contract
// wants it, passes `npm run validate` and appears in a build; without parental consent it is refused.

test.describe.configure({ mode: 'serial' });

let work: string;
let content: string;
let editor: ChildProcess;
let site: string;
let output = '';
/** One page for both tests: the editor's 5 MB script is fetched once (the dev server lets it be cached). */
let page: Page;

/** Two small photos, made here: the test depends on no sample file. */
async function photo(file: string, colour: { r: number; g: number; b: number }) {
  await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } }).jpeg().toFile(file);
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(240_000);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  work = mkdtempSync(path.join(tmpdir(), 'escales-admin-'));
  content = path.join(work, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  await photo(path.join(work, 'photo-a-la-ferme.jpg'), { r: 40, g: 120, b: 90 });
  await photo(path.join(work, 'photo-du-port.jpg'), { r: 30, g: 60, b: 150 });
  const base = 20000 + Math.floor(Math.random() * 20000);
  editor = spawn(process.execPath, ['scripts/admin.mjs'], {
    env: { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_CACHE_DIR: path.join(work, 'cache'), ESCALES_ADMIN_PORT: String(base), ESCALES_ADMIN_SERVER_PORT: String(base + 1) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout!.on('data', (chunk) => (output += chunk));
  editor.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 170_000;
  while (!/L'éditeur est prêt : (http:\/\/127\.0\.0\.1:\d+)\/admin\//.test(output)) {
    if (Date.now() > deadline || editor.exitCode !== null) throw new Error(`npm run admin n'a pas démarré :\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  site = /L'éditeur est prêt : (http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(output)![1];
});

test.afterAll(async () => {
  await page?.close();
  if (editor && editor.exitCode === null) {
    const stopped = new Promise((resolve) => editor.once('exit', resolve));
    editor.kill('SIGINT'); // what Ctrl+C sends: it stops astro dev and decap-server too
    await stopped;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Nothing leaves 127.0.0.1 while the editor is used; no JavaScript error; no CSP refusal. */
function guard(page: Page) {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) errors.push(message.text());
  });
  return { foreign, errors };
}

async function openNewStory(page: Page) {
  page.setDefaultTimeout(60_000);
  await page.goto(`${site}/admin/#/collections/testimonies/new`, { timeout: 120_000 });
  // Signed in once per page: the second story opens the form directly.
  const login = page.getByRole('button', { name: 'Se connecter' });
  const form = page.getByText('Écriture dans la collection Témoignages');
  await expect(login.or(form)).toBeVisible({ timeout: 120_000 });
  if (await login.isVisible()) await login.click();
  await expect(form).toBeVisible();
}

/** A list of choices (react-select): type to filter, Enter to take the first match. */
async function choose(page: Page, label: RegExp, text = '') {
  const input = page.getByLabel(label);
  await input.click();
  if (text) await input.fill(text);
  await page.keyboard.press('Enter');
}

async function yesNo(page: Page, name: 'minor' | 'parental', answer: 'Oui' | 'Non') {
  await page.locator(`[id^="${name}-field-"][role="radiogroup"]`).getByLabel(answer).check();
}

async function pickPhoto(page: Page, button: number, file: string) {
  await page.getByRole('button', { name: 'Choisir une image' }).nth(button).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText(path.basename(file))).toBeVisible();
  await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
}

/** Everything a minor's story needs but the parental consent, which each test answers. */
async function fillMinorStory(page: Page, title: string) {
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Résumé', { exact: true }).fill('Maëlle, en seconde, raconte trois semaines de stage dans une ferme près de Cork.');
  await page.getByLabel('Phrase marquante', { exact: true }).fill('Le premier matin, je ne comprenais rien ; le dernier, je faisais des blagues en anglais.');
  await page.getByLabel('Nom affiché', { exact: true }).fill('Maëlle');
  await choose(page, /^Qui est-ce/, 'Apprenant');
  await choose(page, /^Filière/);
  await yesNo(page, 'minor', 'Oui');
  await page.getByLabel('Publication du texte autorisée').click();
  await page.getByLabel('Photos de la personne autorisées').click();
  await choose(page, /^Nom affiché autorisé/, 'Prénom seulement');
  await page.getByLabel('Date de signature').fill('2025-01-20');
  await choose(page, /^Départ ou accueil/, 'Départ');
  await choose(page, /^Type de séjour/, 'Stage');
  await choose(page, /^Programme ou bourse/);
  await choose(page, /^Pays/, 'Irlande');
  await page.getByLabel('Ville', { exact: true }).fill('Cork');
  await page.getByLabel('Début du séjour').fill('2025-03-03');
  await page.getByLabel('Fin du séjour').fill('2025-03-21');
  const body = page.locator('[contenteditable="true"]').last();
  await body.click();
  await page.keyboard.type('Avant de partir, j’avais peur de l’avion. Sur place, la famille m’a tout de suite mise à l’aise.');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant').click();
}

test('a minor’s story with two photos, written in the French editor, passes the validator and is built', async () => {
  test.setTimeout(420_000);
  const { foreign, errors } = guard(page);
  await openNewStory(page);
  await fillMinorStory(page, 'Un printemps à Cork chez les Murphy');
  await yesNo(page, 'parental', 'Oui');
  // Photo 1, the cover: it shows the author (consent.image is true).
  await pickPhoto(page, 0, path.join(work, 'photo-a-la-ferme.jpg'));
  await page.getByLabel(/^Description de la photo de couverture/).fill('Maëlle tient un agneau dans ses bras devant une grange.');
  // Photo 2, in the gallery: the harbour, without her.
  await page.getByRole('button', { name: 'Ajouter galerie de photos' }).click();
  await pickPhoto(page, 1, path.join(work, 'photo-du-port.jpg'));
  await page.getByLabel('Description', { exact: true }).fill('Le port de Cork au coucher du soleil.');
  await page.getByLabel(/^La personne est sur la photo \(/).click();
  await page.getByLabel(/^Brouillon/).click(); // a new text starts as a draft: this one is ready
  await publish(page);

  const folder = path.join(content, 'testimonies', 'un-printemps-a-cork-chez-les-murphy');
  await expect.poll(() => existsSync(path.join(folder, 'index.mdx')), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => readdirSync(folder).sort(), { timeout: 30_000 }).toEqual(['index.mdx', 'photo-a-la-ferme.jpg', 'photo-du-port.jpg']);
  const file = readFileSync(path.join(folder, 'index.mdx'), 'utf8');
  const header = parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]);
  expect(header).toMatchObject({
    title: 'Un printemps à Cork chez les Murphy',
    author: { name: 'Maëlle', role: 'learner', minor: true },
    consent: { publication: true, image: true, name: 'first-name', parental: true },
    mobility: { direction: 'outgoing', kind: 'internship', country: 'IE', city: 'Cork' },
    cover: 'photo-a-la-ferme.jpg',
    gallery: [{ src: 'photo-du-port.jpg', alt: 'Le port de Cork au coucher du soleil.', showsAuthor: false }],
    draft: false,
  });
  expect(file).toContain('la famille m’a tout de suite mise à l’aise');
  expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
  expect(errors, 'JavaScript errors and CSP refusals').toEqual([]);

  // The file passes the validator unchanged, and the built site shows the story.
  const env = { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_CACHE_DIR: path.join(work, 'build-cache'), ESCALES_DIST_DIR: path.join(work, 'dist') };
  const validate = spawnSync(process.execPath, ['scripts/validate-content.ts'], { env, encoding: 'utf8' });
  expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const dist = path.join(work, 'dist');
  const story = readFileSync(path.join(dist, 'temoignages', 'un-printemps-a-cork-chez-les-murphy', 'index.html'), 'utf8');
  expect(story).toContain('Un printemps à Cork chez les Murphy');
  expect(story).toContain('Le port de Cork au coucher du soleil.');

  // The built editor page stays apart: not in the sitemap, noindex, not searched, and
  // the only page whose policy allows eval.
  expect(readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  // Not disallowed to robots: they must be able to read its noindex (a disallowed URL can still be listed).
  expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).not.toMatch(/^Disallow: \/admin\//m);
  const files: string[] = listFiles(dist);
  const sitemaps = files.filter((f) => /^sitemap.*\.xml$/.test(f));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const sitemap of sitemaps) expect(readFileSync(path.join(dist, sitemap), 'utf8')).not.toContain('/admin/');
  expect(searchablePages(dist).files.filter((f: string) => f.startsWith('admin'))).toEqual([]);
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.filter((f) => readFileSync(path.join(dist, f), 'utf8').includes("'unsafe-eval'"))).toEqual([]);
  // Every public page keeps Astro's strict policy (astro.config.mjs, security.csp).
  const publicPages = pages.filter((f) => !f.startsWith('admin'));
  expect(publicPages.length).toBeGreaterThan(10);
  for (const f of publicPages) expect(readFileSync(path.join(dist, f), 'utf8'), f).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/i);
});

test('a minor’s story without parental consent is refused before anything is written, in French', async () => {
  test.setTimeout(180_000);
  const { foreign } = guard(page);
  await openNewStory(page);
  await fillMinorStory(page, 'Trois semaines à Tartu sans autorisation');
  await yesNo(page, 'parental', 'Non');
  await publish(page);
  await expect(page.getByText(/l'auteur·e était mineur·e : l'autorisation parentale signée est obligatoire/).first()).toBeVisible();
  await page.waitForTimeout(2000);
  expect(existsSync(path.join(content, 'testimonies', 'trois-semaines-a-tartu-sans-autorisation'))).toBe(false);
  expect(foreign).toEqual([]);
});
