import type { KnownIds } from './knownIds.ts';
import { countryField, dateField, langField, refField } from './fields.ts';
import { z } from './zodFrench.ts';

export const mobilityKinds = ['internship', 'study', 'group-trip', 'job-shadowing', 'teaching', 'training'] as const;
export const directions = ['outgoing', 'incoming'] as const;
export const nameConsents = ['first-name', 'full-name', 'anonymous'] as const;

/**
 * content/testimonies/<slug>/index.mdx. `image` is Astro's image() helper in the content config
 * and a file-exists check in the validator, so both read photos the same way.
 */
export function testimonySchema<Image extends z.ZodType>(image: () => Image, known: KnownIds) {
  const photo = z.strictObject({
    src: image(),
    alt: z.string().min(1).max(250),
    caption: z.string().max(250).optional(),
    /** Whether the author can be seen on it: with consent.image false, only photos without them. */
    showsAuthor: z.boolean().default(true),
  });

  return z
    .strictObject({
      title: z.string().min(1).max(120),
      summary: z.string().min(1).max(200),
      quote: z.string().min(1).max(180),
      author: z.strictObject({
        name: z.string().min(1).max(80),
        role: z.enum(['learner', 'staff']),
        track: refField('content/tracks.yaml', known.tracks).optional(),
        job: z.string().min(1).max(120).optional(),
        /** Required for learners (never guessed: a minor's story needs parental consent); staff are adults. */
        minor: z.boolean().optional(),
      }),
      consent: z.strictObject({
        publication: z.boolean(),
        image: z.boolean(),
        name: z.enum(nameConsents),
        parental: z.boolean().optional(),
        signed: dateField,
        expires: dateField.optional(),
      }),
      mobility: z.strictObject({
        direction: z.enum(directions),
        kind: z.enum(mobilityKinds),
        programme: refField('content/programmes.yaml', known.programmes),
        country: countryField,
        city: z.string().min(1),
        partner: refField('content/partners/', known.partners).optional(),
        start: dateField,
        end: dateField,
      }),
      worries: z.array(refField('content/worries.yaml', known.worries)).default([]),
      cover: image().optional(),
      coverAlt: z.string().min(1).max(250).optional(),
      /** Set false when the cover does not show the author (allowed even without image consent). */
      coverShowsAuthor: z.boolean().default(true),
      gallery: z.array(photo).default([]),
      /**
       * Photos of the text (`![…](./photo.jpg)`) that do not show the author. With consent.image
       * false, every photo of the text must be listed here, or the story is refused
       * (src/lib/storyDialect.ts checks the body against this list).
       */
      textPhotosWithoutAuthor: z.array(z.string().min(1)).default([]),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
      lang: langField,
    })
    .superRefine((story, ctx) => {
      const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const { author, consent, mobility } = story;

      // A draft may wait for its signed form; a story meant for publication may not.
      if (!consent.publication && !story.draft) {
        problem(['consent', 'publication'], "la publication n'est pas autorisée (false) : le témoignage ne peut pas être publié. Gardez draft: true en attendant l'autorisation écrite, puis mettez true une fois signée");
      }
      if (author.role === 'learner' && author.minor === undefined) {
        problem(['author', 'minor'], "indiquez si l'apprenant·e avait moins de 18 ans pendant le séjour : minor: true (l'autorisation parentale est alors obligatoire) ou minor: false");
      }
      if (author.minor && consent.parental !== true) {
        problem(['consent', 'parental'], "l'auteur·e était mineur·e : l'autorisation parentale signée est obligatoire (consent.parental: true)");
      }
      if (author.role === 'learner' && !author.track) {
        problem(['author', 'track'], "un·e apprenant·e doit indiquer sa filière (identifiant de content/tracks.yaml)");
      }
      if (author.role === 'staff' && !author.job) {
        problem(['author', 'job'], 'un membre du personnel doit indiquer sa fonction (ex. « Professeure de zootechnie »)');
      }
      if (consent.name === 'first-name' && /\s/.test(author.name.trim())) {
        problem(['author', 'name'], `consent.name vaut first-name : n'affichez que le prénom, reçu « ${author.name} »`);
      }
      if (story.cover && !story.coverAlt) {
        problem(['coverAlt'], 'une photo de couverture (cover) demande sa description (coverAlt) pour les personnes aveugles');
      }
      if (!consent.image && story.cover && story.coverShowsAuthor) {
        problem(['cover'], "consent.image vaut false : aucune photo de la personne. Retirez cover, ou, si la photo ne la montre pas, ajoutez coverShowsAuthor: false");
      }
      if (!consent.image) {
        story.gallery.forEach((photo, index) => {
          if (photo.showsAuthor) problem(['gallery', index, 'showsAuthor'], "consent.image vaut false : retirez cette photo, ou indiquez showsAuthor: false si la personne n'y apparaît pas");
        });
      }
      if (mobility.end < mobility.start) {
        problem(['mobility', 'end'], `la fin du séjour (${iso(mobility.end)}) est avant son début (${iso(mobility.start)})`);
      }
      if (consent.expires && consent.expires < consent.signed) {
        problem(['consent', 'expires'], `l'autorisation expire (${iso(consent.expires)}) avant d'avoir été signée (${iso(consent.signed)})`);
      }
    });
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type TestimonyData = z.infer<ReturnType<typeof testimonySchema<z.ZodString>>>;
