import { localizedText } from './fields.ts';
import { z } from './zodFrench.ts';

const euros = z.number().int().min(0).max(100_000);

/**
 * content/costs.yaml: what a stay costs, what the grants pay and the pocket money advised — the
 * only place these figures are written, so the families' pages cannot disagree. Euros, per participant.
 */
export const costsSchema = z
  .strictObject({
    /** Pocket money advised per week of stay (lodging and meals are paid for). */
    pocketMoneyPerWeek: z.strictObject({ min: euros, max: euros }).refine((range) => range.min <= range.max, {
      error: 'min doit être inférieur ou égal à max',
    }),
    /** Typical stays: cost, grants, and so what the family pays (computed, never written). */
    stays: z
      .array(
        z.strictObject({
          destination: localizedText,
          kind: localizedText,
          weeks: z.number().int().min(1).max(52),
          /** Everything the stay costs: travel, lodging, meals, insurance. */
          cost: euros,
          /** What the grants usually pay of it. */
          grants: euros,
        }).refine((stay) => stay.grants <= stay.cost, { error: 'grants (les bourses) ne peut pas dépasser cost (le coût du séjour)', path: ['grants'] }),
      )
      .min(1),
    /** The grants, as families should know them: who gives them and what they pay. */
    grants: z.array(z.strictObject({ name: localizedText, covers: localizedText })).min(1),
  });

export type Costs = z.infer<typeof costsSchema>;
