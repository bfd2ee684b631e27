import type { KnownIds } from './knownIds.ts';
import { countryField, dateField, refField } from './fields.ts';
import { mobilityKinds, directions } from './testimony.ts';
import { z } from './zodFrench.ts';

export const supportKinds = ['letter', 'label', 'agreement', 'award', 'visit', 'other'] as const;

const count = z.number().int().min(0);

/** content/results/<school-year>.yaml: one school year's registry of mobilities, funding and supports. */
export function resultsSchema(known: KnownIds) {
  return z
    .strictObject({
      schoolYear: z.string().regex(/^\d{4}-\d{4}$/, { error: (iss) => `année scolaire attendue sous la forme 2024-2025, reçu « ${String(iss.input)} »` }),
      mobilities: z
        .array(
          z.strictObject({
            direction: z.enum(directions),
            kind: z.enum(mobilityKinds),
            programme: refField('content/programmes.yaml', known.programmes),
            country: countryField,
            track: refField('content/tracks.yaml', known.tracks).optional(),
            partner: refField('content/partners/', known.partners).optional(),
            learners: count.default(0),
            staff: count.default(0),
            days: count,
          }),
        )
        .default([]),
      funding: z
        .array(
          z.strictObject({
            /** Who decides the funding (the European Union for an Erasmus+ grant): its class counts it. */
            institution: refField('content/institutions.yaml', known.institutions),
            /** Who pays it out, when another body does (the Agence Erasmus+ for the EU): shown beside it. */
            payer: refField('content/institutions.yaml', known.institutions).optional(),
            amount: z.number().min(0),
            purpose: z.string().min(1),
            date: dateField,
          }).superRefine((line, ctx) => {
            if (line.payer !== undefined && line.payer === line.institution) {
              ctx.addIssue({
                code: 'custom',
                path: ['payer'],
                message: `« payer » (l’organisme qui verse) est le même que « institution » (qui décide), « ${line.payer} » : ne l’écrivez que lorsqu’un autre organisme verse l’argent (ex. institution: union-europeenne, payer: agence-erasmus)`,
              });
            }
          }),
        )
        .default([]),
      supports: z
        .array(
          z.strictObject({
            institution: refField('content/institutions.yaml', known.institutions),
            kind: z.enum(supportKinds),
            title: z.string().min(1),
            date: dateField,
          }),
        )
        .default([]),
      objectives: z
        .strictObject({ learners: count.optional(), funding: z.number().min(0).optional(), supports: count.optional() })
        .optional(),
    })
    .superRefine((year, ctx) => {
      const [first, second] = year.schoolYear.split('-').map(Number);
      if (second !== first + 1) {
        ctx.addIssue({ code: 'custom', path: ['schoolYear'], message: `une année scolaire va d'une année à la suivante (ex. 2024-2025), reçu « ${year.schoolYear} »` });
      }
    });
}
