import { localizedText, webUrl } from './fields.ts';
import { z } from './zodFrench.ts';

const person = z.strictObject({
  name: z.string().min(1),
  role: localizedText,
  email: z.email().optional(),
  phone: z.string().optional(),
});

/**
 * Bloc `kiosk` de content/settings.yaml : réglages du kiosque des portes ouvertes (/kiosque/).
 * Tout est facultatif : sans ce bloc, les valeurs par défaut ci-dessous s'appliquent.
 * Documentation complète : docs/kiosk.md.
 */
export const kioskSettingsSchema = z
  .strictObject({
    /** Secondes sans aucun contact avant que l'avertissement « Vous êtes toujours là ? » s'affiche (90 par défaut). */
    idleSeconds: z.number().int().min(15).max(3600).default(90),
    /** Durée du compte à rebours de l'avertissement, en secondes ; à zéro, retour au diaporama (20 par défaut). */
    warningSeconds: z.number().int().min(5).max(300).default(20),
    /**
     * Témoignages du diaporama : `featured` (ceux marqués `featured: true`), ou une liste
     * d'identifiants (noms de dossiers de content/testimonies/), dans l'ordre voulu. Un identifiant
     * qui n'est pas (ou plus) publié est ignoré, avec un avertissement à la construction.
     */
    stories: z
      .union([z.literal('featured'), z.array(z.string().min(1)).min(1, { error: 'donnez au moins un identifiant de témoignage, ou écrivez featured' })])
      .default('featured'),
    /** Durée minimale d'une diapositive, en secondes, même pour une citation très courte (8 par défaut). */
    slideMinSeconds: z.number().int().min(3).max(120).default(8),
    /** Durée maximale d'une diapositive, en secondes, même pour une citation très longue (20 par défaut). */
    slideMaxSeconds: z.number().int().min(3).max(300).default(20),
    /**
     * Vitesse de lecture, en mots par minute, qui fixe la durée de chaque diapositive :
     * 3 secondes pour regarder la photo, plus le temps de lire son texte (150 par défaut,
     * une lecture posée, debout, à deux mètres de l'écran).
     */
    readingWordsPerMinute: z.number().int().min(60).max(400).default(150),
  })
  .refine((kiosk) => kiosk.slideMinSeconds <= kiosk.slideMaxSeconds, {
    path: ['slideMaxSeconds'],
    error: 'slideMaxSeconds doit être supérieur ou égal à slideMinSeconds',
  });

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

/** content/settings.yaml: who the school is, who to contact, who is responsible for the site. */
export const settingsSchema = z.strictObject({
  school: z.strictObject({
    name: z.string().min(1),
    shortName: z.string().min(1),
    legalName: z.string().min(1),
    address: z.strictObject({ street: z.string().min(1), postalCode: z.string().min(1), city: z.string().min(1) }),
    phone: z.string().min(1),
    email: z.email(),
    website: webUrl.optional(),
    /** Path relative to content/. */
    logo: z.string().optional(),
  }),
  siteUrl: webUrl,
  locales: z.array(z.enum(['fr', 'en'])).default(['fr', 'en']),
  /** The international cooperation leads families and partners can write to. */
  contacts: z.array(person).min(1),
  dataProtectionOfficer: z.strictObject({ name: z.string().min(1), email: z.email(), address: z.string().optional() }),
  publicationDirector: z.strictObject({ name: z.string().min(1), role: localizedText }),
  host: z.strictObject({ name: z.string().min(1), address: z.string().min(1), phone: z.string().min(1).optional(), website: webUrl.optional() }),
  /** Open-day kiosk (/kiosque/); optional, every field has a default. */
  kiosk: kioskSettingsSchema.prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;
