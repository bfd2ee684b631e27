import type { APIRoute, GetStaticPaths } from 'astro';
import { logoFile } from '../../../data/seo.ts';
import { getSettings } from '../../../data/site.ts';
import { useTranslations, type Lang } from '../../../i18n/ui.ts';
import { cardCacheDir, renderCard, siteCardSvg } from '../../../lib/ogImage.ts';

// The sharing card of every page without its own (og:image): the school's name and what the site is.
export const getStaticPaths = (() => (['fr', 'en'] as const).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const settings = await getSettings();
  const logo = logoFile(settings);
  const svg = siteCardSvg({
    schoolName: settings.school.name,
    tagline: useTranslations(lang)('site.tagline'),
    host: new URL(settings.siteUrl).host,
    hasLogo: Boolean(logo),
  });
  return new Response(new Uint8Array(await renderCard(svg, { logo }, cardCacheDir())), { headers: { 'Content-Type': 'image/jpeg' } });
};
