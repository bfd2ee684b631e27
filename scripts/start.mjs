// npm start: builds the sample site (npm run build) and serves dist/ on http://127.0.0.1:4321/.
import { spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '4321';
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
console.log(`\nLe site est servi sur http://127.0.0.1:${port}/ (Ctrl+C pour arrêter).\n`);
const served = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit' });
process.exit(served.status ?? 0);
