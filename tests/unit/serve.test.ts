import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/lib/serve.mjs';

// The local server (npm run lighthouse, npm run kiosk, the PDF report) behaves as the static host of
// docs/deploy.md: text gzipped when the browser accepts it, photos as they are, the 404 page.
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
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
    const dir = mkdtempSync(path.join(tmpdir(), 'escales-serve-'));
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
