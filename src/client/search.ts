// The search page: Pagefind's API, loaded only here and only when the page opens.
// Results come from the index of the page's language; filters from data-pagefind-filter.
// When nothing is found: the nearest words of the site that do find something, then the help block.
import { contentLanguage } from '../lib/contentLanguage.ts';
import { nearestTerms } from '../lib/searchTerms.ts';

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

// The pure parts, exported for tests/unit/client-search.test.ts: no DOM, no Pagefind in them.

/** The status line: the page's words for none, one and many results, with {n} and {q} filled in. */
export function statusText(strings: Record<string, string>, n: number, term: string): string {
  return (n === 0 ? strings.none : n === 1 ? strings.resultsOne : strings.results).replace('{n}', String(n)).replace('{q}', term);
}

/** The filter groups worth showing: those with a choice to make (two values or more) or a value ticked. */
export function shownFilterNames(available: Record<string, Record<string, number>>, selected: Record<string, string[]>): string[] {
  return Object.keys(available).filter((name) => Object.keys(available[name]).length > 1 || selected[name]?.length);
}

/**
 * The corrections of a query to try: for one word, the site's nearest words; for several, the
 * query with each unknown word replaced by its nearest one (none if nothing changes).
 */
export function correctedQueries(term: string, vocab: [string, number][]): string[] {
  const known = new Set(vocab.map(([word]) => word));
  const parts = term.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return parts.length === 1
    ? nearestTerms(parts[0], vocab)
    : [parts.map((w) => (known.has(w) ? w : nearestTerms(w, vocab, 1)[0] ?? w)).join(' ')].filter((q) => q !== parts.join(' '));
}

/** Whether the query has a word of 4 letters or more that the site never uses (a likely typo). */
export const hasUnknownWord = (term: string, known: Set<string>): boolean => term.toLocaleLowerCase().split(/\s+/).some((w) => w.length >= 4 && !known.has(w));

export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  const suggest = root.querySelector<HTMLElement>('[data-suggest]')!;
  const suggestLinks = root.querySelector<HTMLElement>('[data-suggest-links]')!;
  let vocabulary: Promise<[string, number][]> | undefined;

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
    const names = shownFilterNames(available, selected);
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
      // A result written in another language than the page's (data-pagefind-meta contentLang):
      // hreflang on the link, lang on its title and excerpt, and a visible "(in French)".
      const pageLang = document.documentElement.lang === 'en' ? 'en' : 'fr';
      const contentLang = item.meta.contentLang === 'en' || item.meta.contentLang === 'fr' ? item.meta.contentLang : pageLang;
      const language = contentLanguage(contentLang, pageLang);
      const title = document.createElement('span');
      title.textContent = item.meta.title ?? item.url;
      link.append(title);
      if (language.hreflang) {
        link.hreflang = language.hreflang;
        title.lang = language.hreflang;
        const note = document.createElement('span');
        note.className = 'language-note';
        note.textContent = `(${strings[`note.${language.hreflang}`] ?? language.hreflang})`;
        link.append(' ', note);
      }
      heading.append(link);
      const excerpt = document.createElement('p');
      if (language.lang) excerpt.lang = language.lang;
      // Pagefind escapes the page text and only adds <mark> around the matched words.
      excerpt.innerHTML = item.excerpt;
      body.append(kind, heading, excerpt);
      li.append(body);
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  /** Corrections of the query that find something: each unknown word replaced by a near one. */
  async function suggestions(term: string): Promise<string[]> {
    vocabulary ??= fetch(root.dataset.terms!).then((r) => (r.ok ? r.json() : []), () => []);
    const candidates = correctedQueries(term, await vocabulary);
    const found: string[] = [];
    for (const candidate of candidates) {
      const search = await pagefind.search(candidate);
      if (search && search.results.length > 0) found.push(candidate);
    }
    return found;
  }

  /**
   * Nothing found: the suggestions and the help block. One or two results for a word the site does not
   * use (a typo that Pagefind half-matches): the suggestions only.
   */
  async function usesUnknownWord(term: string): Promise<boolean> {
    vocabulary ??= fetch(root.dataset.terms!).then((r) => (r.ok ? r.json() : []), () => []);
    return hasUnknownWord(term, new Set((await vocabulary).map(([word]) => word)));
  }

    async function showHelp(term: string, mine: number, nothing: boolean) {
    const found = await suggestions(term);
    if (mine !== generation) return;
    help.hidden = !nothing && found.length === 0;
    help.toggleAttribute('data-only-suggest', !nothing);
    suggest.hidden = found.length === 0;
    suggestLinks.replaceChildren(
      ...found.flatMap((q, i) => {
        const link = document.createElement('a');
        const url = new URL(location.href);
        url.searchParams.set('q', q);
        link.href = url.pathname + url.search;
        link.textContent = q;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          input.value = q;
          for (const key of Object.keys(selected)) delete selected[key];
          run();
        });
        return i === 0 ? [link] : [', ', link];
      }),
    );
    if (found.length) {
      // Said by the live region; shown by the block below, so not printed twice.
      const said = document.createElement('span');
      said.className = 'visually-hidden';
      said.textContent = ` ${strings.didYouMeanStatus.replace('{q}', found[0])}`;
      status.append(said);
    }
  }

  async function run() {
    const term = input.value.trim();
    const mine = ++generation;
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    help.hidden = true;
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
    status.textContent = statusText(strings, n, term);
    if (Object.keys(selected).length === 0 && (n === 0 || (n <= 2 && (await usesUnknownWord(term))))) await showHelp(term, mine, n === 0);
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
