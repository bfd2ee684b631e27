/**
 * A page in one language that links to or shows content written in another (an English page
 * listing a French story) says so three ways: `hreflang` on the link (where it leads), `lang` on
 * the title and excerpt (so a screen reader pronounces them in their language), and a visible
 * note, "(in French)", in the page's language. `contentLanguage` decides; components apply it.
 *
 *   const mark = contentLanguage(story.data.lang, pageLang);
 *   <a href={…} hreflang={mark.hreflang}><span lang={mark.lang}>{title}</span>{mark.note && <> ({t(mark.note)})</>}</a>
 */

/** The languages the site is written in (content `lang`, page `lang`). */
export type SiteLang = 'fr' | 'en';

export interface ContentLanguage {
  /** True when the content is not in the page's language. */
  foreign: boolean;
  /** `hreflang` for a link to the content: its language, only when it differs from the page's. */
  hreflang: SiteLang | undefined;
  /** `lang` for the content's own text (title, excerpt, quote), only when it differs from the page's. */
  lang: SiteLang | undefined;
  /** Dictionary key of the visible note, "in French" / "en anglais", or undefined when none is needed. */
  note: 'story.inFrench' | 'story.inEnglish' | undefined;
}

const notes = { fr: 'story.inFrench', en: 'story.inEnglish' } as const;

/**
 * How a page in `pageLang` marks content written in `contentLang`. Content without a language
 * (undefined) is taken to be French, the schemas' default.
 */
export function contentLanguage(contentLang: SiteLang | undefined, pageLang: SiteLang): ContentLanguage {
  const language = contentLang ?? 'fr';
  if (language === pageLang) return { foreign: false, hreflang: undefined, lang: undefined, note: undefined };
  return { foreign: true, hreflang: language, lang: language, note: notes[language] };
}

/** An institution as content/institutions.yaml gives it: its French name and, optionally, an English one. */
export interface NamedInstitution {
  name: string;
  nameEn?: string | undefined;
}

/**
 * The name to show of an institution on a page in `pageLang`: its English name on English pages
 * when it has one, else its French name marked `lang: 'fr'` (a proper name, pronounced in French).
 */
export function institutionName(institution: NamedInstitution, pageLang: SiteLang): { text: string; lang: SiteLang | undefined } {
  if (pageLang === 'en' && institution.nameEn) return { text: institution.nameEn, lang: undefined };
  return { text: institution.name, lang: pageLang === 'fr' ? undefined : 'fr' };
}
