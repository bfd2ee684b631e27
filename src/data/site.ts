import { getCollection, getEntry } from 'astro:content';
import { oncePerBuild } from './buildCache.ts';

/** content/settings.yaml, validated. Read once per build (every page asks for it). */
export const getSettings = oncePerBuild(async () => {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings.yaml est introuvable ou vide : le site en a besoin (nom de l’établissement, contacts).');
  return entry.data;
});

/**
 * Reference lists as maps id → entry. Every id used in content was checked when the content was
 * loaded (src/schemas), so a lookup here only misses on a programming error. Read once per build.
 */
export const getReference = oncePerBuild(async () => {
  const [tracks, programmes, worries, institutions, partners] = await Promise.all([
    getCollection('tracks'),
    getCollection('programmes'),
    getCollection('worries'),
    getCollection('institutions'),
    getCollection('partners'),
  ]);
  const byId = <T extends { id: string; data: unknown }>(entries: T[]) => new Map(entries.map((e) => [e.id, e.data as T['data']]));
  return {
    tracks: byId(tracks),
    programmes: byId(programmes),
    worries: byId(worries),
    institutions: byId(institutions),
    partners: byId(partners),
  };
});

/** Looks an id up; a miss is a bug (ids are checked at load time), so it fails loudly. */
export function must<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`${what} « ${id} » introuvable`);
  return value;
}
