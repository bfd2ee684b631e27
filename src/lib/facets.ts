/**
 * List filters (stories, news). Every item has one or more values per facet; each value has a
 * label and a URL slug. The same data drives the static filter pages (one per value, for use
 * without JavaScript) and the in-page filtering (values written on each card as data attributes).
 * The functions are generic over the facet keys; they default to the stories' facets.
 */
export const facetKeys = ['country', 'programme', 'track', 'kind', 'year', 'role', 'direction', 'worry'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface FacetValue {
  slug: string;
  label: string;
}

/** An item as the filters see it: its values for each facet (a story's worries can be several, or none). */
export interface FacetItem<K extends string = FacetKey> {
  id: string;
  values: Record<K, FacetValue[]>;
}

export interface FacetOption extends FacetValue {
  count: number;
}

export type Selection<K extends string = FacetKey> = Partial<Record<K, string>>;

/** Does the item have every selected value (one value per facet, facets combined with AND)? */
export function matches<K extends string>(item: FacetItem<K>, selection: Selection<NoInfer<K>>): boolean {
  return (Object.keys(selection) as K[]).every((key) => {
    const wanted = selection[key];
    return wanted === undefined || (item.values[key] ?? []).some((v) => v.slug === wanted);
  });
}

/**
 * The options of one facet, with how many items each would show combined with the rest of the
 * selection. Options are sorted by `order` when given (years, newest first), else by label.
 */
export function facetOptions<K extends string>(items: FacetItem<K>[], key: NoInfer<K>, selection: Selection<NoInfer<K>> = {}, order?: (a: FacetValue, b: FacetValue) => number): FacetOption[] {
  const others: Selection<K> = { ...selection };
  delete others[key];
  const options = new Map<string, FacetOption>();
  for (const item of items) {
    const counted = matches(item, others);
    for (const value of item.values[key]) {
      const option = options.get(value.slug) ?? { ...value, count: 0 };
      if (counted) option.count++;
      options.set(value.slug, option);
    }
  }
  return [...options.values()].sort(order ?? ((a, b) => a.label.localeCompare(b.label, 'fr')));
}

/** Every facet value that has at least one item: the static filter pages to build. */
export function filterPages<K extends string = FacetKey>(
  items: FacetItem<K>[],
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): { key: K; value: FacetValue; items: FacetItem<K>[] }[] {
  return keys.flatMap((key) =>
    facetOptions(items, key).map((value) => ({
      key,
      value: { slug: value.slug, label: value.label },
      items: items.filter((item) => matches(item, { [key]: value.slug } as Selection<K>)),
    })),
  );
}

/**
 * When a combination of filters matches nothing: for each active filter, how many items there
 * would be without it. The closest suggestions (most results) come first; none with zero.
 */
export function relaxations<K extends string>(items: FacetItem<K>[], selection: Selection<NoInfer<K>>): { without: K; count: number }[] {
  return (Object.keys(selection) as K[])
    .map((without) => {
      const relaxed: Selection<K> = { ...selection };
      delete relaxed[without];
      return { without, count: items.filter((item) => matches(item, relaxed)).length };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}
