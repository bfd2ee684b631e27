import { describe, expect, it } from 'vitest';
import { facetCss } from '../../src/lib/facetCss.ts';

describe('filters combined without JavaScript (CSS)', () => {
  const css = facetCss('[data-b]', '[data-list] > li', { country: 'pays', track: 'filiere' }, { country: ['irlande', 'allemagne'], track: ['bac-pro-cgea'] });

  it('one rule per value: the chosen option hides the items without that value', () => {
    expect(css.trim().split('\n')).toHaveLength(3);
    expect(css).toContain('[data-b]:has(select[name="pays"] option[value="irlande"]:checked) [data-list] > li:not([data-f-country~="irlande"]){display:none}');
    expect(css).toContain('option[value="bac-pro-cgea"]:checked) [data-list] > li:not([data-f-track~="bac-pro-cgea"])');
  });

  it('refuses a value that could break out of the selector', () => {
    expect(() => facetCss('[data-b]', 'li', { country: 'pays' }, { country: ['a"]{}*{display:none'] })).toThrow(/inattendue/);
  });
});
