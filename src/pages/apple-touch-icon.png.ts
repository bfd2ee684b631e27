import type { APIRoute } from 'astro';
import { iconPng } from '../data/icons.ts';
import { getSettings } from '../data/site.ts';

// The icon of the site on an iPhone's or iPad's home screen (180 px, opaque).
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(await getSettings(), 180, true)), { headers: { 'Content-Type': 'image/png' } });
