import type { APIRoute } from 'astro';
import { getSettings } from '../data/site.ts';
import { pathTo } from '../i18n/ui.ts';
import { robotsTxt } from '../lib/siteFiles.ts';

// Search engines may crawl every page but the open-day kiosk and the search results (endless, thin pages), and the editor.
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  // The editor (/admin/) is for staff: it asks search engines not to index it too (noindex).
  const disallow = [...(['fr', 'en'] as const).flatMap((lang) => [pathTo(lang, 'kiosk'), pathTo(lang, 'search')]), '/admin/'];
  return new Response(robotsTxt(new URL('/sitemap-index.xml', settings.siteUrl).href, disallow), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
