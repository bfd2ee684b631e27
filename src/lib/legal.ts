import type { Settings } from '../schemas/settings.ts';
import { phoneLink } from './contact.ts';

/**
 * The facts the legal pages must state (who publishes, who hosts, whom to write to), taken from
 * content/settings.yaml and shown above the staff's text, so the pages never drift from the settings.
 */
export const legalPages = ['mentions-legales', 'accessibilite', 'donnees-personnelles'] as const;
export type LegalPage = (typeof legalPages)[number];

export function isLegalPage(id: string): id is LegalPage {
  return (legalPages as readonly string[]).includes(id);
}

export interface Fact {
  label: string;
  text: string;
  href?: string | undefined;
}

export interface FactGroup {
  /** The heading's id (an anchor the staff's text may link to); no heading when undefined. */
  id?: string | undefined;
  heading?: string | undefined;
  intro?: string | undefined;
  facts: Fact[];
}

/** The dictionary keys the legal facts use; the caller's translator must know them all (checked by the types). */
export type LegalKey =
  | 'publish.a11y.intro'
  | 'publish.a11y.report'
  | 'publish.a11y.reportText'
  | 'publish.legal.address'
  | 'publish.legal.director'
  | 'publish.legal.email'
  | 'publish.legal.establishment'
  | 'publish.legal.host'
  | 'publish.legal.hostName'
  | 'publish.legal.mail'
  | 'publish.legal.phone'
  | 'publish.legal.publisher'
  | 'publish.legal.website'
  | 'publish.privacy.controller'
  | 'publish.privacy.controllerText'
  | 'publish.privacy.dpo'
  | 'publish.privacy.dpoName'
  | 'publish.privacy.dpoShort'
  | 'publish.privacy.dpoText'
  | 'publish.privacy.withdraw'
  | 'publish.privacy.withdrawSubject'
  | 'publish.privacy.withdrawText';
type Translate = (key: LegalKey, values?: Record<string, string | number>) => string;

/** "Directrice de l'EPLEFPA" after a name: "Anne Rivière, directrice de l'EPLEFPA" (an acronym keeps its capitals). */
export function apposition(role: string): string {
  const [first = '', second = ''] = [...role];
  return second && second === second.toLocaleLowerCase('fr') ? first.toLocaleLowerCase('fr') + role.slice(first.length) : role;
}

const phoneFact = (phone: string) => ({ text: phoneLink(phone).text, href: phoneLink(phone).href });
const mailto = (email: string, subject?: string) => `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;

/** The fact groups of one legal page, in the order they are shown. */
export function legalFacts(page: LegalPage, settings: Settings, t: Translate): FactGroup[] {
  const { school, publicationDirector: director, host, dataProtectionOfficer: dpo } = settings;
  const establishment = school.name === school.legalName ? school.legalName : `${school.legalName} (${school.name})`;
  const street = `${school.address.street}, ${school.address.postalCode} ${school.address.city}`;
  const phone = phoneLink(school.phone);
  const email = (address: string, label = t('publish.legal.email'), subject?: string): Fact => ({ label, text: address, href: mailto(address, subject) });
  const website = (url: string | undefined): Fact[] => (url ? [{ label: t('publish.legal.website'), text: url.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: url }] : []);

  switch (page) {
    case 'mentions-legales':
      return [
        {
          id: 'editeur',
          heading: t('publish.legal.publisher'),
          facts: [
            { label: t('publish.legal.establishment'), text: establishment },
            { label: t('publish.legal.address'), text: street },
            { label: t('publish.legal.phone'), text: phone.text, href: phone.href },
            email(school.email),
            ...website(school.website),
          ],
        },
        { id: 'direction-de-la-publication', heading: t('publish.legal.director'), intro: `${director.name}, ${apposition(director.role.fr)}.`, facts: [] },
        {
          id: 'hebergement',
          heading: t('publish.legal.host'),
          facts: [
            { label: t('publish.legal.hostName'), text: host.name },
            { label: t('publish.legal.address'), text: host.address },
            ...(host.phone ? [{ label: t('publish.legal.phone'), ...phoneFact(host.phone) }] : []),
            ...website(host.website),
          ],
        },
      ];
    case 'accessibilite':
      return [
        { intro: t('publish.a11y.intro', { establishment, site: settings.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '') }), facts: [] },
        {
          id: 'signaler-un-probleme',
          heading: t('publish.a11y.report'),
          intro: t('publish.a11y.reportText'),
          facts: [
            email(school.email),
            { label: t('publish.legal.phone'), text: phone.text, href: phone.href },
            { label: t('publish.legal.mail'), text: `${school.name}, ${street}` },
          ],
        },
      ];
    case 'donnees-personnelles': {
      const subject = t('publish.privacy.withdrawSubject');
      return [
        {
          id: 'responsable-du-traitement',
          heading: t('publish.privacy.controller'),
          intro: t('publish.privacy.controllerText', { establishment: school.legalName, director: director.name, role: apposition(director.role.fr) }),
          facts: [{ label: t('publish.legal.address'), text: street }],
        },
        {
          id: 'protection-des-donnees',
          heading: t('publish.privacy.dpo'),
          intro: t('publish.privacy.dpoText'),
          facts: [
            { label: t('publish.privacy.dpoName'), text: dpo.name },
            email(dpo.email),
            ...(dpo.address ? [{ label: t('publish.legal.mail'), text: dpo.address }] : []),
          ],
        },
        {
          id: 'retirer-un-temoignage',
          heading: t('publish.privacy.withdraw'),
          intro: t('publish.privacy.withdrawText'),
          facts: [email(dpo.email, t('publish.privacy.dpoShort'), subject), ...settings.contacts.flatMap((person) => (person.email ? [email(person.email, person.name, subject)] : []))],
        },
      ];
    }
  }
}
