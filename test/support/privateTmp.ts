/**
 * Vitest global set-up: the whole run gets a private temporary folder (TMPDIR, which os.tmpdir() and
 * every child process honour), removed when the run ends, so the suite leaves the system's temporary
 * folder as it found it even when a test dies before its own clean-up. Folders that tests left behind
 * are named on the way out, so a forgotten clean-up is seen, not hidden. A run that was killed cannot
 * clean up after itself, so each run also removes the folders of earlier runs whose process is gone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'vanban-testrun-';
const OWNER = '.owner-pid';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders of earlier runs that were killed (their owner is gone); a run still going keeps its own. */
function removeAbandonedRuns(parent: string): void {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const folder = join(parent, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(folder, OWNER), 'utf8'));
    } catch {
      // No owner file: a folder from before owners were written, or not ours to judge.
      continue;
    }
    if (Number.isInteger(owner) && !running(owner)) rmSync(folder, { recursive: true, force: true });
  }
}

export default function setup(): () => void {
  const parent = tmpdir();
  removeAbandonedRuns(parent);
  const root = mkdtempSync(join(parent, PREFIX));
  writeFileSync(join(root, OWNER), String(process.pid));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root).filter((name) => name !== OWNER);
    if (left.length > 0)
      console.warn(`Tests left ${left.length} temporary entries: ${left.slice(0, 20).join(', ')}`);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
