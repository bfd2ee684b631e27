// Checks a built site: no image metadata, no original upload, no third-party resource, only the
// published contact addresses, valid HTML, no broken internal link. `npm test` runs it on dist/.
//   node scripts/check-site.mjs [site-folder] [--only symlinks,metadata,originals,third-party,emails,inline-images,active-content,typography,html,links]
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { checkActiveContent, checkInlineImageMetadata } from './lib/activeContent.mjs';
import { checkEmails, checkFrenchTypography, checkHtml, checkImageMetadata, checkLinks, checkNoOriginals, checkNoSymlinks, checkThirdParty, siteExists } from './lib/siteChecks.mjs';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args.splice(onlyIndex, 2)[1].split(',') : null;
const site = path.resolve(args[0] ?? 'dist');
const contentDir = path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
if (!siteExists(site)) {
  console.error(`✘ ${site} n'est pas un site construit (pas d'index.html). Lancez d'abord npm run build.`);
  process.exit(1);
}

const settings = parse(readFileSync(path.join(contentDir, 'settings.yaml'), 'utf8'));
const publishedEmails = [settings.school?.email, settings.dataProtectionOfficer?.email, ...(settings.contacts ?? []).map((c) => c.email)].filter(Boolean);

const checks = {
  symlinks: ['no symbolic link in public/ or the built site', () => [...checkNoSymlinks(path.resolve('public'), 'public'), ...checkNoSymlinks(site, path.basename(site))]],
  metadata: ['published images carry no EXIF/GPS/XMP/IPTC', () => checkImageMetadata(site)],
  originals: ['no original upload is published', () => checkNoOriginals(site, contentDir)],
  'third-party': ['no resource from another origin, no cookie code', () => checkThirdParty(site)],
  emails: ['only the published contact addresses', () => checkEmails(site, publishedEmails)],
  'inline-images': ['images written into pages (logos) carry no EXIF/GPS/XMP/IPTC', () => checkInlineImageMetadata(site)],
  'active-content': ['no script-like markup: no iframe/object/embed/base, meta refresh, event handler or javascript: URL', () => checkActiveContent(site)],
  typography: ['French pages: no-break spaces before ? ! : ; », after «, before separators', () => {
    const problems = checkFrenchTypography(site);
    return problems.checked === 0 ? [...problems, 'no French page found: the typography check did not run'] : problems;
  }],
  html: ['html-validate: every page valid', () => checkHtml(site)],
  links: ['every internal link, anchor and image resolves', async () => {
    const { problems, scanned } = await checkLinks(site);
    return scanned < 10 ? [...problems, `only ${scanned} links scanned: the link check did not run`] : Object.assign(problems, { scanned });
  }],
};

let failed = 0;
for (const [name, [label, run]] of Object.entries(checks)) {
  if (only && !only.includes(name)) continue;
  const started = performance.now();
  const problems = await run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const extra = problems.scanned ? `, ${problems.scanned} links scanned` : '';
  if (problems.length === 0) console.log(`✔ ${label} (${seconds} s${extra})`);
  else {
    failed++;
    console.error(`✘ ${label}: ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 50)) console.error(`   ${p}`);
    if (problems.length > 50) console.error(`   … and ${problems.length - 50} more`);
  }
}
process.exit(failed ? 1 : 0);
