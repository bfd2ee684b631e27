/**
 * The value of a custom property declared in a stylesheet's text (`--color-primary: #1b5e43;` →
 * "#1b5e43"), for the places that need a colour outside CSS (the web manifest, the favicon, the
 * phone's toolbar) without copying it by hand. Throws when the property is not declared.
 */
export function cssToken(css: string, name: `--${string}`): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[\\s;{])${escaped}\\s*:\\s*([^;}]+)`).exec(css);
  if (!match) throw new Error(`La feuille de style ne déclare pas ${name}.`);
  return match[1].trim();
}
