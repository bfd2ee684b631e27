import type { APIRoute } from 'astro';
import { getStoryFilterCss } from '../../data/storyList.ts';

/** /temoignages/filtres.css: the story filters combined without JavaScript (linked in <noscript>). */
export const GET: APIRoute = async () => new Response(await getStoryFilterCss('fr'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
