import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { displayedAuthor, type NameConsent } from '../../src/lib/authorDisplay.ts';

const story = (name: string, consent: NameConsent) => ({ author: { name }, consent: { name: consent } });

describe('displayedAuthor: what consent.name lets the site show', () => {
  it('shows the full name with full-name', () => {
    expect(displayedAuthor(story('  Zoé Marchand ', 'full-name'), 'Témoignage anonyme')).toEqual({ name: 'Zoé Marchand', label: 'Zoé Marchand', initial: 'Z', anonymous: false });
  });

  it('shows only the first word with first-name, even if the schema was bypassed', () => {
    expect(displayedAuthor(story('Élodie', 'first-name'), 'Anonymous story')).toEqual({ name: 'Élodie', label: 'Élodie', initial: 'É', anonymous: false });
    const shown = displayedAuthor(story('Élodie Quokka-Zéphyr', 'first-name'), 'Témoignage anonyme');
    expect(shown.name).toBe('Élodie');
    expect(JSON.stringify(shown)).not.toContain('Quokka');
  });

  it('shows no name at all with anonymous, the label it is given instead', () => {
    for (const lang of ['fr', 'en'] as const) {
      const label = useTranslations(lang)('story.anonymous');
      const shown = displayedAuthor(story('Zéphyrine Quokka', 'anonymous'), label);
      expect(shown).toEqual({ name: undefined, label, initial: '?', anonymous: true });
      expect(JSON.stringify(shown)).not.toMatch(/Zéphyrine|Quokka/);
    }
  });

  it('shows no name for an unknown consent value (when in doubt, anonymous)', () => {
    const shown = displayedAuthor(story('Zéphyrine', 'both' as NameConsent), 'Témoignage anonyme');
    expect(shown.anonymous).toBe(true);
    expect(shown.name).toBeUndefined();
  });
});

/** Every .ts/.astro file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the author name has one reader', () => {
  // The schema and the validator check the name; src/lib/authorDisplay.ts decides what is shown.
  // Anything else reading it could print a name the author did not agree to.
  // The browser editor (src/lib/cms/) shows staff the file they are writing, never the public site.
  const allowed = new Set(['src/schemas/testimony.ts', 'src/lib/validation.ts', 'src/lib/authorDisplay.ts', 'src/lib/cms/labels.ts', 'src/lib/cms/browser/admin.ts']);

  it('no page, component or data module reads author.name', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(50);
    const readers = files.filter((file) => !allowed.has(path.relative('.', file)) && /author\s*\??\.\s*name\b|author\s*\[\s*['"]name/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});
