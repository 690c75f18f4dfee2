/** The workspace folder: its documents and agency profiles, and paths confined to it. */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '../load/readSourceFile.js';
import { HttpError } from './http.js';

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist', 'templates', 'schemas']);
const MAX_DEPTH = 4;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class Workspace {
  readonly root: string;
  constructor(root: string) {
    this.root = realpathSync(resolve(root));
  }

  /**
   * A workspace-relative path to a YAML file, as an absolute path inside the workspace. Refuses
   * absolute paths, "..", other extensions, and symbolic links that lead outside.
   */
  resolveYaml(rel: string, mustExist = true): string {
    const refuse = () =>
      new HttpError(403, 'Đường dẫn nằm ngoài thư mục làm việc.', `Path outside the workspace: ${rel}`);
    if (rel.includes('\0') || isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw refuse();
    if (!/\.ya?ml$/i.test(rel))
      throw new HttpError(400, 'Chỉ mở được tệp .yaml.', `Only .yaml files: ${rel}`);
    const path = resolve(this.root, rel);
    if (!inside(this.root, path)) throw refuse();
    if (existsSync(path)) {
      if (!inside(this.root, realpathSync(path))) throw refuse();
      if (!statSync(path).isFile()) throw new HttpError(400, 'Không phải tệp.', `Not a file: ${rel}`);
    } else {
      if (mustExist) throw new HttpError(404, `Không tìm thấy tệp ${rel}.`, `No such file: ${rel}`);
      const parent = dirname(path);
      if (!existsSync(parent) || !inside(this.root, realpathSync(parent))) throw refuse();
    }
    return path;
  }

  /**
   * The bytes of a workspace YAML file through the loader's bounded reader: regular files only, opened
   * without blocking, at most the input limit, so a FIFO or a huge file named .yaml cannot stall the server.
   */
  readYaml(rel: string): Buffer {
    const read = readRegularFile(this.resolveYaml(rel));
    if (read.bytes) return read.bytes;
    throw new HttpError(400, `Không đọc được tệp ${rel}.`, `Cannot read ${rel}.`);
  }

  relativeOf(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  /** YAML files under the workspace: documents (with "kind:") and agency profiles (in an agencies/ folder). */
  list(): {
    documents: Array<{ path: string; kind: string }>;
    agencies: Array<{ path: string; id: string }>;
  } {
    const documents: Array<{ path: string; kind: string }> = [];
    const agencies: Array<{ path: string; id: string }> = [];
    const walk = (dir: string, depth: number) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || SKIPPED.has(name)) continue;
        const path = join(dir, name);
        let stat;
        try {
          stat = statSync(path);
        } catch {
          continue;
        }
        if (!inside(this.root, realpathSync(path))) continue;
        if (stat.isDirectory()) {
          if (depth < MAX_DEPTH) walk(path, depth + 1);
        } else if (/\.ya?ml$/i.test(name)) {
          const rel = this.relativeOf(path);
          if (dir.endsWith(`${sep}agencies`)) {
            agencies.push({ path: rel, id: name.replace(/\.ya?ml$/i, '') });
            continue;
          }
          const read = readRegularFile(path);
          if (!read.bytes) continue;
          const kind = /^kind:\s*([a-z0-9-]+)/m.exec(read.bytes.toString('utf8'))?.[1];
          if (kind) documents.push({ path: rel, kind });
        }
      }
    };
    walk(this.root, 0);
    return { documents, agencies };
  }
}
