import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssToken } from '../../src/lib/cssTokens.ts';

describe('cssToken', () => {
  const css = ':root {\n  --color-primary: #1b5e43;\n  --color-primary-soft: #e3efe8;\n  --shadow: 0 1px 2px rgb(0 0 0 / 0.1);\n}';

  it('reads a declared value, not a longer name that starts the same', () => {
    expect(cssToken(css, '--color-primary')).toBe('#1b5e43');
    expect(cssToken(css, '--color-primary-soft')).toBe('#e3efe8');
    expect(cssToken(css, '--shadow')).toBe('0 1px 2px rgb(0 0 0 / 0.1)');
  });

  it('refuses a property the sheet does not declare', () => {
    expect(() => cssToken(css, '--color-accent')).toThrow(/--color-accent/);
  });

  it('finds the colours the manifest and the favicon use in the real tokens', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    expect(cssToken(tokens, '--color-primary')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(cssToken(tokens, '--color-bg')).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('the visual system', () => {
  const sheets = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|css)$/.test(entry.name) && entry.name !== 'tokens.css')
    .map((entry) => path.join(entry.parentPath, entry.name));

  it('keeps every colour in src/styles/tokens.css: no raw hex colour or rgb() triple in a component or sheet', () => {
    expect(sheets.length).toBeGreaterThan(50);
    const raw = sheets.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/#[0-9a-f]{3,8}\b(?![^<]*>)|rgba?\(\s*\d+[\s,]+\d+[\s,]+\d+/gi)]
        .filter((match) => !/^#\d{3,4}$/.test(match[0])) // &#8239; and other character references
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(raw).toEqual([]);
  });
});
