/**
 * Finds and validates an agency profile by id.
 *
 * Search order (first found wins; the README says the same to users):
 *   1. the --agencies folder, when given;
 *   2. agencies/ and data/agencies/ beside the document;
 *   3. the same two in each of up to three parent folders, nearest first;
 *   4. the profiles shipped with vanban (data/agencies/ of the package).
 *
 * A profile is read only as a regular file whose real path (after symbolic links) stays inside the
 * folder it was found in: a link from agencies/x.yaml to /etc/passwd or /dev/zero is refused without
 * reading it. When the same id exists with different content in several places, a warning names the
 * one used, except for the usual case of a profile beside the document (or in --agencies) that
 * replaces a shipped example.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { agencySchema, type AgencyProfile } from '../profile/agencySchema.js';
import { INVALID } from '../schema/index.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { loadYamlInput } from './loadInput.js';
import { checkWith } from './checkWith.js';
import { readRegularFile } from './readSourceFile.js';

/** The profiles shipped with vanban: examples a user's own profile of the same id may replace. */
export const BUILTIN_AGENCIES = join(PACKAGE_ROOT, 'data', 'agencies');

/** Parent folders of the document's folder searched for agencies/ (besides the document's own). */
export const AGENCY_PARENT_LEVELS = 3;

export type AgencyPlaceRole = 'explicit' | 'beside' | 'above' | 'builtin';

export interface AgencyPlace {
  dir: string;
  role: AgencyPlaceRole;
}

/** Where profiles are looked for, in order, each with why it is searched. */
export function agencyPlaces(documentPath: string, explicitDir?: string): AgencyPlace[] {
  const places: AgencyPlace[] = [];
  if (explicitDir) places.push({ dir: resolve(explicitDir), role: 'explicit' });
  let dir = resolve(dirname(documentPath));
  for (let level = 0; level <= AGENCY_PARENT_LEVELS; level++) {
    const role = level === 0 ? 'beside' : 'above';
    places.push({ dir: join(dir, 'agencies'), role }, { dir: join(dir, 'data', 'agencies'), role });
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  places.push({ dir: BUILTIN_AGENCIES, role: 'builtin' });
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.dir) && seen.add(p.dir));
}

/** The search folders alone, in order. */
export function agencyDirs(documentPath: string, explicitDir?: string): string[] {
  return agencyPlaces(documentPath, explicitDir).map((p) => p.dir);
}

export function knownAgencies(dirs: ReadonlyArray<string | AgencyPlace>): string[] {
  const ids = new Set<string>();
  for (const place of dirs) {
    const dir = typeof place === 'string' ? place : place.dir;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of names) if (f.endsWith('.yaml')) ids.add(f.replace(/\.yaml$/, ''));
  }
  return [...ids].sort();
}

const asPlace = (p: string | AgencyPlace): AgencyPlace =>
  typeof p === 'string'
    ? { dir: resolve(p), role: resolve(p) === BUILTIN_AGENCIES ? 'builtin' : 'explicit' }
    : p;

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The real path of `path` when it stays inside `dir` (links resolved on both sides), else undefined. */
function realInside(path: string, dir: string): string | undefined {
  try {
    const real = realpathSync(path);
    const realDir = realpathSync(dir);
    return real.startsWith(realDir + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a link leads to something that exists. */
function resolves(path: string): boolean {
  try {
    realpathSync(path);
    return true;
  } catch {
    return false;
  }
}

interface Candidate extends AgencyPlace {
  path: string;
}

/**
 * Profiles of the same id further down the search order whose content differs from the one used. A
 * profile beside the document or in --agencies that replaces a shipped one is what users are told to
 * do, so it is not warned about; anything else is (a folder above the document may be anyone's).
 */
function shadowed(winner: Candidate, others: Candidate[]): Candidate[] {
  const winnerReal = realInside(winner.path, winner.dir);
  const winnerBytes = readRegularFile(winner.path).bytes;
  const differing = others.filter((c) => {
    const real = realInside(c.path, c.dir);
    if (!real || real === winnerReal) return false;
    const bytes = readRegularFile(c.path).bytes;
    return bytes !== undefined && !(winnerBytes !== undefined && bytes.equals(winnerBytes));
  });
  const replacesExample =
    (winner.role === 'explicit' || winner.role === 'beside') && differing.every((c) => c.role === 'builtin');
  return replacesExample ? [] : differing;
}

export function loadAgency(
  id: string,
  dirs: ReadonlyArray<string | AgencyPlace>,
  at: SourceLocation | undefined,
): { profile?: AgencyProfile; path?: string; diagnostics: Diagnostic[] } {
  const candidates: Candidate[] = /^[a-z0-9][a-z0-9-]*$/.test(id)
    ? dirs
        .map(asPlace)
        .map((p) => ({ ...p, path: join(p.dir, `${id}.yaml`) }))
        .filter((c) => exists(c.path))
    : [];
  const winner = candidates[0];
  if (!winner) {
    const known = knownAgencies(dirs).join(', ') || '(không có)';
    return {
      diagnostics: [diagnostic('AGENCY_NOT_FOUND', { agency: id, path: `agencies/${id}.yaml`, known }, at)],
    };
  }
  const path = winner.path;
  // Refused unread: a link out of the folder may point at any file on the machine.
  if (!realInside(path, winner.dir) && lstatSync(path).isSymbolicLink()) {
    const broken = !resolves(path);
    return {
      diagnostics: [
        broken
          ? diagnostic('FILE_NOT_FOUND', { path })
          : diagnostic('AGENCY_FILE_OUTSIDE', { path, dir: winner.dir }, at),
      ],
    };
  }
  const input = loadYamlInput(path, { folder: false });
  const diagnostics = [...input.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const others = shadowed(winner, candidates.slice(1));
  if (others.length > 0)
    diagnostics.push(
      diagnostic(
        'AGENCY_SHADOWED',
        { agency: id, winner: path, others: others.map((c) => c.path).join(', ') },
        at,
      ),
    );
  const profile = checkWith(agencySchema, input, diagnostics);
  return profile === INVALID ? { diagnostics } : { profile, path, diagnostics };
}
