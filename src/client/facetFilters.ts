// Combines the filters of a list in place (and, from a filter page, sends the visitor to the list
// with the combination in the URL: /temoignages/?pays=irlande&annee=2024-2025). Used by the story
// list and the news list; everything specific to a list is in the root's data attributes:
//   data-segments   {"country":"pays",…}: the facet keys and their URL parameter names
//   data-selection  the filter of this static page ({} on the main list)
//   data-complete   "true" when the page holds every item (the main list)
//   data-pages      on a main list cut into pages: every page's URL, in order; the list fetches the
//                   others (once) before it filters in place, and then holds every item
//   data-list-url   the main list's URL
//   data-labels     the status texts: none, one, many ("{n} …"), without ("sans « {label} » ({n})"), remove
// Each item is an <li> with data-f-<key>="slug slug…"; each option an <a data-facet data-value>.
// Optional parts: [data-active] (the chosen filters as removable chips, [data-active-list], a
// [data-clear-all] link), [data-chosen] in each group's summary, [data-try] above the suggestions.
import { matches, relaxations, type FacetItem, type Selection } from '../lib/facets.ts';

export interface Labels { none: string; one: string; many: string; without: string; remove?: string; loading?: string }

// The pure parts, exported for tests/unit/client-facet-filters.test.ts: no DOM in them.

/** The filters a URL's query string asks for: `?pays=irlande` → { country: 'irlande' }, given the facets' parameter names. */
export function selectionFromQuery(search: string, segments: Record<string, string>): Selection<string> {
  const params = new URLSearchParams(search);
  const selection: Selection<string> = {};
  for (const key of Object.keys(segments)) {
    const value = params.get(segments[key]);
    if (value) selection[key] = value;
  }
  return selection;
}

/** The query string of a selection, in the facets' order: '' for none, `?pays=irlande&annee=2024-2025` otherwise. */
export function queryOf(selection: Selection<string>, segments: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(segments)) if (selection[key]) params.set(segments[key], selection[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** An item as the filters see it, from its data-f-<key> attributes ("slug slug…"). */
export function itemFromAttributes(attribute: (name: string) => string | null, keys: string[]): FacetItem<string> {
  return {
    id: '',
    values: Object.fromEntries(keys.map((key) => [key, (attribute(`data-f-${key}`) ?? '').split(' ').filter(Boolean).map((slug) => ({ slug, label: slug }))])),
  };
}

/** The status line for `n` items shown: the page's own words for none, one and many. */
export const countText = (labels: Pick<Labels, 'none' | 'one' | 'many'>, n: number): string =>
  n === 0 ? labels.none : n === 1 ? labels.one : labels.many.replace('{n}', String(n));

/** How many items an option would show, combined with the rest of the selection (its own facet replaced). */
export const optionCount = (items: FacetItem<string>[], selection: Selection<string>, key: string, value: string): number =>
  items.filter((item) => matches(item, { ...selection, [key]: value })).length;

/** What a click asks for: clear every filter, remove one, or toggle an option (chosen again, it goes). */
export type FilterAction = { clear: true } | { remove: string } | { facet: string; value: string };

/** The selection after a click, the current one left untouched. */
export function nextSelection(selection: Selection<string>, action: FilterAction): Selection<string> {
  if ('clear' in action) return {};
  const next: Selection<string> = { ...selection };
  if ('remove' in action) delete next[action.remove];
  else if (next[action.facet] === action.value) delete next[action.facet];
  else next[action.facet] = action.value;
  return next;
}

/** A suggestion's text when nothing matches: "sans « Irlande » (3)". */
export const withoutText = (template: string, label: string, count: number): string => template.replace('{label}', label).replace('{n}', String(count));

export function enhanceFacetBrowser(root: HTMLElement, itemSelector: string): void {
  const segments = JSON.parse(root.dataset.segments ?? '{}') as Record<string, string>;
  const keys = Object.keys(segments);
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  let complete = root.dataset.complete === 'true';
  const pages = JSON.parse(root.dataset.pages ?? '[]') as string[];
  const listUrl = root.dataset.listUrl ?? '/';
  const itemOf = (li: HTMLElement): FacetItem<string> => itemFromAttributes((name) => li.getAttribute(name), keys);
  let cards = [...root.querySelectorAll<HTMLElement>(itemSelector)];
  let items: FacetItem<string>[] = cards.map(itemOf);
  const options = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const status = root.querySelector<HTMLElement>('[data-status] strong')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
  const clear = root.querySelector<HTMLAnchorElement>('[data-clear]')!;
  const activeBox = root.querySelector<HTMLElement>('[data-active]');
  const activeList = root.querySelector<HTMLElement>('[data-active-list]');
  const tryText = root.querySelector<HTMLElement>('[data-try]');
  const labelOf = (key: string, slug: string) =>
    options.find((a) => a.dataset.facet === key && a.dataset.value === slug)?.querySelector('.label')?.textContent ?? slug;

  let selection: Selection<string> = JSON.parse(root.dataset.selection ?? '{}');
  if (complete || pages.length > 0) selection = { ...selection, ...selectionFromQuery(location.search, segments) };

  // Arriving with filters in the URL: their groups open, so what is on is never hidden.
  for (const key of Object.keys(selection)) root.querySelector<HTMLDetailsElement>(`[data-facet-group="${key}"]`)?.setAttribute('open', '');

  /**
   * A list cut into pages becomes complete: the other pages are fetched (same origin, static, and
   * only when a visitor combines filters), their items put in page order, the page navigation hidden.
   */
  let completing: Promise<void> | undefined;
  function completeList(): Promise<void> {
    completing ??= (async () => {
      const list = cards[0]?.parentElement;
      if (!list) return;
      if (labels.loading) status.textContent = labels.loading;
      const here = new URL(location.href).pathname;
      const parser = new DOMParser();
      const byPage = await Promise.all(
        pages.map(async (url) => {
          if (url === here) return cards;
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url} : ${response.status}`);
          const page = parser.parseFromString(await response.text(), 'text/html');
          return [...(page.querySelector('[data-story-browser], [data-news-browser]') ?? page).querySelectorAll<HTMLElement>(itemSelector)].map((li) => document.adoptNode(li));
        }),
      );
      cards = byPage.flat();
      items = cards.map(itemOf);
      list.replaceChildren(...cards);
      root.querySelector<HTMLElement>('[data-pagination]')?.setAttribute('hidden', '');
      root.querySelector<HTMLElement>('[data-page-status]')?.setAttribute('hidden', '');
      complete = true;
    })();
    return completing;
  }

  function apply(announce: boolean) {
    let shown = 0;
    cards.forEach((card, index) => {
      const visible = matches(items[index], selection);
      card.hidden = !visible;
      if (visible) shown++;
    });
    for (const option of options) {
      const key = option.dataset.facet!;
      const selected = selection[key] === option.dataset.value;
      if (selected) option.setAttribute('aria-current', 'true');
      else option.removeAttribute('aria-current');
      const count = optionCount(items, selection, key, option.dataset.value!);
      option.querySelector('[data-count]')!.textContent = String(count);
      option.toggleAttribute('data-zero', count === 0);
    }
    const active = Object.keys(selection).length > 0;
    clear.toggleAttribute('aria-current', !active);
    for (const group of root.querySelectorAll<HTMLElement>('[data-facet-group]')) {
      const chosen = group.querySelector('[data-chosen]');
      const key = group.dataset.facetGroup!;
      if (chosen) chosen.textContent = selection[key] ? labelOf(key, selection[key]!) : '';
    }
    if (activeBox && activeList) {
      activeBox.hidden = !active;
      activeList.replaceChildren(
        ...keys.filter((key) => selection[key]).map((key) => {
          const li = document.createElement('li');
          const link = document.createElement('a');
          const rest: Selection<string> = { ...selection };
          delete rest[key];
          link.href = `${listUrl}${queryOf(rest, segments)}`;
          link.dataset.remove = key;
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = ` (${labels.remove ?? '×'})`;
          const cross = document.createElement('span');
          cross.setAttribute('aria-hidden', 'true');
          cross.textContent = '×';
          link.append(labelOf(key, selection[key]!), hidden, ' ', cross);
          li.append(link);
          return li;
        }),
      );
    }
    empty.hidden = shown > 0;
    const relaxed = shown > 0 ? [] : relaxations(items, selection);
    if (tryText) tryText.hidden = relaxed.length === 0;
    suggestions.replaceChildren(
      ...relaxed.map(({ without, count }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = withoutText(labels.without, labelOf(without, selection[without]!), count);
        button.addEventListener('click', () => {
          delete selection[without];
          update();
        });
        li.append(button);
        return li;
      }),
    );
    if (announce || status.textContent !== countText(labels, shown)) status.textContent = countText(labels, shown);
  }

  function update() {
    history.replaceState(null, '', `${location.pathname}${queryOf(selection, segments)}`);
    apply(true);
    // The new count, brought into view (it is also announced: [data-status] is a live region).
    root.querySelector('[data-status]')?.scrollIntoView({ block: 'nearest' });
  }

  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet], a[data-clear], a[data-clear-all], a[data-remove]');
    if (!target || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const next = nextSelection(
      selection,
      target.matches('[data-clear], [data-clear-all]') ? { clear: true } : target.dataset.remove ? { remove: target.dataset.remove } : { facet: target.dataset.facet!, value: target.dataset.value! },
    );
    event.preventDefault();
    if (!complete && pages.length === 0) {
      location.href = `${listUrl}${queryOf(next, segments)}`;
      return;
    }
    selection = next;
    if (!complete) {
      completeList().then(update, () => {
        // The other pages could not be fetched: fall back on the static filter page.
        location.href = target.href;
      });
      return;
    }
    update();
    // The chip clicked is gone: keep the keyboard where the results are.
    if (target.matches('[data-remove], [data-clear-all]')) root.querySelector<HTMLElement>('#story-results, [data-results-region]')?.focus({ preventScroll: true });
  });

  if (complete) apply(false);
  // Arriving on a list cut into pages with filters in the URL (/temoignages/?pays=irlande&annee=…).
  else if (pages.length > 0 && Object.keys(selection).length > 0) completeList().then(() => apply(true));
}
