import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/data/stories.ts';
import type { StoryView } from '../../src/data/storyView.ts';
import { kioskFigures, kioskMapRows, LOOK_SECONDS, loopOrder, loopSlides, loopStories, slideSeconds, wordCount } from '../../src/data/kioskView.ts';
import type { YearIndicators } from '../../src/lib/indicators.ts';

// The kiosk's attract loop (src/data/kioskView.ts): which slides, in which order, how long each stays.

/** At 60 words a minute a word is read in one second: a slide stays LOOK_SECONDS + its words. */
const oneWordASecond = { slideMinSeconds: 3, slideMaxSeconds: 300, readingWordsPerMinute: 60 };
const story = (id: string, featured = false) => ({ id, data: { featured } }) as unknown as Story;
const view = (quote: string) => ({ quote }) as unknown as StoryView;
const year = (countries: string[]) =>
  ({ schoolYear: '2025-2026', byCountry: countries.map((key) => ({ key, learners: 2, staff: 0 })) }) as unknown as YearIndicators;

describe('slideSeconds', () => {
  it('gives the time to look at the photo plus the time to read the words', () => {
    expect(wordCount("J'avais peur — et puis non")).toBe(5);
    expect(slideSeconds('un deux trois quatre', oneWordASecond)).toBe(LOOK_SECONDS + 4);
    // 30 words at 150 a minute: 12 s of reading.
    expect(slideSeconds(Array(30).fill('mot').join(' '), { slideMinSeconds: 8, slideMaxSeconds: 20, readingWordsPerMinute: 150 })).toBe(15);
  });

  it('keeps a slide between the minimum and the maximum', () => {
    const timing = { slideMinSeconds: 8, slideMaxSeconds: 20, readingWordsPerMinute: 150 };
    expect(slideSeconds('Oui.', timing)).toBe(8);
    expect(slideSeconds(Array(200).fill('mot').join(' '), timing)).toBe(20);
  });
});

describe('loopOrder', () => {
  it('puts an extra slide after every third story, figures first, and the rest at the end', () => {
    const kinds = (items: ReturnType<typeof loopOrder<string>>) => items.map((item) => (item.kind === 'story' ? item.story : item.kind));
    expect(kinds(loopOrder(['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['figures', 'map']))).toEqual(['a', 'b', 'c', 'figures', 'd', 'e', 'f', 'map', 'g']);
    expect(kinds(loopOrder(['a', 'b'], ['figures', 'map']))).toEqual(['a', 'b', 'figures', 'map']);
    expect(kinds(loopOrder(['a', 'b', 'c', 'd'], []))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('loopStories', () => {
  const published = [story('a'), story('b', true), story('c'), story('d', true), story('e'), story('f'), story('g')];

  it('takes the featured stories, or the listed ids in their order', () => {
    expect(loopStories(published, 'featured').map((s) => s.id)).toEqual(['b', 'd']);
    expect(loopStories(published, ['e', 'a']).map((s) => s.id)).toEqual(['e', 'a']);
  });

  it('skips an id that is not published, saying which one, and falls back on the newest six', () => {
    const warnings: string[] = [];
    expect(loopStories(published, ['gone', 'c'], (m) => warnings.push(m)).map((s) => s.id)).toEqual(['c']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('« gone »');
    expect(loopStories(published, ['gone'], () => {}).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(loopStories(published.map((s) => story(s.id)), 'featured').map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('loopSlides', () => {
  const stories = ['un', 'un deux', 'un deux trois', 'un deux trois quatre'].map(view);

  it('orders stories, figures and map, each story staying as long as its quote takes to read', () => {
    const slides = loopSlides(stories, year(['IE', 'DE']), oneWordASecond, 'fr');
    expect(slides.map((slide) => slide.kind)).toEqual(['story', 'story', 'story', 'figures', 'story', 'map']);
    expect(slides.filter((slide) => slide.kind === 'story').map((slide) => slide.seconds)).toEqual([4, 5, 6, 7]);
    expect(slides.every((slide) => Number.isInteger(slide.seconds) && slide.seconds > LOOK_SECONDS)).toBe(true);
  });

  it('gives the map longer the more countries it lists', () => {
    const mapSeconds = (countries: string[]) => loopSlides(stories, year(countries), oneWordASecond, 'fr').find((slide) => slide.kind === 'map')!.seconds;
    expect(mapSeconds(['IE', 'DE', 'ES'])).toBeGreaterThan(mapSeconds(['IE']));
  });

  it('shows the figures without the map when no country is known, and neither without a school year', () => {
    expect(loopSlides(stories, year([]), oneWordASecond, 'fr').map((slide) => slide.kind)).toEqual(['story', 'story', 'story', 'figures', 'story']);
    expect(loopSlides(stories, undefined, oneWordASecond, 'fr').map((slide) => slide.kind)).toEqual(['story', 'story', 'story', 'story']);
  });
});

describe('kioskFigures', () => {
  const base = { schoolYear: '2025-2026', learnersOutgoing: 1234, countries: 1, staffOutgoing: 0, change: { since: null, learners: null, percent: null } };
  const figures = (more: object) => kioskFigures({ ...base, ...more } as unknown as YearIndicators, 'fr');

  it('gives learners and countries, in the singular for one', () => {
    expect(figures({})).toEqual([
      { value: '1\u202f234', label: expect.stringMatching(/apprenant/) },
      { value: '1', label: expect.not.stringMatching(/pays.*s$/) },
    ]);
    expect(figures({}).map((f) => f.value)).toHaveLength(2);
  });

  it('adds the change as a signed percentage, or as a count when the year before had nobody abroad', () => {
    expect(figures({ change: { since: '2024-2025', learners: 6, percent: 25 } })[2].value).toBe('+25\u202f%');
    expect(figures({ change: { since: '2024-2025', learners: 6, percent: null } })[2].value).toBe('+6');
    expect(figures({ change: { since: '2024-2025', learners: -3, percent: null } })[2].value).toBe('-3');
  });

  it('shows the staff abroad when there is no change to tell', () => {
    expect(figures({ staffOutgoing: 4 })[2].value).toBe('4');
    expect(figures({ staffOutgoing: 4, change: { since: '2024-2025', learners: 0, percent: 0 } })[2].value).toBe('4');
  });
});

describe('kioskMapRows', () => {
  it('names each country and says who went, staff counted when no learner went', () => {
    const rows = kioskMapRows(
      { byCountry: [{ key: 'IE', learners: 3, staff: 0 }, { key: 'DE', learners: 1, staff: 2 }, { key: 'IT', learners: 0, staff: 2 }, { key: 'ES', learners: 0, staff: 1 }] } as unknown as YearIndicators,
      'fr',
    );
    expect(rows.map((row) => row.name)).toEqual(['Irlande', 'Allemagne', 'Italie', 'Espagne']);
    expect(rows[0].label).toMatch(/^3 /);
    expect(rows[1].label).toMatch(/^1 \D*[^s]$/);
    expect(rows[2].label).toMatch(/^2 /);
    expect(rows[3].label).not.toBe(rows[2].label);
  });
});
