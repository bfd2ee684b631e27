import { useTranslations, type Lang } from '../i18n/ui.ts';
import type { StoryView } from './storyView.ts';

/** One line of a story's facts: what it is, its value, and an optional line under the value. */
export interface Fact {
  label: string;
  value: string;
  detail?: string | undefined;
}

/** The facts panel of a story page: who, where, with whom, when (src/components/FactsPanel.astro). */
export function storyFacts(story: StoryView, lang: Lang): Fact[] {
  const t = useTranslations(lang);
  return [
    { label: t('story.who'), value: story.who.label, detail: story.isLearner ? story.roleLabel : story.job },
    story.trackName ? { label: t('story.track'), value: story.trackName } : undefined,
    story.isLearner ? { label: t('story.age'), value: story.minor ? t('story.minor') : t('story.adult') } : undefined,
    { label: t('story.where'), value: `${story.city}, ${story.country}`, detail: story.directionLabel },
    story.partnerName ? { label: t('story.host'), value: story.partnerName } : undefined,
    { label: t('story.programme'), value: story.programmeName },
    { label: t('story.kind'), value: story.kindLabel },
    { label: t('story.dates'), value: story.datesLabel, detail: `${story.durationLabel} · ${t('story.schoolYear').toLowerCase()} ${story.schoolYear}` },
  ].filter((fact) => fact !== undefined);
}

/** The shorter facts of a story on the kiosk: the byline above already says who. */
export function kioskStoryFacts(story: StoryView, lang: Lang): Fact[] {
  const t = useTranslations(lang);
  return [
    { label: t('story.where'), value: `${story.city}, ${story.country}`, detail: story.directionLabel },
    story.partnerName ? { label: t('story.host'), value: story.partnerName } : undefined,
    { label: t('story.programme'), value: story.programmeName },
    { label: t('story.dates'), value: story.datesLabel, detail: story.durationLabel },
    story.trackName ? { label: t('story.track'), value: story.trackName } : undefined,
  ].filter((fact) => fact !== undefined);
}
