import { getCollection } from 'astro:content';
import { footerFunders } from '../lib/funders.ts';
import { institutionLevels } from '../schemas/fields.ts';
import { getReference } from './site.ts';

/**
 * The funders shown in the footer: institutions with a logo that appear in some school year's
 * funding lines (content/results/) or ask to be acknowledged.
 */
export async function getFooterFunders() {
  const [reference, results] = await Promise.all([getReference(), getCollection('results')]);
  return footerFunders(reference.institutions, results.flatMap((year) => year.data.funding.map((line) => line.institution)), institutionLevels);
}
