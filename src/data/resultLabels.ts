import { ui, useTranslations } from '../i18n/ui.ts';
import { figureKeys, type FigureKey } from '../lib/indicators.ts';
import { columnSpecs, type ExcelValues } from '../lib/openData.ts';

const fr = useTranslations('fr');
const en = useTranslations('en');

/** A short sentence that says what each figure counts, in French and English (keys results.def.<figure>). */
export const definitions = Object.fromEntries(figureKeys.map((key) => [key, { fr: fr(`results.def.${key}`), en: en(`results.def.${key}`) }])) as Record<
  FigureKey,
  { fr: string; en: string }
>;

/** The open-data columns with their French and English description (/donnees/, resultats.json). */
export const columns = columnSpecs.map((spec) => ({
  ...spec,
  description: { fr: fr(`data.col.${spec.name}`), en: en(`data.col.${spec.name}`) },
}));

// The dictionary as written (no typographic pass: a CSV is no HTML page); undefined for an unknown code.
const frenchWord = (key: string): string | undefined => (ui.fr as Record<string, string>)[key];

/** The French words of the coded values in /donnees/resultats-excel.csv: the same words as the pages. */
export const excelValues: ExcelValues = {
  record_type: (code) => ({ mobility: 'mobilité', funding: 'financement', support: 'soutien' })[code],
  direction: (code) => ({ outgoing: 'départ', incoming: 'accueil' })[code],
  mobility_kind: (code) => frenchWord(`kind.${code}`),
  funder_class: (code) => frenchWord(`class.${code}`),
  territorial: (code) => ({ yes: 'oui', no: 'non' })[code],
  support_kind: (code) => frenchWord(`results.supportKind.${code}`),
};
