/**
 * Temporary folders for tests, removed after the test file that made them (test/support/cleanupTemp.ts
 * is a setup file of every test file). One helper instead of a clean-up in every file that forgets one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function tempFolder(prefix = 'vanban-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
