import { describe, expect, it } from 'vitest';
import { distance, nearestTerms, vocabulary, words } from '../../src/lib/searchTerms.ts';

describe('search suggestions', () => {
  it('splits French text into words of four letters or more, elisions removed', () => {
    expect(words("L'hébergement, c'est le logement d’une ferme !")).toEqual(['hébergement', 'logement', 'ferme']);
  });

  it('leaves out words written with a capital: names never become suggestions', () => {
    expect(words('Bérénice a travaillé avec Mme Dupont-Lefèvre à Athenry.')).toEqual(['travaillé', 'avec']);
  });

  it('counts words, most frequent first', () => {
    expect(vocabulary(['vache vache ferme', 'ferme vache'])).toEqual([['vache', 3], ['ferme', 2]]);
  });

  it('an adjacent swap is one edit', () => {
    expect(distance('logemnet', 'logement')).toBe(1);
    expect(distance('vache', 'vache')).toBe(0);
    expect(distance('chat', 'chien')).toBe(3);
  });

  it('suggests the nearest words to a typo, ignoring accents, closest then most frequent', () => {
    const vocab: [string, number][] = [['logement', 12], ['logements', 3], ['sécurité', 8], ['santé', 9], ['sante', 1]];
    expect(nearestTerms('logemnet', vocab)).toEqual(['logement', 'logements']);
    expect(nearestTerms('securite', vocab)).toEqual(['sécurité']); // typed without its accents
    expect(nearestTerms('santé', vocab)).toEqual(['sante']); // never the word as typed
    expect(nearestTerms('securte', vocab)).toEqual(['sécurité']);
    expect(nearestTerms('xyzzyq', vocab)).toEqual([]);
    expect(nearestTerms('lo', vocab)).toEqual([]);
  });
});
