import { frenchSpacing, pathTo, useTranslations, type Lang } from '../i18n/ui.ts';
import { eventEndIso, eventStartIso } from '../lib/agenda.ts';
import { isoDay } from '../lib/dates.ts';
import { checkedLogoPath } from '../lib/logos.ts';
import { quoted } from '../lib/story.ts';
import { articleLd, eventLd, organizationLd, type JsonLd } from '../lib/structuredData.ts';
import type { Settings } from '../schemas/settings.ts';
import { getReference } from './site.ts';
import type { NewsItem, Story } from './stories.ts';
import { storyView, type StoryView } from './storyView.ts';
import { cssToken } from '../lib/cssTokens.ts';
import tokens from '../styles/tokens.css?raw';

/**
 * What a page tells search engines and social networks beyond its title and description: its
 * sharing image, its kind, its structured data. Layouts pass it to Base, which hands it to BaseHead.
 */
export interface PageSeo {
  /** Site path or absolute URL of a 1200×630 JPEG; the site's card when omitted. */
  image?: string | undefined;
  imageAlt?: string | undefined;
  type?: 'website' | 'article' | undefined;
  structuredData?: JsonLd[] | undefined;
  /** Pages that must not be indexed (404). */
  noindex?: boolean | undefined;
}

/** Site paths of the files generated for browsers and phones (src/pages/favicon.*, icon-*.png, site.webmanifest). */
export const icons = {
  svg: '/favicon.svg',
  ico: '/favicon.ico',
  apple: '/apple-touch-icon.png',
  manifest: '/site.webmanifest',
  png: (size: 192 | 512) => `/icon-${size}.png`,
  sizes: [192, 512] as const,
};
/** The browser's toolbar colour on phones, and the splash screen's: the site's own tokens. */
export const themeColor = cssToken(tokens, '--color-primary');
export const backgroundColor = cssToken(tokens, '--color-bg');

/** Sharing card of a story (src/pages/og/[id].jpg.ts) and of every other page (src/pages/og/site/[lang].jpg.ts). */
export const storyCardPath = (id: string) => `/og/${id}.jpg`;
export const siteCardPath = (lang: Lang) => `/og/site/${lang}.jpg`;

/** The school's logo file (settings.school.logo, relative to content/), checked (src/lib/logos.ts: a missing or unsafe file stops the build). */
export function logoFile(settings: Settings): string | undefined {
  return settings.school.logo ? checkedLogoPath(settings.school.logo) : undefined;
}

const absolute = (settings: Settings, sitePath: string) => new URL(sitePath, settings.siteUrl).href;

/** A story's facts in its own language: its card speaks the language of its quote, whatever the page's. */
export async function storyCardView(story: Story): Promise<StoryView> {
  return storyView(story, await getReference(), story.data.lang);
}

/** The words drawn on a story's card (view from storyCardView): its quote, who said it, the school. */
export function storyCardText(view: StoryView, settings: Settings) {
  const lang = view.storyLang;
  // Typographic apostrophes, and French spacing so « and » never stand alone at a line's end.
  const typeset = (text: string) => (lang === 'fr' ? frenchSpacing(text.replace(/'/g, '’')) : text.replace(/'/g, '’'));
  return {
    quote: typeset(quoted(view.quote, lang)),
    // The country before the job: a long job title is what gets cut.
    attribution: typeset([view.who.label, view.country, view.trackLabel ?? view.job].filter(Boolean).join(' · ')),
    schoolName: settings.school.name,
  };
}

/**
 * The day a story was published, as far as its file tells: a story has no publication date of its
 * own, and cannot go online before its stay has ended and its publication consent is signed, so
 * the later of the two (never the build day: the page must not change from one build to the next).
 */
export function storyPublished(story: Story): string {
  const { consent, mobility } = story.data;
  return isoDay(consent.signed > mobility.end ? consent.signed : mobility.end);
}

/** A story page: its own card, an Article. */
export async function storySeo(story: Story, settings: Settings, lang: Lang): Promise<PageSeo> {
  const view = await storyCardView(story);
  const card = storyCardText(view, settings);
  const image = absolute(settings, storyCardPath(story.id));
  return {
    image,
    imageAlt: useTranslations(view.storyLang)('publish.og.storyAlt', { quote: card.quote, who: card.attribution, school: card.schoolName }),
    type: 'article',
    structuredData: [
      articleLd(
        {
          url: absolute(settings, pathTo(lang, 'stories', story.id)),
          headline: story.data.title,
          description: story.data.summary,
          image,
          inLanguage: story.data.lang,
          datePublished: storyPublished(story),
          author: view.who.name,
          place: { city: story.data.mobility.city, country: story.data.mobility.country },
        },
        settings.school,
        settings.siteUrl,
        absolute(settings, icons.png(512)),
      ),
    ],
  };
}

/** A news page: an Article, and an Event when it has a date of its own. */
export function newsSeo(item: NewsItem, settings: Settings, lang: Lang): PageSeo {
  const { data } = item;
  const url = absolute(settings, pathTo(lang, 'news', item.id));
  const image = absolute(settings, siteCardPath(lang));
  const logo = absolute(settings, icons.png(512));
  const article = articleLd(
    { url, headline: data.title, description: data.summary, image, inLanguage: data.lang, datePublished: isoDay(data.date), dateModified: data.updated ? isoDay(data.updated) : undefined },
    settings.school,
    settings.siteUrl,
    logo,
  );
  const event = data.eventDate
    ? eventLd(
        {
          url,
          name: data.title,
          description: data.summary,
          startDate: eventStartIso({ ...data, eventDate: data.eventDate }),
          endDate: eventEndIso({ ...data, eventDate: data.eventDate }),
          place: data.place ? { name: data.place, address: data.address } : undefined,
          image,
          inLanguage: data.lang,
        },
        settings.school,
        settings.siteUrl,
        logo,
      )
    : undefined;
  return { type: 'article', structuredData: event ? [article, event] : [article] };
}

/** The home page: the school as an EducationalOrganization. */
export function homeSeo(settings: Settings): PageSeo {
  return { structuredData: [organizationLd(settings.school, settings.siteUrl, absolute(settings, icons.png(512)))] };
}
