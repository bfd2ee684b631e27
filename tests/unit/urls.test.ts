import { describe, expect, it } from 'vitest';
import { webUrl } from '../../src/schemas/fields.ts';
import { institutionSchema, partnerSchema, programmeSchema } from '../../src/schemas/reference.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { formatError, validateContent } from '../../src/lib/validation.ts';
import { copyFixture, edit } from './helpers.ts';

// Every web address of the content is shown as a link (footer, partners, legal notice): only
// https: and http: may reach an href. z.url() alone accepts javascript:, data:, file:…
const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/',
  'mailto:contact@example.org',
  '//example.org/',
  'www.example.org',
  'https://',
  'https://exa mple.org/',
];

const known = { tracks: [], programmes: [], worries: [], institutions: [], partners: [] };

describe('webUrl', () => {
  it('accepts https and http addresses as written', () => {
    for (const url of ['https://www.example.org/', 'http://example.fr/page?x=1#haut', 'https://www.région-centre.fr/', 'https://example.org']) {
      expect(webUrl.safeParse(url), url).toEqual({ success: true, data: url });
    }
  });

  it.each(hostile)('refuses %j in French, quoting what it received', (url) => {
    const result = webUrl.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('adresse web attendue, commençant par https://, reçu « ');
  });

  it('suggests the full address when the scheme is missing', () => {
    expect(webUrl.safeParse('www.example.org').error?.issues[0].message).toContain('écrivez https://www.example.org');
  });
});

describe('every URL field of the schemas', () => {
  const partner = { name: 'Ferme', kind: 'farm', country: 'IE', city: 'Galway' };
  const institution = { id: 'region', name: 'Région', level: 'regional' };
  const programme = { id: 'erasmus-plus', name: { fr: 'Erasmus+', en: 'Erasmus+' } };

  it('refuses javascript: in partners, institutions and programmes', () => {
    const fields: [string, () => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }][] = [
      ['partner.website', () => partnerSchema.safeParse({ ...partner, website: 'javascript:alert(1)' })],
      ['institution.website', () => institutionSchema.safeParse({ ...institution, website: 'javascript:alert(1)' })],
      ['programme.website', () => programmeSchema(known).safeParse({ ...programme, website: 'javascript:alert(1)' })],
    ];
    for (const [name, parse] of fields) {
      const result = parse();
      expect(result.success, name).toBe(false);
      // Other fields of these objects may change; the website's own issue is what this test is about.
      const issue = result.error?.issues.find((i) => i.path.join('.') === 'website');
      expect(issue?.message, name).toMatch(/^adresse web attendue, commençant par https:\/\/, reçu « javascript:alert\(1\) »/);
    }
  });

  it('names the file, line and field in the validator, for settings.yaml and a partner', async () => {
    const root = copyFixture();
    edit(root, 'settings.yaml', '  email: "lycee@example.fr"', '  email: "lycee@example.fr"\n  website: "javascript:alert(1)"');
    edit(root, 'settings.yaml', 'host: { name: "Hébergeur d\'essai",', 'host: { website: "data:text/html,x", name: "Hébergeur d\'essai",');
    edit(root, 'settings.yaml', 'siteUrl: "https://essai.example.fr"', 'siteUrl: "javascript://essai.example.fr"');
    edit(root, 'partners/teagasc-athenry.yaml', 'since: 2019', 'since: 2019\nwebsite: "javascript:alert(1)"');
    const messages = (await validateContent({ root, today: new Date('2026-01-01T00:00:00Z') })).errors.map(formatError);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/settings\.yaml, ligne 8, champ « school\.website » : adresse web attendue, commençant par https:\/\/, reçu « javascript:alert\(1\) »/),
        expect.stringMatching(/^content\/settings\.yaml, ligne \d+, champ « host\.website » : adresse web attendue.*reçu « data:text\/html,x »/),
        expect.stringMatching(/^content\/settings\.yaml, ligne \d+, champ « siteUrl » : adresse web attendue/),
        expect.stringMatching(/^content\/partners\/teagasc-athenry\.yaml, ligne 8, champ « website » : adresse web attendue.*« javascript:alert\(1\) »/),
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('leaves no z.url() in the schemas: each URL field is a webUrl', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('src/schemas').filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(`src/schemas/${file}`, 'utf8'), file).not.toMatch(/z\.url\(/);
    expect(settingsSchema.shape.siteUrl).toBe(webUrl);
  });
});
