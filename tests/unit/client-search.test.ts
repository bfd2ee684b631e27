import { describe, expect, it } from 'vitest';
import { correctedQueries, hasUnknownWord, shownFilterNames, statusText } from '../../src/client/search.ts';

// The search page's logic in the browser (src/client/search.ts), without Pagefind or a DOM.
const vocab: [string, number][] = [
  ['irlande', 12],
  ['ferme', 9],
  ['vaches', 4],
  ['stage', 20],
];

describe('the search status line', () => {
  it('uses the words for none, one and many, with the count and the query', () => {
    const strings = { none: 'Rien pour « {q} »', resultsOne: '1 résultat pour « {q} »', results: '{n} résultats pour « {q} »' };
    expect(statusText(strings, 0, 'kayak')).toBe('Rien pour « kayak »');
    expect(statusText(strings, 1, 'ferme')).toBe('1 résultat pour « ferme »');
    expect(statusText(strings, 12, 'stage')).toBe('12 résultats pour « stage »');
  });
});

describe('the filters shown beside the results', () => {
  it('shows a group with a choice to make or a value ticked, not a group with one value', () => {
    const available = { Type: { Témoignage: 3, Actualité: 1 }, Pays: { Irlande: 4 }, Année: { '2024-2025': 4 } };
    expect(shownFilterNames(available, {})).toEqual(['Type']);
    expect(shownFilterNames(available, { Pays: ['Irlande'] })).toEqual(['Type', 'Pays']);
  });
});

describe('the suggestions when a query finds little', () => {
  it('offers the site’s nearest words for a misspelt word', () => {
    expect(correctedQueries('Irlnde', vocab)).toContain('irlande');
  });

  it('corrects only the unknown words of a longer query, and offers nothing when every word is known', () => {
    expect(correctedQueries('stage irlnde', vocab)).toEqual(['stage irlande']);
    expect(correctedQueries('stage irlande', vocab)).toEqual([]);
  });

  it('calls a word of 4 letters or more that the site never uses unknown, never a short one', () => {
    const known = new Set(vocab.map(([word]) => word));
    expect(hasUnknownWord('Ferme', known)).toBe(false);
    expect(hasUnknownWord('ferme vachse', known)).toBe(true);
    expect(hasUnknownWord('la ferme', known)).toBe(false);
  });
});
