/** Finds and validates an agency profile by id. */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { agencySchema, type AgencyProfile } from '../profile/agencySchema.js';
import { INVALID } from '../schema/index.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { loadYamlInput } from './loadInput.js';
import { checkWith } from './checkWith.js';

/** Where profiles are looked for: the --agencies folder, then agencies/ beside or above the document. */
export function agencyDirs(documentPath: string, explicitDir?: string): string[] {
  const dirs: string[] = [];
  if (explicitDir) dirs.push(resolve(explicitDir));
  let dir = resolve(dirname(documentPath));
  for (let i = 0; i < 4; i++) {
    dirs.push(join(dir, 'agencies'), join(dir, 'data', 'agencies'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  dirs.push(join(PACKAGE_ROOT, 'data', 'agencies'));
  return [...new Set(dirs)];
}

export function knownAgencies(dirs: string[]): string[] {
  const ids = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) ids.add(f.replace(/\.yaml$/, ''));
  }
  return [...ids].sort();
}

export function loadAgency(
  id: string,
  dirs: string[],
  at: SourceLocation | undefined,
): { profile?: AgencyProfile; path?: string; diagnostics: Diagnostic[] } {
  const path = /^[a-z0-9][a-z0-9-]*$/.test(id)
    ? dirs.map((d) => join(d, `${id}.yaml`)).find((p) => existsSync(p))
    : undefined;
  if (!path) {
    const known = knownAgencies(dirs).join(', ') || '(không có)';
    return {
      diagnostics: [diagnostic('AGENCY_NOT_FOUND', { agency: id, path: `agencies/${id}.yaml`, known }, at)],
    };
  }
  const input = loadYamlInput(path);
  const diagnostics = [...input.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const profile = checkWith(agencySchema, input, diagnostics);
  return profile === INVALID ? { diagnostics } : { profile, path, diagnostics };
}
