// Routes and layouts render entries they got from src/data/ (the published ones) and import
// nothing from astro:content themselves: tests/unit/content-gate.test.ts keeps it so.
export { render } from 'astro:content';
