import { readLogoFile, type LogoFile } from '../lib/logos.ts';
import { getReference, getSettings } from './site.ts';

/**
 * Every logo the pages can show, as the site publishes it: the school's, and each institution's
 * logo and acknowledgement emblem (src/pages/logos/[file].ts writes them). One file per content,
 * whatever the number of references.
 */
export async function getLogoFiles(): Promise<LogoFile[]> {
  const [settings, reference] = await Promise.all([getSettings(), getReference()]);
  const refs = new Set<string>();
  if (settings.school.logo) refs.add(settings.school.logo);
  for (const institution of reference.institutions.values()) {
    if (institution.logo) refs.add(institution.logo);
    if (institution.acknowledgement?.emblem) refs.add(institution.acknowledgement.emblem);
  }
  const files = await Promise.all([...refs].map((ref) => readLogoFile(ref)));
  return [...new Map(files.filter((file): file is LogoFile => file !== undefined).map((file) => [file.name, file])).values()];
}
