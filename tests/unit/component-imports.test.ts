import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Page parts depend on nothing page-sized: a layout (head, header, footer) wraps a view
// (src/views/), never a component of src/components/.
const components = readdirSync('src/components', { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name));

describe('src/components/', () => {
  it('finds the components it checks', () => {
    expect(components).toContain(path.join('src/components/results/KeyFigure.astro'));
  });

  it('imports nothing from src/layouts/ nor src/views/', () => {
    const importers = components.filter((file) => /from\s+['"][./]*\/(layouts|views)\//.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
  });
});
