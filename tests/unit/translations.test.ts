import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { pathTo, sections, type Lang } from '../../src/i18n/ui.ts';

/**
 * One rule for the interface strings: one file per language, src/i18n/fr.ts (the reference) and
 * src/i18n/en.ts, with the same keys (en.ts `satisfies Record<UiKey, string>`, so astro check
 * already refuses a missing or an extra key; this test says it again at run time).
 */

/** Every .ts/.astro/.mjs file under a folder, with its text. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

// The code that reads the dictionary: src/ (but the dictionary itself) and the staff's commands.
const code = [...sources('src'), ...sources('scripts')].filter(({ file }) => !file.startsWith(path.join('src', 'i18n')));
const keys = Object.keys(fr);
const prefixOf = (key: string) => key.split('.')[0];
const dictionaryPrefixes = new Set(keys.map(prefixOf));

/**
 * Keys built at run time from a value: `facet.${key}`… Each is listed with where it is built; a
 * key under one of these counts as used. (The test below finds every such template literal, so
 * a new one must be added here.)
 */
const builtPrefixes: Record<string, string> = {
  'facet.': 'components/stories/StoryBrowser.astro, views/stories/StoryListPage.astro, data/storyFacets.ts (facet.segment., facet.role., facet.direction.)',
  'kind.': 'data/storyView.ts, data/storyFacets.ts, data/resultsView.ts, data/resultLabels.ts',
  'newsKind.': 'components/NewsCard.astro, views/news/NewsPage.astro, data/news.ts',
  'level.': 'components/NewsCard.astro, views/news/NewsPage.astro, data/news.ts',
  'news.facet.': 'components/news/NewsBrowser.astro, views/news/NewsListPage.astro',
  'news.segment.': 'data/news.ts',
  'class.': 'components/results/FundingChart.astro, data/resultsView.ts, data/partnersView.ts, data/resultLabels.ts',
  'partners.kind.': 'data/partnersView.ts',
  'results.supportKind.': 'data/resultsView.ts, data/resultLabels.ts',
  'results.def.': 'data/resultLabels.ts (figure definitions)',
  'results.fig.': 'data/resultsView.ts (key figures)',
  'data.col.': 'data/resultLabels.ts (open-data columns)',
  'data.record.': 'data/openDataView.ts',
};

/** Literal keys handed to a translator: t('…'), fr('…'), useTranslations(lang)('…'). */
function translatedLiterals(text: string): string[] {
  return [...text.matchAll(/(?:\b(?:t|fr|en)|useTranslations\([^)]*\))\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

/** The fixed start of every key built at run time: `facet.${` → "facet.". */
function builtKeyStarts(text: string): string[] {
  return [...text.matchAll(/`([a-z][a-zA-Z]*(?:\.[\w-]+)*\.)\$\{/g)].map((match) => match[1]).filter((start) => dictionaryPrefixes.has(prefixOf(start)));
}

/** The keys that appear nowhere in quotes in `text` and are not built at run time. */
function unusedKeys(candidates: string[], text: string): string[] {
  const built = (key: string) => Object.keys(builtPrefixes).some((prefix) => key.startsWith(prefix));
  return candidates.filter((key) => !built(key) && !['"', "'", '`'].some((quote) => text.includes(`${quote}${key}${quote}`)));
}

describe('the dictionary', () => {
  it('has the same keys in French and English, in the same order', () => {
    expect(Object.keys(en)).toEqual(keys);
  });

  it('has no empty string', () => {
    for (const [lang, strings] of Object.entries({ fr, en })) {
      for (const [key, text] of Object.entries(strings)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has every key a translator is given', () => {
    // In src/ only: the scripts' own functions named fr()/en() take other things.
    const used = code.filter(({ file }) => file.startsWith('src')).flatMap(({ file, text }) => translatedLiterals(text).map((key) => ({ file, key })));
    expect(used.length).toBeGreaterThan(300);
    expect(used.filter(({ key }) => !(key in fr))).toEqual([]);
  });

  it('lists every prefix of the keys built at run time, and only those', () => {
    const starts = new Set(code.flatMap(({ text }) => builtKeyStarts(text)));
    // A start longer than a listed prefix ("facet.role.") is covered by it.
    const unlisted = [...starts].filter((start) => !Object.keys(builtPrefixes).some((prefix) => start.startsWith(prefix)));
    expect(unlisted).toEqual([]);
    for (const prefix of Object.keys(builtPrefixes)) {
      expect(starts.has(prefix), `${prefix} is built nowhere any more`).toBe(true);
      expect(keys.some((key) => key.startsWith(prefix)), `no key starts with ${prefix}`).toBe(true);
    }
  });

  it('has no key that nothing uses', () => {
    expect(unusedKeys(keys, code.map(({ text }) => text).join('\n'))).toEqual([]);
  });
});

describe('the check for unused keys can fail', () => {
  it('finds the keys in a translator call and the starts of built keys', () => {
    expect(translatedLiterals("t('story.facts') + useTranslations('fr')(\"site.skip\") + at('x.y')")).toEqual(['story.facts', 'site.skip']);
    expect(builtKeyStarts('t(`facet.role.${id}`) + `/${base}/` + `note.${x}`')).toEqual(['facet.role.']);
  });

  it('reports a key that no code quotes', () => {
    expect(unusedKeys(['story.facts', 'story.gone', 'facet.country', 'site.skip'], "t('story.facts'); const k = \"site.skip\"; // story.gone")).toEqual(['story.gone']);
  });
});

describe('sections and routes', () => {
  const routeFolders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  // Folders of src/pages/ that are no section of the site: files served by URL, not pages.
  const notSections: Record<Lang, string[]> = { fr: ['en', 'logos', 'og'], en: [] };
  const pagesOf = (lang: Lang) => path.join('src', 'pages', ...(lang === 'en' ? ['en'] : []));

  for (const lang of ['fr', 'en'] as const) {
    it(`gives every ${lang} section a route folder, and every route folder a section`, () => {
      const folders = routeFolders(pagesOf(lang));
      const segments: string[] = Object.values(sections[lang]);
      expect(segments.filter((segment) => !folders.includes(segment))).toEqual([]);
      expect(folders.filter((folder) => !segments.includes(folder) && !notSections[lang].includes(folder))).toEqual([]);
    });
  }

  it('writes URLs with the segment of the language', () => {
    expect(pathTo('en', 'results', '2024-2025')).toBe('/en/results/2024-2025/');
    expect(pathTo('fr', 'families')).toBe('/familles/');
    expect(pathTo('fr', null)).toBe('/');
  });

  it('cannot name a page that does not exist (astro check fails if these type-check)', () => {
    // @ts-expect-error: the families' pages are French only
    expect(() => pathTo('en', 'families')).not.toThrow();
    // @ts-expect-error: the kiosk is French only
    expect(() => pathTo('en', 'kiosk')).not.toThrow();
    const lang = 'en' as Lang;
    // @ts-expect-error: with a language that may be English, only the sections both languages have
    expect(() => pathTo(lang, 'kiosk')).not.toThrow();
  });
});
