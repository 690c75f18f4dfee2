/**
 * What the package ships, as package.json's "files" names it: the agency profiles and example documents
 * that are vanban's own. A development checkout's data/ may also hold an office's files; these lists never
 * include them, so `vanban init` copies only the shipped profiles and tests check only shipped examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

let files: readonly string[] | undefined;

/** package.json's "files", as written. */
export function shippedFiles(): readonly string[] {
  files ??=
    (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { files?: string[] }).files ??
    [];
  return files;
}

/** File names of the shipped example documents in data/, sorted. */
export function shippedExampleNames(): string[] {
  return shippedFiles()
    .filter((f) => /^data\/[^/*]+\.yaml$/.test(f))
    .map((f) => f.slice('data/'.length))
    .sort();
}

/** Ids of the shipped agency profiles (data/agencies/<id>.yaml), sorted. */
export function shippedAgencyIds(): string[] {
  return shippedFiles()
    .filter((f) => /^data\/agencies\/[^/*]+\.yaml$/.test(f))
    .map((f) => f.slice('data/agencies/'.length).replace(/\.yaml$/, ''))
    .sort();
}
