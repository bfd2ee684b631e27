import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '../data/icons.ts';
import { icons } from '../data/seo.ts';
import { getSettings } from '../data/site.ts';

// The web manifest's icons (site.webmanifest), also the logo given to search engines.
export const getStaticPaths = (() => icons.sizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await iconPng(await getSettings(), Number(params.size), true)), { headers: { 'Content-Type': 'image/png' } });
