import type { APIRoute } from 'astro';
import { backgroundColor, icons, themeColor } from '../data/seo.ts';
import { getSettings } from '../data/site.ts';
import { useTranslations } from '../i18n/ui.ts';
import { webManifest } from '../lib/siteFiles.ts';

// What a phone shows when the site is added to its home screen: the school's name and icons.
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const manifest = webManifest({
    name: settings.school.name,
    shortName: settings.school.shortName,
    description: useTranslations('fr')('site.tagline'),
    lang: 'fr',
    themeColor,
    backgroundColor,
    icons: [
      { src: icons.svg, sizes: 'any', type: 'image/svg+xml' },
      ...icons.sizes.map((size) => ({ src: icons.png(size), sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
