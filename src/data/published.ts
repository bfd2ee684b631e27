import { exclusionOf } from '../lib/consent.ts';
import { buildDay } from '../lib/dates.ts';
import { isDraftPreview } from '../lib/draftPreview.ts';

/** What the gate reads of an entry: stories have a consent form, news, pages and FAQ answers only a draft flag. */
export interface Publishable {
  draft: boolean;
  consent?: { publication: boolean; expires?: Date } | undefined;
}

/**
 * The one gate every collection read of src/data/ goes through: whether an entry may be shown by
 * this build (or dev server) on `today`. The rules are src/lib/consent.ts exclusionOf's: a story
 * needs its publication consent, unexpired; an entry without a form (news, page, FAQ answer)
 * answers for its draft flag alone; drafts are shown only on the dev server (src/lib/draftPreview.ts).
 */
export function isPublished(data: Publishable, today: Date = buildDay(), includeDrafts: boolean = isDraftPreview()): boolean {
  return exclusionOf({ draft: data.draft, consent: data.consent ?? { publication: true } }, today, includeDrafts) === null;
}
