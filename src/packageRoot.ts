import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding vanban's package.json, whether running from src/ (tests) or dist/ (the CLI). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (
      existsSync(candidate) &&
      (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'vanban'
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('vanban: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const BUILTIN_TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
