import { displayedAuthor } from '../lib/authorDisplay.ts';
import { contentLanguage } from '../lib/contentLanguage.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate } from '../lib/dates.ts';
import { storyFacts } from '../lib/story.ts';
import { pathTo, useTranslations, type Lang } from '../i18n/ui.ts';
import { getReference, must } from './site.ts';
import type { Story } from './stories.ts';

type Reference = Awaited<ReturnType<typeof getReference>>;

/** Everything a card or a facts panel shows about a story, in the page's language. */
export function storyView(story: Story, reference: Reference, lang: Lang) {
  const t = useTranslations(lang);
  const { author, mobility } = story.data;
  const facts = storyFacts(story.data);
  const track = author.track ? must(reference.tracks, author.track, 'filière') : undefined;
  const programme = must(reference.programmes, mobility.programme, 'programme');
  const partner = mobility.partner ? must(reference.partners, mobility.partner, 'partenaire') : undefined;
  const language = contentLanguage(story.data.lang, lang);
  return {
    id: story.id,
    // A story has an English page only when it is written in English; otherwise English pages link to the French one.
    href: pathTo(story.data.lang === 'en' ? lang : 'fr', 'stories', story.id),
    hrefLang: lang === 'en' && story.data.lang !== 'en' ? ('fr' as const) : undefined,
    // A story in another language than the page's: hreflang on its links, lang on its text, a visible "(in French)".
    language,
    /** "in French" on an English page listing a French story (undefined when the story is in the page's language). */
    languageNote: language.note ? t(language.note) : undefined,
    title: story.data.title,
    summary: story.data.summary,
    quote: story.data.quote,
    storyLang: story.data.lang,
    // Only the name consent.name allows (or "Témoignage anonyme"): the raw name never leaves here.
    who: displayedAuthor(story.data, t('story.anonymous')),
    roleLabel: facts.isLearner ? t('story.learner') : t('story.staff'),
    trackLabel: track?.short[lang],
    trackName: track?.name[lang],
    job: author.job,
    minor: author.minor,
    isLearner: facts.isLearner,
    direction: mobility.direction,
    directionLabel: mobility.direction === 'outgoing' ? t('story.outgoing') : t('story.incoming'),
    country: countryName(mobility.country, lang),
    countryCode: mobility.country,
    city: mobility.city,
    partnerName: partner?.name,
    programmeName: programme.name[lang],
    kindLabel: t(`kind.${mobility.kind}`),
    days: facts.days,
    durationLabel: facts.days === 1 ? t('story.day') : t('story.days', { n: facts.days }),
    datesLabel: t('story.from', { start: formatDate(mobility.start, lang), end: formatDate(mobility.end, lang) }),
    schoolYear: facts.schoolYear,
    cover: story.data.cover,
    coverAlt: story.data.coverAlt ?? '',
    worries: story.data.worries.map((id) => must(reference.worries, id, 'inquiétude')),
  };
}

export type StoryView = ReturnType<typeof storyView>;
