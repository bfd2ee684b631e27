import { getCollection } from 'astro:content';
import { footerFunders } from '../lib/funders.ts';
import { funderClasses } from '../schemas/funderClasses.ts';
import { getReference } from './site.ts';

/**
 * The funders shown in the footer: institutions with a logo that appear in some school year's
 * funding lines (content/results/), as the deciding institution or the payer, or ask to be acknowledged.
 */
export async function getFooterFunders() {
  const [reference, results] = await Promise.all([getReference(), getCollection('results')]);
  return footerFunders(reference.institutions, results.flatMap((year) => year.data.funding.flatMap((line) => (line.payer ? [line.institution, line.payer] : [line.institution]))), funderClasses);
}
