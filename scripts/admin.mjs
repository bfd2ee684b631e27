// npm run admin: the browser editor on this computer. Starts Astro's dev server (drafts are shown)
// and decap-server (which writes the files of content/), both on 127.0.0.1 only, prints the
// editor's address, and stops both with Ctrl+C.
//   ESCALES_CONTENT_DIR   another content folder (tests use a copy)
//   ESCALES_ADMIN_PORT    the site's port (4321 by default, or the next free one)
//   ESCALES_ADMIN_SERVER_PORT  decap-server's port (8081 by default, or the next free one)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const contentDir = path.resolve(process.env.ESCALES_CONTENT_DIR ?? path.join(root, 'content'));
if (!existsSync(path.join(contentDir, 'settings.yaml'))) {
  console.error(`✘ Pas de dossier de contenu dans ${contentDir} (settings.yaml introuvable).`);
  process.exit(1);
}

/** The first free port from `start` on 127.0.0.1. */
async function freePort(start) {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`aucun port libre à partir de ${start}`);
}

const sitePort = await freePort(Number(process.env.ESCALES_ADMIN_PORT ?? 4321));
const serverPort = await freePort(Number(process.env.ESCALES_ADMIN_SERVER_PORT ?? 8081));
const proxyUrl = `http://127.0.0.1:${serverPort}/api/v1`;
const children = [];

function start(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stopped with everything it started
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✘ ${name} s'est arrêté (${signal ?? `code ${code}`}) : l'éditeur ne peut plus enregistrer. Relancez npm run admin.`);
      stop(1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 300).unref();
  Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode ? null : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// decap-server: its folder is the content folder's parent; the editor writes under <folder>/content/.
const decap = start('decap-server', [path.join(root, 'node_modules/decap-server/dist/index.js')], {
  PORT: String(serverPort),
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: path.dirname(contentDir),
  LOG_LEVEL: 'warn',
  ORIGIN: `http://127.0.0.1:${sitePort}`,
});
decap.stderr.on('data', (chunk) => process.stderr.write(`[decap-server] ${chunk}`));
decap.stdout.on('data', (chunk) => {
  if (/error/i.test(String(chunk))) process.stderr.write(`[decap-server] ${chunk}`);
});

const astro = start('astro dev', [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort), '--ignore-lock'], {
  ESCALES_CONTENT_DIR: contentDir,
  ESCALES_ADMIN_PROXY_URL: proxyUrl,
});
astro.stdout.on('data', (chunk) => {
  if (process.env.ESCALES_ADMIN_VERBOSE) process.stdout.write(chunk);
});
astro.stderr.on('data', (chunk) => process.stderr.write(chunk));

// Ready when the editor's page answers.
const site = `http://127.0.0.1:${sitePort}`;
const deadline = Date.now() + 120_000;
for (;;) {
  try {
    const response = await fetch(`${site}/admin/`);
    if (response.ok) break;
  } catch {
    // not yet
  }
  if (stopping) await new Promise(() => {});
  if (Date.now() > deadline) {
    console.error('✘ Le serveur du site ne répond pas après deux minutes.');
    stop(1);
    await new Promise(() => {});
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
console.log(`
✔ L'éditeur est prêt : ${site}/admin/
  Le site, brouillons compris : ${site}/
  Les fichiers sont enregistrés dans ${contentDir}
  Ctrl+C pour arrêter.
`);
