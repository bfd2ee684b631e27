import { mdxToMdast } from 'satteri';
import { bodyImagesWith, dialectProblemsWith, type BodyImage, type DialectOptions, type DialectProblem } from './dialectRules.ts';

/**
 * The story dialect (rules in src/lib/dialectRules.ts) read with the MDX parser Astro uses
 * (Sätteri): `npm run validate` and the compile-time guard (src/lib/dialectGuard.ts) both call
 * `dialectProblems`, so the validator and the build refuse exactly the same bodies. The browser
 * editor applies the same rules with micromark's MDX parser (src/lib/cms/browser/parseMdx.ts).
 */
export * from './dialectRules.ts';

/** Every problem of a body, in document order. Never throws. */
export function dialectProblems(source: string, options: DialectOptions = {}): DialectProblem[] {
  return dialectProblemsWith(mdxToMdast, source, options);
}

/** The photos a body shows (for the validator's file checks and the image-consent rule). Never throws. */
export function bodyImages(source: string): BodyImage[] {
  return bodyImagesWith(mdxToMdast, source);
}
