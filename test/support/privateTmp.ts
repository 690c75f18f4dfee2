/**
 * Vitest global set-up: the whole run gets a private temporary folder (TMPDIR, which os.tmpdir() and
 * every child process honour), removed when the run ends, so the suite leaves the system's temporary
 * folder as it found it even when a test dies before its own clean-up. Folders that tests left behind
 * are named on the way out, so a forgotten clean-up is seen, not hidden.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'vanban-testrun-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    if (left.length > 0)
      console.warn(`Tests left ${left.length} temporary entries: ${left.slice(0, 20).join(', ')}`);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
