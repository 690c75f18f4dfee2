/**
 * Which template folders a document uses, first match wins: `--templates` on the command line, the
 * document's own `templates:` (relative to the document), the agency profile's `templates:` (relative
 * to the profile), then vanban's built-in templates. So an agency's wording travels with its profile,
 * and a later `vanban render` without `--templates` still finds it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { isFolder } from '../io/isFolder.js';

export interface TemplateSources {
  cli?: string;
  /** The document file or folder given to vanban. */
  documentPath: string;
  document?: string;
  agencyPath?: string;
  agency?: string;
}

/** The line of `templates:` in a profile, so the error points at it (profiles are small files). */
function profileFieldLocation(profilePath: string): SourceLocation {
  let line = 1;
  try {
    const index = readFileSync(profilePath, 'utf8')
      .split('\n')
      .findIndex((text) => /^templates\s*:/.test(text));
    if (index >= 0) line = index + 1;
  } catch {
    // The profile was just read; if it is gone now, line 1 is as good as any.
  }
  return { file: profilePath, line, column: 1 };
}

export function templateDirs(
  sources: TemplateSources,
  documentField: SourceLocation | undefined,
  diagnostics: Diagnostic[],
): string[] {
  const dirs: string[] = [];
  // As typed: messages then name the template the way the clerk wrote its folder.
  if (sources.cli) dirs.push(sources.cli);
  if (sources.document) {
    const base = isFolder(sources.documentPath) ? sources.documentPath : dirname(sources.documentPath);
    const dir = resolve(base, sources.document);
    if (isFolder(dir)) dirs.push(dir);
    else diagnostics.push(diagnostic('TEMPLATES_FOLDER_NOT_FOUND', { path: dir }, documentField));
  }
  if (sources.agency && sources.agencyPath) {
    const dir = resolve(dirname(sources.agencyPath), sources.agency);
    if (isFolder(dir)) dirs.push(dir);
    else
      diagnostics.push(
        diagnostic('TEMPLATES_FOLDER_NOT_FOUND', { path: dir }, profileFieldLocation(sources.agencyPath)),
      );
  }
  return dirs;
}
