import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, serveDir } from '../../scripts/lib/serve.mjs';
import { tempDir } from '../helpers/tempDir.ts';

// The local server (npm run lighthouse, npm run kiosk, the PDF report) behaves as the static host of
// docs/deploy.md: text gzipped when the browser accepts it, photos as they are, the 404 page.
type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveDir', () => {
  const page = `<!doctype html><title>Escales</title>${'<p>Témoignage</p>'.repeat(200)}`;
  let server: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    const dir = tempDir('escales-serve-');
    mkdirSync(path.join(dir, 'temoignages'));
    writeFileSync(path.join(dir, 'temoignages', 'index.html'), page);
    writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Page introuvable</title>');
    writeFileSync(path.join(dir, 'photo.webp'), Buffer.from([1, 2, 3, 4]));
    server = await serveDir(dir);
  });
  afterAll(() => server.close());

  it('sends pages gzipped to a browser that accepts it, and plain to one that does not', async () => {
    const zipped = await get(`${server.origin}/temoignages/`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get(`${server.origin}/temoignages/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('sends photos as they are, and the 404 page with status 404', async () => {
    const photo = await get(`${server.origin}/photo.webp`, { 'Accept-Encoding': 'gzip' });
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect([...photo.body]).toEqual([1, 2, 3, 4]);
    const missing = await get(`${server.origin}/nulle-part/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Page introuvable');
  });
});

/** A request with its path sent exactly as written (no URL normalisation by the client). */
function raw(origin: string, requestPath: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`GET ${requestPath} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
  });
}

// The server of the kiosk runs all day in a public hall (issue 11): what it must refuse.
describe('serveDir, safe for a public hall', () => {
  const parent = tempDir('escales-serve-safe-');
  const site = path.join(parent, 'dist');
  let server: { origin: string; address: { address: string }; close: () => Promise<void> };
  beforeAll(async () => {
    mkdirSync(path.join(site, '_astro'), { recursive: true });
    mkdirSync(path.join(site, 'en'), { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Accueil</title>');
    writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Page introuvable</title>');
    writeFileSync(path.join(site, '_astro', 'Base.abc.css'), 'body{margin:0}');
    writeFileSync(path.join(site, '_headers'), readFileSync('public/_headers', 'utf8'));
    // A sibling folder whose name starts like the site's, and a secret outside both.
    mkdirSync(path.join(parent, 'dist-secret'));
    writeFileSync(path.join(parent, 'dist-secret', 'secret.txt'), 'SECRET-SIBLING');
    writeFileSync(path.join(parent, 'secret.txt'), 'SECRET-PARENT');
    // Symlinks inside the site: to a file and a folder outside it, and to a file inside it.
    symlinkSync(path.join(parent, 'secret.txt'), path.join(site, 'lien.txt'));
    symlinkSync(path.join(parent, 'dist-secret'), path.join(site, 'dossier'));
    symlinkSync(path.join(site, '_astro', 'Base.abc.css'), path.join(site, 'interne.css'));
    server = await serveDir(site);
  });
  afterAll(() => server.close());

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH', 'OPTIONS'])('answers %s with 405 and the allowed methods', async (method) => {
    const reply = await get(`${server.origin}/`, {}, method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(reply.body.toString()).not.toContain('Accueil');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const reply = await get(`${server.origin}/`, {}, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(reply.headers['content-length'])).toBeGreaterThan(0);
    expect(reply.body.length).toBe(0);
  });

  it.each([
    '/..%2fdist-secret%2fsecret.txt',
    '/../dist-secret/secret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/..%2fsecret.txt',
    '/_astro/..%2f..%2f..%2fsecret.txt',
  ])('serves nothing outside the folder: %s', async (requestPath) => {
    const reply = await raw(server.origin, requestPath);
    expect([400, 403, 404]).toContain(reply.status);
    expect(reply.text).not.toContain('SECRET');
  });

  it('follows no symlink out of the folder, and still serves one that stays inside', async () => {
    for (const requestPath of ['/lien.txt', '/dossier/secret.txt', '/dossier/']) {
      const reply = await get(`${server.origin}${requestPath}`);
      expect(reply.status, requestPath).toBe(404);
      expect(reply.body.toString()).not.toContain('SECRET');
    }
    expect((await get(`${server.origin}/interne.css`)).body.toString()).toBe('body{margin:0}');
  });

  it('refuses a NUL byte and a malformed escape', async () => {
    expect((await raw(server.origin, '/index.html%00.css')).status).toBe(400);
    expect((await raw(server.origin, '/%E0%A4%A')).status).toBe(400);
  });

  it('sends the headers of _headers with every response, pages, assets and the 404 page', async () => {
    for (const requestPath of ['/', '/_astro/Base.abc.css', '/nulle-part/']) {
      const reply = await get(`${server.origin}${requestPath}`);
      expect(reply.headers['x-frame-options'], requestPath).toBe('DENY');
      expect(reply.headers['content-security-policy'], requestPath).toBe("frame-ancestors 'none'");
      expect(reply.headers['x-content-type-options'], requestPath).toBe('nosniff');
      expect(reply.headers['referrer-policy'], requestPath).toBe('strict-origin-when-cross-origin');
    }
    expect((await get(`${server.origin}/_astro/Base.abc.css`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(`${server.origin}/`)).headers['cache-control']).toBe('no-cache');
  });

  it('does not serve _headers itself', async () => {
    const reply = await get(`${server.origin}/_headers`);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('X-Frame-Options');
  });

  it('listens on 127.0.0.1 only, unless told otherwise', () => {
    expect(server.address.address).toBe('127.0.0.1');
  });
});

describe('the _headers file (Netlify and Cloudflare Pages format)', () => {
  it('gives the project’s headers for each kind of path, from public/_headers alone', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const page = headersFor(rules, '/temoignages/lea/');
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Permissions-Policy']).toContain('geolocation=()');
    expect(page['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(headersFor(rules, '/pagefind/index/fr_abc.pf_index')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    // `:file` is one path segment: a deeper path is not an entry file.
    expect(headersFor(rules, '/pagefind/fragment/fr_1.pf_fragment')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
});
