import { langField } from './fields.ts';
import { z } from './zodFrench.ts';

/** content/pages/<slug>.mdx: FAQ, how to go, contacts, legal notice, accessibility, privacy. */
export const pageSchema = z.strictObject({
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(200),
  lang: langField,
  draft: z.boolean().default(false),
});
