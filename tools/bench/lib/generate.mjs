// Writes a content folder for the benchmark: the school's reference files copied from content/,
// and N synthetic testimonies in the real schema (src/schemas/testimony.ts), each in its own folder
// with a 2400×1600 JPEG cover and one gallery photo.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { photo, PHOTO_WIDTH, renderGrain, renderScenes, SCENES } from './images.mjs';
import { pick, rng, sample } from './random.mjs';
import { captions, coverAlts, firstNames, referents, staffJobs, storyBody } from './text.mjs';

/** Bumped whenever the generated content changes, so that a kept folder is not reused by mistake. */
export const GENERATOR_VERSION = 1;

const COUNTRY_FR = { DE: "l'Allemagne", IE: "l'Irlande", ES: "l'Espagne", CA: 'le Québec', PT: 'le Portugal', DK: 'le Danemark', IT: "l'Italie", RO: 'la Roumanie', FI: 'la Finlande', PL: 'la Pologne' };
const SCHOOL_YEARS = [2022, 2023, 2024, 2025]; // 2022-2023 … 2025-2026
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const slugify = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '-').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** What the reference files allow: ids and the partners with their country and city. */
function readReference(contentDir) {
  const list = (file) => parse(readFileSync(path.join(contentDir, file), 'utf8')) ?? [];
  const ids = (file) => list(file).map((item) => String(item.id));
  const trackNames = Object.fromEntries(list('tracks.yaml').map((t) => [String(t.id), t.short?.fr ?? t.name?.fr ?? String(t.id)]));
  const partnersDir = path.join(contentDir, 'partners');
  const partners = readdirSync(partnersDir)
    .filter((name) => /^[^_].*\.ya?ml$/.test(name))
    .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), ...parse(readFileSync(path.join(partnersDir, name), 'utf8')) }));
  return { trackNames, tracks: ids('tracks.yaml'), programmes: ids('programmes.yaml'), worries: ids('worries.yaml'), partners };
}

const durations = { internship: [14, 42], study: [30, 110], 'group-trip': [5, 10], 'job-shadowing': [5, 10], teaching: [5, 12], training: [5, 10] };
const minorTracks = /^(bac|cap)-/;

/** One story's front matter and body, all drawn from `seed`. */
export function storyData(index, reference) {
  const r = rng(1000 + index);
  const staff = r() < 0.15;
  const partner = pick(r, reference.partners);
  const incoming = !staff && r() < 0.1;
  const year = pick(r, SCHOOL_YEARS);
  const kind = staff ? pick(r, ['job-shadowing', 'teaching', 'training']) : pick(r, ['internship', 'internship', 'internship', 'study', 'group-trip']);
  const [minDays, maxDays] = durations[kind];
  const days = minDays + Math.floor(r() * (maxDays - minDays + 1));
  // A start between September and May of the school year, so that the stay ends before August.
  const start = Date.UTC(year, 8, 1) + Math.floor(r() * 270) * DAY;
  const end = start + (days - 1) * DAY;
  const signed = start - (20 + Math.floor(r() * 60)) * DAY;
  const programmes = reference.programmes.filter((p) => p !== 'ofaj' || partner.country === 'DE');
  const programme = r() < 0.7 && programmes.includes('erasmus-plus') ? 'erasmus-plus' : pick(r, programmes);
  let name;
  let gender;
  let job;
  let track;
  if (staff) {
    [job, gender] = pick(r, staffJobs);
    name = pick(r, firstNames[gender]);
  } else {
    gender = r() < 0.5 ? 'f' : 'm';
    name = pick(r, firstNames[gender]);
    track = pick(r, reference.tracks);
  }
  const minor = !staff && minorTracks.test(track ?? '') && r() < 0.8;
  const scene = SCENES[index % SCENES.length];
  const gallery = SCENES[(index + 2) % SCENES.length];
  const e = gender === 'f' ? 'e' : '';
  const duree = days >= 28 ? `${Math.round(days / 7)} semaines` : days >= 14 ? `${Math.round(days / 7)} semaines` : `${days} jours`;
  const values = {
    ville: partner.city,
    pays: COUNTRY_FR[partner.country] ?? partner.country,
    partenaire: partner.name,
    programme: programme === 'erasmus-plus' ? 'Erasmus+' : 'de mobilité',
    filiere: track ? reference.trackNames[track] : 'mon métier',
    duree,
    referent: pick(r, referents),
    e,
  };
  const { body, words } = storyBody(r, values, 400 + Math.floor(r() * 301));
  const title = `${duree[0].toUpperCase()}${duree.slice(1)} à ${partner.city} : ${pick(r, ['un stage qui change tout', 'apprendre autrement', 'le métier vu d’ailleurs', 'partir pour grandir', 'une équipe, une langue, un pays'])}`;
  const data = {
    title,
    summary: `${name}, ${staff ? job.toLowerCase() : 'en ' + values.filiere}, raconte ${days} jours à ${partner.city} avec ${partner.name}.`.slice(0, 200),
    quote: pick(r, [
      "J'avais peur de ne pas comprendre la langue. Au bout d'une semaine, je n'y pensais plus.",
      'On ne revient pas pareil. J’ai appris mon métier autrement, et j’ai appris à me débrouiller.',
      'Le plus dur, c’était de se décider. Après, tout le monde nous a aidés.',
      'Je conseille à tous les élèves de partir : c’est la meilleure chose que j’aie faite au lycée.',
    ]),
    author: staff ? { name, role: 'staff', job } : { name, role: 'learner', track, minor },
    consent: { publication: true, image: true, name: 'first-name', ...(minor ? { parental: true } : {}), signed: iso(signed), expires: `${year + 7}-08-31` },
    mobility: {
      direction: incoming ? 'incoming' : 'outgoing',
      kind,
      programme,
      country: partner.country,
      city: partner.city,
      partner: partner.id,
      start: iso(start),
      end: iso(end),
    },
    worries: sample(r, reference.worries, 1 + Math.floor(r() * 3)),
    cover: './cover.jpg',
    coverAlt: coverAlts[scene],
    gallery: [{ src: './photo-1.jpg', alt: coverAlts[gallery], caption: pick(r, captions), showsAuthor: false }],
    featured: index % 60 === 0,
    draft: false,
    lang: 'fr',
  };
  const id = `${String(index + 1).padStart(4, '0')}-${slugify(`${name} ${partner.city}`)}`;
  return { id, data, body, words, scene, galleryScene: gallery };
}

export function mdx(data, body) {
  // Unquoted dates, as staff write them (the schema accepts both).
  const yaml = stringify(data, { lineWidth: 0 }).replace(/^(\s*(?:signed|expires|start|end)): '(\d{4}-\d{2}-\d{2})'$/gm, '$1: $2');
  return `---\n${yaml}---\n\n${body}\n`;
}

/** Runs `task(i)` for i < n, `limit` at a time (sharp works on libuv threads). */
async function pool(n, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/**
 * Creates (or reuses, when `stamp.json` says it was made by this version for this N) a content
 * folder at `dir` from the project's `sourceContent`. Returns the story ids and word counts.
 */
export async function generateContent({ dir, stories, sourceContent, photoWidth = PHOTO_WIDTH, log = console.log }) {
  const stampFile = path.join(dir, '.bench-stamp.json');
  const stamp = { version: GENERATOR_VERSION, stories, ...(photoWidth !== PHOTO_WIDTH ? { photoWidth } : {}) };
  // Everything but the sample stories: reference lists, partners, settings, results, pages, FAQ,
  // news (and the logos they point to), so that every page type of the site is built. Copied
  // afresh on every run, so that a kept folder follows changes to content/.
  const copyReference = () => {
    for (const name of readdirSync(dir)) if (name !== 'testimonies' && !name.startsWith('.bench-')) rmSync(path.join(dir, name), { recursive: true, force: true });
    for (const name of readdirSync(sourceContent)) {
      if (name === 'testimonies' || name === 'README.md') continue;
      cpSync(path.join(sourceContent, name), path.join(dir, name), { recursive: true });
    }
  };
  if (existsSync(stampFile) && JSON.stringify(JSON.parse(readFileSync(stampFile, 'utf8'))) === JSON.stringify(stamp)) {
    copyReference();
    log(`Contenu de test réutilisé : ${dir} (${stories} témoignages ; fichiers de référence recopiés depuis content/).`);
    return JSON.parse(readFileSync(path.join(dir, '.bench-stories.json'), 'utf8'));
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyReference();
  const reference = readReference(dir);
  const started = performance.now();
  const scenes = await renderScenes(photoWidth);
  const grain = await renderGrain(scenes);
  const list = [];
  let photos = 0;
  await pool(stories, 3, async (i) => {
    const story = storyData(i, reference);
    const folder = path.join(dir, 'testimonies', story.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.mdx'), mdx(story.data, story.body));
    writeFileSync(path.join(folder, 'cover.jpg'), await photo(scenes, grain, story.scene, 2 * i + 1));
    writeFileSync(path.join(folder, 'photo-1.jpg'), await photo(scenes, grain, story.galleryScene, 2 * i + 2));
    list[i] = { id: story.id, words: story.words };
    photos += 2;
    if ((photos / 2) % Math.max(100, Math.round(stories / 10 / 100) * 100) === 0) log(`  … ${photos / 2}/${stories} témoignages générés (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  });
  writeFileSync(path.join(dir, '.bench-stories.json'), JSON.stringify(list));
  writeFileSync(stampFile, JSON.stringify(stamp));
  log(`Contenu de test généré : ${stories} témoignages en ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return list;
}

/** The edit of step (c): one sentence added to the body of one story (its text only). */
export function editOneStory(dir, id, round = 1) {
  const file = path.join(dir, 'testimonies', id, 'index.mdx');
  const text = readFileSync(file, 'utf8');
  const sentence = `\n\nPost-scriptum (modification ${round}) : j'ai gardé contact avec toute l'équipe, et je compte y retourner l'été prochain.\n`;
  writeFileSync(file, text.replace(/\n*$/, '') + sentence);
  return file;
}

/**
 * The addition of step (d): a new story, the (N+1)th of the generator, with its own cover and
 * gallery photo (pixels no cached rendition has seen, so they are encoded). Returns its folder,
 * for the run to remove afterwards.
 */
export async function addOneStory(dir, index, photoWidth = PHOTO_WIDTH) {
  const reference = readReference(dir);
  const story = storyData(index, reference);
  const folder = path.join(dir, 'testimonies', story.id);
  const scenes = await renderScenes(photoWidth);
  const grain = await renderGrain(scenes);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'cover.jpg'), await photo(scenes, grain, story.scene, 2 * index + 1));
  writeFileSync(path.join(folder, 'photo-1.jpg'), await photo(scenes, grain, story.galleryScene, 2 * index + 2));
  writeFileSync(path.join(folder, 'index.mdx'), mdx(story.data, story.body));
  return { id: story.id, folder };
}
