import type { KnownIds } from './knownIds.ts';
import { countryField, idField, institutionLevels, localizedText, refField, webUrl } from './fields.ts';
import { funderClassField } from './funderClasses.ts';
import { z } from './zodFrench.ts';

/** content/tracks.yaml: the school's training tracks (filières). */
export const trackSchema = z.strictObject({
  id: idField,
  name: localizedText,
  short: localizedText,
});

/** content/programmes.yaml: the mobility programmes and grant schemes. */
export function programmeSchema(known: KnownIds) {
  return z.strictObject({
    id: idField,
    name: localizedText,
    description: localizedText.optional(),
    website: webUrl.optional(),
    /** The institutions that fund it: their acknowledgement (the EU's emblem…) shows on its stories. */
    funders: z.array(refField('content/institutions.yaml', known.institutions)).optional(),
  });
}

/** content/worries.yaml: what families worry about, each answered by stories and the FAQ. */
export const worrySchema = z.strictObject({
  id: idField,
  name: localizedText,
  question: localizedText,
});

/** content/institutions.yaml: institutional partners and funders. */
export const institutionSchema = z.strictObject({
  id: idField,
  name: z.string().min(1),
  /** Its name in English where it has one ("European Union"); English pages show `name` otherwise. */
  nameEn: z.string().min(1).optional(),
  /** Who it is, as funders class themselves: its funding lines and supports are counted in this class. */
  class: funderClassField,
  /** The former vocabulary (local … international), replaced by `class` in the second round. */
  level: z
    .unknown()
    .superRefine((_, ctx) => {
      ctx.addIssue({
        code: 'custom',
        message:
          'le champ « level » est remplacé par « class » (qui décide : municipality, intercommunality, department, region, state, eu, international, other) : ' +
          'écrivez par exemple « class: region » pour la Région, « class: state » pour la DRAAF, « class: eu » pour l’Union européenne et l’Agence Erasmus+',
      });
    })
    .optional(),
  /** Path relative to content/. */
  logo: z.string().optional(),
  website: webUrl.optional(),
  /** How a funder asks to be acknowledged (the EU: its emblem and "Cofinancé par l'Union européenne"). */
  acknowledgement: z
    .strictObject({ fr: z.string().min(1), en: z.string().min(1), emblem: z.string().optional() })
    .optional(),
});

export const partnerKinds = ['school', 'farm', 'company', 'association', 'institution', 'other'] as const;

/** content/partners/<id>.yaml: host organisations and schools abroad. */
export const partnerSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(partnerKinds),
  country: countryField,
  city: z.string().min(1),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  website: webUrl.optional(),
  since: z.number().int().min(1950).max(2100).optional(),
  description: localizedText.optional(),
});

export { institutionLevels };
export type Level = (typeof institutionLevels)[number];
