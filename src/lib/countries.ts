import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(fr);
countries.registerLocale(en);

export { countries };

/** The country's name in the visitor's language ("Irlande" for IE in French). */
export function countryName(code: string, lang: 'fr' | 'en'): string {
  return countries.getName(code, lang, { select: 'alias' }) ?? countries.getName(code, lang) ?? code;
}
