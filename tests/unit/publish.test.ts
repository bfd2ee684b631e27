import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/ui.ts';
import { apposition, isLegalPage, legalFacts } from '../../src/lib/legal.ts';
import { cardKey, escapeXml, OG_HEIGHT, OG_WIDTH, renderCard, siteCardSvg, storyCardSvg } from '../../src/lib/ogImage.ts';
import { icoFile, robotsTxt, webManifest } from '../../src/lib/siteFiles.ts';
import { articleLd, eventLd, jsonLdText, organizationLd } from '../../src/lib/structuredData.ts';
import { charWidth, fitText, textWidth, truncate, wrapText } from '../../src/lib/textMetrics.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { fixtureContent } from './helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

const settings = settingsSchema.parse(parse(readFileSync(path.join(fixtureContent, 'settings.yaml'), 'utf8')));
const fr = useTranslations('fr');
const tmp = () => tempDir('escales-og-');

describe('text measurement for the sharing cards', () => {
  it('uses the Times and Arial widths of the Liberation fonts, accents as their base letter', () => {
    expect(textWidth('m', 1000, 'serif')).toBe(778);
    expect(textWidth('i', 1000, 'sans')).toBe(222);
    expect(charWidth('é', 'serif')).toBe(charWidth('e', 'serif'));
    expect(charWidth('Ç', 'sans')).toBe(charWidth('C', 'sans'));
    expect(charWidth('«', 'serif')).toBe(500);
    expect(textWidth('Bonjour', 10, 'sans-bold')).toBeGreaterThan(textWidth('Bonjour', 10, 'sans'));
    // Unknown characters (another script, emoji) count wide, so the text never overflows.
    expect(charWidth('語', 'serif')).toBe(1000);
  });

  it('wraps at spaces, never at a no-break space, each line within the width', () => {
    const text = '« J’avais peur de ne pas comprendre l’anglais. Au bout d’une semaine, je rêvais en anglais ! »'.replace('« ', '«\u202f').replace(' »', '\u202f»').replace(' !', '\u202f!');
    const { lines, truncated } = wrapText(text, 400, 40, 'serif');
    expect(truncated).toBe(false);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 40, 'serif')).toBeLessThanOrEqual(400);
    expect(lines.join(' ')).toBe(text);
    expect(lines[0]!.startsWith('«\u202fJ’avais')).toBe(true);
    expect(lines.at(-1)!.endsWith('anglais\u202f!\u202f»')).toBe(true);
  });

  it('cuts what does not fit with an ellipsis, at a word when it can', () => {
    expect(truncate('court', 500, 20, 'sans')).toBe('court');
    const cut = truncate('Directeur de l’exploitation agricole et de l’atelier technologique', 300, 26, 'sans');
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 26, 'sans')).toBeLessThanOrEqual(300);
    expect(cut).not.toMatch(/\s…$/);
    const wrapped = wrapText('un deux trois quatre cinq six sept huit neuf dix onze douze', 120, 20, 'sans', 2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]!.endsWith('…')).toBe(true);
  });

  it('picks the largest size at which the whole text fits the box', () => {
    const short = fitText('Court.', { width: 500, height: 300 }, 'serif', [60, 40, 30], 1.2);
    expect(short.fontSize).toBe(60);
    const long = fitText('mot '.repeat(60).trim(), { width: 500, height: 300 }, 'serif', [60, 40, 30], 1.2);
    expect(long.fontSize).toBeLessThan(60);
    expect(long.lines.length * long.fontSize * 1.2).toBeLessThanOrEqual(300);
    const tooLong = fitText('mot '.repeat(400).trim(), { width: 500, height: 300 }, 'serif', [60, 40, 30], 1.2);
    expect(tooLong.fontSize).toBe(30);
    expect(tooLong.truncated).toBe(true);
  });
});

describe('sharing cards (Open Graph images)', () => {
  const story = { quote: '« Les <vaches> & moi »', attribution: 'Léa · Irlande · Bac pro CGEA', schoolName: 'Lycée agricole d’essai', hasLogo: true };

  it('draw the quote, the attribution and the school, escaped for SVG', () => {
    const svg = storyCardSvg(story);
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
    expect(svg).toContain('&lt;vaches&gt; &amp; moi');
    expect(svg).not.toContain('<vaches>');
    expect(svg).toContain('Léa · Irlande · Bac pro CGEA');
    expect(svg).toContain('Lycée agricole d’essai');
    expect(escapeXml(`a"b'c`)).toBe('a&quot;b&apos;c');
    const site = siteCardSvg({ schoolName: 'Lycée', tagline: 'Ils racontent', host: 'essai.example.fr', hasLogo: false });
    expect(site).toContain('Ils racontent');
    expect(site).toContain('essai.example.fr');
  });

  it('are keyed by their drawing and the bytes of their images', () => {
    const dir = tmp();
    const photo = path.join(dir, 'photo.jpg');
    writeFileSync(photo, 'one');
    const key = cardKey('<svg/>', [photo, undefined]);
    expect(cardKey('<svg/>', [photo, undefined])).toBe(key);
    expect(cardKey('<svg />', [photo, undefined])).not.toBe(key);
    writeFileSync(photo, 'two');
    expect(cardKey('<svg/>', [photo, undefined])).not.toBe(key);
    expect(cardKey('<svg/>', [undefined, photo])).not.toBe(cardKey('<svg/>', [photo, undefined]));
    // A content-based name given for the photo stands for its bytes: the file is not read.
    const named = cardKey('<svg/>', [path.join(dir, 'absent.jpg'), undefined], ['/_astro/photo.AbC123xy.jpg']);
    expect(cardKey('<svg/>', [path.join(dir, 'absent.jpg'), undefined], ['/_astro/photo.AbC123xy.jpg'])).toBe(named);
    expect(cardKey('<svg/>', [path.join(dir, 'absent.jpg'), undefined], ['/_astro/photo.ZzZ999xy.jpg'])).not.toBe(named);
  });

  it('are 1200×630 JPEGs without metadata, with the photo, or branded without one, and cached on disk', async () => {
    const dir = tmp();
    const cache = path.join(dir, 'og');
    const photo = path.join(dir, 'photo.jpg');
    // A photo with camera and GPS metadata: none of it may reach the card.
    await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#c04020' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Appareil', Model: 'Test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 16/1 0/1' } })
      .toFile(photo);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const logo = path.join(dir, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#f0b93b"/></svg>');

    const withPhoto = await renderCard(storyCardSvg(story), { photo, logo }, cache);
    const meta = await sharp(withPhoto).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', OG_WIDTH, OG_HEIGHT]);
    expect(meta.exif).toBeUndefined();
    // The photo fills the right-hand side.
    const { data } = await sharp(withPhoto).extract({ left: 1100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(150);
    expect(data[2]).toBeLessThan(90);

    const branded = await renderCard(storyCardSvg(story), { logo }, cache);
    expect((await sharp(branded).metadata()).width).toBe(OG_WIDTH);
    expect(Buffer.compare(branded, withPhoto)).not.toBe(0);

    expect(readdirSync(cache).filter((f) => f.endsWith('.jpg'))).toHaveLength(2);
    // Drawn again with the same inputs: the cached file, byte for byte, and no new file.
    writeFileSync(path.join(cache, readdirSync(cache).find((f) => f.startsWith(cardKey(storyCardSvg(story), [photo, logo])))!), 'cached');
    expect((await renderCard(storyCardSvg(story), { photo, logo }, cache)).toString()).toBe('cached');
    expect(readdirSync(cache)).toHaveLength(2);
  });
});

describe('structured data (schema.org JSON-LD)', () => {
  const site = 'https://essai.example.fr';

  it('describes the school as an EducationalOrganization with its address', () => {
    const org = organizationLd(settings.school, site, `${site}/icon-512.png`);
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationalOrganization',
      name: "Lycée agricole d'essai",
      legalName: "EPLEFPA d'Essai",
      url: `${site}/`,
      telephone: '+33100000000',
      address: { '@type': 'PostalAddress', postalCode: '00000', addressLocality: 'Essai', addressCountry: 'FR' },
    });
    expect(org).not.toHaveProperty('sameAs');
  });

  it('signs an anonymous story with the school, a named one with the person', () => {
    const input = { url: `${site}/temoignages/x/`, headline: 'Titre', description: 'Résumé', inLanguage: 'fr', place: { city: 'Galway', country: 'IE' } };
    const named = articleLd({ ...input, author: 'Léa' }, settings.school, site);
    expect(named).toMatchObject({ '@type': 'Article', headline: 'Titre', author: { '@type': 'Person', name: 'Léa' }, publisher: { '@type': 'EducationalOrganization' } });
    expect(named.contentLocation).toMatchObject({ address: { addressLocality: 'Galway', addressCountry: 'IE' } });
    const anonymous = articleLd(input, settings.school, site);
    expect(anonymous.author).toMatchObject({ '@type': 'EducationalOrganization', name: "Lycée agricole d'essai" });
    expect(anonymous).not.toHaveProperty('datePublished');
  });

  it('dates an event, and says nothing of a place the news does not give', () => {
    const event = eventLd({ url: `${site}/actualites/po/`, name: 'Portes ouvertes', description: 'Venez', startDate: '2027-03-13', inLanguage: 'fr' }, settings.school, site);
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2027-03-13', endDate: '2027-03-13', organizer: { name: "Lycée agricole d'essai" } });
    expect(event).not.toHaveProperty('location');
    const placed = eventLd({ url: `${site}/a/`, name: 'E', description: 'D', startDate: '2027-10-14', endDate: '2027-10-16', place: { name: 'Médiathèque' }, inLanguage: 'fr' }, settings.school, site);
    expect(placed).toMatchObject({ endDate: '2027-10-16', location: { '@type': 'Place', name: 'Médiathèque' } });
  });

  it('writes JSON that cannot close its <script> element', () => {
    const text = jsonLdText({ headline: 'Un </script><script>alert(1)</script> titre' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: 'Un </script><script>alert(1)</script> titre' });
  });
});

describe('robots.txt, web manifest, favicon.ico', () => {
  it('robots.txt disallows the given paths and announces the sitemap', () => {
    const text = robotsTxt('https://essai.example.fr/sitemap-index.xml', ['/kiosque/', '/recherche/', '/kiosque/']);
    expect(text).toBe('User-agent: *\nDisallow: /kiosque/\nDisallow: /recherche/\n\nSitemap: https://essai.example.fr/sitemap-index.xml\n');
  });

  it('the manifest names the school and lists its icons', () => {
    const manifest = webManifest({ name: 'Lycée', shortName: 'Lycée', description: 'd', lang: 'fr', themeColor: '#000', backgroundColor: '#fff', icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }] });
    expect(JSON.parse(JSON.stringify(manifest))).toMatchObject({ name: 'Lycée', start_url: '/', icons: [{ src: '/icon-192.png' }] });
  });

  it('favicon.ico holds the PNGs with a valid directory', async () => {
    const png = (size: number) => sharp({ create: { width: size, height: size, channels: 4, background: '#1b5e43' } }).png().toBuffer();
    const [a, b] = await Promise.all([png(16), png(256)]);
    const ico = Buffer.from(icoFile([{ size: 16, data: a }, { size: 256, data: b }]));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7], ico[22], ico[23]]).toEqual([16, 16, 0, 0]); // 256 is written 0
    const offset = ico.readUInt32LE(6 + 16 + 12);
    expect(ico.readUInt32LE(6 + 16 + 8)).toBe(b.length);
    expect(ico.subarray(offset, offset + b.length).equals(b)).toBe(true);
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
  });
});

describe('legal facts from content/settings.yaml', () => {
  it('puts a role after a name in lower case, but keeps an acronym', () => {
    expect(apposition('Directrice de l’EPLEFPA')).toBe('directrice de l’EPLEFPA');
    expect(apposition('DRH du lycée')).toBe('DRH du lycée');
    expect(apposition('É')).toBe('É');
  });

  it('the legal notice names the publisher, the publication director and the host', () => {
    expect(isLegalPage('mentions-legales')).toBe(true);
    expect(isLegalPage('contacts')).toBe(false);
    const groups = legalFacts('mentions-legales', settings, fr);
    expect(groups.map((g) => g.id)).toEqual(['editeur', 'direction-de-la-publication', 'hebergement']);
    const text = JSON.stringify(groups);
    for (const fact of ["EPLEFPA d'Essai (Lycée agricole d'essai)", '1 rue du Test, 00000 Essai', '+33\u00a01\u00a000\u00a000\u00a000\u00a000', 'lycee@example.fr', "Hébergeur d'essai", '1 rue du Serveur, 00000 Essai']) {
      expect(text).toContain(fact);
    }
    expect(groups[1]!.intro).toBe('Paul Test, proviseur.');
    expect(groups[0]!.facts.find((f) => f.text === 'lycee@example.fr')!.href).toBe('mailto:lycee@example.fr');
  });

  it('the accessibility statement names the site and whom to tell about a problem', () => {
    const [intro, report] = legalFacts('accessibilite', settings, fr);
    expect(intro!.intro).toContain("EPLEFPA d'Essai");
    expect(intro!.intro).toContain('essai.example.fr');
    expect(report!.id).toBe('signaler-un-probleme');
    expect(report!.facts.map((f) => f.href)).toEqual(['mailto:lycee@example.fr', 'tel:+33100000000', undefined]);
  });

  it('the privacy notice names the controller, the DPO, and where to ask for a story to be removed', () => {
    const groups = legalFacts('donnees-personnelles', settings, fr);
    expect(groups.map((g) => g.id)).toEqual(['responsable-du-traitement', 'protection-des-donnees', 'retirer-un-temoignage']);
    expect(groups[0]!.intro).toBe("EPLEFPA d'Essai, représenté par Paul Test, proviseur.");
    expect(groups[1]!.facts.map((f) => f.text)).toEqual(["DPD d'essai", 'dpd@example.fr']);
    const withdraw = groups[2]!.facts;
    expect(withdraw.map((f) => f.text)).toEqual(['dpd@example.fr', 'anne@example.fr']);
    expect(withdraw[0]!.href).toBe(`mailto:dpd@example.fr?subject=${encodeURIComponent('Retrait d’un témoignage')}`);
  });
});
