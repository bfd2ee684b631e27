import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { deElided } from '../../src/lib/elision.ts';
import { formatEuros } from '../../src/lib/numbers.ts';
import { computeIndicators, fillSchoolYears, type ResultsYear } from '../../src/lib/indicators.ts';
import { funderClasses, type FunderClass } from '../../src/schemas/funderClasses.ts';
import { ui } from '../../src/i18n/ui.ts';
import { fr as resultsFr } from '../../src/i18n/fr.ts';
import { asShown, contentDir } from './content.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// The figures the pages should show, computed here by the module from the YAML files themselves.
const root = contentDir;
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));
const files: ResultsYear[] = readdirSync(path.join(root, 'results'))
  .filter((name) => /^[^_].*\.ya?ml$/.test(name))
  .map((name) => {
    const raw = parse(readFileSync(path.join(root, 'results', name), 'utf8'));
    // The schema's defaults (0 people, empty lists), as the content collection applies them.
    return {
      ...raw,
      mobilities: (raw.mobilities ?? []).map((m: ResultsYear['mobilities'][number]) => ({ ...m, learners: m.learners ?? 0, staff: m.staff ?? 0 })),
      funding: (raw.funding ?? []).map((f: ResultsYear['funding'][number]) => ({ ...f, date: asDate(f.date) })),
      supports: (raw.supports ?? []).map((s: ResultsYear['supports'][number]) => ({ ...s, date: asDate(s.date) })),
    };
  });
const institutions = parse(readFileSync(path.join(root, 'institutions.yaml'), 'utf8')) as { id: string; name: string; nameEn?: string; class: FunderClass }[];
const levelOf = (id: string) => institutions.find((i) => i.id === id)!.class;
const years = fillSchoolYears(computeIndicators(files, levelOf));
const YEAR = '2024-2025';
const year = years.find((y) => y.schoolYear === YEAR)!;

/** Digits (and a leading sign) of a displayed number: "82 600 €" → "82600", "+14" → "+14". */
const digits = (text: string | null) => (text ?? '').replace(/[−-]/g, '-').replace(/[^\d+-]/g, '');

const pages = [
  '/resultats/',
  ...years.map((y) => `/resultats/${y.schoolYear}/`),
  '/partenaires/',
  '/donnees/',
  '/en/results/',
  ...years.map((y) => `/en/results/${y.schoolYear}/`),
  '/en/partners/',
  '/en/data/',
];

/** Every chart and the map: an SVG image named by its <title> and described by its <desc>. */
async function expectTextAlternatives(page: Page) {
  const images = page.locator('main svg[role="img"]');
  expect(await images.count()).toBeGreaterThanOrEqual(1);
  for (const svg of await images.all()) {
    const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(ids).toHaveLength(2);
    await expect(page.locator(`[id="${ids[0]}"]`)).toHaveText(/.{5,}/);
    await expect(page.locator(`[id="${ids[1]}"]`)).toHaveText(/.{20,}/);
  }
}

test.describe(`/resultats/${YEAR}/`, () => {
  test.describe.configure({ timeout: 90_000 });
  test('shows the figures the indicator module computes from content/results/', async ({ page, foreignRequests }) => {
    await page.goto(`/resultats/${YEAR}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Résultats ${YEAR}`);
    const figure = (name: string) => page.locator(`[data-figure="${name}"] .value`);
    await expect(figure('learnersOutgoing')).toHaveText(/\d/);
    expect(digits(await figure('learnersOutgoing').textContent())).toBe(String(year.learnersOutgoing));
    expect(digits(await figure('staffOutgoing').textContent())).toBe(String(year.staffOutgoing));
    expect(digits(await figure('learnersIncoming').textContent())).toBe(String(year.learnersIncoming));
    expect(digits(await figure('staffIncoming').textContent())).toBe(String(year.staffIncoming));
    expect(digits(await figure('countries').textContent())).toBe(String(year.countries));
    expect(digits(await figure('participantDays').textContent())).toBe(String(year.participantDays));
    expect(digits(await figure('funding').textContent())).toBe(String(year.funding.total));
    expect(digits(await figure('supports').textContent())).toBe(String(year.supports.total));
    // The action plan's indicators: the commune, intercommunalité, département and région only.
    expect(digits(await figure('fundingTerritorial').textContent())).toBe(String(year.funding.territorial));
    expect(digits(await figure('supportsTerritorial').textContent())).toBe(String(year.supports.territorial));
    expect(year.change.learners).not.toBeNull();
    expect(digits(await figure('change').textContent())).toBe(`${year.change.learners! > 0 ? '+' : ''}${year.change.learners}`);
    await expect(page.locator('[data-figure="change"] .note')).toContainText(String(year.change.percent).replace('.', ','));

    // Each figure comes with its definition.
    for (const name of ['learnersOutgoing', 'staffOutgoing', 'learnersIncoming', 'countries', 'participantDays', 'funding', 'supports', 'fundingTerritorial', 'supportsTerritorial', 'change']) {
      await expect(page.locator(`[data-figure="${name}"] .definition`), name).toHaveText(/.{30,}/);
    }

    // The objectives, and how far each was reached.
    for (const [name, objective] of Object.entries(year.objectives)) {
      const gauge = page.locator(`[data-objective="${name}"]`);
      await expect(gauge).toContainText(`${Math.round(objective.ratio * 100)}\u00a0%`);
      await expect(gauge).toContainText(objective.met ? 'Objectif atteint' : 'Objectif non atteint');
    }
    expect(foreignRequests).toEqual([]);
  });

  test('the charts and the map have text alternatives and are followed by the same data as tables', async ({ page }) => {
    await page.goto(`/resultats/${YEAR}/`);
    await expectTextAlternatives(page);

    const progression = page.locator('table', { has: page.locator('caption', { hasText: 'par année scolaire' }) });
    await expect(progression.locator('tbody tr')).toHaveCount(years.length);
    for (const y of years) {
      const row = progression.locator('tbody tr', { has: page.locator(`th:text-is("${y.schoolYear}")`) });
      expect(digits(await row.locator('td').first().textContent())).toBe(y.hasData ? String(y.learnersOutgoing) : '');
    }
    const chart = page.locator('svg[aria-labelledby="progression-chart-title progression-chart-desc"]');
    await expect(chart.locator('desc')).toContainText(`${YEAR}\u202f: ${year.learnersOutgoing}`);

    const funding = page.locator('table', { has: page.locator('caption', { hasText: 'Financements obtenus selon qui les décide' }) });
    await expect(funding.locator('tbody tr')).toHaveCount(funderClasses.length);
    for (const [i, funder] of funderClasses.entries()) {
      expect(digits(await funding.locator('tbody tr').nth(i).locator('td').textContent()), funder).toBe(String(year.funding.byClass[funder]));
    }
    expect(digits(await funding.locator('tfoot td').textContent())).toBe(String(year.funding.total));

    const map = page.locator('svg[aria-labelledby="map-title map-desc"]');
    await expect(map.locator('path').first()).toBeAttached();
    const countries = page.locator('table', { has: page.locator('caption', { hasText: 'par pays de destination' }) });
    await expect(countries.locator('tbody tr')).toHaveCount(year.byCountry.length);
    const names = await countries.locator('tbody th').allTextContents();
    for (const name of names) await expect(map.locator('desc')).toContainText(name);
    for (const [i, row] of year.byCountry.entries()) {
      expect(digits(await countries.locator('tbody tr').nth(i).locator('td').first().textContent())).toBe(String(row.learners));
    }

    // Every data table has a caption and headers with a scope.
    for (const table of await page.locator('main table').all()) {
      await expect(table.locator('caption')).toHaveText(/\S/);
      expect(await table.locator('th:not([scope])').count()).toBe(0);
    }
  });

  test('funding is classed by who decides it: Erasmus+ as the EU (its payer beside it), the DRAAF as the State', async ({ page }) => {
    await page.goto(`/resultats/${YEAR}/`);
    const funding = page.locator('table', { has: page.locator('caption', { hasText: 'Financements obtenus selon qui les décide' }) });
    const row = (label: string) => funding.locator('tbody tr', { has: page.locator(`th:text-is("${label}")`) });
    expect(digits(await row('Union européenne').locator('td').textContent())).toBe(String(year.funding.byClass.eu));
    expect(digits(await row('État').locator('td').textContent())).toBe(String(year.funding.byClass.state));
    expect(digits(await row('Région').locator('td').textContent())).toBe(String(year.funding.byClass.region));
    const lines = page.locator('table', { has: page.locator('caption', { hasText: 'Le détail des financements obtenus' }) });
    await expect(lines.locator('thead th')).toHaveText(['Financeur', 'Qui décide', 'Versé par', 'Objet', 'Date', 'Montant']);
    for (const line of files.find((f) => f.schoolYear === YEAR)!.funding) {
      const decider = institutions.find((i) => i.id === line.institution)!;
      // Names as the French page shows them: l'alimentation → l’alimentation (tests/e2e/content.ts asShown).
      const tr = lines.locator('tbody tr', { has: page.locator(`th:text-is("${asShown(decider.name)}")`) }).first();
      if (decider.class === 'eu') await expect(tr.locator('td').first()).toHaveText('Union européenne');
      if (decider.class === 'state') await expect(tr.locator('td').first()).toHaveText('État');
      if (line.payer) await expect(tr.locator('td').nth(1)).toHaveText(asShown(institutions.find((i) => i.id === line.payer)!.name));
    }
    // The support tables' kind column is the kind of support, not of stay.
    const supportLines = page.locator('table', { has: page.locator('caption', { hasText: 'Le détail des soutiens officiels' }) });
    await expect(supportLines.locator('thead th').nth(2)).toHaveText('Type de soutien');
  });

  test('the English page shows the same figures with English labels', async ({ page }) => {
    await page.goto(`/en/results/${YEAR}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The English labels, from the English dictionary (the copy may be reworded, the page must follow it).
    const en = ui.en;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['results.yearTitle'].replace('{year}', YEAR));
    await expect(page.locator('[data-figure="learnersOutgoing"] .label')).toHaveText(en['results.fig.learnersOutgoing']);
    await expect(page.locator('table', { has: page.locator('caption', { hasText: en['results.fundingCaption'] }) }).locator('tbody th').nth(5)).toHaveText(en['class.eu']);
    await expect(page.locator('table', { has: page.locator('caption', { hasText: en['results.supportsCaption'] }) }).locator('thead th').first()).toHaveText(en['results.funderClass']);
    await expect(page.locator('table', { has: page.locator('caption', { hasText: en['results.supportsLinesCaption'] }) }).locator('thead th').nth(2)).toHaveText(en['results.supportKindHeader']);
    expect(digits(await page.locator('[data-figure="funding"] .value').textContent())).toBe(String(year.funding.total));
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', new RegExp(`/resultats/${YEAR}/$`));
    await expectTextAlternatives(page);
  });

  test('prints as one page: key figures, objectives and funders kept, site chrome and detail left out', async ({ page }) => {
    await page.goto(`/resultats/${YEAR}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('svg[aria-labelledby="map-title map-desc"]')).toBeHidden();
    await expect(page.locator('[data-figure="learnersOutgoing"]')).toBeVisible();
    await expect(page.locator('[data-objective]').first()).toBeVisible();
    await expect(page.locator('.funders li').first()).toBeVisible();
    await expect(page.locator('.print-source')).toBeVisible();
  });

  test('prints the funding by who decides it as page text, each amount on its label’s line', async ({ page }) => {
    await page.goto(`/resultats/${YEAR}/`);
    await page.emulateMedia({ media: 'print' });
    const section = page.locator('section', { has: page.locator('#funding-heading') });
    // Not the chart's SVG text: scaled down to the sheet it printed at under 5 pt, and text taken
    // from the PDF read "0€" (a line holding only "0" and "€" is taken for letter-spaced text).
    for (const text of await section.locator('svg text').all()) await expect(text).toBeHidden();
    for (const level of funderClasses) {
      const label = section.getByText(ui.fr[`class.${level}`], { exact: true }).filter({ visible: true });
      await expect(label, level).toHaveCount(1);
      const amount = label.locator('xpath=following-sibling::*[1]');
      await expect(amount, level).toHaveText(formatEuros(year.funding.byClass[level], 'fr'));
      const [l, a] = [(await label.boundingBox())!, (await amount.boundingBox())!];
      // One line of text: the same baseline band, the amount just after its label.
      expect(Math.abs(l.y + l.height / 2 - (a.y + a.height / 2)), level).toBeLessThan(2);
      expect(a.x - (l.x + l.width), level).toBeGreaterThanOrEqual(0);
      expect(a.x - (l.x + l.width), level).toBeLessThan(12);
      // Legible on paper: at least 7 pt (9.33 px).
      expect(await amount.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)), level).toBeGreaterThanOrEqual(9.3);
    }
  });
});

test.describe('results overview and partners', () => {
  test.describe.configure({ timeout: 90_000 });
  test('the overview shows the progression and links every school year', async ({ page, foreignRequests }) => {
    await page.goto('/resultats/');
    for (const y of years) {
      const link = page.locator(`.years a[href="/resultats/${y.schoolYear}/"]`);
      await expect(link).toBeVisible();
      const card = page.locator('.years li').filter({ has: page.locator(`a[href="/resultats/${y.schoolYear}/"]`) });
      if (y.hasData) expect(digits(await card.locator('dd').first().textContent())).toBe(String(y.learnersOutgoing));
      else await expect(card).toContainText('Pas de données');
    }
    await expectTextAlternatives(page);
    expect(foreignRequests).toEqual([]);
  });

  test('/en/partners/ gives institutions their English names and its caption only what the table shows', async ({ page }) => {
    await page.goto('/en/partners/');
    for (const institution of institutions.filter((i) => i.nameEn)) {
      await expect(page.locator(`[data-institution="${institution.id}"] .name`)).toHaveText(institution.nameEn!);
    }
    const table = page.locator('table', { has: page.locator('caption', { hasText: ui.en['partners.listCaption'] }) });
    await expect(table.locator('caption')).not.toContainText('since');
    await expect(table.locator('thead th')).toHaveCount(3);
  });

  test('the partners page lists funders by class, partners abroad with their stories and news, and the map', async ({ page, foreignRequests }) => {
    await page.goto('/partenaires/');
    for (const institution of institutions) {
      await expect(page.locator(`[data-institution="${institution.id}"]`)).toContainText(asShown(institution.name));
    }
    const partnersDir = path.join(root, 'partners');
    const partnerIds = readdirSync(partnersDir).filter((n) => /^[^_].*\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, ''));
    await expect(page.locator('[data-partner]')).toHaveCount(partnerIds.length);
    let websites = 0;
    for (const id of partnerIds) {
      const partner = parse(readFileSync(path.join(partnersDir, `${id}.yaml`), 'utf8'));
      const card = page.locator(`[data-partner="${id}"]`);
      await expect(card).toContainText(partner.city);
      if (partner.since) await expect(card).toContainText(String(partner.since));
      // "Site d’Istituto…", "Site de Hedeland…": the French "de" elided before a vowel, as everywhere.
      if (partner.website) {
        websites += 1;
        await expect(card.locator(`a[href="${partner.website}"]`)).toContainText(deElided(partner.name));
      }
    }
    expect(websites, 'partners with a website in the content').toBeGreaterThan(0);
    // A partner with a linked story links to it, and the link works.
    const storyLink = page.locator('[data-partner] .linked a[href^="/temoignages/"]').first();
    await expect(storyLink).toBeVisible();
    const response = await page.request.get((await storyLink.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    await expectTextAlternatives(page);
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('open data', () => {
  const documented = (() => {
    const doc = readFileSync('docs/open-data.md', 'utf8');
    return [...doc.slice(doc.indexOf('## Columns')).matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  })();
  const lines = files.reduce((n, f) => n + f.mobilities.length + f.funding.length + f.supports.length, 0);

  /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  function readCsv(text: string): string[][] {
    const records: string[][] = [];
    let field = '';
    let record: string[] = [];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') record.push(field), (field = '');
      else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
      else field += c;
    }
    return records;
  }

  test('the CSV has the documented columns and one row per line of the register', async ({ request }) => {
    const response = await request.get('/donnees/resultats.csv');
    expect(response.status()).toBe(200);
    const text = await response.text();
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual(documented);
    expect(rows).toHaveLength(lines);
    for (const row of rows) expect(row).toHaveLength(documented.length);
    const col = (name: string) => documented.indexOf(name);
    const learners = rows
      .filter((r) => r[col('school_year')] === YEAR && r[col('record_type')] === 'mobility' && r[col('direction')] === 'outgoing')
      .reduce((sum, r) => sum + Number(r[col('learners')]), 0);
    expect(learners).toBe(year.learnersOutgoing);
    const funding = rows.filter((r) => r[col('school_year')] === YEAR && r[col('record_type')] === 'funding').reduce((sum, r) => sum + Number(r[col('amount_eur')]), 0);
    expect(funding).toBe(year.funding.total);
  });

  test('the JSON parses, documents its columns and has the same rows', async ({ request }) => {
    const response = await request.get('/donnees/resultats.json');
    expect(response.status()).toBe(200);
    const data = JSON.parse(await response.text());
    expect(data.columns.map((c: { name: string }) => c.name)).toEqual(documented);
    expect(data.rows).toHaveLength(lines);
    expect(Object.keys(data.rows[0])).toEqual(documented);
    expect(data.licence.name).toMatch(/Licence Ouverte/);
  });

  test('the Excel CSV: UTF-8 with BOM, semicolons, CRLF, French headers, the same rows', async ({ request }) => {
    const response = await request.get('/donnees/resultats-excel.csv');
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const header = text.slice(0, text.indexOf('\r\n')).split(';');
    expect(header).toHaveLength(documented.length);
    expect(header[0]).toBe('Année scolaire');
    // One CRLF per record (no field of the sample holds a line break).
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(lines + 1);
    expect(text).toContain(';Union européenne;');
  });

  test('/donnees/ links the three files and describes every column', async ({ page }) => {
    await page.goto('/donnees/');
    await expect(page.locator('a[href="/donnees/resultats-excel.csv"]')).toBeVisible();
    await expect(page.locator('a[href="/donnees/resultats.csv"]')).toBeVisible();
    await expect(page.locator('a[href="/donnees/resultats.json"]')).toBeVisible();
    expect(await page.locator('main table tbody th').allTextContents()).toEqual(documented);
  });
});

test.describe('accessibility', () => {
  // axe over a page with a map of some 200 shapes takes a while on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  for (const url of pages) {
    test(`${url} has no axe violations`, async ({ page, foreignRequests }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // axe's WCAG 2.1 rules no longer check this one; an SVG <title> sharing a heading's id would fool screen readers.
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }

  for (const url of [`/resultats/${YEAR}/`, `/en/results/${YEAR}/`, '/resultats/', '/partenaires/']) {
    test(`${url} fits a phone: nothing wider than the screen, tables that scroll are focusable`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('tables that fit', () => {
  test.describe.configure({ timeout: 120_000 });
  const resultsPages = pages.filter((url) => /resultats|results/.test(url));

  test('at 1280 px no table on a results page is cut off: every table box is as wide as its table', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const url of resultsPages) {
      await page.goto(url);
      const boxes = await page.locator('main .table-scroll').evaluateAll((elements) =>
        elements.map((e) => ({ caption: e.querySelector('caption')?.textContent ?? '', scroll: e.scrollWidth, client: e.clientWidth })),
      );
      expect(boxes.length, url).toBeGreaterThan(0);
      for (const box of boxes) expect(box.scroll, `${url} « ${box.caption} »`).toBeLessThanOrEqual(box.client);
    }
  });

  test('at 375 px a table wider than the screen shows a visible cue that it scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    let scrolling = 0;
    for (const url of [`/resultats/${YEAR}/`, `/en/results/${YEAR}/`, '/donnees/']) {
      await page.goto(url);
      for (const box of await page.locator('main .table-scroll').all()) {
        await box.scrollIntoViewIfNeeded();
        const { scroll, client } = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
        const hint = box.locator('xpath=following-sibling::*[1][contains(@class, "scroll-hint")]');
        // The same tolerance as the page's script: a table 1 px wider than its box (sub-pixel
        // rounding of the fonts) does not scroll in any way a reader would notice.
        if (scroll > client + 1) {
          scrolling += 1;
          await expect(hint, url).toBeVisible();
          await expect(box).toHaveAttribute('data-overflow', '');
          await expect(box).toHaveAttribute('tabindex', '0');
        } else {
          await expect(hint).toBeHidden();
        }
      }
    }
    // The detail tables do scroll on a phone: the test would prove nothing otherwise.
    expect(scrolling).toBeGreaterThan(0);
  });
});

test.describe('search', () => {
  // The titles as the pages write them (the dictionary), for the years the content has.
  const searchFor = async (page: Page, q: string) => {
    await page.goto(`/recherche/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-status]')).toContainText(/résultat/);
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    return page.locator('[data-results] h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  test('the exact title of a school year’s results finds that page first, typed as results, with an excerpt', async ({ page }) => {
    const withData = years.filter((y) => y.hasData);
    expect(withData.length).toBeGreaterThan(0);
    for (const y of [withData[0]!, withData.at(-1)!]) {
      const title = resultsFr['results.yearTitle'].replace('{year}', y.schoolYear);
      const found = await searchFor(page, title);
      expect(found[0], title).toBe(`/resultats/${y.schoolYear}/`);
      const first = page.locator('[data-results] > li').first();
      await expect(first.locator('.kind')).toHaveText('Résultats');
      await expect(first.locator('h2')).toHaveText(title);
      // The excerpt is the page's lead, not the print-only school name nor the links to other years.
      await expect(first.locator('p:not(.kind)')).toContainText(y.schoolYear);
    }
  });

  test('the overview of the results is found by its title', async ({ page }) => {
    const found = await searchFor(page, resultsFr['results.title']);
    expect(found).toContain('/resultats/');
  });
});

test.describe('npm run report', () => {
  let out = '';
  test.afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });
  test('writes a one-page A4 PDF of the school year', async () => {
    test.setTimeout(180_000);
    out = mkdtempSync(path.join(tmpdir(), 'escales-report-'));
    const result = spawnSync('npm', ['run', 'report', '--', YEAR], {
      encoding: 'utf8',
      env: { ...process.env, ESCALES_REPORTS_DIR: out, NO_COLOR: '1' },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const file = path.join(out, `resultats-${YEAR}.pdf`);
    expect(existsSync(file)).toBe(true);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(statSync(file).size).toBeGreaterThan(20_000);
    const pageObjects = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pageObjects).toHaveLength(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/);
    expect(result.stdout).toContain('1 page A4');
    // Tagged, for screen readers: a structure tree in reading order, the catalogue marked as such,
    // and the headings as bookmarks (Chromium writes its PDFs uncompressed at the object level).
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/StructTreeRoot\s+\d+\s+\d+\s+R/);
    expect(text).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/);
    expect(text).toMatch(/\/Outlines\s+\d+\s+\d+\s+R/);
  });
});
