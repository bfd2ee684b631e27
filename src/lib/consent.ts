import { isoDay } from './dates.ts';

interface ConsentLike {
  draft: boolean;
  consent: { publication: boolean; expires?: Date };
}

export type Exclusion = { reason: 'draft' } | { reason: 'expired'; expired: string } | { reason: 'no-publication' };

/** Every reason a story stays out of a build on `today`, the consent first; empty when it is published. */
export function exclusionsOf(story: ConsentLike, today: Date): Exclusion[] {
  const reasons: Exclusion[] = [];
  if (!story.consent.publication) reasons.push({ reason: 'no-publication' });
  if (story.consent.expires && story.consent.expires < today) reasons.push({ reason: 'expired', expired: isoDay(story.consent.expires) });
  if (story.draft) reasons.push({ reason: 'draft' });
  return reasons;
}

/**
 * Why a story stays out of the site, or null when it may be published on `today`.
 * `includeDrafts` (the dev server only: src/lib/draftPreview.ts) shows every draft whatever its
 * consent fields, so staff can preview it before the form is signed; its page then carries the
 * draft banner (draftNotes). A story that is not a draft follows the same rules as in a build.
 */
export function exclusionOf(story: ConsentLike, today: Date, includeDrafts = false): Exclusion | null {
  if (story.draft && includeDrafts) return null;
  return exclusionsOf(story, today)[0] ?? null;
}

/**
 * What the banner of a draft previewed on the dev server says, in French: every reason it would
 * not be published. Stories and news (`{ draft }` only) alike; empty for a published entry.
 */
export function draftNotes(entry: { draft: boolean; consent?: ConsentLike['consent'] }, today: Date): string[] {
  if (!entry.draft) return [];
  const exclusions = entry.consent ? exclusionsOf({ draft: true, consent: entry.consent }, today) : [{ reason: 'draft' } as const];
  return exclusions.map((exclusion) => {
    switch (exclusion.reason) {
      case 'no-publication':
        return 'autorisation de publication pas encore signée (consent.publication: false) : mettez true une fois le formulaire signé';
      case 'expired':
        return `autorisation expirée le ${exclusion.expired} (consent.expires) : faites signer une nouvelle autorisation et mettez à jour les dates signed et expires`;
      case 'draft':
        return 'brouillon (draft: true) : mettez draft: false quand le texte et les autorisations sont vérifiés';
    }
  });
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
