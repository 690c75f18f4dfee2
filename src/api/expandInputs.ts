/**
 * What the user named on the command line, as a list of documents. A folder whose YAML files hold one
 * "kind:" between them is one document split into files; a folder where several files each have
 * "kind:" is a batch, one document per such file.
 */
import { readFileSync, statSync } from 'node:fs';
import { yamlFilesIn } from '../load/loadInput.js';

function declaresKind(file: string): boolean {
  try {
    return /^kind\s*:/m.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
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
    const withKind = yamlFilesIn(path).filter(declaresKind);
    if (withKind.length > 1) out.push(...withKind);
    else out.push(path);
  }
  return out;
}
