/**
 * Throw-away office folders for the hostile-input tests, removed after each test, and the CLI run in
 * a child process with a time-out and a heap cap: a hang or a blow-up fails the test, never the run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { EXAMPLE, makeWorkspace, PROFILE, REPO } from '../support/workspace.js';

export { EXAMPLE, PROFILE, REPO };

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Office {
  dir: string;
  path(relative: string): string;
  write(relative: string, content: string | Uint8Array): string;
}

/** makeWorkspace()'s office folder, removed after each test rather than after the file (big hostile files). */
export function office(): Office {
  const workspace = makeWorkspace();
  made.push(workspace.dir);
  return workspace;
}

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** bin/vanban.js (the built bundle) in a child process: killed after `timeoutMs`, heap capped. */
export function vanbanChild(
  args: string[],
  cwd: string,
  options: { timeoutMs?: number; heapMb?: number } = {},
) {
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${options.heapMb ?? 256}`, join(REPO, 'bin', 'vanban.js'), ...args],
    { cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 20_000, killSignal: 'SIGKILL' },
  );
  const run: ChildRun = {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    ms: Date.now() - started,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
  return run;
}

/** Codes in the order printed ("…: lỗi FILE_NOT_REGULAR: …"). */
export function printedCodes(stderr: string): string[] {
  return [...stderr.matchAll(/(?:lỗi|cảnh báo|error|warning) ([A-Z][A-Z0-9_]+):/g)].map((m) => m[1]!);
}
