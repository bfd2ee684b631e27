/**
 * schema.org structured data (JSON-LD) for search engines: the school as an
 * EducationalOrganization, stories and news as Articles, dated news as Events. Plain objects from
 * plain inputs; the page writes them with jsonLdText().
 */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

export interface School {
  name: string;
  shortName?: string | undefined;
  legalName: string;
  address: { street: string; postalCode: string; city: string };
  phone: string;
  email: string;
  website?: string | undefined;
}

const context = 'https://schema.org' as const;

/** Drops the keys whose value is undefined, so the JSON says only what is known. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function postalAddress(school: School) {
  return { '@type': 'PostalAddress', streetAddress: school.address.street, postalCode: school.address.postalCode, addressLocality: school.address.city, addressCountry: 'FR' };
}

/** The school, as a node other objects point to (publisher, organizer). */
export function schoolNode(school: School, siteUrl: string, logoUrl?: string) {
  return defined({
    '@type': 'EducationalOrganization',
    '@id': new URL('/#organisation', siteUrl).href,
    name: school.name,
    alternateName: school.shortName && school.shortName !== school.name ? school.shortName : undefined,
    legalName: school.legalName,
    url: new URL('/', siteUrl).href,
    logo: logoUrl,
  });
}

/** The home page's description of the school: name, address, contacts, its own website. */
export function organizationLd(school: School, siteUrl: string, logoUrl?: string): JsonLd {
  return {
    '@context': context,
    ...schoolNode(school, siteUrl, logoUrl),
    address: postalAddress(school),
    telephone: school.phone.replace(/[^+\d]/g, ''),
    email: school.email,
    ...(school.website ? { sameAs: [school.website] } : {}),
  };
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  image?: string | undefined;
  inLanguage: string;
  /** The author as published (first name, full name); undefined for an anonymous story: the school signs it. */
  author?: string | undefined;
  /** AAAA-MM-JJ: when the text was first published. */
  datePublished?: string | undefined;
  /** AAAA-MM-JJ: when it last changed in substance, when known (a news item's `updated`). */
  dateModified?: string | undefined;
  /** Where the story happened. */
  place?: { city?: string | undefined; country: string } | undefined;
}

/** A story or a news item. Google shows at most 110 characters of a headline; titles are shorter (schema: 120 max). */
export function articleLd(input: ArticleInput, school: School, siteUrl: string, logoUrl?: string): JsonLd {
  const publisher = schoolNode(school, siteUrl, logoUrl);
  return defined({
    '@context': context,
    '@type': 'Article',
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: input.image ? [input.image] : undefined,
    inLanguage: input.inLanguage,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: input.author ? { '@type': 'Person', name: input.author } : publisher,
    publisher,
    contentLocation: input.place
      ? { '@type': 'Place', address: defined({ '@type': 'PostalAddress', addressLocality: input.place.city, addressCountry: input.place.country }) }
      : undefined,
  });
}

/** A postal address as the content model gives it (country: ISO alpha-2). */
export interface AddressInput {
  street?: string | undefined;
  postalCode?: string | undefined;
  city: string;
  country: string;
}

export interface EventInput {
  url: string;
  name: string;
  description: string;
  /** "2027-03-13" for an event of whole days, "2027-03-13T18:00:00+01:00" with its time and offset. */
  startDate: string;
  endDate?: string | undefined;
  /** Where: its name as the news says it, and its postal address when the news gives one. */
  place?: { name: string; address?: AddressInput | undefined } | undefined;
  image?: string | undefined;
  inLanguage: string;
}

/** A dated news item (open day, ErasmusDays…): an event the school organises or takes part in. */
export function eventLd(input: EventInput, school: School, siteUrl: string, logoUrl?: string): JsonLd {
  return defined({
    '@context': context,
    '@type': 'Event',
    url: input.url,
    name: input.name,
    description: input.description,
    startDate: input.startDate,
    endDate: input.endDate ?? (input.startDate.length === 10 ? input.startDate : undefined),
    // A cancelled or moved event is unpublished or rewritten: what the site shows is scheduled.
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    // Where, as the news says it, with its postal address when known; a news item without a place
    // says nothing rather than a guess.
    location: input.place
      ? defined({
          '@type': 'Place',
          name: input.place.name,
          address: input.place.address
            ? defined({
                '@type': 'PostalAddress',
                streetAddress: input.place.address.street,
                postalCode: input.place.address.postalCode,
                addressLocality: input.place.address.city,
                addressCountry: input.place.address.country,
              })
            : undefined,
        })
      : undefined,
    image: input.image ? [input.image] : undefined,
    inLanguage: input.inLanguage,
    organizer: schoolNode(school, siteUrl, logoUrl),
  });
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text from the content can
 * close the element (a "</script>" in a title stays inert), and the JSON stays equivalent.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
