/**
 * Long lists (stories, and each filter page of them) are cut into pages of `PAGE_SIZE` items, so
 * that no page grows with the site: at 1,000 stories the list was one page of 1,000 cards (1 MB
 * of HTML). Page 1 keeps the list's address; page n is `<list>page/n/`. A list that fits on one
 * page is not cut (and has no navigation).
 */
export const PAGE_SIZE = 48;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** The total number of items in the list (not only on this page). */
  total: number;
}

/** The pages of a list; always at least one (an empty list is one empty page). */
export function pagesOf<T>(items: readonly T[], size: number = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`taille de page invalide : ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), total: items.length }));
}

/** The address of page `n` of the list at `listPath` (which ends with a slash). */
export function pagePath(listPath: string, n: number): string {
  if (!listPath.endsWith('/')) throw new Error(`adresse de liste sans barre finale : ${listPath}`);
  return n <= 1 ? listPath : `${listPath}page/${n}/`;
}

/**
 * The page numbers a navigation shows: the first, the last, the current one and its neighbours,
 * with `null` for each gap ("1 … 4 5 6 … 21"); every page when there are few.
 */
export function pageLinks(current: number, count: number, around = 1): (number | null)[] {
  if (count <= 2 * around + 5) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  // Near an end, keep as many links as in the middle, so the navigation does not change size.
  if (current <= around + 3) for (let n = 2; n <= 2 * around + 3; n++) shown.add(n);
  if (current >= count - around - 2) for (let n = count - 2 * around - 2; n < count; n++) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! === 2) links.push(n - 1);
    else if (i > 0 && n - sorted[i - 1]! > 2) links.push(null);
    links.push(n);
  });
  return links;
}
