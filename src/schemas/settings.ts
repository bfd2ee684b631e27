import { localizedText } from './fields.ts';
import { z } from './zodFrench.ts';

const person = z.strictObject({
  name: z.string().min(1),
  role: localizedText,
  email: z.email().optional(),
  phone: z.string().optional(),
});

/** content/settings.yaml: who the school is, who to contact, who is responsible for the site. */
export const settingsSchema = z.strictObject({
  school: z.strictObject({
    name: z.string().min(1),
    shortName: z.string().min(1),
    legalName: z.string().min(1),
    address: z.strictObject({ street: z.string().min(1), postalCode: z.string().min(1), city: z.string().min(1) }),
    phone: z.string().min(1),
    email: z.email(),
    website: z.url().optional(),
    /** Path relative to content/. */
    logo: z.string().optional(),
  }),
  siteUrl: z.url(),
  locales: z.array(z.enum(['fr', 'en'])).default(['fr', 'en']),
  /** The international cooperation leads families and partners can write to. */
  contacts: z.array(person).min(1),
  dataProtectionOfficer: z.strictObject({ name: z.string().min(1), email: z.email(), address: z.string().optional() }),
  publicationDirector: z.strictObject({ name: z.string().min(1), role: localizedText }),
  host: z.strictObject({ name: z.string().min(1), address: z.string().min(1), website: z.url().optional() }),
});

export type Settings = z.infer<typeof settingsSchema>;
