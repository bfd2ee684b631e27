// npm run kiosk: the open-day kiosk, offline, in one command.
//   1. builds the site (npm run build) if dist/ is missing or older than content/;
//   2. serves dist/ on http://127.0.0.1:PORT/ with the project's small static server (scripts/lib/serve.mjs);
//   3. prints the Chromium command line that opens /kiosque/ full screen.
// Options: --port 4500 (or PORT=4500), --build (rebuild even if dist/ looks fresh).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './lib/chromium.mjs';
import { serveDir } from './lib/serve.mjs';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const dist = path.resolve(process.env.ESCALES_DIST_DIR ?? 'dist');
const content = path.resolve(process.env.ESCALES_CONTENT_DIR ?? 'content');
const firstPort = Number(option('--port') ?? process.env.PORT ?? 4500);
const kioskPage = path.join(dist, 'kiosque', 'index.html');

/** The newest modification time under a folder (files and folders: a deleted story changes its parent's). */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildReason() {
  if (args.includes('--build')) return 'reconstruction demandée (--build)';
  if (!existsSync(kioskPage)) return `${path.relative(root, dist) || dist}/ n'existe pas encore ou ne contient pas le kiosque`;
  if (existsSync(content) && newestMtime(content) > statSync(kioskPage).mtimeMs) return `le contenu (${path.relative(root, content)}/) a changé depuis la dernière construction`;
  return undefined;
}

const reason = buildReason();
if (reason) {
  console.log(`Construction du site : ${reason}…\n`);
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', env: process.env });
  if (built.status !== 0) {
    if (!existsSync(kioskPage)) {
      console.error('\n✘ La construction a échoué et aucun site précédent n’est disponible : corrigez les erreurs ci-dessus puis relancez npm run kiosk.');
      process.exit(1);
    }
    console.error('\n⚠ La construction a échoué : le kiosque affiche le site construit précédemment. Corrigez les erreurs ci-dessus pour le mettre à jour.\n');
  }
} else {
  console.log(`Le site de ${path.relative(root, dist) || dist}/ est à jour : pas de reconstruction (forcer avec --build).`);
}

/** Serves dist/ on the first free port from `port` (the printed command line needs a known port). */
async function serve(port, attemptsLeft = 20) {
  try {
    return { ...(await serveDir(dist, { port })), port };
  } catch (error) {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) return serve(port + 1, attemptsLeft - 1);
    console.error(`✘ Impossible d'ouvrir le serveur sur 127.0.0.1:${port} : ${error.message}`);
    process.exit(1);
  }
}

function announce(port) {
  const url = `http://127.0.0.1:${port}/kiosque/`;
  const browser = findChromium() ?? 'chromium';
  const flags = [
    '--kiosk',
    '--noerrdialogs',
    '--disable-translate',
    '--no-first-run',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
    '--incognito',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--check-for-update-interval=31536000',
  ];
  console.log(`
✔ Le kiosque est servi sur ${url} (uniquement sur cet ordinateur ; Ctrl+C pour arrêter).

Pour l'ouvrir en plein écran sur l'écran tactile, lancez dans un autre terminal :

  ${browser} ${flags.join(' ')} ${url}

(--kiosk : plein écran sans barre ni menu ; --incognito : aucune page à restaurer après une coupure ;
 --disable-pinch et --overscroll-history-navigation=0 : ni zoom ni retour arrière d'un geste.)
Pour quitter le mode kiosque : Alt+F4, ou fermer Chromium depuis un clavier.
`);
}

const server = await serve(firstPort);
announce(server.port);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
