import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

/**
 * The node at a path of keys and 0-based list indexes, or the deepest node found on the way.
 * With preferKey, a path ending in a map key gives the key itself (e.g. an unknown unit id).
 */
export function nodeAtPath(
  root: YamlNode | null,
  path: ReadonlyArray<string | number>,
  preferKey = false,
): YamlNode | null {
  let node: YamlNode | null = root;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step),
      );
      if (!pair) return node;
      if (preferKey && i === path.length - 1) return pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
