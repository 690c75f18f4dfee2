/** Benchmark inputs made from the shipped example: distinct notices for a batch, and notices with more tasks. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

export const REPO = join(import.meta.dirname, '..');
export const EXAMPLE = join(REPO, 'data', '2020-08-giao-ban.yaml');
const PROFILE = join(REPO, 'data', 'agencies', 'so-khcn-quang-binh.yaml');

/** A folder laid out like data/: the agency profile in agencies/, notices beside it. */
export function prepareFolder(dir) {
  mkdirSync(join(dir, 'agencies'), { recursive: true });
  copyFileSync(PROFILE, join(dir, 'agencies', 'so-khcn-quang-binh.yaml'));
  return dir;
}

/** The example with its number filled in, so each notice of a batch is a different document. */
export function numberedNotice(n) {
  const text = readFileSync(EXAMPLE, 'utf8');
  const numbered = text.replace(/^# number: .*$/m, `number: ${n}`);
  if (numbered === text) throw new Error('bench: the example no longer has a "# number:" line');
  return numbered;
}

/** Writes `count` distinct notices into dir; returns their paths. */
export function writeBatch(dir, count) {
  prepareFolder(dir);
  const paths = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `tb-${String(i + 1).padStart(5, '0')}.yaml`);
    writeFileSync(path, numberedNotice(i + 1));
    paths.push(path);
  }
  return paths;
}

/**
 * The example with every task list repeated `factor` times (general tasks and each unit's tasks), each
 * copy marked so no two tasks are the same text. Built with yaml's Document so the rest keeps its form.
 */
export function scaledNotice(factor) {
  const doc = parseDocument(readFileSync(EXAMPLE, 'utf8'));
  const repeat = (seq) => {
    const original = seq.items.map((item) => String(item.value ?? item));
    seq.items = [];
    for (let copy = 1; copy <= factor; copy++) {
      for (const task of original)
        seq.items.push(doc.createNode(copy === 1 ? task : `${task} (đợt ${copy})`));
    }
  };
  const general = doc.get('general_tasks', true);
  if (isSeq(general)) repeat(general);
  const units = doc.get('unit_tasks', true);
  if (isMap(units)) for (const pair of units.items) if (isSeq(pair.value)) repeat(pair.value);
  return doc.toString({ lineWidth: 0 });
}
