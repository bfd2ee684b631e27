import { describe, expect, it, vi } from 'vitest';
import { renderGuarded } from '../../src/data/keyedPage.ts';
import { keyOfProps } from '../../src/data/pageKeys.ts';
import { getPublishedStories, type Story } from '../../src/data/stories.ts';

// src/data/stories.ts reads the collection through astro:content, which only exists in a build.
vi.mock('astro:content', () => ({ getCollection: vi.fn(async () => []), getEntry: vi.fn() }));

/** A story entry as the content layer gives it (only what a key reads). */
function story(id: string, { title = 'Un stage', body = 'Texte.', cover = 'cover.aaaa.jpg' } = {}): Story {
  const image = { fsPath: `/content/${id}/cover.jpg`, clone: { src: `/_astro/${cover}`, width: 2400, height: 1600, format: 'jpg' } };
  return { id, collection: 'testimonies', digest: `${id}-${title}-${body}`, body, data: { title, cover: image } } as unknown as Story;
}

/** A card of another story, as a story page's `related` carries it. */
const card = (id: string, title: string) => ({ id, title, country: 'Irlande', cover: { fsPath: `/content/${id}/cover.jpg`, clone: { src: `/_astro/${id}.jpg` } } });

describe('keyOfProps: a page key follows what the page is given', () => {
  it('gives the same key for the same props, even as different objects', () => {
    const a = keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B')] });
    const b = keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B')] });
    expect(a).toBe(b);
  });

  it('changes with the page’s story: its text, its front matter, its photo', () => {
    const base = keyOfProps('kiosk-story', 'fr', { story: story('a') });
    expect(keyOfProps('kiosk-story', 'fr', { story: story('a', { body: 'Autre texte.' }) })).not.toBe(base);
    expect(keyOfProps('kiosk-story', 'fr', { story: story('a', { title: 'Autre titre' }) })).not.toBe(base);
    expect(keyOfProps('kiosk-story', 'fr', { story: story('a', { cover: 'cover.bbbb.jpg' }) })).not.toBe(base);
  });

  it('changes when what the page shows of other stories changes, is added or removed', () => {
    const base = keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B'), card('c', 'C')] });
    expect(keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B'), card('c', 'C modifié')] })).not.toBe(base);
    expect(keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B')] })).not.toBe(base);
    expect(keyOfProps('story', 'fr', { story: story('a'), related: [card('b', 'B'), card('c', 'C')], more: [card('d', 'D')] })).not.toBe(base);
  });

  it('tells apart the pages of a list, and a shared listing changed between two builds', () => {
    const listed = [card('a', 'A'), card('b', 'B')];
    const first = keyOfProps('list', 'fr', { page: 2, listed, perPage: 8 });
    expect(keyOfProps('list', 'fr', { page: 3, listed, perPage: 8 })).not.toBe(first);
    expect(keyOfProps('list', 'fr', { page: 2, listed, perPage: 48 })).not.toBe(first);
    expect(keyOfProps('list', 'fr', { page: 2, listed: [card('a', 'A'), card('b', 'B modifié')], perPage: 8 })).not.toBe(first);
    expect(keyOfProps('list', 'fr', { page: 2, listed: [card('a', 'A'), card('b', 'B')], perPage: 8 })).toBe(first);
  });

  it('changes with the kind of page and its language', () => {
    const props = () => ({ story: story('a') });
    expect(keyOfProps('story', 'fr', props())).not.toBe(keyOfProps('story', 'en', props()));
    expect(keyOfProps('kiosk-story', 'fr', props())).not.toBe(keyOfProps('og-card', 'fr', props()));
  });
});

describe('a keyed page cannot read the stories outside its props', () => {
  it('stops the build, in French, naming the page, when a keyed page reads the stories', async () => {
    const props = { story: story('a') };
    keyOfProps('story', 'fr', props);
    const reading = renderGuarded(props, '/temoignages/[id] (/temoignages/a/)', async () => {
      await Promise.resolve(); // still the same page after an await
      return getPublishedStories();
    });
    await expect(reading).rejects.toThrow(/La page \/temoignages\/\[id\] \(\/temoignages\/a\/\).*getPublishedStories\(\).*passer par les props/);
  });

  it('lets a page without a key read them, and a keyed page render what it was given', async () => {
    await expect(renderGuarded({ page: 1 }, '/temoignages/', () => getPublishedStories())).resolves.toEqual([]);
    await expect(renderGuarded(undefined, '/og/a.jpg', () => getPublishedStories())).resolves.toEqual([]);
    const props = { story: story('a') };
    keyOfProps('kiosk-story', 'fr', props);
    await expect(renderGuarded(props, '/kiosque/a/', async () => props.story.id)).resolves.toBe('a');
    // Outside any page (getStaticPaths), reading is allowed.
    await expect(getPublishedStories()).resolves.toEqual([]);
  });
});
