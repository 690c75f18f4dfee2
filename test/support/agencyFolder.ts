/** A temporary folder holding agencies/<id>.yaml copied from a shipped profile, for a test's documents. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from './tempFolder.js';

const DATA = join(import.meta.dirname, '../../data');

export function agencyFolder(id: string): string {
  const dir = tempFolder();
  mkdirSync(join(dir, 'agencies'));
  copyFileSync(join(DATA, 'agencies', `${id}.yaml`), join(dir, 'agencies', `${id}.yaml`));
  return dir;
}
