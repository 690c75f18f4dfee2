/**
 * Finds template files: the office's folders first (--templates DIR, the document's and the agency
 * profile's `templates:`), then the built-in templates/, so an office can override a kind's wording or
 * a shared partial without touching the package.
 *
 * A user folder may hold anything, so a file is opened without blocking and checked before it is read:
 * a FIFO, a device or a folder named like a template is refused (reading a FIFO would wait forever), as
 * is a file larger than MAX_TEMPLATE_BYTES or not in UTF-8. Such a file comes back with `invalid` set,
 * and the renderer reports it instead of running it.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { BUILTIN_TEMPLATES_DIR } from '../packageRoot.js';

/** The shipped templates are under 2 KB; no wording needs thirty times that. Handlebars compiles
 * a template in time that grows faster than its size, so the bound keeps compiling to seconds. */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

export interface TemplateFile {
  name: string;
  path: string;
  text: string;
  /** Why the file cannot be used (not a regular file, too large, not UTF-8); `text` is then empty. */
  invalid?: Diagnostic;
}

/** O_NONBLOCK keeps open() of a FIFO from waiting for a writer; Windows has no such flag (nor FIFOs). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const REASONS = {
  notFile: [
    'không phải là tệp thường (thư mục, FIFO hay thiết bị)',
    'not a regular file (a folder, FIFO or device)',
  ],
  tooLarge: ['tệp lớn hơn giới hạn', 'the file is over the limit'],
  notUtf8: ['tệp không ở bảng mã UTF-8', 'the file is not UTF-8'],
} as const;

function invalidFile(
  name: string,
  path: string,
  reason: readonly [string, string],
  detail = '',
): TemplateFile {
  const invalid = diagnostic('TEMPLATE_FILE_INVALID', {
    path,
    reasonVi: reason[0] + detail,
    reasonEn: reason[1] + detail,
    limit: MAX_TEMPLATE_BYTES,
  });
  return { name, path, text: '', invalid };
}

/**
 * Reads a template file; undefined when there is none at `path` (so the next folder is tried). Other
 * errors opening it (permissions) are reported as the file's problem.
 */
export function readTemplateFile(name: string, path: string): TemplateFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') return invalidFile(name, path, REASONS.notFile);
    const message = (error as Error).message;
    return invalidFile(name, path, [message, message]);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return invalidFile(name, path, REASONS.notFile);
    if (stat.size > MAX_TEMPLATE_BYTES)
      return invalidFile(name, path, REASONS.tooLarge, ` (${stat.size} > ${MAX_TEMPLATE_BYTES})`);
    // One byte more than the limit, in case the file grew since fstat.
    const buffer = Buffer.alloc(MAX_TEMPLATE_BYTES + 1);
    let length = 0;
    for (
      let n;
      length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;
    )
      length += n;
    if (length > MAX_TEMPLATE_BYTES) return invalidFile(name, path, REASONS.tooLarge);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      return invalidFile(name, path, REASONS.notUtf8);
    }
    return { name, path, text };
  } finally {
    closeSync(fd);
  }
}

/** The entries of a folder; none when it is missing or not a folder (a --templates path to a file). */
function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export class TemplateStore {
  readonly dirs: string[];
  /** `userDirs` in order of precedence (first wins), all before the built-in templates. */
  constructor(userDirs?: string | readonly string[]) {
    const own = typeof userDirs === 'string' ? [userDirs] : (userDirs ?? []);
    this.dirs = [...new Set([...own, BUILTIN_TEMPLATES_DIR])];
  }

  find(name: string): TemplateFile | undefined {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
    for (const dir of this.dirs) {
      const file = readTemplateFile(name, join(dir, `${name}.hbs`));
      if (file) return file;
    }
    return undefined;
  }

  names(): string[] {
    const names = new Set<string>();
    for (const dir of this.dirs) {
      for (const f of listDir(dir)) if (f.endsWith('.hbs')) names.add(basename(f, '.hbs'));
    }
    return [...names].sort();
  }

  /** Partials by name; a user partial replaces the built-in one of the same name. */
  partials(): TemplateFile[] {
    const byName = new Map<string, TemplateFile>();
    for (const dir of [...this.dirs].reverse()) {
      const partialDir = join(dir, 'partials');
      for (const f of listDir(partialDir).sort()) {
        if (!f.endsWith('.hbs')) continue;
        const name = basename(f, '.hbs');
        const file = readTemplateFile(name, join(partialDir, f));
        if (file) byName.set(name, file);
      }
    }
    return [...byName.values()];
  }
}
