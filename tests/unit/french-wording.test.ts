import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';

// The site's French copy speaks of real people ("Qui", "Âge", "Où" on a story page, the cards):
// it is written so that it needs no gender agreement, never with an inclusive mark that a screen
// reader spells out and that the school's style does not use ("Accueilli·e", "Mineur(e)").
const french = Object.entries(ui.fr);

describe('the French dictionary', () => {
  it('has strings to check', () => {
    expect(french.length).toBeGreaterThan(100);
  });

  it('uses no middle-dot inclusive form ("Accueilli·e", "apprenant·es")', () => {
    // A middle dot between two letters; the separator " · " (spaced) is not one.
    const dotted = french.filter(([, text]) => /\p{L}[·‧⋅•]\p{L}/u.test(text));
    expect(dotted).toEqual([]);
  });

  it('uses no bracketed agreement ("Venu(e)", "inscrit(e)s")', () => {
    const bracketed = french.filter(([, text]) => /\p{L}\((?:e|es|s|ne|nes|le|les|ve|ves|rice|rices|euse|euses)\)/iu.test(text));
    expect(bracketed).toEqual([]);
  });
});
