import { minutesOf, TIME_PATTERN } from '../lib/agenda.ts';
import type { KnownIds } from './knownIds.ts';
import { countryField, dateField, langField, levelField, refField } from './fields.ts';
import { z } from './zodFrench.ts';

export const newsKinds = ['event', 'agreement', 'visit', 'funding', 'press', 'meeting', 'other'] as const;

/**
 * A time of day on 24 hours, Paris time: "18:00", "9:30". Quote it or not: YAML reads 18:00 as text.
 * "18 h", "18h00" or "6 pm" are refused rather than guessed.
 */
export const timeField = z.string({
  error: (iss) => `heure attendue au format HH:MM sur 24 heures (par exemple 18:00 ou 09:30), reçu « ${String(iss.input)} »`,
}).regex(TIME_PATTERN, {
  error: (iss) => `heure attendue au format HH:MM sur 24 heures (par exemple 18:00 ou 09:30), reçu « ${String(iss.input)} »`,
});

/** Where an event happens, for calendars and search engines: at least the town. */
export const eventAddress = z.strictObject({
  street: z.string().min(1).max(200).optional(),
  postalCode: z.string().min(1).max(20).optional(),
  city: z.string().min(1).max(120),
  country: countryField.default('FR'),
});

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
      /** Times, Paris time: startTime on eventDate, endTime on the last day. Without them the event lasts whole days. */
      startTime: timeField.optional(),
      endTime: timeField.optional(),
      place: z.string().min(1).optional(),
      /** The place's postal address (street, postalCode, city, country): calendars and search engines. */
      address: eventAddress.optional(),
      /** The day the news was last changed in substance, when it was (a new time, a new place). */
      updated: dateField.optional(),
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
      if (news.startTime && !news.eventDate) {
        ctx.addIssue({ code: 'custom', path: ['startTime'], message: "une heure de début (startTime) est donnée : indiquez aussi le jour de l'événement (eventDate, AAAA-MM-JJ)" });
      }
      if (news.endTime && !news.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: "une heure de fin (endTime) est donnée : indiquez aussi l'heure de début (startTime, au format HH:MM, par exemple 18:00)" });
      }
      const oneDay = !news.eventEnd || (news.eventDate && news.eventEnd.getTime() === news.eventDate.getTime());
      if (oneDay && news.startTime && news.endTime && TIME_PATTERN.test(news.startTime) && TIME_PATTERN.test(news.endTime) && minutesOf(news.endTime) <= minutesOf(news.startTime)) {
        ctx.addIssue({
          code: 'custom',
          path: ['endTime'],
          message: `l'heure de fin (endTime ${news.endTime}) doit venir après l'heure de début (startTime ${news.startTime}) le même jour ; pour un événement qui finit le lendemain, indiquez eventEnd`,
        });
      }
      if (news.address && !news.place) {
        ctx.addIssue({ code: 'custom', path: ['place'], message: "une adresse (address) est donnée : indiquez aussi le nom du lieu (place), par exemple « Amphithéâtre du lycée »" });
      }
      if (news.updated && news.updated < news.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'la date de mise à jour (updated) est avant la date de publication (date)' });
      }
    });
}
