/**
 * Form edits applied to the clerk's YAML so that only what changed changes on disk.
 *
 * The edit is made with the yaml library's Document API: scalars keep their node (and so their quoting and
 * comments), list items are matched to the old ones (a moved task carries its "# XEM LẠI" line with it),
 * maps keep their key order. Then the new text is merged line by line into the original: the library
 * reformats some things it did not touch (long folded paragraphs), so the lines the edit did not reach
 * are taken from the original file, and only the edited region comes from the library. The merge is
 * checked by parsing it again; if it would not read back as the edited data, the library's full text is
 * used instead (correct, only more changed lines).
 */
import { isDeepStrictEqual } from 'node:util';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TO_STRING = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsOf(node: unknown): unknown {
  if (node && typeof (node as { toJSON?: unknown }).toJSON === 'function')
    return (node as { toJSON(): unknown }).toJSON();
  return node ?? null;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** A node holding `value`, reusing `old` (its style, comments, position) as far as the shapes agree. */
function patchNode(doc: Document, old: unknown, value: Json): unknown {
  if (isDeepStrictEqual(jsOf(old), value)) return old;
  if (value !== null && typeof value !== 'object' && isScalar(old)) {
    // A scalar keeps its node: quoting, comment and anchor stay. A block scalar with leading spaces or a
    // trailing newline cannot keep its style simply, so the library picks one.
    old.value = value;
    if ((old.type === 'BLOCK_FOLDED' || old.type === 'BLOCK_LITERAL') && typeof value === 'string')
      if (/^\s|\n$/.test(value) || value === '') old.type = undefined as unknown as Scalar.Type;
    return old;
  }
  if (Array.isArray(value) && isSeq(old)) {
    const oldItems = old.items as unknown[];
    // A comment between the list's key and its first item (a "# XEM LẠI" mark) belongs to that item:
    // it moves with it.
    const first = oldItems[0] as YamlNode | undefined;
    if (old.commentBefore && first && typeof first === 'object') {
      first.commentBefore = first.commentBefore
        ? `${old.commentBefore}\n${first.commentBefore}`
        : old.commentBefore;
      old.commentBefore = undefined;
    }
    const used = new Set<number>();
    const placed: Array<unknown> = value.map((item) => {
      const j = oldItems.findIndex((o, k) => !used.has(k) && isDeepStrictEqual(jsOf(o), item));
      if (j < 0) return undefined;
      used.add(j);
      return oldItems[j];
    });
    old.items = value.map((item, i) => {
      if (placed[i] !== undefined) return placed[i];
      // An edited item: the old item at the same place, if no other new item took it.
      if (i < oldItems.length && !used.has(i)) {
        used.add(i);
        return patchNode(doc, oldItems[i], item);
      }
      return doc.createNode(item);
    }) as typeof old.items;
    return old;
  }
  if (isObject(value) && isMap(old)) {
    const pairs = old.items as Pair[];
    const byKey = new Map(pairs.map((p) => [keyOf(p), p]));
    const keys = Object.keys(value);
    const oldOrder = pairs.map(keyOf).filter((k) => k in value);
    const sameOrder = isDeepStrictEqual(
      oldOrder,
      keys.filter((k) => byKey.has(k)),
    );
    const next: Pair[] = [];
    const order = sameOrder ? [...oldOrder, ...keys.filter((k) => !byKey.has(k))] : keys;
    for (const key of order) {
      const pair = byKey.get(key);
      if (pair) {
        pair.value = patchNode(doc, pair.value, value[key]!) as typeof pair.value;
        next.push(pair);
      } else {
        next.push(doc.createPair(key, value[key]) as Pair);
      }
    }
    old.items = next as typeof old.items;
    return old;
  }
  return doc.createNode(value);
}

/** Pairs of (i in a, j in b) of a longest common subsequence of lines. */
function commonLines(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i++, j++]);
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The original lines with the changes from `baseline` (the library's text of the unedited document) to
 * `edited` (its text of the edited one) carried over. Undefined when the files are too large to compare.
 */
function mergeLines(original: string, baseline: string, edited: string): string | undefined {
  const a = original.split('\n');
  const b = baseline.split('\n');
  const c = edited.split('\n');
  if (a.length * b.length > 4e6 || b.length * c.length > 4e6) return undefined;
  // Anchors: baseline lines known to stand for the same original line.
  const bToA = new Map<number, number>(commonLines(b, a));
  const bToC = commonLines(b, c);
  const out: string[] = [];
  // Walk the baseline↔edited alignment; between two lines that are both unchanged and anchored in the
  // original, copy the original; a stretch with any change is replaced by the edited lines.
  const anchors: Array<[number, number, number]> = []; // [b, c, a]
  for (const [bi, ci] of bToC) {
    const ai = bToA.get(bi);
    if (ai !== undefined && (anchors.length === 0 || ai > anchors[anchors.length - 1]![2]))
      anchors.push([bi, ci, ai]);
  }
  let pb = -1;
  let pc = -1;
  let pa = -1;
  for (const [bi, ci, ai] of [...anchors, [b.length, c.length, a.length] as [number, number, number]]) {
    const bGap = b.slice(pb + 1, bi);
    const cGap = c.slice(pc + 1, ci);
    const aGap = a.slice(pa + 1, ai);
    // Unchanged stretch: keep the original's own spelling of it (it may differ from the library's).
    if (isDeepStrictEqual(bGap, cGap)) out.push(...aGap);
    else out.push(...cGap);
    if (ai < a.length) out.push(a[ai]!);
    pb = bi;
    pc = ci;
    pa = ai;
  }
  return out.join('\n');
}

export interface PatchResult {
  text: string;
  /** True when the line merge failed its check and the library's whole text was used. */
  reformatted: boolean;
}

/** The YAML `source` edited so that it reads as `data`, changing as few lines as possible. */
export function applyFormEdits(source: string, data: Json): PatchResult {
  const doc = parseDocument(source, { keepSourceTokens: false });
  const baseline = doc.toString(TO_STRING);
  if (isDeepStrictEqual(doc.toJS(), data)) return { text: source, reformatted: false };
  doc.contents = patchNode(doc, doc.contents, data) as typeof doc.contents;
  const edited = doc.toString(TO_STRING);
  const merged = mergeLines(source, baseline, edited);
  if (merged !== undefined) {
    const check = parseDocument(merged);
    if (check.errors.length === 0 && isDeepStrictEqual(check.toJS(), data))
      return { text: merged, reformatted: false };
  }
  return { text: edited, reformatted: true };
}

/** The path (keys and indexes) of the deepest node at `offset`, for showing a diagnostic beside its field. */
export function pathAtOffset(root: unknown, offset: number): Array<string | number> {
  const path: Array<string | number> = [];
  let node = root as YamlNode | null;
  for (;;) {
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => {
        const start = (p.key as YamlNode | null)?.range?.[0] ?? Infinity;
        const end = (p.value as YamlNode | null)?.range?.[2] ?? (p.key as YamlNode | null)?.range?.[2] ?? -1;
        return offset >= start && offset <= end;
      });
      if (!pair || !isPair(pair)) return path;
      path.push(keyOf(pair));
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const i = (node.items as Array<YamlNode | null>).findIndex(
        (item) => item?.range && offset >= item.range[0] && offset <= item.range[2],
      );
      if (i < 0) return path;
      path.push(i);
      node = node.items[i] as YamlNode | null;
    } else return path;
  }
}

export type { Json };
