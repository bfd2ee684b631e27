/** The small files a site serves at its root for robots, browsers and phones: robots.txt, the web manifest, favicon.ico. */

/**
 * robots.txt: every page may be crawled except the given paths (the kiosk, the search results),
 * and the sitemap is announced with its absolute URL.
 */
export function robotsTxt(sitemapUrl: string, disallow: string[]): string {
  return ['User-agent: *', ...[...new Set(disallow)].map((p) => `Disallow: ${p}`), '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  themeColor: string;
  backgroundColor: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** The web manifest: the name and icons a phone shows when the site is added to its home screen. */
export function webManifest(input: ManifestInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'browser',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: input.icons,
  };
}

/**
 * A favicon.ico holding PNG images (allowed since Windows Vista, read by every browser): a 6-byte
 * header, a 16-byte entry per image, then the PNG files as they are.
 */
export function icoFile(pngs: { size: number; data: Uint8Array }[]): Uint8Array {
  const headerSize = 6 + 16 * pngs.length;
  const out = new Uint8Array(headerSize + pngs.reduce((sum, p) => sum + p.data.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, pngs.length, true);
  let offset = headerSize;
  pngs.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, size >= 256 ? 0 : size); // 0 means 256
    view.setUint8(entry + 1, size >= 256 ? 0 : size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, data.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(data, offset);
    offset += data.length;
  });
  return out;
}
