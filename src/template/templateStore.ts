/**
 * Finds template files: the office's folders first (--templates DIR, the document's and the agency
 * profile's `templates:`), then the built-in templates/, so an office can override a kind's wording or
 * a shared partial without touching the package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILTIN_TEMPLATES_DIR } from '../packageRoot.js';

export interface TemplateFile {
  name: string;
  path: string;
  text: string;
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
      const path = join(dir, `${name}.hbs`);
      if (existsSync(path)) return { name, path, text: readFileSync(path, 'utf8') };
    }
    return undefined;
  }

  names(): string[] {
    const names = new Set<string>();
    for (const dir of this.dirs) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) if (f.endsWith('.hbs')) names.add(basename(f, '.hbs'));
    }
    return [...names].sort();
  }

  /** Partials by name; a user partial replaces the built-in one of the same name. */
  partials(): TemplateFile[] {
    const byName = new Map<string, TemplateFile>();
    for (const dir of [...this.dirs].reverse()) {
      const partialDir = join(dir, 'partials');
      if (!existsSync(partialDir)) continue;
      for (const f of readdirSync(partialDir).sort()) {
        if (!f.endsWith('.hbs')) continue;
        const path = join(partialDir, f);
        byName.set(basename(f, '.hbs'), {
          name: basename(f, '.hbs'),
          path,
          text: readFileSync(path, 'utf8'),
        });
      }
    }
    return [...byName.values()];
  }
}
