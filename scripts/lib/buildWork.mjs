// The build's work folder (.build/): who owns what, the swap into dist/, and what an interrupted
// build leaves behind. scripts/build.mjs uses it; tests/integration/interrupted-build.test.ts
// kills builds at several points and checks that dist/ survives and the next build cleans up.
//
// In .build/, for a target site folder whose path hashes to <hash>:
//   next-<hash>/        the new site being built (Astro's output, then Pagefind's index);
//   next-<hash>.lock    its owner: {"pid", "start"} of the running build;
//   next-<hash>.swap    written just before the swap, removed just after: {"dist", "old"};
//   old-<hash>-<id>/    the site the swap replaced, deleted by the next build (any target);
//   trash-<id>/         what a build is deleting in the background (<id> = its pid and start time).
// A build removes, at its start, every next-*, old-* and trash-* whose owner is no longer running,
// and puts back a site left aside by a build killed between the two renames of its swap.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A process's start time in clock ticks since boot (Linux), so that a reused pid is not taken for its old owner. */
function startTimeOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '0';
  } catch {
    return '0';
  }
}

/** Whether the process that wrote an owner record is still running. */
export function isRunning(owner) {
  if (!owner || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  return !owner.start || owner.start === '0' || startTimeOf(owner.pid) === owner.start;
}

const self = { pid: process.pid, start: startTimeOf(process.pid) };
/** This build's id in folder names: its pid and start time. */
export const buildId = `${self.pid}-${self.start}`;

function ownerFromId(id) {
  const match = /^(\d+)-(\d+)$/.exec(id);
  return match ? { pid: Number(match[1]), start: match[2] } : null;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export class BuildBusyError extends Error {}

/**
 * Takes the target's lock, puts back a site left aside by an interrupted swap, and starts
 * deleting, in a background process, every leftover of builds that are no longer running.
 * @param {{ work: string, next: string }} paths the work folder and this target's next-<hash> folder
 * @returns {{ emptying: Promise<void>, restored: string[], release: () => void }}
 */
export function prepareWork({ work, next }) {
  mkdirSync(work, { recursive: true });
  const lock = `${next}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, JSON.stringify(self));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST' || attempt > 2) throw error;
      const owner = readJson(lock);
      if (isRunning(owner)) throw new BuildBusyError(`Une autre construction du même site est en cours (processus ${owner.pid}) : attendez qu'elle se termine.`);
      rmSync(lock, { force: true });
    }
  }
  const release = () => rmSync(lock, { force: true });
  process.on('exit', release);

  const restored = [];
  const doomed = [];
  const liveOld = new Set();
  const entries = readdirSync(work);
  // 1. Swaps interrupted between their two renames: the old site goes back where it was.
  for (const name of entries.filter((n) => /^next-[0-9a-f]+\.swap$/.test(n))) {
    const journal = path.join(work, name);
    const owner = readJson(journal.replace(/\.swap$/, '.lock'));
    const swap = readJson(journal);
    if (journal !== `${next}.swap` && isRunning(owner)) {
      if (swap?.old) liveOld.add(path.basename(swap.old));
      continue;
    }
    if (swap?.dist && swap?.old && !existsSync(swap.dist) && existsSync(swap.old)) {
      renameSync(swap.old, swap.dist);
      restored.push(swap.dist);
    }
    rmSync(journal, { force: true });
  }
  // 2. Leftovers of builds that are no longer running.
  for (const name of readdirSync(work)) {
    const full = path.join(work, name);
    if (full === lock) continue;
    let match;
    if (full === next) doomed.push(full);
    else if ((match = /^(next-[0-9a-f]+)(\.lock)?$/.exec(name))) {
      if (!isRunning(readJson(path.join(work, `${match[1]}.lock`)))) (match[2] ? rmSync(full, { force: true }) : doomed.push(full));
    } else if (/^old-/.test(name)) {
      if (!liveOld.has(name)) doomed.push(full);
    } else if ((match = /^trash-(.+)$/.exec(name))) {
      if (!isRunning(ownerFromId(match[1]))) doomed.push(full);
    } else if (name === 'trash') doomed.push(full); // the layout of earlier versions
  }
  let emptying = Promise.resolve();
  if (doomed.length) {
    // Renamed first (instant), deleted by a separate process while the build runs: tens of
    // thousands of files at 1,000 stories (docs/benchmark.md). If this build is killed, the
    // next one finds trash-<this build's id> and deletes it.
    const trash = path.join(work, `trash-${buildId}`);
    mkdirSync(trash, { recursive: true });
    doomed.forEach((dir, i) => renameSync(dir, path.join(trash, `${i}-${path.basename(dir)}`)));
    const rm = spawn('rm', ['-rf', trash], { stdio: 'ignore' });
    emptying = new Promise((resolve) => rm.on('close', () => resolve()).on('error', () => resolve()));
  }
  return { emptying, restored, release };
}

/**
 * Puts the new site in place of dist/: two renames on the same disk, so that visitors never see
 * half a site. The journal written before them lets the next build put the old site back if this
 * one is killed in between (a gap of microseconds, during which dist/ does not exist).
 * @returns {string | null} the old site's new place in .build/, deleted by the next build
 */
export function swapIn({ work, next, dist, hash }) {
  if (!existsSync(dist)) {
    renameSync(next, dist);
    return null;
  }
  const old = path.join(work, `old-${hash}-${buildId}`);
  const journal = `${next}.swap`;
  writeFileSync(journal, JSON.stringify({ dist, old }));
  renameSync(dist, old);
  crashPoint('swap');
  try {
    renameSync(next, dist);
  } catch (error) {
    renameSync(old, dist);
    rmSync(journal, { force: true });
    throw error;
  }
  rmSync(journal, { force: true });
  return old;
}

/**
 * For tests only (tests/integration/interrupted-build.test.ts): ESCALES_TEST_CRASH_AT=<point>
 * kills the build and every process it started, as a power cut or `kill -9` would, at a point
 * that an outside signal cannot hit reliably. With `afterMs`, what is running (Pagefind) goes on
 * for that long and the build waits for the kill: `await crashPoint('index', 150)`.
 * @returns {Promise<void> | undefined} a promise that never settles when the point is armed
 */
export function crashPoint(point, afterMs = 0) {
  if (process.env.ESCALES_TEST_CRASH_AT !== point) return undefined;
  const kill = () => {
    try {
      process.kill(-process.pid, 'SIGKILL'); // the process group, when the build leads one
    } catch {
      process.kill(process.pid, 'SIGKILL');
    }
  };
  if (afterMs <= 0) kill();
  setTimeout(kill, afterMs);
  return new Promise(() => {});
}
