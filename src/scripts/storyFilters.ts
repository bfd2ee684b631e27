// Combines the story filters in place on the story list (and, from a filter page, sends the
// visitor to the list with the combination in the URL: /temoignages/?pays=irlande&annee=2024-2025).
import { facetKeys, matches, relaxations, type FacetItem, type FacetKey, type Selection } from '../lib/facets.ts';

interface Labels { none: string; one: string; many: string; without: string }

function readItem(li: HTMLElement): FacetItem {
  const values = Object.fromEntries(
    facetKeys.map((key) => [key, (li.dataset[`f${key[0].toUpperCase()}${key.slice(1)}`] ?? '').split(' ').filter(Boolean).map((slug) => ({ slug, label: slug }))]),
  ) as FacetItem['values'];
  return { id: '', values };
}

export function enhanceStoryBrowser(root: HTMLElement): void {
  const segments = JSON.parse(root.dataset.segments ?? '{}') as Record<FacetKey, string>;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const complete = root.dataset.complete === 'true';
  const listUrl = root.dataset.listUrl ?? '/';
  const cards = [...root.querySelectorAll<HTMLElement>('[data-story-list] > li')];
  const items = cards.map(readItem);
  const options = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const status = root.querySelector<HTMLElement>('[data-status] strong')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
  const clear = root.querySelector<HTMLAnchorElement>('[data-clear]')!;
  const labelOf = (key: FacetKey, slug: string) =>
    options.find((a) => a.dataset.facet === key && a.dataset.value === slug)?.querySelector('.label')?.textContent ?? slug;

  let selection: Selection = JSON.parse(root.dataset.selection ?? '{}');
  if (complete) {
    const params = new URLSearchParams(location.search);
    for (const key of facetKeys) {
      const value = params.get(segments[key]);
      if (value) selection[key] = value;
    }
  }

  const queryOf = (sel: Selection) => {
    const params = new URLSearchParams();
    for (const key of facetKeys) if (sel[key]) params.set(segments[key], sel[key]!);
    const query = params.toString();
    return query ? `?${query}` : '';
  };

  const countText = (n: number) => (n === 0 ? labels.none : n === 1 ? labels.one : labels.many.replace('{n}', String(n)));

  function apply(announce: boolean) {
    let shown = 0;
    cards.forEach((card, index) => {
      const visible = matches(items[index], selection);
      card.hidden = !visible;
      if (visible) shown++;
    });
    for (const option of options) {
      const key = option.dataset.facet as FacetKey;
      const selected = selection[key] === option.dataset.value;
      if (selected) option.setAttribute('aria-current', 'true');
      else option.removeAttribute('aria-current');
      const count = items.filter((item) => matches(item, { ...selection, [key]: option.dataset.value })).length;
      option.querySelector('[data-count]')!.textContent = String(count);
      option.toggleAttribute('data-zero', count === 0);
    }
    const active = Object.keys(selection).length > 0;
    clear.toggleAttribute('aria-current', !active);
    empty.hidden = shown > 0;
    suggestions.replaceChildren(
      ...(shown > 0 ? [] : relaxations(items, selection)).map(({ without, count }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = labels.without.replace('{label}', labelOf(without, selection[without]!)).replace('{n}', String(count));
        button.addEventListener('click', () => {
          delete selection[without];
          update();
        });
        li.append(button);
        return li;
      }),
    );
    if (announce || status.textContent !== countText(shown)) status.textContent = countText(shown);
  }

  function update() {
    history.replaceState(null, '', `${location.pathname}${queryOf(selection)}`);
    apply(true);
  }

  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet], a[data-clear]');
    if (!target || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const next: Selection = { ...selection };
    if (target.matches('[data-clear]')) {
      for (const key of facetKeys) delete next[key];
    } else {
      const key = target.dataset.facet as FacetKey;
      if (next[key] === target.dataset.value) delete next[key];
      else next[key] = target.dataset.value!;
    }
    event.preventDefault();
    if (!complete) {
      location.href = `${listUrl}${queryOf(next)}`;
      return;
    }
    selection = next;
    update();
  });

  if (complete) apply(false);
}
