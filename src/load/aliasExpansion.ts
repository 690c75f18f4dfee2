/**
 * The number of nodes a YAML document would have with every alias expanded. A "billion laughs" file is
 * a few hundred bytes that expands to billions of nodes; measuring the expansion (memoised per anchored
 * node, so linear in the file) refuses it before anything walks it.
 */
import { isAlias, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';

export const MAX_EXPANDED_NODES = 100_000;

export function expandedSize(document: Document.Parsed): { size: number; firstAlias?: YamlNode } {
  const memo = new Map<unknown, number>();
  let firstAlias: YamlNode | undefined;
  const sizeOf = (node: unknown, depth: number): number => {
    if (depth > 200) return MAX_EXPANDED_NODES + 1;
    if (memo.has(node)) return memo.get(node)!;
    let size = 1;
    if (isAlias(node)) {
      firstAlias ??= node as unknown as YamlNode;
      size = sizeOf(node.resolve(document), depth + 1);
    } else if (isMap(node)) {
      for (const pair of node.items) size += sizeOf(pair.key, depth + 1) + sizeOf(pair.value, depth + 1);
    } else if (isSeq(node)) {
      for (const item of node.items) size += sizeOf(item, depth + 1);
    }
    size = Math.min(size, MAX_EXPANDED_NODES + 1);
    if (node && typeof node === 'object') memo.set(node, size);
    return size;
  };
  const size = sizeOf(document.contents, 0);
  return firstAlias ? { size, firstAlias } : { size };
}
