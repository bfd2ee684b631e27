// Routes and layouts render entries they got from src/data/ (the published ones) and import
// nothing from astro:content themselves: tests/unit/content-gate.test.ts keeps it so.
import { render as renderEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

/**
 * An entry's text, as HTML made once by the content layer (src/lib/storyEntries.ts). A body the
 * story dialect refused stops the build here, naming the file: Astro's content layer only logs
 * such an error, and the page would otherwise be published with an empty text.
 */
export async function render<C extends CollectionKey>(entry: CollectionEntry<C>) {
  const rendered = entry.rendered as { metadata?: { refused?: unknown } } | undefined;
  const refused = !rendered ? 'le texte n’a pas pu être lu (voir le message de la synchronisation du contenu plus haut)' : rendered.metadata?.refused;
  if (typeof refused === 'string') {
    throw new Error(`${entry.filePath ?? entry.id} : ${refused}`);
  }
  return renderEntry(entry);
}
