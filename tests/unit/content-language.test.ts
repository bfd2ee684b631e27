import { describe, expect, it } from 'vitest';
import { contentLanguage, institutionName } from '../../src/lib/contentLanguage.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('content in another language than the page', () => {
  it('is marked on an English page when it is French: hreflang, lang and the visible note', () => {
    expect(contentLanguage('fr', 'en')).toEqual({ foreign: true, hreflang: 'fr', lang: 'fr', note: 'story.inFrench' });
  });

  it('is marked on a French page when it is English', () => {
    expect(contentLanguage('en', 'fr')).toEqual({ foreign: true, hreflang: 'en', lang: 'en', note: 'story.inEnglish' });
  });

  it('is not marked when it is in the page’s language', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(contentLanguage(lang, lang)).toEqual({ foreign: false, hreflang: undefined, lang: undefined, note: undefined });
    }
  });

  it('takes content without a language as French (the schemas’ default)', () => {
    expect(contentLanguage(undefined, 'en').hreflang).toBe('fr');
    expect(contentLanguage(undefined, 'fr').foreign).toBe(false);
  });

  it('has notes the dictionaries write in the page’s language', () => {
    expect(ui.en[contentLanguage('fr', 'en').note!]).toBe('in French');
    expect(ui.fr[contentLanguage('en', 'fr').note!]).toBe('en anglais');
  });
});

describe('an institution’s name on a page', () => {
  const eu = { name: 'Union européenne', nameEn: 'European Union' };
  const commune = { name: 'Ville de Valbonne-sur-Loire' };

  it('is its English name on English pages when it has one', () => {
    expect(institutionName(eu, 'en')).toEqual({ text: 'European Union', lang: undefined });
  });

  it('is its French name, marked French, on English pages when it has none', () => {
    expect(institutionName(commune, 'en')).toEqual({ text: 'Ville de Valbonne-sur-Loire', lang: 'fr' });
  });

  it('is always its French name on French pages', () => {
    expect(institutionName(eu, 'fr')).toEqual({ text: 'Union européenne', lang: undefined });
    expect(institutionName(commune, 'fr')).toEqual({ text: 'Ville de Valbonne-sur-Loire', lang: undefined });
  });

  it('ignores an empty English name', () => {
    expect(institutionName({ name: 'Région', nameEn: '' }, 'en')).toEqual({ text: 'Région', lang: 'fr' });
  });
});
