/** package.json "files" as the list of what ships: complete, and in step with what the repository tracks. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { REPO } from '../support/workspace.js';
import { SHIPPED_AGENCY_IDS, SHIPPED_EXAMPLE_NAMES, SHIPPED_FILES } from './shipped.js';

/** Files git tracks under `dir`, or undefined outside a git checkout (a tarball, say). */
function tracked(dir: string): string[] | undefined {
  try {
    return execFileSync('git', ['ls-files', '-z', '--', dir], { cwd: REPO, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f !== '');
  } catch {
    return undefined;
  }
}

describe('what ships', () => {
  it('names only files and folders that exist', () => {
    for (const entry of SHIPPED_FILES.filter((f) => !f.includes('*')))
      expect(existsSync(join(REPO, entry)), entry).toBe(true);
  });

  it('has an example of every document kind (a kind may have more), each naming its kind', () => {
    const kinds = SHIPPED_EXAMPLE_NAMES.map(
      (name) => /^kind:\s*(\S+)/m.exec(readFileSync(join(REPO, 'data', name), 'utf8'))?.[1],
    );
    expect([...new Set(kinds)].sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it('is every example and profile the repository tracks in data/ (and no office file)', () => {
    const files = tracked('data');
    if (!files) return;
    const examples = files.filter((f) => /^data\/[^/]+\.yaml$/.test(f)).map((f) => f.slice(5));
    const agencies = files
      .filter((f) => /^data\/agencies\/[^/]+\.yaml$/.test(f))
      .map((f) => f.slice(14).replace(/\.yaml$/, ''));
    expect(SHIPPED_EXAMPLE_NAMES).toEqual([...examples].sort());
    expect(SHIPPED_AGENCY_IDS).toEqual([...agencies].sort());
  });

  it('tells npm to build before packing', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.prepack).toMatch(/npm run build/);
  });
});
