import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, readKnownIds, readYaml } from './lib/contentDir.ts';
import { hardLinksUnder, symlinksUnder } from './lib/imageFiles.ts';
import { checkedImage } from './schemas/fields.ts';
import { costsSchema } from './schemas/costs.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { newsSchema } from './schemas/news.ts';
import { faqSchema, pageSchema } from './schemas/pages.ts';
import {
  institutionSchema,
  partnerSchema,
  programmeSchema,
  trackSchema,
  worrySchema,
} from './schemas/reference.ts';
import { resultsSchema } from './schemas/results.ts';
import { settingsSchema } from './schemas/settings.ts';
import { testimonySchema } from './schemas/testimony.ts';
import { z } from './schemas/zodFrench.ts';

// The staff's files live outside src/ (content/, or ESCALES_CONTENT_DIR). Every schema is in
// src/schemas/ so that `npm run validate` checks files with exactly the same rules before Astro runs.
const root = contentDir();
const known = readKnownIds();

// A symbolic link in the content folder could publish any file of the machine (a photo, a logo, a
// text): refused here as well as by `npm run validate`, so that a build without it stops too.
const links = [...symlinksUnder(root), ...hardLinksUnder(root)];
if (links.length > 0) {
  throw new Error(
    `Liens symboliques ou physiques refusés dans le dossier du contenu : ${links.map((link) => `${root.split(/[\\/]/).pop()}/${link}`).join(', ')}. ` +
      'Remplacez chaque lien par une copie du fichier ou du dossier.',
  );
}

/** `lea-irlande/index.mdx` and `lea-irlande.mdx` both become the id (and URL) `lea-irlande`. */
const entryId = (entry: string) => entry.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, '');

const testimonies = defineCollection({
  loader: glob({
    pattern: '**/[^_.]*.mdx',
    base: `${root}/testimonies`,
    generateId: ({ entry }) => entryId(entry),
  }),
  schema: ({ image }) => testimonySchema(checkedImage(image), known),
});

const news = defineCollection({
  loader: glob({ pattern: '**/[^_.]*.mdx', base: `${root}/news`, generateId: ({ entry }) => entryId(entry) }),
  schema: ({ image }) => newsSchema(checkedImage(image), known),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/[^_.]*.mdx', base: `${root}/pages` }),
  schema: pageSchema,
});

const faq = defineCollection({
  loader: glob({ pattern: '**/[^_.]*.mdx', base: `${root}/faq`, generateId: ({ entry }) => entryId(entry) }),
  schema: faqSchema(known),
});

const results = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${root}/results` }),
  schema: resultsSchema(known),
});

const partners = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${root}/partners` }),
  schema: partnerSchema,
});

const tracks = defineCollection({ loader: file(`${root}/tracks.yaml`), schema: trackSchema });
const programmes = defineCollection({ loader: file(`${root}/programmes.yaml`), schema: programmeSchema(known) });
const worries = defineCollection({ loader: file(`${root}/worries.yaml`), schema: worrySchema });
const institutions = defineCollection({ loader: file(`${root}/institutions.yaml`), schema: institutionSchema });

/** content/settings.yaml is one object; it becomes the single entry `site`. */
const settings = defineCollection({
  loader: () => [{ id: 'site', ...(readYaml('settings.yaml', {}) as object) }],
  schema: settingsSchema.extend({ id: z.literal('site') }),
});

/** content/costs.yaml (optional) is one object: the families' figures; it becomes the single entry `costs`. */
const costs = defineCollection({
  loader: () => {
    const data = readYaml('costs.yaml');
    return data === undefined ? [] : [{ id: 'costs', ...(data as object) }];
  },
  schema: costsSchema.extend({ id: z.literal('costs') }),
});

/** content/glossary.yaml (optional): the acronyms spelled out for families (src/lib/typesetHtml.ts). */
const glossary = defineCollection({
  loader: () => {
    const data = readYaml('glossary.yaml');
    return Array.isArray(data) ? (data as { id: string }[]) : [];
  },
  schema: glossarySchema,
});

export const collections = { testimonies, news, pages, faq, results, partners, tracks, programmes, worries, institutions, settings, costs, glossary };
