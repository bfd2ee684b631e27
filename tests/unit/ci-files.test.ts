import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The pipelines cannot run here (no GitLab, no GitHub): what can be checked is that they parse,
// run the README's commands in the safe order, deploy only from the main branch and only after every
// check, and keep the cache folder the build really uses.

const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8'));
const github = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const readme = readFileSync('README.md', 'utf8');
const SAFE_ORDER = ['npm ci', 'npm run validate', 'npm run build', 'npm run check:site'];

/** The npm commands of a list of shell lines, in order. */
const npmCommands = (lines: string[]) => lines.flatMap((line) => line.match(/npm (?:ci|run [\w:-]+)/g) ?? []);

describe('.gitlab-ci.yml', () => {
  const pages = gitlab.pages;

  it('installs, validates, builds and checks the site before publishing it, with the README’s commands', () => {
    expect(npmCommands([...gitlab.before_script, ...pages.script])).toEqual(SAFE_ORDER);
    for (const command of SAFE_ORDER.slice(1)) expect(scripts[command.replace('npm run ', '')], command).toBeDefined();
    for (const command of ['npm ci', 'npm run validate', 'npm run build', 'npm run check:site']) expect(readme).toContain(command);
    // GitLab Pages publishes the job's « public » artifact: the built site, moved there last.
    expect(pages.script.at(-1)).toBe('rm -rf public && mv dist public');
    expect(pages.artifacts.paths).toEqual(['public']);
  });

  it('deploys from the main branch only; a merge request (a story to review) is checked, never deployed', () => {
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(gitlab.verifier.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(gitlab.verifier.artifacts).toBeUndefined();
    expect(npmCommands(gitlab.verifier.script)).toEqual(SAFE_ORDER.slice(1));
  });

  it('keeps the build cache between runs, outside node_modules, where the build looks for it', () => {
    const cacheDir = gitlab.variables.ESCALES_CACHE_DIR;
    expect(cacheDir).toBe('.escales-cache');
    expect(gitlab.cache.paths).toContain(`${cacheDir}/`);
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain("cacheDir: process.env.ESCALES_CACHE_DIR ?? './node_modules/.astro'");
    expect(readFileSync('scripts/build.mjs', 'utf8')).toContain("process.env.ESCALES_CACHE_DIR ?? 'node_modules/.astro'");
    expect(readFileSync('.gitignore', 'utf8')).toMatch(/^\.escales-cache\/$/m);
  });
});

describe('.github/workflows/deploy.yml', () => {
  it('runs the same commands in the same order, then uploads dist/', () => {
    const steps = github.jobs.build.steps as { run?: string; uses?: string; with?: Record<string, unknown> }[];
    expect(npmCommands(steps.flatMap((s) => (s.run ? [s.run] : [])))).toEqual(SAFE_ORDER);
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    const check = steps.findIndex((s) => s.run === 'npm run check:site');
    expect(upload).toBeGreaterThan(check);
    expect(steps[upload].with).toEqual({ path: 'dist' });
  });

  it('deploys from main only, after the build job, and keeps the cache the build uses', () => {
    expect(github.on.push.branches).toEqual(['main']);
    expect(github.jobs.deploy.needs).toBe('build');
    const cache = github.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/cache'));
    expect(cache.with.path).toBe(github.jobs.build.env.ESCALES_CACHE_DIR);
    expect(github.jobs.build.env.ESCALES_CACHE_DIR).toBe(gitlab.variables.ESCALES_CACHE_DIR);
  });
});
