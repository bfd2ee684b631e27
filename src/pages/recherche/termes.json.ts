import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../../data/searchTerms.ts';

/** /recherche/termes.json: the site's words and their counts, for "did you mean" on both search pages. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
