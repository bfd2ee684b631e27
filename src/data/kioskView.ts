import { useTranslations, type Lang } from '../i18n/ui.ts';
import { countryName } from '../lib/countries.ts';
import type { YearIndicators } from '../lib/indicators.ts';
import type { KioskSettings } from '../schemas/settings.ts';
import type { Story } from './stories.ts';
import type { StoryView } from './storyView.ts';

// The kiosk's attract loop: which slides, in which order, how long each stays (docs/kiosk.md).

/** What sets a slide's seconds, from settings.kiosk. */
export type Timing = Pick<KioskSettings, 'slideMinSeconds' | 'slideMaxSeconds' | 'readingWordsPerMinute'>;

/** Seconds given to look at a slide's picture before reading its text. */
export const LOOK_SECONDS = 3;

/** Words in a text, for its reading time ("J'avais peur" counts 2). */
export function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * How long a slide stays on screen: LOOK_SECONDS plus the time to read its text at
 * `readingWordsPerMinute`, kept between `slideMinSeconds` and `slideMaxSeconds` (whole seconds).
 */
export function slideSeconds(text: string, timing: Timing): number {
  const reading = (wordCount(text) * 60) / timing.readingWordsPerMinute;
  return Math.round(Math.min(timing.slideMaxSeconds, Math.max(timing.slideMinSeconds, LOOK_SECONDS + reading)));
}

/**
 * The stories of the attract loop, from `kiosk.stories` in settings: the featured ones, or the
 * listed ids in their order. An id that is not published (draft, expired consent, folder removed)
 * is skipped with a build notice, so a removed story simply leaves the loop. With nothing left,
 * the newest six published stories keep the loop alive.
 */
export function loopStories(published: Story[], choice: KioskSettings['stories'], warn: (message: string) => void = console.warn): Story[] {
  let chosen: Story[];
  if (choice === 'featured') {
    chosen = published.filter((story) => story.data.featured);
  } else {
    const byId = new Map(published.map((story) => [story.id, story]));
    chosen = choice.flatMap((id) => {
      const story = byId.get(id);
      if (!story) warn(`[kiosque] content/settings.yaml, kiosk.stories : le témoignage « ${id} » n'est pas publié (brouillon, autorisation expirée ou dossier absent) ; il est ignoré.`);
      return story ? [story] : [];
    });
  }
  return chosen.length > 0 ? chosen : published.slice(0, 6);
}

/** Slides of the loop in order: three stories, then key figures or the map, alternately. */
export type LoopItem<S> = { kind: 'story'; story: S } | { kind: 'figures' } | { kind: 'map' };

export function loopOrder<S>(stories: S[], extras: Array<'figures' | 'map'>): LoopItem<S>[] {
  const items: LoopItem<S>[] = [];
  const pending = [...extras];
  stories.forEach((story, index) => {
    items.push({ kind: 'story', story });
    if ((index + 1) % 3 === 0 && pending.length) items.push({ kind: pending.shift()! });
  });
  for (const kind of pending) items.push({ kind });
  return items;
}

/** A slide of the loop with the seconds it stays on screen. */
export type LoopSlide = LoopItem<StoryView> & { seconds: number };

/** The slides after the stories: key figures when a school year has data, and the map when it has destinations. */
export function loopExtras(year: YearIndicators | undefined): Array<'figures' | 'map'> {
  if (!year) return [];
  return year.byCountry.length > 0 ? ['figures', 'map'] : ['figures'];
}

/** The words a slide gives to read, which set how long it stays: a story's quote, the figures' labels, the map's list. */
export function slideText(item: LoopItem<StoryView>, year: YearIndicators | undefined, lang: Lang): string {
  const t = useTranslations(lang);
  if (item.kind === 'story') return item.story.quote;
  if (item.kind === 'figures') return [t('kiosk.figLearners'), t('kiosk.figCountries'), t('kiosk.figChange', { since: '' })].join(' ');
  return (year?.byCountry ?? []).map((row) => `${countryName(row.key, lang)} ${t('kiosk.mapLearners', { n: row.learners })}`).join(' ');
}

/** The loop's slides in order, each with its seconds (settings.kiosk): the chosen stories, figures and map between them. */
export function loopSlides(stories: StoryView[], year: YearIndicators | undefined, timing: Timing, lang: Lang): LoopSlide[] {
  return loopOrder(stories, loopExtras(year)).map((item) => ({ ...item, seconds: slideSeconds(slideText(item, year, lang), timing) }));
}

/** A key figure of the figures slide: the number as shown, and what it counts. */
export interface KioskFigure {
  value: string;
  label: string;
}

/**
 * The figures slide: learners abroad and countries, then the change since the year before (a
 * percentage when that year had learners abroad, otherwise a count), or else the staff abroad.
 */
export function kioskFigures(year: YearIndicators, lang: Lang): KioskFigure[] {
  const t = useTranslations(lang);
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const signed = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const figures: KioskFigure[] = [
    { value: number.format(year.learnersOutgoing), label: t(year.learnersOutgoing === 1 ? 'kiosk.figLearner' : 'kiosk.figLearners') },
    { value: number.format(year.countries), label: t(year.countries === 1 ? 'kiosk.figCountry' : 'kiosk.figCountries') },
  ];
  const { change } = year;
  if (change.since && change.learners !== null && change.learners !== 0) {
    figures.push(
      change.percent !== null
        ? { value: `${signed.format(change.percent)}${lang === 'fr' ? '\u202f%' : '%'}`, label: t('kiosk.figChange', { since: change.since }) }
        : { value: signed.format(change.learners), label: t(change.learners > 0 ? 'kiosk.figChangeCount' : 'kiosk.figChangeDown', { since: change.since }) },
    );
  } else if (year.staffOutgoing > 0) {
    figures.push({ value: number.format(year.staffOutgoing), label: t('kiosk.figStaff') });
  }
  return figures;
}

/** A row of the map slide's list: a country and who went there. */
export interface KioskMapRow {
  name: string;
  label: string;
}

/** The map slide's list: learners first; a country only staff went to says how many ("2 personnels", never a bare "personnels"). */
export function kioskMapRows(year: YearIndicators, lang: Lang): KioskMapRow[] {
  const t = useTranslations(lang);
  return year.byCountry.map((row) => ({
    name: countryName(row.key, lang),
    label:
      row.learners > 1 ? t('kiosk.mapLearners', { n: row.learners })
      : row.learners === 1 ? t('kiosk.mapLearner')
      : row.staff === 1 ? t('kiosk.mapStaffOne')
      : t('kiosk.mapStaff', { n: row.staff }),
  }));
}
