import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { acknowledgementsOf, footerFunders, involvedInstitutions, type Funder } from '../../src/lib/funders.ts';
import { logoFile, logoImage } from '../../src/lib/logos.ts';

const institutions = new Map<string, Funder>([
  ['ue', { name: 'Union européenne', class: 'eu', logo: 'logos/eu.svg', acknowledgement: { fr: 'Cofinancé par l’Union européenne', en: 'Co-funded by the European Union', emblem: 'logos/eu.svg' } }],
  ['region', { name: 'Région', class: 'region', logo: 'logos/region.svg', website: 'https://region.example.fr' }],
  ['commune', { name: 'Ville', class: 'municipality', logo: 'logos/commune.svg' }],
  ['communaute', { name: 'Communauté de communes', class: 'intercommunality', logo: 'logos/cc.svg' }],
  ['chambre', { name: 'Chambre', class: 'other', logo: 'logos/chambre.svg' }],
  ['sans-logo', { name: 'Sans logo', class: 'municipality' }],
  ['ofaj', { name: 'OFAJ', class: 'international', acknowledgement: { fr: 'Avec le soutien de l’OFAJ', en: 'With the support of the FGYO' } }],
]);
const programmes: Record<string, string[]> = { 'erasmus-plus': ['ue', 'agence'], ofaj: ['ofaj'], 'sans-financeur': [] };
const fundersOf = (id: string) => programmes[id];

describe('funders involved in a page', () => {
  it('are the institutions named, then the funders of its programmes, each once', () => {
    expect(involvedInstitutions(['region', 'ue'], ['erasmus-plus', 'ofaj'], fundersOf)).toEqual(['region', 'ue', 'agence', 'ofaj']);
    expect(involvedInstitutions([], ['inconnu', 'sans-financeur'], fundersOf)).toEqual([]);
  });

  it('acknowledge only the funders that ask for it, with their texts and emblem', () => {
    expect(acknowledgementsOf(['region', 'ue', 'agence', 'ofaj'], institutions)).toEqual([
      { id: 'ue', name: 'Union européenne', text: { fr: 'Cofinancé par l’Union européenne', en: 'Co-funded by the European Union' }, emblem: 'logos/eu.svg' },
      { id: 'ofaj', name: 'OFAJ', text: { fr: 'Avec le soutien de l’OFAJ', en: 'With the support of the FGYO' }, emblem: undefined },
    ]);
    expect(acknowledgementsOf(['region', 'commune'], institutions)).toEqual([]);
  });

  it('in the footer: those with a logo that funded a year or ask to be acknowledged, by class then name', () => {
    const classes = ['municipality', 'intercommunality', 'department', 'region', 'state', 'eu', 'international', 'other'];
    const shown = footerFunders(institutions, ['region', 'communaute', 'region', 'sans-logo', 'ofaj', 'commune'], classes);
    expect(shown.map((f) => f.id)).toEqual(['commune', 'communaute', 'region', 'ue']);
    expect(shown[2]).toMatchObject({ name: 'Région', website: 'https://region.example.fr', logo: 'logos/region.svg' });
  });
});

describe('logos', () => {
  const svg = `<?xml version="1.0"?>\n<!-- emblem -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 810 540" role="img" aria-labelledby="t"><title id="t">Emblème</title><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>`;

  it('publish a logo as a file named after its bytes, its width following the viewBox', async () => {
    const bytes = new TextEncoder().encode(svg);
    const image = (await logoImage(bytes, 'logos/eu.svg', 48))!;
    const file = (await logoFile(bytes, 'logos/eu.svg'))!;
    expect(image.src).toMatch(/^\/logos\/[0-9a-f]{16}\.svg$/);
    expect(image.src).toBe(`/logos/${file.name}`);
    expect(new TextDecoder().decode(file.bytes)).toBe(svg);
    expect(file.type).toBe('image/svg+xml');
    expect([image.width, image.height]).toEqual([72, 48]);
    // Another content, another name: a changed logo is never served from a cache as the old one.
    expect((await logoFile(new TextEncoder().encode(svg.replace('Emblème', 'Autre')), 'logos/eu.svg'))!.name).not.toBe(file.name);
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } }).png().toBuffer();
    expect(await logoImage(png, 'logo.PNG', 40)).toMatchObject({ width: 40, height: 40 });
    expect(await logoImage(png, 'logo.pdf', 40)).toBeUndefined();
  });

  it('publish a bitmap logo without its camera or GPS metadata', async () => {
    // A logo saved from a phone photo: camera, GPS position and a comment in its EXIF.
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#6a9' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SecretCam', ImageDescription: 'chez moi' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const published = Buffer.from((await logoFile(jpeg, 'logos/region.jpg'))!.bytes);
    const meta = await sharp(published).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.exif, meta.xmp, meta.iptc, meta.comments]).toEqual([undefined, undefined, undefined, undefined]);
    expect(published.includes(Buffer.from('SecretCam'))).toBe(false);
  });
});
