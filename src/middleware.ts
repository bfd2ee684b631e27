import { defineMiddleware } from 'astro:middleware';
import { getGlossaryTerms } from './data/glossary.ts';
import { renderGuarded } from './data/keyedPage.ts';
import { sections } from './i18n/ui.ts';
import { typesetHtml } from './lib/typesetHtml.ts';

// The finishing pass of every HTML page, at build time (and in `astro dev`): French typography on
// French text and the acronyms spelled out at first use (src/lib/typesetHtml.ts). It runs before a
// page is written, so the incremental build's cached copy is the finished page. Keep this file
// thin: the pass itself lives in src/lib/typesetHtml.ts, whose code is part of every page key
// (src/data/pageKeys.ts). A page with a cache key renders guarded: it cannot read the stories
// outside its props (src/data/keyedPage.ts).
const kiosk = new RegExp(`^/${sections.fr.kiosk}/`);

export const onRequest = defineMiddleware((context, next) =>
  renderGuarded(context.props, `${context.routePattern} (${context.url.pathname})`, () => finish(context.url, next)),
);

async function finish(url: URL, next: () => Promise<Response>): Promise<Response> {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  // The kiosk's screens are laid out for a fixed display: typography yes, no added words.
  const glossary = kiosk.test(url.pathname) ? undefined : await getGlossaryTerms();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(typesetHtml(html, { glossary }), { status: response.status, statusText: response.statusText, headers });
}
