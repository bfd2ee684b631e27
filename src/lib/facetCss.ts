/**
 * Filters combined without JavaScript: one CSS rule per filter value hides the list items that
 * lack it while its option is chosen in the list's <select> (read with :has and option:checked).
 * The CSS is served as a stylesheet, linked only inside <noscript> (strict CSP: no inline style).
 */

const safe = (s: string) => /^[\p{L}\p{N}_-]+$/u.test(s);

/**
 * `root`: the list's container selector; `item`: the items, relative to root; `params`: facet key
 * → the select's name (the URL parameter); `values`: facet key → the slugs of its options.
 */
export function facetCss(root: string, item: string, params: Record<string, string>, values: Record<string, string[]>): string {
  const rules: string[] = [];
  for (const [key, name] of Object.entries(params)) {
    if (!safe(key) || !safe(name)) throw new Error(`Nom de filtre inattendu : ${key} / ${name}`);
    for (const slug of values[key] ?? []) {
      if (!safe(slug)) throw new Error(`Valeur de filtre inattendue : ${slug}`);
      rules.push(`${root}:has(select[name="${name}"] option[value="${slug}"]:checked) ${item}:not([data-f-${key}~="${slug}"]){display:none}`);
    }
  }
  return rules.join('\n') + '\n';
}
