import { describe, expect, it } from 'vitest';
import { facetOptions, filterPages, matches, relaxations, type FacetItem } from '../../src/lib/facets.ts';

describe('facets over other keys than the stories’ (the news list: kind and level)', () => {
  type Key = 'kind' | 'level';
  const v = (slug: string) => ({ slug, label: slug });
  const news = (id: string, kind: string, level: string): FacetItem<Key> => ({ id, values: { kind: [v(kind)], level: [v(level)] } });
  const items = [news('a', 'convention', 'regional'), news('b', 'visite', 'regional'), news('c', 'convention', 'local')];

  it('filter, count and make one page per value of the keys given', () => {
    expect(items.filter((i) => matches(i, { kind: 'convention', level: 'regional' })).map((i) => i.id)).toEqual(['a']);
    expect(facetOptions(items, 'level', { kind: 'convention' }).map((o) => [o.slug, o.count])).toEqual([['local', 1], ['regional', 1]]);
    const pages = filterPages(items, ['kind', 'level'] as const);
    expect(pages.map((p) => `${p.key}/${p.value.slug}:${p.items.map((i) => i.id).join('')}`)).toEqual(['kind/convention:ac', 'kind/visite:b', 'level/local:c', 'level/regional:ab']);
    expect(relaxations(items, { kind: 'visite', level: 'local' })).toEqual([{ without: 'kind', count: 1 }, { without: 'level', count: 1 }]);
  });
});
