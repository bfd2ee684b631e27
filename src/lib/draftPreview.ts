import type { AstroIntegration } from 'astro';

// Drafts are previewed on `astro dev` (npm run dev) and never built. The switch is the command
// Astro runs, not import.meta.env.DEV: `NODE_ENV=development astro build` or `astro build
// --devOutput` make DEV true, and must not publish a draft whose form is not signed.
const VARIABLE = 'ESCALES_DRAFT_PREVIEW';

/**
 * The integration (astro.config.mjs) that records whether Astro runs the dev server. It always
 * writes the variable, so a value set by hand before a build is overwritten.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'escales:draft-preview',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env[VARIABLE] = command === 'dev' ? '1' : '0';
      },
    },
  };
}

/** True on the dev server only: drafts are listed and shown, with their banner. */
export function isDraftPreview(): boolean {
  return process.env[VARIABLE] === '1';
}
