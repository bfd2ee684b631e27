import { describe, expect, it } from 'vitest';
import { countText, itemFromAttributes, nextSelection, optionCount, queryOf, selectionFromQuery, withoutText } from '../../src/client/facetFilters.ts';

// The list filters' logic in the browser (src/client/facetFilters.ts), without a DOM: reading and
// writing the URL, reading a card's attributes, the counts and what a click does.
const segments = { country: 'pays', year: 'annee', worry: 'inquietude' };
const card = (attributes: Record<string, string>) => itemFromAttributes((name) => attributes[name] ?? null, Object.keys(segments));
const items = [
  card({ 'data-f-country': 'irlande', 'data-f-year': '2024-2025', 'data-f-worry': 'langue argent' }),
  card({ 'data-f-country': 'irlande', 'data-f-year': '2023-2024' }),
  card({ 'data-f-country': 'espagne', 'data-f-year': '2024-2025', 'data-f-worry': 'langue' }),
];

describe('the filters in the URL', () => {
  it('reads the facets the page knows, by their parameter names, and ignores the others and empty values', () => {
    expect(selectionFromQuery('?pays=irlande&annee=2024-2025&page=2&inquietude=', segments)).toEqual({ country: 'irlande', year: '2024-2025' });
    expect(selectionFromQuery('', segments)).toEqual({});
  });

  it('writes them back in the facets’ order, and nothing for no filter', () => {
    expect(queryOf({ year: '2024-2025', country: 'irlande' }, segments)).toBe('?pays=irlande&annee=2024-2025');
    expect(queryOf({ worry: 'langue', year: '2024-2025' }, segments)).toBe('?annee=2024-2025&inquietude=langue');
    expect(queryOf({}, segments)).toBe('');
    const selection = { country: 'irlande', worry: 'langue' };
    expect(selectionFromQuery(queryOf(selection, segments), segments)).toEqual(selection);
  });
});

describe('the cards and the counts', () => {
  it('reads a card’s values from its data-f-<key> attributes, several per facet, none when absent', () => {
    expect(items[0].values).toEqual({
      country: [{ slug: 'irlande', label: 'irlande' }],
      year: [{ slug: '2024-2025', label: '2024-2025' }],
      worry: [{ slug: 'langue', label: 'langue' }, { slug: 'argent', label: 'argent' }],
    });
    expect(items[1].values.worry).toEqual([]);
  });

  it('counts what an option would show combined with the other facets, its own facet replaced', () => {
    expect(optionCount(items, {}, 'country', 'irlande')).toBe(2);
    expect(optionCount(items, { year: '2024-2025' }, 'country', 'irlande')).toBe(1);
    expect(optionCount(items, { country: 'espagne' }, 'country', 'irlande')).toBe(2);
    expect(optionCount(items, { country: 'espagne' }, 'worry', 'argent')).toBe(0);
  });

  it('says none, one or n with the page’s words', () => {
    const labels = { none: 'Aucun', one: 'Un témoignage', many: '{n} témoignages' };
    expect([0, 1, 7].map((n) => countText(labels, n))).toEqual(['Aucun', 'Un témoignage', '7 témoignages']);
    expect(withoutText('sans « {label} » ({n})', 'Irlande', 3)).toBe('sans « Irlande » (3)');
  });
});

describe('a click on a filter', () => {
  const selection = { country: 'irlande', year: '2024-2025' };

  it('adds an option, replaces the facet’s other option, and removes the option chosen again', () => {
    expect(nextSelection(selection, { facet: 'worry', value: 'langue' })).toEqual({ ...selection, worry: 'langue' });
    expect(nextSelection(selection, { facet: 'country', value: 'espagne' })).toEqual({ country: 'espagne', year: '2024-2025' });
    expect(nextSelection(selection, { facet: 'country', value: 'irlande' })).toEqual({ year: '2024-2025' });
  });

  it('removes one chip or clears them all, leaving the current selection untouched', () => {
    expect(nextSelection(selection, { remove: 'year' })).toEqual({ country: 'irlande' });
    expect(nextSelection(selection, { clear: true })).toEqual({});
    expect(selection).toEqual({ country: 'irlande', year: '2024-2025' });
  });
});
