import type { APIRoute } from 'astro';
import { iconSvg } from '../data/icons.ts';
import { getSettings } from '../data/site.ts';

// The browser tab's icon: the school's logo (content/settings.yaml, school.logo).
export const GET: APIRoute = async () => new Response(await iconSvg(await getSettings()), { headers: { 'Content-Type': 'image/svg+xml' } });
