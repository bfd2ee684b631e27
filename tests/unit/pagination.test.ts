import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageLinks, pagePath, pagesOf } from '../../src/lib/pagination.ts';

describe('pagesOf: a long list cut into pages', () => {
  it('cuts into pages of the given size, the last one shorter, every item once and in order', () => {
    const items = Array.from({ length: 103 }, (_, i) => i);
    const pages = pagesOf(items, 48);
    expect(pages.map((p) => p.items.length)).toEqual([48, 48, 7]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count, p.total])).toEqual([[1, 3, 103], [2, 3, 103], [3, 3, 103]]);
  });

  it('keeps a list that fits as one page, and an empty list as one empty page', () => {
    expect(pagesOf([1, 2, 3], 48)).toEqual([{ number: 1, count: 1, items: [1, 2, 3], total: 3 }]);
    expect(pagesOf([], 48)).toEqual([{ number: 1, count: 1, items: [], total: 0 }]);
    expect(pagesOf(Array.from({ length: PAGE_SIZE }, (_, i) => i))).toHaveLength(1);
    expect(pagesOf(Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i))).toHaveLength(2);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => pagesOf([1], 0)).toThrow(/taille/);
    expect(() => pagesOf([1], 2.5)).toThrow(/taille/);
  });
});

describe('pagePath', () => {
  it('keeps the list’s address for page 1 and adds page/n/ after', () => {
    expect(pagePath('/temoignages/', 1)).toBe('/temoignages/');
    expect(pagePath('/temoignages/pays/irlande/', 3)).toBe('/temoignages/pays/irlande/page/3/');
    expect(() => pagePath('/temoignages', 2)).toThrow(/barre/);
  });
});

describe('pageLinks: the numbers a pagination shows', () => {
  it('shows every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the ends, the current page and its neighbours, with gaps', () => {
    expect(pageLinks(10, 21)).toEqual([1, null, 9, 10, 11, null, 21]);
    expect(pageLinks(1, 21)).toEqual([1, 2, 3, 4, 5, null, 21]);
    expect(pageLinks(21, 21)).toEqual([1, null, 17, 18, 19, 20, 21]);
    // A gap of a single page shows that page rather than "…".
    expect(pageLinks(4, 21)).toEqual([1, 2, 3, 4, 5, null, 21]);
  });

  it('always includes the current page, the first and the last, in order, each once', () => {
    for (let count = 1; count <= 40; count++) {
      for (let current = 1; current <= count; current++) {
        const links = pageLinks(current, count);
        const numbers = links.filter((n): n is number => n !== null);
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(count);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(links.length).toBeLessThanOrEqual(9);
      }
    }
  });
});
