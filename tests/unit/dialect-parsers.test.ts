import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/cms/browser/parseMdx.ts';
import { dialectProblemsWith } from '../../src/lib/dialectRules.ts';
import { dialectProblems } from '../../src/lib/storyDialect.ts';
import { STORY, hostileBodies, carelessBodies } from '../fixtures/bad-inputs.ts';
import { fixtureContent } from './helpers.ts';
import { tempDir } from '../helpers/tempDir.ts';

// The browser editor checks bodies with micromark's MDX parser (Sätteri is native); the rules are
// the same module. These tests hold the two parsers to the same verdict, word for word.

const browser = (source: string, options = {}) => dialectProblemsWith(parseMdx, source, options);

/**
 * The same problems: same lines and French messages; the column too, except for a syntax error,
 * where the two parsers stop one or a few characters apart (at the « < » or after it).
 */
function expectSameVerdict(body: string, options = {}) {
  const expected = dialectProblems(body, options);
  const actual = browser(body, options);
  const syntax = (p: { message: string }) => /^(signe « < »|balise « <[^>]*> » ouverte|saut de ligne|balise fermante|syntaxe non reconnue|accolade « { »)/.test(p.message);
  const comparable = (list: typeof expected) => list.map((p) => (syntax(p) ? { line: p.line, message: p.message } : p));
  expect(comparable(actual)).toEqual(comparable(expected));
  return expected;
}

/** Bodies as the hostile-content suite writes them, read back from a scratch story file. */
function hostileSources(): { name: string; body: string }[] {
  return [...hostileBodies, ...carelessBodies].flatMap((input) => {
    const content = path.join(tempDir('escales-parsers-'), 'content');
    mkdirSync(path.dirname(path.join(content, STORY)), { recursive: true });
    writeFileSync(path.join(content, STORY), readFileSync(path.join(fixtureContent, STORY)));
    try {
      const applied = input.apply(content);
      if (applied instanceof Promise) return [];
    } catch {
      return []; // an input that breaks another file than the story: not a body
    }
    const text = readFileSync(path.join(content, STORY), 'utf8');
    return [{ name: input.name, body: text.replace(/^---\n[\s\S]*?\n---\n/, '') }];
  });
}

function contentBodies(dir: string): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.mdx')) out.push({ name: path.relative(dir, full), body: readFileSync(full, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') });
    }
  };
  walk(dir);
  return out;
}

describe('story dialect: the browser parser gives the same verdict as Sätteri', () => {
  const hostile = hostileSources();

  it('reads the hostile-content suite', () => {
    expect(hostile.length).toBeGreaterThan(15);
  });

  it.each(hostile)('$name', ({ body }) => {
    // A refusal that is not the body's (an MDX `layout` in the header) is the schema's job.
    expectSameVerdict(body);
  });

  it('refuses most of the hostile bodies', () => {
    expect(hostile.filter(({ body }) => browser(body).length > 0).length).toBeGreaterThan(15);
  });

  it('accepts every body of the sample content, as Sätteri does', () => {
    const bodies = contentBodies(path.resolve('content'));
    expect(bodies.length).toBeGreaterThan(20);
    for (const { name, body } of bodies) expect({ name, problems: browser(body) }).toEqual({ name, problems: dialectProblems(body) });
  });

  it.each([
    ['an expression', 'Il fait {20} degrés'],
    ['a raw HTML comment', 'Avant\n\n<!-- note -->\n\nAprès'],
    ['a less-than sign before a number', 'Il faisait <5 °C'],
    ['a javascript: link', '[ici](javascript:alert(1))'],
    ['a photo from another site', '![vue](https://exemple.fr/vue.jpg)'],
    ['an unclosed tag', 'Un <abbr title="x">sigle sans fin'],
  ])('%s: same line and French message', (_name, body) => {
    expect(expectSameVerdict(body).length).toBeGreaterThan(0);
  });

  it('applies image consent the same way', () => {
    const body = 'Texte\n\n![vue](./oliveraie.jpg)\n\n![moi](moi.jpg)';
    const options = { imageConsent: false, textPhotosWithoutAuthor: ['oliveraie.jpg'] };
    expect(expectSameVerdict(body, options)).toHaveLength(1);
  });
});
