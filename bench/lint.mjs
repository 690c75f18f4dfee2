/**
 * `vanban lint` speed on real Word documents: `npm run build && node bench/lint.mjs [folder]`.
 *
 * Lints the .docx files of ../shared/real-docs (or the folder given) in one process, over and over until
 * 100 documents are done, and reports documents per second (median of 5 rounds, after one warm-up round)
 * and the peak resident memory. The target is ≥ 20 documents a second on this machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintDocx } from '../dist/src/lint/lint.js';

const REPO = join(import.meta.dirname, '..');
const folder = process.argv[2] ?? join(REPO, '..', 'shared', 'real-docs');
if (!existsSync(folder)) {
  process.stdout.write(`no documents at ${folder}\n`);
  process.exit(0);
}
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => new Uint8Array(readFileSync(join(folder, f))));
const DOCS = 100;
let peak = 0;
const round = () => {
  const start = performance.now();
  for (let i = 0; i < DOCS; i++) {
    lintDocx(files[i % files.length]);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return DOCS / ((performance.now() - start) / 1000);
};
round();
const rates = Array.from({ length: 5 }, round).sort((a, b) => a - b);
process.stdout.write(
  `lint: ${DOCS} documents from ${files.length} files, median ${rates[2].toFixed(1)} docs/s ` +
    `(min ${rates[0].toFixed(1)}, max ${rates[4].toFixed(1)}), peak RSS ${(peak / 1e6).toFixed(0)} MB\n`,
);
