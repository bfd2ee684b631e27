import type { APIRoute } from 'astro';
import { getStoryFilterCss } from '../../../data/storyList.ts';

/** /en/stories/filters.css: the story filters combined without JavaScript (linked in <noscript>). */
export const GET: APIRoute = async () => new Response(await getStoryFilterCss('en'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
