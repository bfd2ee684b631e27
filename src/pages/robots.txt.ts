import type { APIRoute } from 'astro';
import { getSettings } from '../data/site.ts';
import { pathTo } from '../i18n/ui.ts';
import { robotsTxt } from '../lib/siteFiles.ts';

// Search engines may crawl every page but the search page of each language (its results are
// endless, thin pages). Pages that must not be indexed (the kiosk, the editor /admin/, 404) say
// so with <meta name="robots" content="noindex">: they are NOT disallowed here, or crawlers would
// never read that noindex and could still list their URL. No rule names a page that does not exist.
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const disallow = (['fr', 'en'] as const).map((lang) => pathTo(lang, 'search'));
  return new Response(robotsTxt(new URL('/sitemap-index.xml', settings.siteUrl).href, disallow), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
