/**
 * The imported data as YAML a clerk would have written: the schema line, a comment saying where it
 * came from, keys in the document's own order, and "# XEM LẠI: …" above each value to check.
 */
import { Document, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { REVIEW_MARK } from '../kinds/newDocument.js';
import type { DataPath, Review } from './importDocx.js';

const OPTIONS = { lineWidth: 110, minContentWidth: 40 } as const;
const LONG_TEXT = 80;

/** The node that carries the comment for `path`: a map key, or a sequence item. */
function commentTarget(doc: Document, path: DataPath): YamlNode | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
    return (pair?.key as YamlNode | undefined) ?? undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as YamlNode | undefined;
  return undefined;
}

export function toYaml(data: Record<string, unknown>, header: string[], reviews: readonly Review[]): string {
  const doc = new Document(data);
  // Long texts as folded blocks (">-"), as the shipped examples write them: no quotes to balance.
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.length > LONG_TEXT)
        node.type = 'BLOCK_FOLDED';
    },
  });
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  const byNode = new Map<YamlNode, string[]>();
  for (const review of reviews) {
    const node = commentTarget(doc, review.path);
    if (!node) continue;
    byNode.set(node, [...(byNode.get(node) ?? []), ` ${REVIEW_MARK}: ${review.reason}`]);
  }
  for (const [node, lines] of byNode) node.commentBefore = lines.join('\n');
  return doc.toString(OPTIONS);
}
