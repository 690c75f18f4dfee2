/** A throw-away folder laid out like an office's: data/agencies/ with the shipped profile, and documents. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from './tempFolder.js';

export const REPO = join(import.meta.dirname, '..', '..');
export const EXAMPLE = join(REPO, 'data', '2020-08-giao-ban.yaml');
export const PROFILE = join(REPO, 'data', 'agencies', 'so-khcn-quang-binh.yaml');

export interface Workspace {
  dir: string;
  /** Writes a file relative to the workspace and returns its path. */
  write(relative: string, content: string | Uint8Array): string;
  path(relative: string): string;
}

export function makeWorkspace(): Workspace {
  const dir = tempFolder('vanban-test-');
  mkdirSync(join(dir, 'data', 'agencies'), { recursive: true });
  copyFileSync(PROFILE, join(dir, 'data', 'agencies', 'so-khcn-quang-binh.yaml'));
  return {
    dir,
    path: (relative) => join(dir, relative),
    write(relative, content) {
      const path = join(dir, relative);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}

export function exampleText(): string {
  return readFileSync(EXAMPLE, 'utf8');
}

/** The example with one line replaced: the way a clerk's mistake looks. */
export function exampleWith(search: string | RegExp, replacement: string): string {
  const text = exampleText();
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`fixture: ${String(search)} not found in the example`);
  return changed;
}

/** 1-based line number of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture: "${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}
