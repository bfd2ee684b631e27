import { describe, expect, it } from 'vitest';
import { bodyImages, dialectProblems, isCommentOnly, linkProblem, localImagePath } from '../../src/lib/storyDialect.ts';

const problemsOf = (body: string, options = {}) => dialectProblems(body, options).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('the story dialect', () => {
  it('accepts ordinary Markdown, the allowed tags, comments for the team and site links', () => {
    const body = [
      '## Avant de partir',
      '',
      "J'avais *peur* : il faisait moins de 5 °C, a < b, 3 > 2, et l'accolade \\{ s'écrit ainsi.",
      '',
      '{/* Note pour l’équipe : à relire */}',
      '',
      'Le <abbr title="brevet de technicien supérieur agricole">BTSA</abbr>, <span lang="en">farm manager</span>, 1<sup>er</sup>, H<sub>2</sub>O,<br />fin.',
      '',
      '- [la FAQ](/familles/) · [plus bas](#conseils) · [Teagasc](https://www.teagasc.ie/) · [écrire](mailto:international@lycee.fr) · [appeler](tel:+33240000000)',
      '',
      '| pays | jours |',
      '| --- | --- |',
      '| Irlande | 21 |',
      '',
      '![Les vaches au pré](./vaches.jpg) ![La salle de traite](<./IMG_2034 (1).jpg>) ![Le village](photos/village.jpg)',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it.each([
    ['an import', 'import { execSync } from "node:child_process"', /import/],
    ['an export', 'export const x = 1', /export/],
    ['an expression', 'Voici {process.env.HOME}', /accolades/],
    ['process.exit', '{process.exit(0)}', /accolades/],
    ['a comment hiding code', '{/* a */ process.exit(1) /* b */}', /accolades/],
    ['a script', '<script>alert(1)</script>', /<script>/],
    ['a style', '<style>body</style>', /<style>/],
    ['an iframe', '<iframe src="https://example.org/" />', /<iframe>/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/" />', /<meta>/],
    ['a link tag', '<link rel="stylesheet" href="https://example.org/x.css" />', /<link>/],
    ['a base tag', '<base href="https://example.org/" />', /<base>/],
    ['an object', '<object data="x.swf" />', /<object>/],
    ['an embed', '<embed src="x" />', /<embed>/],
    ['a form', '<form action="https://example.org/"><input /></form>', /<form>/],
    ['an img with onerror', '<img src="x" onerror="alert(1)" />', /<img>/],
    ['an event handler on an allowed tag', '<span onclick="alert(1)">x</span>', /onclick/],
    ['an expression attribute', '<span lang={x}>x</span>', /guillemets/],
    ['a spread attribute', '<span {...x}>x</span>', /accolades/],
    ['a component', '<Carte />', /composant/],
    ['a member component', '<a.b />', /composant/],
    ['a fragment', '<>x</>', /<>/],
    ['a javascript: link', '[clic](javascript:alert(1))', /javascript/],
    ['a javascript: link with a tab', '[clic](<java\tscript:alert(1)>)', /refusé/],
    ['a JAVASCRIPT: link', '[clic](JAVASCRIPT:alert(1))', /refusé/],
    ['a data: link', '[clic](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
    ['a javascript: link definition', '[clic][x]\n\n[x]: javascript:alert(1)', /javascript/],
    ['a protocol-relative link', '[clic](//example.org/)', /https:\/\//],
    ['a relative link', '[clic](autre-page)', /commençant par \//],
    ['a remote image', '![x](https://example.org/pixel.png)', /autre site/],
    ['an image outside the folder', '![x](../../../../etc/passwd)', /dossier du texte/],
    ['an absolute image', '![x](/etc/hosts)', /dossier du texte/],
    ['an image with a query', '![x](./photo.jpg?raw)', /dossier du texte/],
    ['an image reference', '![x][p]\n\n[p]: ./photo.jpg', /référence/],
    ['a lang that is not a language', '<span lang="x y">t</span>', /lang/],
    ['a br with text', '<br>x</br>', /<br \/>/],
  ])('refuses %s, naming where and what to write instead', (_name, body, message) => {
    const problems = dialectProblems(body);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it.each([
    ['a lone < before a digit', 'il faisait <5°C', /&lt;/],
    ['an HTML comment', 'texte <!-- note --> fin', /commentaire HTML/],
    ['<br> without the slash', 'ligne<br>suite', /<br \/>/],
    ['an unclosed tag', '<sup>1 et la suite', /jamais fermée/],
    ['a stray closing tag', 'fin </span>', /fermante/],
    ['a brace that is not code', 'un {super} stage', /\\\{/],
    ['an unclosed brace', 'un { seul', /\\\{/],
  ])('explains a syntax error in French: %s', (_name, body, message) => {
    const [problem] = dialectProblems(body);
    expect(problem.message).toMatch(message);
    expect(problem.message).not.toMatch(/Unexpected|Expected|mdx-jsx/);
    expect(problem.line).toBe(1);
  });

  it('gives lines and columns of the file', () => {
    const [problem] = dialectProblems('Titre\n\nDeux <script>x</script>');
    expect([problem.line, problem.column]).toEqual([3, 6]);
    const [syntax] = dialectProblems('a\n\nb\n\nil faisait <5°C');
    expect([syntax.line, syntax.column]).toEqual([5, 12]);
  });

  it('puts every photo of the text under image consent', () => {
    const body = '![Inès sourit](./IMG_1.jpg)\n\n![L’oliveraie](./oliveraie.jpg)';
    expect(dialectProblems(body, { imageConsent: true })).toEqual([]);
    const refused = dialectProblems(body, { imageConsent: false });
    expect(refused.map((p) => p.line)).toEqual([1, 3]);
    expect(refused[0].message).toMatch(/consent\.image.*textPhotosWithoutAuthor/);
    const declared = dialectProblems(body, { imageConsent: false, textPhotosWithoutAuthor: ['oliveraie.jpg'] });
    expect(declared.map((p) => p.line)).toEqual([1]);
    expect(dialectProblems(body, { imageConsent: false, textPhotosWithoutAuthor: ['./IMG_1.jpg', './oliveraie.jpg'] })).toEqual([]);
  });
});

describe('dialect helpers', () => {
  it('accepts only web, mail and phone links and site paths', () => {
    for (const ok of ['https://a.fr/', 'http://a.fr', 'mailto:a@b.fr', 'tel:+33102030405', '/familles/', '#faq', 'HTTPS://A.FR']) expect(linkProblem(ok), ok).toBeUndefined();
    for (const bad of ['javascript:alert(1)', ' javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', 'page']) expect(linkProblem(bad), bad).toBeDefined();
  });

  it('keeps image paths inside the text folder', () => {
    expect(localImagePath('./a.jpg')).toBe('a.jpg');
    expect(localImagePath('photos/./b.jpg')).toBe('photos/b.jpg');
    expect(localImagePath("l'étable (1).JPG")).toBe("l'étable (1).JPG");
    for (const bad of ['../a.jpg', 'photos/../../a.jpg', '/a.jpg', 'https://x/a.jpg', 'a.jpg?raw', 'a\\b.jpg', '']) expect(localImagePath(bad), bad).toBeUndefined();
  });

  it('recognises a comment-only expression and nothing more', () => {
    expect(isCommentOnly('/* note */')).toBe(true);
    expect(isCommentOnly(' /* a\n b */ ')).toBe(true);
    expect(isCommentOnly('/* a */ x /* b */')).toBe(false);
    expect(isCommentOnly('x')).toBe(false);
  });

  it('lists the photos of a body with their positions', () => {
    expect(bodyImages('a\n\n![x](<./IMG 1.jpg>) et ![y](../z.jpg)')).toEqual([
      { url: './IMG 1.jpg', path: 'IMG 1.jpg', line: 3, column: 1 },
      { url: '../z.jpg', path: undefined, line: 3, column: 24 },
    ]);
  });
});

describe('invisible characters in a body', () => {
  it('are refused with their code, line and column', () => {
    const [problem] = dialectProblems('Bonjour\n\nLa fe\u0007rme');
    expect(problem).toMatchObject({ line: 3, column: 6 });
    expect(problem.message).toMatch(/U\+0007/);
    expect(dialectProblems('tab\tet fin\r\n')).toEqual([]);
  });
});
