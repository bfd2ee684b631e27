import { langField, refField } from './fields.ts';
import { z } from './zodFrench.ts';

/** content/pages/<slug>.mdx: FAQ, how to go, contacts, legal notice, accessibility, privacy. */
export const pageSchema = z.strictObject({
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(200),
  lang: langField,
  draft: z.boolean().default(false),
});

/** content/faq/<slug>.mdx: one answer of the families' FAQ, with a page of its own; `worry` links it to the stories tagged with it. */
export function faqSchema(known: { worries: string[] }) {
  return z.strictObject({
    question: z.string().min(1).max(160),
    /** The short answer, two or three sentences: the families' hub shows it, the question's page opens with it. */
    summary: z.string().min(40).max(420),
    /** Show the table of content/costs.yaml (costs, grants, pocket money) after the short answer. */
    costs: z.boolean().default(false),
    worry: refField('content/worries.yaml', known.worries).optional(),
    order: z.number().int().default(100),
    lang: langField,
    draft: z.boolean().default(false),
  });
}
