import { describe, expect, it } from 'vitest';
import { facetOptions, filterPages, matches, relaxations, type FacetItem } from '../../src/lib/facets.ts';
import { relatedStories } from '../../src/lib/related.ts';
import { slugify } from '../../src/lib/slug.ts';

const v = (slug: string) => ({ slug, label: slug.toUpperCase() });
function item(id: string, country: string, role: string, worries: string[] = []): FacetItem {
  return {
    id,
    values: { country: [v(country)], programme: [v('erasmus-plus')], track: [], kind: [v('stage')], year: [v('2024-2025')], role: [v(role)], direction: [v('partis')], worry: worries.map(v) },
  };
}
const items = [item('a', 'irlande', 'apprenants', ['langue']), item('b', 'irlande', 'personnels'), item('c', 'italie', 'apprenants', ['langue', 'argent'])];

describe('facets', () => {
  it('match every selected facet (AND), any value of a multi-valued one', () => {
    expect(items.filter((i) => matches(i, { country: 'irlande', role: 'apprenants' })).map((i) => i.id)).toEqual(['a']);
    expect(items.filter((i) => matches(i, { worry: 'langue' })).map((i) => i.id)).toEqual(['a', 'c']);
    expect(items.filter((i) => matches(i, {})).length).toBe(3);
  });

  it('count each option combined with the other selected facets', () => {
    expect(facetOptions(items, 'country', { role: 'apprenants' }).map((o) => [o.slug, o.count])).toEqual([['irlande', 1], ['italie', 1]]);
    expect(facetOptions(items, 'country', { country: 'italie' }).map((o) => [o.slug, o.count])).toEqual([['irlande', 2], ['italie', 1]]);
  });

  it('make one static page per value that has stories, and none for an empty facet', () => {
    const pages = filterPages(items);
    expect(pages.filter((p) => p.key === 'track')).toEqual([]);
    expect(pages.find((p) => p.key === 'worry' && p.value.slug === 'argent')!.items.map((i) => i.id)).toEqual(['c']);
    expect(pages.length).toBe(2 + 1 + 1 + 1 + 2 + 1 + 2);
  });

  it('suggest dropping the filter that brings the most results back', () => {
    expect(relaxations(items, { country: 'italie', role: 'personnels' })).toEqual([
      { without: 'country', count: 1 },
      { without: 'role', count: 1 },
    ]);
    expect(relaxations(items, { country: 'italie', worry: 'argent', role: 'personnels' })[0]).toEqual({ without: 'role', count: 1 });
  });
});

describe('related stories', () => {
  const s = (id: string, country: string, track: string, kind: string, start: string) => ({ id, country, track, kind, start: new Date(start) });
  const me = s('me', 'IE', 'cgea', 'internship', '2025-03-01');
  const all = [me, s('kind', 'ES', 'sapat', 'internship', '2026-01-01'), s('track', 'DE', 'cgea', 'study', '2024-01-01'), s('country-old', 'IE', 'sapat', 'study', '2023-01-01'), s('country-new', 'IE', 'acse', 'study', '2025-01-01'), s('none', 'PL', 'acse', 'study', '2026-01-01')];

  it('ranks same country, then same track, then same kind, newest first, never itself', () => {
    expect(relatedStories(me, all, 10).map((r) => r.id)).toEqual(['country-new', 'country-old', 'track', 'kind']);
    expect(relatedStories(me, all).length).toBe(3);
  });

  it('keeps the same few as a full sort would, on many stories with ties', () => {
    // A small deterministic generator: countries, tracks, kinds and dates repeat, so ranks and dates tie.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const many = Array.from({ length: 400 }, (_, i) =>
      s(`story-${String(next(1000)).padStart(3, '0')}-${i}`, ['IE', 'ES', 'DE', 'PL'][next(4)]!, ['cgea', 'sapat', 'acse'][next(3)]!, ['internship', 'study'][next(2)]!, `202${next(4)}-0${1 + next(9)}-01`),
    );
    const rank = (story: typeof me, other: typeof me) => (other.country === story.country ? 0 : other.track === story.track ? 1 : other.kind === story.kind ? 2 : 3);
    for (const story of many.slice(0, 40)) {
      const sorted = many
        .filter((other) => other.id !== story.id && rank(story, other) < 3)
        .sort((a, b) => rank(story, a) - rank(story, b) || b.start.getTime() - a.start.getTime() || a.id.localeCompare(b.id));
      expect(relatedStories(story, many).map((r) => r.id)).toEqual(sorted.slice(0, 3).map((r) => r.id));
      expect(relatedStories(story, many, 7).map((r) => r.id)).toEqual(sorted.slice(0, 7).map((r) => r.id));
    }
  });
});

describe('slugify', () => {
  it('makes URL segments from French labels', () => {
    expect(slugify('République tchèque')).toBe('republique-tcheque');
    expect(slugify("L'argent")).toBe('l-argent');
    expect(slugify('Partis à l’étranger')).toBe('partis-a-l-etranger');
  });
});
