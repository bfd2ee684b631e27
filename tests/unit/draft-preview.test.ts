import { afterEach, describe, expect, it } from 'vitest';
import { draftNotes, exclusionOf, exclusionsOf } from '../../src/lib/consent.ts';
import { draftPreview, isDraftPreview } from '../../src/lib/draftPreview.ts';

const today = new Date('2026-01-15T00:00:00Z');
const before = new Date('2025-12-31T00:00:00Z');
const after = new Date('2030-06-30T00:00:00Z');

function story(draft: boolean, publication: boolean, expires?: Date) {
  return { draft, consent: { publication, ...(expires ? { expires } : {}) } };
}

describe('exclusionOf in a build (drafts never published)', () => {
  it('publishes a story that is not a draft, with consent given and not expired', () => {
    expect(exclusionOf(story(false, true), today)).toBeNull();
    expect(exclusionOf(story(false, true, after), today, false)).toBeNull();
  });
  it('leaves out every draft, whatever its consent fields', () => {
    for (const draft of [story(true, true), story(true, false), story(true, true, before), story(true, false, before)]) {
      expect(exclusionOf(draft, today, false), JSON.stringify(draft)).not.toBeNull();
    }
  });
  it('leaves out a story without publication consent or with expired consent', () => {
    expect(exclusionOf(story(false, false), today)).toEqual({ reason: 'no-publication' });
    expect(exclusionOf(story(false, true, before), today)).toEqual({ reason: 'expired', expired: '2025-12-31' });
  });
});

describe('exclusionOf on the dev server (draft preview)', () => {
  it('shows a draft whatever its consent fields', () => {
    for (const draft of [story(true, true), story(true, false), story(true, true, before), story(true, false, before)]) {
      expect(exclusionOf(draft, today, true), JSON.stringify(draft)).toBeNull();
    }
  });
  it('still leaves out a story meant for publication whose consent is missing or expired', () => {
    expect(exclusionOf(story(false, false), today, true)).toEqual({ reason: 'no-publication' });
    expect(exclusionOf(story(false, true, before), today, true)).toEqual({ reason: 'expired', expired: '2025-12-31' });
  });
});

describe('what the draft banner says', () => {
  it('lists every reason a draft would not be published, in French', () => {
    expect(exclusionsOf(story(true, false, before), today).map((e) => e.reason)).toEqual(['no-publication', 'expired', 'draft']);
    const notes = draftNotes(story(true, false, before), today);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('autorisation de publication pas encore signée');
    expect(notes[0]).toContain('consent.publication');
    expect(notes[1]).toContain('2025-12-31');
    expect(notes[1]).toContain('consent.expires');
    expect(notes[2]).toContain('draft: false');
  });
  it('says only "draft" for a draft whose consent is in order, or a news draft', () => {
    expect(draftNotes(story(true, true, after), today)).toEqual([expect.stringContaining('draft: true')]);
    expect(draftNotes({ draft: true }, today)).toEqual([expect.stringContaining('draft: true')]);
  });
  it('has nothing to say about a published story', () => {
    expect(draftNotes(story(false, true), today)).toEqual([]);
  });
});

describe('the dev flag', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, ESCALES_DRAFT_PREVIEW: process.env.ESCALES_DRAFT_PREVIEW };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const setup = (command: string) => {
    const hook = draftPreview().hooks['astro:config:setup'] as (options: { command: string }) => void;
    hook({ command });
  };

  it('is on for `astro dev` only', () => {
    setup('dev');
    expect(isDraftPreview()).toBe(true);
    for (const command of ['build', 'preview', 'sync']) {
      setup(command);
      expect(isDraftPreview(), command).toBe(false);
    }
  });
  it('stays off in a build even when NODE_ENV=development or the variable is set by hand', () => {
    process.env.NODE_ENV = 'development';
    process.env.ESCALES_DRAFT_PREVIEW = '1';
    setup('build');
    expect(isDraftPreview()).toBe(false);
  });
  it('is off when Astro never said it runs the dev server', () => {
    delete process.env.ESCALES_DRAFT_PREVIEW;
    expect(isDraftPreview()).toBe(false);
  });
});
