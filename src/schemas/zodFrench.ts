import { z } from 'astro/zod';

/**
 * French error messages for every schema: Zod's own French locale, with clearer wording for the
 * cases staff meet most (a missing field, a wrong type, an unknown key).
 */
const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  date: 'une date AAAA-MM-JJ',
  array: 'une liste',
  object: 'un groupe de champs',
};

function received(input: unknown): string {
  if (input === null) return 'une valeur vide';
  if (input instanceof Date) return `la date ${input.toISOString().slice(0, 10)}`;
  if (Array.isArray(input)) return 'une liste';
  if (typeof input === 'string') return `« ${input} »`;
  if (typeof input === 'object') return 'un groupe de champs';
  return `« ${String(input)} »`;
}

let configured = false;
export function useFrenchErrors(): void {
  if (configured) return;
  configured = true;
  z.config(z.locales.fr());
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type') {
        const expected = typeNames[issue.expected] ?? issue.expected;
        if (issue.input === undefined) return `champ obligatoire manquant : ${expected} attendu`;
        return `${expected} attendu, reçu ${received(issue.input)}`;
      }
      if (issue.code === 'unrecognized_keys') {
        return `champ inconnu (vérifiez l'orthographe ; les noms de champs sont en anglais, voir scripts/templates/temoignage.mdx et content/README.md)`;
      }
      if (issue.code === 'too_big' && issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : '?';
        return `texte trop long : ${issue.maximum} caractères au plus, il en a ${length}`;
      }
      if (issue.code === 'too_small' && issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        if (length === 0) return `texte vide : au moins ${issue.minimum} caractère${Number(issue.minimum) > 1 ? 's' : ''} attendu${Number(issue.minimum) > 1 ? 's' : ''}`;
        return `texte trop court : au moins ${issue.minimum} caractères, il en a ${length}`;
      }
      if (issue.code === 'invalid_value' && issue.values.length > 0) {
        return `valeur ${received(issue.input)} inconnue : attendu ${issue.values.map((v) => String(v)).join(' | ')}`;
      }
      return undefined;
    },
  });
}

useFrenchErrors();
export { z };
