/**
 * What the package ships, from package.json's "files" (src/workspace/shipped.ts): the one list of the
 * examples and agency profiles that tests take as "every shipped example". Tests never enumerate data/
 * itself, so an office's own files left there (a `vanban new`, a profile of its own) cannot fail `npm test`.
 */
import { join } from 'node:path';
import { shippedAgencyIds, shippedExampleNames, shippedFiles } from '../../src/workspace/shipped.js';

const REPO = join(import.meta.dirname, '..', '..');

/** package.json's "files", as written. */
export const SHIPPED_FILES: readonly string[] = shippedFiles();

/** File names of the shipped example documents (in data/), sorted. */
export const SHIPPED_EXAMPLE_NAMES: readonly string[] = shippedExampleNames();

/** Absolute paths of the shipped example documents, sorted. */
export const SHIPPED_EXAMPLES: readonly string[] = SHIPPED_EXAMPLE_NAMES.map((name) =>
  join(REPO, 'data', name),
);

/** Ids of the shipped agency profiles (data/agencies/<id>.yaml), sorted. */
export const SHIPPED_AGENCY_IDS: readonly string[] = shippedAgencyIds();
