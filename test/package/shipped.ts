/**
 * What the package ships, from package.json's "files": the one list of the examples and agency profiles
 * that tests take as "every shipped example". Tests never enumerate data/ itself, so an office's own files
 * left there (a `vanban new`, a profile of its own) can never make `npm test` fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/** package.json's "files", as written. */
export const SHIPPED_FILES: readonly string[] = (
  JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { files: string[] }
).files;

/** File names of the shipped example documents (in data/), sorted. */
export const SHIPPED_EXAMPLE_NAMES: readonly string[] = SHIPPED_FILES.filter((f) =>
  /^data\/[^/]+\.yaml$/.test(f),
)
  .map((f) => f.slice('data/'.length))
  .sort();

/** Absolute paths of the shipped example documents, sorted. */
export const SHIPPED_EXAMPLES: readonly string[] = SHIPPED_EXAMPLE_NAMES.map((name) =>
  join(REPO, 'data', name),
);

/** Ids of the shipped agency profiles (data/agencies/<id>.yaml), sorted. */
export const SHIPPED_AGENCY_IDS: readonly string[] = SHIPPED_FILES.filter((f) =>
  /^data\/agencies\/[^/]+\.yaml$/.test(f),
)
  .map((f) => f.slice('data/agencies/'.length).replace(/\.yaml$/, ''))
  .sort();
