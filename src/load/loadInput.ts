/** Reads a document's YAML (a file, or a folder of files merged) into one root map with its sources. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLMap, isMap, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { decodeSource, readSourceFile } from './readSourceFile.js';
import { isFolder } from '../io/isFolder.js';
import { locateOffset, parseYamlSource, type YamlSource } from './yamlSource.js';
import { SourceSet } from './sourceSet.js';
import { mergeMaps } from './mergeFolder.js';
import { MAX_FOLDER_BYTES, MAX_FOLDER_FILES } from './limits.js';
import { typeWordEn } from '../schema/schema.js';

export interface LoadedInput {
  root: YamlNode | null;
  sources: SourceSet;
  diagnostics: Diagnostic[];
}

/** The YAML files of a folder in name order (the order never decides content, only where a conflict is reported). */
export function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** `folder: false` reads `path` as one file even when it is a folder (which is then refused). */
export function loadYamlInput(path: string, options: { folder?: boolean; text?: string } = {}): LoadedInput {
  const sources = new SourceSet();
  const diagnostics: Diagnostic[] = [];
  const files =
    options.text === undefined && options.folder !== false && isFolder(path) ? yamlFilesIn(path) : [path];
  if (files.length === 0) diagnostics.push(diagnostic('FILE_NOT_FOUND', { path: join(path, '*.yaml') }));
  if (files.length > MAX_FOLDER_FILES) {
    const args = { count: files.length, limit: MAX_FOLDER_FILES };
    return {
      root: null,
      sources,
      diagnostics: [diagnostic('FOLDER_TOO_MANY_FILES', args, { file: path, line: 1, column: 1 })],
    };
  }
  const roots: YamlNode[] = [];
  const empty: YamlSource[] = [];
  let folderBytes = 0;
  for (const file of files) {
    // Text given (an editor's unsaved buffer) stands for the file at `path`, with the same bounds.
    const read =
      options.text === undefined
        ? readSourceFile(file)
        : decodeSource(file, Buffer.from(options.text, 'utf8'));
    diagnostics.push(...read.diagnostics);
    if (read.text === undefined) continue;
    // Each file is bounded; so is their sum, before the next one is parsed.
    folderBytes += Buffer.byteLength(read.text);
    if (folderBytes > MAX_FOLDER_BYTES) {
      diagnostics.push(
        diagnostic('FOLDER_TOO_LARGE', { limit: MAX_FOLDER_BYTES }, { file, line: 1, column: 1 }),
      );
      break;
    }
    const parsed = parseYamlSource(file, read.text);
    diagnostics.push(...parsed.diagnostics);
    sources.add(parsed.source);
    const contents = parsed.source.document.contents as YamlNode | null;
    if (contents) roots.push(contents);
    else if (parsed.diagnostics.length === 0) empty.push(parsed.source);
  }
  // Nothing but comments: say so, rather than "no kind" or "unknown kind ''". In a folder one empty file
  // (a unit with nothing this month, a file not yet filled in) is skipped with a warning.
  if (roots.length === 0 && empty[0]) {
    diagnostics.push(diagnostic('FILE_EMPTY', {}, locateOffset(empty[0], 0)));
  } else {
    for (const source of empty)
      diagnostics.push(diagnostic('FOLDER_FILE_EMPTY', {}, locateOffset(source, 0)));
  }
  if (files.length === 1) return { root: roots[0] ?? null, sources, diagnostics };
  const maps = roots.filter((r): r is YAMLMap => isMap(r));
  for (const r of roots) {
    if (!isMap(r))
      diagnostics.push(
        diagnostic(
          'FIELD_TYPE',
          {
            field: '(tệp)',
            expected: 'một nhóm trường',
            found: 'giá trị khác',
            expectedEn: typeWordEn('một nhóm trường'),
            foundEn: typeWordEn('giá trị khác'),
          },
          sources.locate(r),
        ),
      );
  }
  const merged = mergeMaps(maps, sources, diagnostics);
  if (maps[0]) sources.adopt(merged, maps[0]);
  return { root: merged, sources, diagnostics };
}
