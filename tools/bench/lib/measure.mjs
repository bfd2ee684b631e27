// Runs one build and measures it: wall time, CPU time of the whole process tree, peak RSS of the
// whole process tree (every process below the one started, summed, sampled from /proc every
// 200 ms), and the time of each phase, read from the build's own output lines (each stamped here
// as it arrives).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PAGE = 4096;
const TIME = '/usr/bin/time';

/** pid → parent pid, for every process visible in /proc. */
function processTable() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (2nd field) may hold spaces: fields after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** Resident memory, in bytes, of `root` and all its descendants. */
export function treeRss(root) {
  const parents = processTable();
  const children = new Map();
  for (const [pid, ppid] of parents) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * PAGE;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parseTimeFile(file) {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  const seconds = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
  const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? NaN);
  return { cpuSeconds: seconds('User time \\(seconds\\)') + seconds('System time \\(seconds\\)'), maxSingleRss: maxRssKb * 1024 };
}

/**
 * Runs `command args` in `cwd` with `env`; writes its output, each line prefixed with the seconds
 * since start, to `logFile`. Resolves with { ok, code, seconds, cpuSeconds, peakRss, lines }.
 */
export function run(command, args, { cwd, env, logFile, echo = false }) {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let peakRss = 0;
  const sample = () => {
    peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 200);
  const take = (stream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      const t = (performance.now() - started) / 1000;
      for (const line of parts) {
        lines.push({ t, line });
        if (echo) process.stdout.write(`${line}\n`);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: (performance.now() - started) / 1000, line: rest });
    });
  };
  take(child.stdout);
  take(child.stderr);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // Strip colours for the log and for the phase parser.
      for (const entry of lines) entry.line = entry.line.replace(/\x1b\[[0-9;]*m/g, '');
      writeFileSync(logFile, lines.map(({ t, line }) => `${t.toFixed(2).padStart(8)} ${line}`).join('\n') + '\n');
      resolve({ ok: code === 0, code, seconds, peakRss, ...parseTimeFile(timeFile), lines });
    });
  });
}

/**
 * Seconds spent in each phase of a build, from its output: validation (scripts/build.mjs, before
 * Astro speaks), content sync, Vite bundling, page rendering, image generation, Pagefind.
 */
export function phases(lines) {
  const at = (re, from = 0) => {
    for (let i = Math.max(0, from); i < lines.length; i++) if (re.test(lines[i].line)) return i;
    return -1;
  };
  const time = (i) => (i >= 0 ? lines[i].t : NaN);
  const span = (a, b) => (a >= 0 && b >= 0 ? time(b) - time(a) : NaN);
  const result = {};
  const firstAstro = at(/^\d\d:\d\d:\d\d \[/);
  const validated = at(/fichiers de contenu vérifiés|Le contenu contient des erreurs/);
  if (validated >= 0) result.validation = time(validated);
  if (firstAstro >= 0) result.startup = time(firstAstro) - (validated >= 0 ? time(validated) : 0);
  const sync = at(/\[content\] Syncing content/);
  result.contentSync = span(sync, at(/\[content\] Synced content/, sync));
  const bundle = at(/\[build\] Building static entrypoints/);
  result.bundle = span(bundle, at(/generating static routes/, bundle));
  const routes = at(/generating static routes/);
  const routesDone = at(/✓ Completed in/, routes);
  result.pages = span(routes, routesDone);
  const images = at(/generating optimized images/);
  result.images = span(images, at(/✓ Completed in/, images));
  const complete = at(/\[build\] Complete!/);
  const indexed = at(/pages indexées par Pagefind/, complete);
  result.pagefind = span(complete, indexed);
  result.cachedPages = lines.filter(({ line }) => /\((cached|restored)\)\s*$/.test(line)).length;
  result.renderedPages = lines.filter(({ line }) => /[├└]─ .*\(\+[\d.]+m?s\)/.test(line)).length;
  result.imagesReused = lines.filter(({ line }) => /reused cache entry/.test(line)).length;
  result.imagesMade = lines.filter(({ line }) => /\(before: [\d.]+kB, after/.test(line)).length;
  return result;
}

export const relative = (root, file) => path.relative(root, file) || file;
