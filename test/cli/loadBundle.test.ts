/**
 * bin/loadBundle.js runs the CLI bundle through the V8 code cache the build saved, only when the cache
 * was made from this very bundle file (SHA-256 of its bytes). Checked in child processes, in copies of
 * bin/ and dist/bundle/ so the real build is not touched.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';

const BUNDLE = join(REPO, 'dist', 'bundle', 'vanban.cjs');

/** { cacheUsed, main } as the loader of `root` reports them in a fresh process. */
function load(root: string) {
  const loader = pathToFileURL(join(root, 'bin', 'loadBundle.js')).href;
  const code = `const { loadBundle } = await import(${JSON.stringify(loader)});
const { cacheUsed, exports } = loadBundle();
console.log(JSON.stringify({ cacheUsed, main: typeof exports.main }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cacheUsed: boolean; main: string };
}

/** A copy of the package's loader, bundle and cache; `edit` changes the copied bundle's text. */
function copy(edit: (bundle: string) => string): string {
  const root = tempFolder('vanban-bundle-');
  cpSync(join(REPO, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(REPO, 'dist', 'bundle'), join(root, 'dist', 'bundle'), { recursive: true });
  cpSync(join(REPO, 'templates'), join(root, 'templates'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'vanban', type: 'module' }));
  const file = join(root, 'dist', 'bundle', 'vanban.cjs');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

describe('the CLI bundle and its code cache', () => {
  it('the bundle is ASCII (read as a one-byte string)', () => {
    const bytes = readFileSync(BUNDLE);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('the cache is used with the bundle it was made from', () => {
    expect(load(REPO)).toEqual({ cacheUsed: true, main: 'function' });
    expect(load(copy((text) => text))).toEqual({ cacheUsed: true, main: 'function' });
  });

  it('is not used with another bundle of the same length', () => {
    // The same code with one identifier renamed: V8 alone would take the cache (it checks the length).
    const root = copy((text) => text.replaceAll('vanbanBundleUrl', 'vanbanBundleURL'));
    expect(readFileSync(join(root, 'dist', 'bundle', 'vanban.cjs')).length).toBe(readFileSync(BUNDLE).length);
    expect(load(root)).toEqual({ cacheUsed: false, main: 'function' });
  });

  it('a bundle edited to hold non-ASCII text is read as UTF-8, without the cache', () => {
    const root = copy((text) => `// sửa tay\n${text}`);
    expect(load(root)).toEqual({ cacheUsed: false, main: 'function' });
  });
});
