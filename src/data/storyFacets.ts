import { countryName } from '../lib/countries.ts';
import { facetKeys, type FacetItem, type FacetKey, type FacetValue } from '../lib/facets.ts';
import { slugify } from '../lib/slug.ts';
import { storyFacts } from '../lib/story.ts';
import { useTranslations, type Lang } from '../i18n/ui.ts';
import { getReference, must } from './site.ts';
import type { Story } from './stories.ts';

type Reference = Awaited<ReturnType<typeof getReference>>;

const value = (label: string, slug = slugify(label)): FacetValue => ({ slug, label });

/** A story's filter values, labelled in the page's language. */
export function facetItem(story: Story, reference: Reference, lang: Lang): FacetItem {
  const t = useTranslations(lang);
  const { author, mobility, worries } = story.data;
  const track = author.track ? must(reference.tracks, author.track, 'filière') : undefined;
  return {
    id: story.id,
    values: {
      country: [value(countryName(mobility.country, lang))],
      programme: [value(must(reference.programmes, mobility.programme, 'programme').name[lang], mobility.programme)],
      track: track ? [value(track.short[lang], author.track)] : [],
      kind: [value(t(`kind.${mobility.kind}`))],
      year: [value(storyFacts(story.data).schoolYear)],
      role: [value(t(`facet.role.${author.role}`))],
      direction: [value(t(`facet.direction.${mobility.direction}`))],
      worry: worries.map((id) => value(must(reference.worries, id, 'inquiétude').name[lang])),
    } as Record<FacetKey, FacetValue[]>,
  };
}

/** The URL segment of a facet in a language: country → "pays" / "country". */
export function facetSegment(key: FacetKey, lang: Lang): string {
  return useTranslations(lang)(`facet.segment.${key}`);
}

/** Years newest first; everything else alphabetical. */
export function facetOrder(key: FacetKey) {
  return key === 'year' ? (a: FacetValue, b: FacetValue) => b.slug.localeCompare(a.slug) : undefined;
}

/** `data-f-country="irlande"` attributes for a card, read by the in-page filter script. */
export function facetAttributes(item: FacetItem): Record<string, string> {
  return Object.fromEntries(facetKeys.map((key) => [`data-f-${key}`, item.values[key].map((v) => v.slug).join(' ')]));
}
