import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Temporary folders for Vitest tests, removed when the test file ends (pass or fail), so a run
// leaves nothing in /tmp. Vitest runs each test file with its own copy of this module
// (isolation), so the afterAll below is registered once per file that imports it, at the file's
// level: it also covers folders made in a beforeAll, where a hook cannot register another hook.
// A folder lives until the end of its file (never per test: tests of a file may share one).

const made = new Set<string>();

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
});

/** A new empty folder under the system's temporary folder (`<tmp>/<prefix>XXXXXX`), removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}
