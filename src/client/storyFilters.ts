// Combines the story filters in place on the story list (and, from a filter page, sends the
// visitor to the list with the combination in the URL: /temoignages/?pays=irlande&annee=2024-2025).
// The behaviour is the generic list filter's (facetFilters.ts); only the list's markup is the stories'.
import { enhanceFacetBrowser } from './facetFilters.ts';

export function enhanceStoryBrowser(root: HTMLElement): void {
  enhanceFacetBrowser(root, '[data-story-list] > li');
}
