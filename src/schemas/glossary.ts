import { idField, localizedText } from './fields.ts';
import { z } from './zodFrench.ts';

/**
 * content/glossary.yaml: the acronyms of the school's world (BTSA, CAPA, EPLEFPA, DRAAF…), spelled
 * out for families at their first use on each page (src/lib/typesetHtml.ts) and listed on the
 * glossary page (/glossaire/, /en/glossary/).
 */
export const glossarySchema = z.strictObject({
  id: idField,
  /** The acronym exactly as texts write it: capitals and digits ("BTSA", "CAPA", "PFMP"). */
  term: z.string().regex(/^[A-Z][A-Z0-9]*(?:[+&-][A-Z0-9]+)*$/, {
    error: (iss) =>
      `sigle attendu, écrit comme dans les textes : des lettres majuscules sans accent et des chiffres (ex. BTSA, CAPA), reçu « ${String(iss.input)} »`,
  }),
  /** What it stands for, as shown in brackets after it: "brevet de technicien supérieur agricole". */
  expansion: localizedText,
  /** A sentence for families: what it is, in plain words (the glossary page shows it). */
  explanation: localizedText.optional(),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
