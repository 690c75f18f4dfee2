/**
 * `vanban import` speed: `npm run build && node bench/import.mjs [folder]`.
 *
 * Imports each .docx of ../shared/real-docs (or the folder given) in one process — reading, recognising,
 * writing the YAML text — and reports per-document times: the median over all files of each file's best of 5,
 * and the slowest file with its page count as Word recorded it. The issue asks that a 5-page document
 * import in under a second.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDocx, NotAdministrativeError } from '../dist/src/import/importDocx.js';
import { toYaml } from '../dist/src/import/writeYaml.js';
import { contextOf } from '../dist/src/lint/lint.js';

const REPO = join(import.meta.dirname, '..');
const folder = process.argv[2] ?? join(REPO, '..', 'shared', 'real-docs');
if (!existsSync(folder)) {
  process.stdout.write(`no documents at ${folder}\n`);
  process.exit(0);
}
const times = [];
for (const name of readdirSync(folder)
  .filter((f) => f.endsWith('.docx'))
  .sort()) {
  const bytes = new Uint8Array(readFileSync(join(folder, name)));
  const once = () => {
    const start = performance.now();
    try {
      const result = importDocx(bytes);
      toYaml(result.document, [], result.reviews);
      toYaml(result.profile, [], result.profileReviews);
    } catch (error) {
      if (!(error instanceof NotAdministrativeError)) throw error;
      return undefined;
    }
    return performance.now() - start;
  };
  if (once() === undefined) continue;
  const best = Math.min(...Array.from({ length: 5 }, once));
  times.push({ name, ms: best, pages: contextOf(bytes).model.recordedPages ?? 0 });
}
times.sort((a, b) => a.ms - b.ms);
const median = times[Math.floor(times.length / 2)];
const slowest = times.at(-1);
const fivePages = times.filter((t) => t.pages >= 5);
process.stdout.write(
  `import: ${times.length} documents, median ${median.ms.toFixed(1)} ms, slowest ${slowest.ms.toFixed(1)} ms ` +
    `(${slowest.name}, ${slowest.pages} pages)` +
    (fivePages.length > 0
      ? `; documents of 5 pages or more: ${fivePages.length}, slowest ${Math.max(...fivePages.map((t) => t.ms)).toFixed(1)} ms`
      : '') +
    '\n',
);
