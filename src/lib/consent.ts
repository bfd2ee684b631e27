import { isoDay } from './dates.ts';

interface ConsentLike {
  draft: boolean;
  consent: { publication: boolean; expires?: Date };
}

export type Exclusion = { reason: 'draft' } | { reason: 'expired'; expired: string } | { reason: 'no-publication' };

/**
 * Why a story stays out of the site, or null when it may be published on `today`.
 * Drafts are shown only where `includeDrafts` (the dev server).
 */
export function exclusionOf(story: ConsentLike, today: Date, includeDrafts = false): Exclusion | null {
  if (!story.consent.publication) return { reason: 'no-publication' };
  if (story.consent.expires && story.consent.expires < today) return { reason: 'expired', expired: isoDay(story.consent.expires) };
  if (story.draft && !includeDrafts) return { reason: 'draft' };
  return null;
}

/** The build's notice for a story left out, in French. */
export function exclusionNotice(file: string, exclusion: Exclusion): string {
  switch (exclusion.reason) {
    case 'expired':
      return `${file} : non publié, l'autorisation (consent.expires) a expiré le ${exclusion.expired}. Faites signer une nouvelle autorisation et mettez à jour la date, ou retirez le témoignage.`;
    case 'draft':
      return `${file} : brouillon (draft: true), non publié ; visible avec npm run dev.`;
    case 'no-publication':
      return `${file} : non publié, consent.publication vaut false.`;
  }
}
