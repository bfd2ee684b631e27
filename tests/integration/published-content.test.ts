import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../unit/helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { frenchTypography } from '../../src/lib/frenchTypography.ts';

// What one build of a planted fixture publishes, searched in every file of the built site
// (pages, feeds, JSON, calendars, the decompressed search index, file names):
// - names planted in the front matter of stories whose authors did not agree to be named; a
//   third story, published under its full name, proves the search finds a name when it is there;
// - drafts of the pages collection (the families' introduction, a page) and of the FAQ, which
//   the families' page and the page route once filtered on their own, and one ignored.
const work = tempDir('escales-published-');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');
const content = copyFixture();

/** Unique words: each one found nowhere else, in any case or encoding of the page. */
const hidden = { anonymous: 'Zéphyrine-Quokka-7319', noImage: 'Barnabé-Wombat-4682' };
const hiddenWords = /quokka|wombat/i;
const shown = 'Anatole-Pangolin-5820';
/** Words planted in drafts: in a build, none may be published. */
const draftWords = /Ocelotbrouillon|Tapirbrouillon|Lemurbrouillon/i;
const publishedAnswer = 'Réponse Narvalpubliée';

function story(options: { name: string; consentName: string; image: boolean; lang: 'fr' | 'en'; cover?: boolean; title: string }): string {
  const { name, consentName, image, lang, cover = false, title } = options;
  return `---
title: "${title}"
summary: "Un stage en Irlande, raconté sans nom."
quote: "Le premier jour, je n'ai rien compris ; le dernier, je ne voulais plus partir."
author:
  name: "${name}"
  role: learner
  track: bac-pro-cgea
  minor: true
consent:
  publication: true
  image: ${image}
  name: ${consentName}
  parental: true
  signed: 2025-02-01
mobility:
  direction: outgoing
  kind: internship
  programme: erasmus-plus
  country: IE
  city: "Galway"
  partner: teagasc-athenry
  start: 2025-04-07
  end: 2025-04-25
worries: [language, homesickness]
${cover ? 'cover: ./ferme.jpg\ncoverAlt: "Une étable vue de l\'extérieur"\ncoverShowsAuthor: false\ngallery:\n  - src: ./champ.jpg\n    alt: "Un champ sous la pluie"\n    showsAuthor: false\n' : ''}featured: true
draft: false
lang: ${lang}
---

## Le stage

Trois semaines dans une ferme, à traire et à nourrir les veaux.
`;
}

async function addStory(id: string, text: string, photos: string[] = []) {
  const dir = path.join(content, 'testimonies', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.mdx'), text);
  for (const [i, photo] of photos.entries()) {
    await sharp({ create: { width: 900, height: 600, channels: 3, background: i ? '#8a6' : '#a86' } }).jpeg().toFile(path.join(dir, photo));
  }
}

/** Every file of a folder, relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * The texts of a file as a reader could get them: its bytes as UTF-8, and for a gzip file (the
 * Pagefind fragments, index and filter files start with 1f 8b, then "pagefind_dcd" once
 * decompressed) its decompressed bytes too.
 */
function readable(file: string): { kind: string; text: string }[] {
  const bytes = readFileSync(file);
  const texts = [{ kind: path.extname(file) || 'none', text: bytes.toString('utf8') }];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = gunzipSync(bytes);
    const kind = file.includes(`${path.sep}fragment${path.sep}`) ? 'pagefind-fragment' : `pagefind-${path.basename(path.dirname(file))}`;
    texts.push({ kind, text: inflated.toString('utf8') });
  }
  return texts;
}

/** Where a pattern occurs in the site: file names, and file contents by kind. */
function occurrences(pattern: RegExp) {
  const found: { file: string; kind: string }[] = [];
  for (const file of files(dist)) {
    if (pattern.test(file)) found.push({ file, kind: 'file name' });
    for (const { kind, text } of readable(path.join(dist, file))) if (pattern.test(text)) found.push({ file, kind });
  }
  return found;
}

function writeContent(file: string, text: string) {
  mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  writeFileSync(path.join(content, file), text);
}

let output = '';
beforeAll(async () => {
  writeContent('pages/familles.mdx', '---\ntitle: "Familles"\ndescription: "Introduction en cours."\nlang: fr\ndraft: true\n---\n\nIntroduction Ocelotbrouillon pas encore relue.\n');
  writeContent('pages/page-en-cours.mdx', '---\ntitle: "Page Tapirbrouillon"\ndescription: "Une page pas finie."\nlang: fr\ndraft: true\n---\n\nTexte pas fini.\n');
  writeContent('faq/partir-seul.mdx', `---\nquestion: "Mon enfant partira-t-il seul ?"\nsummary: "Jamais seul : un professeur accompagne toujours le groupe."\nworry: homesickness\nlang: fr\n---\n\n${publishedAnswer} : jamais seul.\n`);
  writeContent('faq/reponse-en-cours.mdx', '---\nquestion: "Question Lemurbrouillon ?"\nsummary: "Une réponse courte qui attend encore sa relecture par l’équipe."\nworry: language\nlang: fr\ndraft: true\n---\n\nRéponse pas encore validée.\n');
  await addStory('stage-sans-nom', story({ name: hidden.anonymous, consentName: 'anonymous', image: true, lang: 'en', title: 'Three weeks on a dairy farm' }));
  await addStory('sans-photo-de-moi', story({ name: hidden.noImage, consentName: 'anonymous', image: false, lang: 'fr', cover: true, title: 'Une ferme sous la pluie' }), ['ferme.jpg', 'champ.jpg']);
  await addStory('nom-complet', story({ name: shown, consentName: 'full-name', image: true, lang: 'fr', title: 'Un stage sous son nom' }));
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ESCALES_CONTENT_DIR: content, ESCALES_DIST_DIR: dist, ESCALES_CACHE_DIR: cache, ESCALES_TODAY: '2026-11-28', NO_COLOR: '1' },
  });
  output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
}, 300_000);

describe('a name the author did not agree to show', () => {
  it('the stories are published, signed "anonymous"', () => {
    const english = readFileSync(path.join(dist, 'en/stories/stage-sans-nom/index.html'), 'utf8');
    expect(english).toContain('Anonymous story');
    const french = readFileSync(path.join(dist, 'temoignages/sans-photo-de-moi/index.html'), 'utf8');
    expect(french).toContain('Témoignage anonyme');
    // Listed on the home page and the story list, where a card shows its author.
    for (const page of ['index.html', 'en/index.html', 'temoignages/index.html', 'en/stories/index.html']) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      expect(html, page).toContain('stage-sans-nom');
      expect(html, page).toContain('sans-photo-de-moi');
    }
  });

  it('is found in no file of the site, compressed search index included, nor in any file name', () => {
    expect(occurrences(hiddenWords)).toEqual([]);
  });

  it('while a name the author agreed to show is found in pages, structured data and the search index', () => {
    const kinds = new Set(occurrences(/pangolin/i).map((o) => o.kind));
    expect(kinds).toContain('.html');
    expect(kinds).toContain('pagefind-fragment');
    expect(kinds).toContain('pagefind-index');
    const page = readFileSync(path.join(dist, 'temoignages/nom-complet/index.html'), 'utf8');
    expect(page).toContain(`"name":"${shown}"`);
  });

  it('the search covers every kind of file the site publishes', () => {
    const all = files(dist);
    for (const ext of ['.html', '.xml', '.json', '.ics', '.csv', '.txt', '.jpg', '.webp', '.pf_fragment', '.pf_index']) {
      expect(all.some((f) => f.endsWith(ext)), ext).toBe(true);
    }
    expect(existsSync(path.join(dist, 'og/stage-sans-nom.jpg'))).toBe(true);
  });
});

describe('drafts of pages and FAQ answers', () => {
  it('the published FAQ answer and pages are there', () => {
    // The families' hub shows each published answer's short summary (as French pages set it: a
    // no-break space before the colon); its page has the whole answer.
    expect(readFileSync(path.join(dist, 'familles/index.html'), 'utf8')).toContain(frenchTypography('Jamais seul : un professeur accompagne toujours le groupe.'));
    expect(readFileSync(path.join(dist, 'familles/le-mal-du-pays/index.html'), 'utf8')).toContain(publishedAnswer);
    expect(existsSync(path.join(dist, 'mentions-legales/index.html'))).toBe(true);
  });

  it('are in no file of the site, and have no page', () => {
    expect(occurrences(draftWords)).toEqual([]);
    expect(existsSync(path.join(dist, 'page-en-cours'))).toBe(false);
  });
});
