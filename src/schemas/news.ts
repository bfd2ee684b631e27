import type { KnownIds } from '../lib/contentDir.ts';
import { dateField, langField, levelField, refField } from './fields.ts';
import { z } from './zodFrench.ts';

export const newsKinds = ['event', 'agreement', 'visit', 'funding', 'press', 'meeting', 'other'] as const;

/** content/news/<slug>.mdx: actions, events and partner news. */
export function newsSchema<Image extends z.ZodType>(image: () => Image, known: KnownIds) {
  return z
    .strictObject({
      title: z.string().min(1).max(120),
      date: dateField,
      summary: z.string().min(1).max(200),
      kind: z.enum(newsKinds),
      level: levelField,
      institutions: z.array(refField('content/institutions.yaml', known.institutions)).default([]),
      partners: z.array(refField('content/partners/', known.partners)).default([]),
      /** For events: when it happens (and ends), and where. */
      eventDate: dateField.optional(),
      eventEnd: dateField.optional(),
      place: z.string().min(1).optional(),
      cover: image().optional(),
      coverAlt: z.string().min(1).max(250).optional(),
      draft: z.boolean().default(false),
      lang: langField,
    })
    .superRefine((news, ctx) => {
      if (news.cover && !news.coverAlt) {
        ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'une photo de couverture (cover) demande sa description (coverAlt)' });
      }
      if (news.eventEnd && !news.eventDate) {
        ctx.addIssue({ code: 'custom', path: ['eventDate'], message: 'eventEnd est donné : indiquez aussi eventDate, le début' });
      }
      if (news.eventEnd && news.eventDate && news.eventEnd < news.eventDate) {
        ctx.addIssue({ code: 'custom', path: ['eventEnd'], message: "la fin de l'événement est avant son début" });
      }
    });
}
