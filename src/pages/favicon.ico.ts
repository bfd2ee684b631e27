import type { APIRoute } from 'astro';
import { iconPng } from '../data/icons.ts';
import { getSettings } from '../data/site.ts';
import { icoFile } from '../lib/siteFiles.ts';

// Browsers ask for /favicon.ico by themselves, and old ones know only this: the logo at 16, 32 and 48 px.
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const pngs = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await iconPng(settings, size) })));
  return new Response(new Uint8Array(icoFile(pngs)), { headers: { 'Content-Type': 'image/x-icon' } });
};
