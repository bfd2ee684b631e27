import { describe, expect, it } from 'vitest';
import { articleLd, eventLd, type School } from '../../src/lib/structuredData.ts';

const school: School = {
  name: 'Lycée agricole des Coteaux',
  legalName: 'EPLEFPA de Valbonne-sur-Loire',
  address: { street: '12 route des Vignes', postalCode: '41999', city: 'Valbonne-sur-Loire' },
  phone: '+33 2 00 00 00 00',
  email: 'lycee@example.fr',
};
const site = 'https://escales.example.fr';

describe('Article', () => {
  const input = { url: `${site}/actualites/x/`, headline: 'Titre', description: 'Résumé', image: `${site}/og/site/fr.jpg`, inLanguage: 'fr', datePublished: '2026-11-20' };

  it('says when it was published, and modified when the content says so', () => {
    expect(articleLd(input, school, site)).toMatchObject({ datePublished: '2026-11-20', mainEntityOfPage: input.url, image: [input.image], inLanguage: 'fr', publisher: { '@type': 'EducationalOrganization' } });
    expect(articleLd(input, school, site)).not.toHaveProperty('dateModified');
    expect(articleLd({ ...input, dateModified: '2026-12-01' }, school, site)).toMatchObject({ dateModified: '2026-12-01' });
  });
});

describe('Event', () => {
  const base = { url: `${site}/actualites/po/`, name: 'Portes ouvertes', description: 'Venez', inLanguage: 'fr' };

  it('gives a timed event its start and end with their offset, as the news computes them', () => {
    const event = eventLd({ ...base, startDate: '2027-03-13T09:00:00+01:00', endDate: '2027-03-13T17:00:00+01:00' }, school, site);
    expect(event).toMatchObject({ startDate: '2027-03-13T09:00:00+01:00', endDate: '2027-03-13T17:00:00+01:00' });
  });

  it('does not invent an end for a timed event without one, but repeats the day of a whole-day event', () => {
    expect(eventLd({ ...base, startDate: '2027-01-20T18:00:00+01:00' }, school, site)).not.toHaveProperty('endDate');
    expect(eventLd({ ...base, startDate: '2027-01-20' }, school, site)).toMatchObject({ endDate: '2027-01-20' });
  });

  it('is scheduled, offline, organised by the school', () => {
    expect(eventLd({ ...base, startDate: '2027-01-20' }, school, site)).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'EducationalOrganization', name: school.name, url: `${site}/` },
    });
  });

  it('places it in a Place with a PostalAddress, not a string', () => {
    const event = eventLd(
      { ...base, startDate: '2027-01-20', place: { name: 'Amphithéâtre', address: { street: '12 route des Vignes', postalCode: '41999', city: 'Valbonne-sur-Loire', country: 'FR' } } },
      school,
      site,
    );
    expect(event.location).toEqual({
      '@type': 'Place',
      name: 'Amphithéâtre',
      address: { '@type': 'PostalAddress', streetAddress: '12 route des Vignes', postalCode: '41999', addressLocality: 'Valbonne-sur-Loire', addressCountry: 'FR' },
    });
    const townOnly = eventLd({ ...base, startDate: '2027-01-20', place: { name: 'Médiathèque', address: { city: 'Valbonne-sur-Loire', country: 'FR' } } }, school, site);
    expect(townOnly.location).toEqual({ '@type': 'Place', name: 'Médiathèque', address: { '@type': 'PostalAddress', addressLocality: 'Valbonne-sur-Loire', addressCountry: 'FR' } });
    const nameOnly = eventLd({ ...base, startDate: '2027-01-20', place: { name: 'Médiathèque' } }, school, site);
    expect(nameOnly.location).toEqual({ '@type': 'Place', name: 'Médiathèque' });
  });
});
