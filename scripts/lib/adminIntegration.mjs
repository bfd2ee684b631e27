// The browser editor (/admin/) in Astro: served by the dev server for `npm run admin` (saving
// through decap-server on 127.0.0.1), written into the built site after `astro build` (the online
// editor when one is configured, otherwise a page that says how to configure it). It is never an
// Astro page: the public pages' strict Content-Security-Policy (astro.config.mjs) stays as it is,
// and the admin page carries its own (scripts/lib/admin.mjs).
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECAP_DIR, adminPage, backendFromEnv, configYaml, decapFiles, editorReferences, editorScript, previewCss, writeAdmin } from './admin.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FONT_FILES = {
  'fonts/source-sans-3.woff2': 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'fonts/fraunces-600.woff2': 'node_modules/@fontsource/fraunces/files/fraunces-latin-600-normal.woff2',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.yml': 'text/yaml; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2' };

/** The local backend: decap-server's folder is the content folder's parent (scripts/admin.mjs). */
export function localEditor(contentDir, env = process.env) {
  return {
    backend: { kind: 'local', proxyUrl: env.ESCALES_ADMIN_PROXY_URL ?? 'http://127.0.0.1:8081/api/v1' },
    contentPath: path.basename(contentDir),
  };
}

export function adminEditor() {
  const contentDir = path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
  return {
    name: 'escales-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const decap = new Set(decapFiles());
        server.middlewares.use(async (req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (pathname === '/admin') {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          if (!pathname.startsWith('/admin/')) return next();
          const name = pathname.slice('/admin/'.length) || 'index.html';
          const { backend, contentPath } = localEditor(contentDir);
          const send = (body) => {
            res.writeHead(200, { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            res.end(body);
          };
          try {
            if (name === 'index.html') return send(adminPage(backend, editorReferences(contentDir)));
            // Generated on every request: a track or partner added a minute ago is already a choice.
            if (name === 'config.yml') return send(configYaml(backend, contentDir, contentPath, `http://${req.headers.host}`));
            if (name === 'escales-admin.js') return send(await editorScript());
            if (name === 'preview.css') return send(previewCss());
            const file = decap.has(name) ? path.join(DECAP_DIR, name) : FONT_FILES[name] ? path.join(root, FONT_FILES[name]) : undefined;
            if (file && existsSync(file)) {
              // Decap's files change only with its version: the browser may keep them for the session.
              res.writeHead(200, { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
              createReadStream(file).pipe(res);
              return;
            }
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Fichier introuvable');
          } catch (error) {
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Erreur de l'éditeur : ${error instanceof Error ? error.message : error}`);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const backend = backendFromEnv();
        const files = await writeAdmin(fileURLToPath(dir), {
          backend,
          contentDir,
          contentPath: path.relative(root, contentDir).split(path.sep).join('/') || 'content',
          siteUrl: undefined,
        });
        logger.info(backend ? `éditeur en ligne (/admin/) : ${files.length} fichiers, dépôt ${backend.repo ?? 'local'}` : 'éditeur en ligne non configuré : /admin/ explique comment le relier au dépôt (docs/deploy.md)');
      },
    },
  };
}
