import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../src/lib/imageFiles.ts';

// Found by a black-box test: these SVG logos passed the check and were published in every page.
const svg = (inside: string, before = '') => `${before}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inside}<rect width="10" height="10"/></svg>`;

describe('an SVG logo that points elsewhere is refused', () => {
  it.each([
    ['a stylesheet instruction', svg('', '<?xml version="1.0"?><?xml-stylesheet href="https://example.org/a.css"?>'), /xml-stylesheet/],
    ['an external DTD', svg('', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "https://example.org/svg11.dtd">'), /DOCTYPE/],
    ['url( spelled with a CSS escape', svg('<style>rect{fill:u\\72l(https://example.org/a.png)}</style>'), /barre oblique inverse/],
    ['a CSS escape in a style attribute', svg('<g style="fill:u\\72l(https://example.org/a.png)"/>'), /barre oblique inverse/],
  ])('%s', (_name, file, message) => {
    expect(svgProblem(file, 'logos/x.svg')).toMatch(message);
  });

  it('accepts a plain logo with a style', () => {
    expect(svgProblem(svg('<style>rect{fill:#123456}</style><g style="opacity:.5"/>', '<?xml version="1.0" encoding="UTF-8"?>'), 'logos/x.svg')).toBeUndefined();
  });
});
