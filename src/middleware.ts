import { defineMiddleware } from 'astro:middleware';
import { getGlossaryTerms } from './data/glossary.ts';
import { sections } from './i18n/ui.ts';
import { typesetHtml } from './lib/typesetHtml.ts';

// The finishing pass of every HTML page, at build time (and in `astro dev`): French typography on
// French text and the acronyms spelled out at first use (src/lib/typesetHtml.ts). It runs before a
// page is written, so the incremental build's cached copy is the finished page. Keep this file
// thin: the pass itself lives in src/lib/typesetHtml.ts, whose code is part of every page key
// (src/data/pageKeys.ts).
const kiosk = new RegExp(`^/${sections.fr.kiosk}/`);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  // The kiosk's screens are laid out for a fixed display: typography yes, no added words.
  const glossary = kiosk.test(context.url.pathname) ? undefined : await getGlossaryTerms();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(typesetHtml(html, { glossary }), { status: response.status, statusText: response.statusText, headers });
});
