/**
 * What the user named on the command line, as a list of documents. A folder whose YAML files hold one
 * "kind:" between them is one document split into files; a folder where several files each have
 * "kind:" is a batch, one document per such file.
 */
import { statSync } from 'node:fs';
import { yamlFilesIn } from '../load/loadInput.js';
import { readRegularFile } from '../load/readSourceFile.js';
import { MAX_FOLDER_FILES } from '../load/limits.js';

/**
 * Read as the loader reads: only a regular file, at most the size limit. A FIFO, a device or a huge
 * file named *.yaml is not a document of its own; the loader reports it when it reads the folder.
 */
function declaresKind(file: string): boolean {
  const read = readRegularFile(file);
  return read.bytes !== undefined && /^kind\s*:/m.test(read.bytes.toString('utf8'));
}

export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Missing paths are reported by the loader with its own message.
    }
    if (!isDir) {
      out.push(path);
      continue;
    }
    const files = yamlFilesIn(path);
    // Too many to look into: the loader refuses the folder (FOLDER_TOO_MANY_FILES) without reading.
    if (files.length > MAX_FOLDER_FILES) {
      out.push(path);
      continue;
    }
    const withKind = files.filter(declaresKind);
    if (withKind.length > 1) out.push(...withKind);
    else out.push(path);
  }
  return out;
}
