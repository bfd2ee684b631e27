import { AsyncLocalStorage } from 'node:async_hooks';

// A page with a cache key (src/data/pageKeys.ts) may show only what its key covers: its props and
// the rest of the site's content. While one renders, reading the stories from elsewhere stops the
// build, so that a page cannot start showing data its key misses and be copied stale.

/** Set by keyOfProps on the props it keys (a symbol: Astro copies it with the props, JSON ignores it). */
const KEYED = Symbol.for('escales.keyedPage');

/** Marks props as keyed: the page they render is guarded. */
export function markKeyed(props: object, kind: string): void {
  (props as Record<symbol, string>)[KEYED] = kind;
}

const keyedPage = new AsyncLocalStorage<string>();

/** Runs `render` guarded when `props` were keyed (src/middleware.ts wraps every page with it). */
export function renderGuarded<T>(props: object | undefined, page: string, render: () => T): T {
  const kind = props && (props as Record<symbol, string | undefined>)[KEYED];
  return kind ? keyedPage.run(`${page} (clé « ${kind} »)`, render) : render();
}

/** Called by the story readers (src/data/stories.ts): stops the build inside a keyed page. */
export function refuseInKeyedPage(reader: string): void {
  const page = keyedPage.getStore();
  if (!page) return;
  throw new Error(
    `La page ${page} lit ${reader} pendant son rendu, mais sa clé de cache (src/data/pageKeys.ts) ne couvre que ses props : ` +
      `calculer ces données dans getStaticPaths et les passer par les props de la page, sans quoi un build incrémental la servirait périmée.`,
  );
}
