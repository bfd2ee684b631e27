import { countries } from '../lib/countries.ts';
import { imagePathSyntaxProblem } from '../lib/imageFiles.ts';
import { impossibleDate } from '../lib/dates.ts';
import { photoField } from './photo.ts';
import { z } from './zodFrench.ts';

/** Lowercase id used in reference lists and file names: letters, digits, hyphens. */
export const idField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `identifiant attendu en minuscules, chiffres et tirets (ex. bac-pro-cgea), reçu « ${String(iss.input)} »`,
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written AAAA-MM-JJ. YAML turns unquoted dates into Date objects; quoted ones
 * stay strings. Anything else (12/03/2025, "mars 2025") is refused rather than guessed, and so is
 * a day that does not exist ("2026-04-31"), which a Date would silently roll over to 1 May.
 * Astro's YAML reader hands an unquoted 2026-04-31 over already rolled over (a Date of 1 May):
 * only the text can tell, so `npm run validate`, which reads the text, refuses it
 * (src/lib/contentYaml.ts).
 */
export const dateField = z.preprocess(
  (value, ctx) => {
    const written = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
    if (!written) return value;
    const problem = impossibleDate(Number(written[1]), Number(written[2]), Number(written[3]));
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `date impossible « ${written[0]} » : ${problem}` });
      return value;
    }
    return new Date(`${written[0]}T00:00:00Z`);
  },
  z.date({
    error: (iss) =>
      iss.input === undefined
        ? 'champ obligatoire manquant : une date AAAA-MM-JJ attendue'
        : `date attendue au format AAAA-MM-JJ (par exemple 2025-03-12), reçu « ${
            iss.input instanceof Date ? 'date invalide' : String(iss.input)
          } »`,
  }),
);

/** A country as an ISO 3166-1 alpha-2 code; a country name gets the code it should have been. */
export const countryField = z.string().superRefine((value, ctx) => {
  if (/^[A-Z]{2}$/.test(value) && countries.isValid(value)) return;
  const suggestion =
    countries.getAlpha2Code(value, 'fr') ?? countries.getAlpha2Code(value, 'en') ??
    (countries.isValid(value.toUpperCase()) ? value.toUpperCase() : undefined);
  ctx.addIssue({
    code: 'custom',
    message:
      `code pays ISO à deux lettres majuscules attendu (IE pour l'Irlande, DE pour l'Allemagne…), reçu « ${value} »` +
      (suggestion ? ` : écrivez ${suggestion}` : ''),
  });
});

/** A text shown to visitors in both languages. */
export const localizedText = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });

export const langField = z.enum(['fr', 'en']).default('fr');

/** A reference to an id of a reference list; the message lists the known ids. */
export function refField(listName: string, known: readonly string[]) {
  return z.string().superRefine((value, ctx) => {
    if (known.includes(value)) return;
    ctx.addIssue({
      code: 'custom',
      message:
        `identifiant « ${value} » inconnu dans ${listName}. ` +
        (known.length ? `Identifiants connus : ${known.join(', ')}` : `${listName} ne contient encore aucun identifiant`),
    });
  });
}

export const institutionLevels = ['local', 'departmental', 'regional', 'national', 'european', 'international'] as const;
export const levelField = z.enum(institutionLevels);

/**
 * A web address shown as a link (a partner's, an institution's, a programme's, the school's, the
 * host's site; the site's own address): https: or http: only, written in full. Zod's URL check
 * accepts javascript:alert(1), which every page's footer would turn into a link that runs code.
 */
export const webUrl = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // Not an address at all: see the message.
  }
  // The URL parser quietly drops tabs and line breaks (java\tscript: is javascript:): none allowed.
  if (url && /^https?:$/.test(url.protocol) && url.hostname && !/[\s\u0000-\u001f]/.test(value)) return;
  const bare = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value.trim());
  ctx.addIssue({
    code: 'custom',
    message: `adresse web attendue, commençant par https://, reçu « ${value} »` + (bare ? ` : écrivez https://${value.trim()}` : ''),
  });
});

/**
 * Astro's image() behind the rules of a photo path that need no folder (src/lib/imageFiles.ts): a
 * build run without `npm run validate` refuses, in French, an absolute path, an address, « .. », a
 * HEIC photo or an unknown extension, instead of publishing a file from elsewhere or failing in
 * English. (Symbolic links are refused for the whole folder: src/content.config.ts.) Its value
 * is a Photo (src/schemas/photo.ts), read only through src/lib/photos.ts.
 */
export function checkedImage<Image extends z.ZodType>(image: () => Image) {
  return () =>
    photoField(
      z
        .string()
        .superRefine((value, ctx) => {
          const problem = imagePathSyntaxProblem(value, 'photo');
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        // Astro types image()'s input loosely; it reads a string, which is what reaches it here.
        .pipe(image() as Image & z.ZodType<unknown, string>),
    );
}
