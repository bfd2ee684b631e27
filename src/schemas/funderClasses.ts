import { z } from './zodFrench.ts';

/**
 * Who decides a funding or a support, as funders class themselves (docs/open-data.md, "Classes"):
 * the territorial authorities by level (commune, intercommunalité, département, région), the
 * State (ministries and their regional services: DRAAF, rectorat…), the European Union (Erasmus+,
 * whoever pays it out), international bodies (OFAJ…), and other public bodies (a chambre
 * d'agriculture…). The order is the order of every table, chart and file.
 */
export const funderClasses = ['municipality', 'intercommunality', 'department', 'region', 'state', 'eu', 'international', 'other'] as const;
export type FunderClass = (typeof funderClasses)[number];

/** The territorial authorities: the seed's "financements locaux, départementaux et régionaux". */
export const territorialClasses = ['municipality', 'intercommunality', 'department', 'region'] as const satisfies readonly FunderClass[];
export const isTerritorial = (c: FunderClass): boolean => (territorialClasses as readonly string[]).includes(c);

const meaning =
  'municipality (commune), intercommunality (communauté de communes, d’agglomération…), department (Département), ' +
  'region (Région), state (l’État : ministères, DRAAF, rectorat…), eu (Union européenne, Erasmus+ quel que soit l’organisme qui verse), ' +
  'international (OFAJ…), other (autre organisme : chambre d’agriculture…)';

/** content/institutions.yaml `class`: an unknown value is refused with the list and what each means. */
export const funderClassField = z.enum(funderClasses, {
  error: (iss) =>
    iss.input === undefined
      ? `champ obligatoire manquant : la classe de l’institution (qui décide du financement) est attendue, parmi ${meaning}`
      : `classe « ${String(iss.input)} » inconnue : attendu ${meaning}`,
});
