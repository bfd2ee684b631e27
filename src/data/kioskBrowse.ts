import type { Story } from './stories.ts';
import type { StoryView } from './storyView.ts';
import { kioskStoryPath } from './kiosk.ts';

/** Filter keys of the browse view, also used in the URL fragment (#parcourir/pays/IE). */
export const STAFF_KEY = 'filiere/personnels';
export const countryKey = (code: string) => `pays/${code}`;
export const trackKey = (id: string) => `filiere/${id}`;

/** A story as the browse view lists it: what its tile shows, where it leads, which filters it answers. */
export interface BrowseStory {
  view: StoryView;
  href: string;
  keys: string[];
  track: { key: string; label?: string | undefined; detail?: string | undefined };
}

export function browseStory(story: Story, view: StoryView): BrowseStory {
  const track = story.data.author.track
    ? { key: trackKey(story.data.author.track), label: view.trackLabel, detail: view.trackName !== view.trackLabel ? view.trackName : undefined }
    : { key: STAFF_KEY };
  return { view, href: kioskStoryPath(story.id), keys: [countryKey(view.countryCode), track.key], track };
}

export interface BrowseGroup {
  key: string;
  label: string;
  detail?: string | undefined;
  stories: BrowseStory[];
  /** A story of the group with a photo, for the tile. */
  sample?: StoryView | undefined;
}

/** The country and track tiles: most stories first, then alphabetically; staff last among tracks. */
export function browseGroups(stories: BrowseStory[], staffLabel: string) {
  const group = (keyOf: (s: BrowseStory) => string, labelOf: (s: BrowseStory) => string, detailOf: (s: BrowseStory) => string | undefined) => {
    const groups = new Map<string, BrowseGroup>();
    for (const story of stories) {
      const key = keyOf(story);
      const entry = groups.get(key) ?? { key, label: labelOf(story), detail: detailOf(story), stories: [] };
      entry.stories.push(story);
      entry.sample ??= story.view.cover ? story.view : undefined;
      groups.set(key, entry);
    }
    return [...groups.values()].sort((a, b) => Number(a.key === STAFF_KEY) - Number(b.key === STAFF_KEY) || b.stories.length - a.stories.length || a.label.localeCompare(b.label, 'fr'));
  };
  return {
    countries: group((s) => countryKey(s.view.countryCode), (s) => s.view.country, () => undefined),
    tracks: group((s) => s.track.key, (s) => s.track.label ?? staffLabel, (s) => s.track.detail),
  };
}
