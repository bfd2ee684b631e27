// The search page: Pagefind's API, loaded only here and only when the page opens.
// Results come from the index of the page's language; filters from data-pagefind-filter.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(term: string, options?: { filters?: Record<string, string[]> }, ms?: number): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;

export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;

  const base = new URL('/pagefind/', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: '/', excerptLength: 24 });
  // Loads the filter index: without it, search results come back with no filter counts.
  await pagefind.filters();

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, string[]> = {};
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  function renderFilters(available: Record<string, Record<string, number>>) {
    const names = Object.keys(available).filter((name) => Object.keys(available[name]).length > 1 || selected[name]?.length);
    filtersBox.hidden = names.length === 0;
    groups.replaceChildren(
      ...names.sort().map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = name;
        fieldset.append(legend);
        for (const [value, count] of Object.entries(available[name]).sort(([a], [b]) => a.localeCompare(b, document.documentElement.lang))) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.checked = selected[name]?.includes(value) ?? false;
          box.addEventListener('change', () => {
            const values = new Set(selected[name] ?? []);
            if (box.checked) values.add(value);
            else values.delete(value);
            selected[name] = [...values];
            if (selected[name].length === 0) delete selected[name];
            run();
          });
          label.append(box, ` ${value} (${count})`);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  }

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const items = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    for (const item of items) {
      const li = document.createElement('li');
      if (item.meta.image) {
        const img = document.createElement('img');
        img.src = item.meta.image;
        img.alt = '';
        img.loading = 'lazy';
        img.width = 96;
        img.height = 72;
        li.append(img);
      } else {
        const placeholder = document.createElement('span');
        placeholder.className = 'no-image';
        li.append(placeholder);
      }
      const body = document.createElement('div');
      const kind = document.createElement('p');
      kind.className = 'kind';
      kind.textContent = item.filters.Type?.[0] ?? '';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and only adds <mark> around the matched words.
      excerpt.innerHTML = item.excerpt;
      body.append(kind, heading, excerpt);
      li.append(body);
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  async function run() {
    const term = input.value.trim();
    const mine = ++generation;
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      renderFilters({});
      return;
    }
    status.textContent = strings.loading ?? '';
    const search = await pagefind.search(term, { filters: selected });
    if (!search || mine !== generation) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    renderFilters(search.filters);
    const n = results.length;
    status.textContent = (n === 0 ? strings.none : n === 1 ? strings.resultsOne : strings.results).replace('{n}', String(n)).replace('{q}', term);
    await showMore();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const key of Object.keys(selected)) delete selected[key];
    run();
  });
  more.addEventListener('click', async () => {
    const first = shown;
    await showMore();
    list.children[first]?.querySelector('a')?.focus();
  });
  if (input.value) run();
}
