import { contentLanguage, institutionName } from '../lib/contentLanguage.ts';
import { countryName } from '../lib/countries.ts';
import { deElided } from '../lib/elision.ts';
import { institutionTotals } from '../lib/indicators.ts';
import { formatEuros, formatNumber, unbreakable } from '../lib/numbers.ts';
import { funderClasses } from '../schemas/funderClasses.ts';
import { pathTo, useTranslations, type Lang } from '../i18n/ui.ts';
import { allYears, partnerPoints, type Results } from './results.ts';
import { supportsLabel } from './resultsView.ts';
import type { NewsItem, Story } from './stories.ts';

/** A story or news item linked from a partner's card, in another language than the page's: hreflang, lang, "(in French)". */
export interface PartnerLink {
  href: string;
  title: string;
  hreflang: string | undefined;
  lang: string | undefined;
  languageNote: string | undefined;
}

/**
 * Everything /partenaires/ (or /en/partners/) shows: the funders by class, each with what it gave
 * over all the years (`institutionTotals`), most first; the host partners abroad by country, each
 * with the learners it hosted and the stories and news that name it; the map over all the years.
 */
export function partnersView(results: Results, stories: Story[], news: NewsItem[], lang: Lang) {
  const t = useTranslations(lang);
  const { years, files, reference } = results;
  const totals = institutionTotals(files);
  const link = (href: string, title: string, contentLang: Lang | undefined): PartnerLink => {
    const language = contentLanguage(contentLang, lang);
    return { href, title, hreflang: language.hreflang, lang: language.lang, languageNote: language.note && t(language.note) };
  };

  const levels = funderClasses
    .map((level) => ({
      level,
      title: t(`class.${level}`),
      institutions: [...reference.institutions]
        .filter(([, i]) => i.class === level)
        .map(([id, i]) => ({ id, logo: i.logo, website: i.website, label: institutionName(i, lang), given: totals.get(id) }))
        .sort((a, b) => (b.given?.funding ?? 0) - (a.given?.funding ?? 0) || a.label.text.localeCompare(b.label.text, lang))
        .map(({ given, ...institution }) => ({
          ...institution,
          // What it gave, as the lines under its name (none for an institution that gave nothing yet).
          given: given && {
            funded: given.funding > 0 ? t('partners.funded', { amount: formatEuros(given.funding, lang), since: unbreakable(given.since) }) : undefined,
            supported: given.supports > 0 ? supportsLabel(given.supports, lang) : undefined,
          },
        })),
    }))
    .filter((group) => group.institutions.length > 0);

  const total = allYears(years);
  const hosted = new Map(total.byPartner.map((row) => [row.key, row.learners]));
  const partners = [...reference.partners]
    .map(([id, p]) => ({
      id,
      name: p.name,
      kind: t(`partners.kind.${p.kind}`),
      city: p.city,
      countryLabel: countryName(p.country, lang),
      since: p.since,
      learners: formatNumber(hosted.get(id) ?? 0, lang),
      description: p.description?.[lang],
      website: p.website && { href: p.website, text: t('partners.website', { name: p.name, ofName: deElided(p.name) }) },
      // A story has an English page only when it is written in English.
      stories: stories
        .filter((s) => s.data.mobility.partner === id)
        .map((s) => link(pathTo(s.data.lang === 'en' ? lang : 'fr', 'stories', s.id), s.data.title, s.data.lang)),
      news: news.filter((item) => item.data.partners.includes(id)).map((item) => link(pathTo(lang, 'news', item.id), item.data.title, item.data.lang)),
    }))
    .sort((a, b) => a.countryLabel.localeCompare(b.countryLabel, lang) || a.name.localeCompare(b.name));

  return { levels, partners, destinations: total.byCountry, points: partnerPoints(reference, total.byPartner) };
}
