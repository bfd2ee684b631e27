import { en } from './en.ts';
import { fr, type UiKey } from './fr.ts';

/**
 * Every string the interface shows, in French (fr.ts, the reference) and English (en.ts).
 * Components take `t(lang)` and never hard-code a visible string, so an /en/ page is the same
 * component with `lang="en"`.
 */
export type { UiKey };
export const ui: Record<'fr' | 'en', Record<UiKey, string>> = { fr, en };
export type Lang = keyof typeof ui;

/** The translator for one language: t('filters.showing', { n: 12 }) → "12 témoignages". */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const text = ui[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
    return lang === 'fr' ? frenchSpacing(text) : text;
  };
}

/** French typography: a narrow no-break space before ? ! : ; » and after «, so they never start a line. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}

/** Site-relative URL for a path in a language: French at the root, English under /en/. */
export function localizedPath(lang: Lang, pathname: string): string {
  const clean = pathname.replace(/^\/+/, '');
  return lang === 'fr' ? `/${clean}` : `/en/${clean}`;
}

/**
 * The site's sections and their URL segment, per language: a section exists in a language only
 * if a route builds it there (the families' pages and the kiosk are French only), so
 * pathTo('en', 'families') does not type-check. tests/unit/translations.test.ts checks the table
 * against src/pages/.
 */
export const sections = {
  fr: {
    stories: 'temoignages',
    news: 'actualites',
    results: 'resultats',
    partners: 'partenaires',
    families: 'familles',
    search: 'recherche',
    data: 'donnees',
    kiosk: 'kiosque',
    glossary: 'glossaire',
  },
  en: {
    stories: 'stories',
    news: 'news',
    results: 'results',
    partners: 'partners',
    search: 'search',
    data: 'data',
    glossary: 'glossary',
  },
} as const satisfies Record<Lang, Record<string, string>>;
/** A section of the site in language L (for a `Lang` that may be either, the sections both have). */
export type Section<L extends Lang = Lang> = keyof (typeof sections)[L];

/**
 * URL of a section, or of a page in it, in a language: pathTo('en', 'results', '2024-2025')
 * → "/en/results/2024-2025/". Pages call this rather than writing URLs by hand.
 */
export function pathTo<L extends Lang>(lang: L, section: Section<L> | null, ...rest: string[]): string {
  const segments: Record<string, string> = sections[lang];
  const parts = [section ? segments[section as string] : '', ...rest].filter(Boolean);
  return localizedPath(lang, parts.length ? `${parts.join('/')}/` : '');
}
