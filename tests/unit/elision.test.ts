import { describe, expect, it } from 'vitest';
import { deElided } from '../../src/lib/elision.ts';

// src/lib/elision.ts: the kiosk writes "venant d’Athenry", never "venant de Athenry".
describe('deElided', () => {
  it('elides before a vowel, accented or not, whatever its case', () => {
    expect(deElided('Athenry, Irlande')).toBe('d’Athenry, Irlande');
    expect(deElided('Oulu')).toBe('d’Oulu');
    expect(deElided('Écully')).toBe('d’Écully');
    expect(deElided('île de Ré')).toBe('d’île de Ré');
    expect(deElided('  Utrecht ')).toBe('d’Utrecht');
  });

  it('keeps "de" before a consonant', () => {
    expect(deElided('Valbonne')).toBe('de Valbonne');
    expect(deElided('Galway, Irlande')).toBe('de Galway, Irlande');
    expect(deElided('La Rochelle')).toBe('de La Rochelle');
    expect(deElided('L’Aquila')).toBe('de L’Aquila');
  });

  it('never elides before h (an h aspiré forbids it, and a name does not say which h it has)', () => {
    expect(deElided('Hambourg')).toBe('de Hambourg');
    expect(deElided('Helsinki, Finlande')).toBe('de Helsinki, Finlande');
  });

  it('elides before y followed by a consonant, not before y sounding as a consonant', () => {
    expect(deElided('Ypres')).toBe('d’Ypres');
    expect(deElided('Yaoundé')).toBe('de Yaoundé');
  });

  it('contracts the article of a place name', () => {
    expect(deElided('Le Mans')).toBe('du Mans');
    expect(deElided('Les Sables-d’Olonne')).toBe('des Sables-d’Olonne');
  });
});
