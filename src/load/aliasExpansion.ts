/**
 * Bounds on the shape of a YAML file, each checked before the work it bounds:
 *
 * - nesting depth and node count, estimated from the raw text before the parser runs (the parser
 *   recurses once per level, and a 500 000-level file takes it seconds and hundreds of MB before it
 *   gives up; a 1 MiB file of 250 000 list items takes it seconds too);
 * - the size of the document with every alias expanded: node count and bytes of text. A "billion
 *   laughs" file is a few hundred bytes that expands to billions of nodes; 300 aliases of a list of
 *   long strings stay few nodes but hundreds of MB of text. Measuring (memoised per node, so linear in
 *   the file) refuses both before anything walks the tree.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { MAX_EXPANDED_BYTES, MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';

export { MAX_EXPANDED_NODES } from './limits.js';

/** What the raw text says about its shape, before the parser spends time on it. */
export interface TextShape {
  /** Offset where the nesting first goes deeper than the limit. */
  tooDeepAt?: number;
  /** Offset where the count of certain nodes first passes MAX_EXPANDED_NODES. */
  tooManyNodesAt?: number;
}

/**
 * Scans the text once. Block levels come from indentation (each deeper indentation and each "- " opens
 * one), flow levels from [ and { outside quotes and comments: an estimate from the text alone,
 * generous enough for every real file. Nodes are counted from what surely makes one: each "- " item,
 * each "key:" (a key and its value) and each "," between flow items, so the count never exceeds the
 * parsed tree's and a file refused here would be refused after parsing too, only seconds later.
 */
export function scanShape(
  text: string,
  depthLimit = MAX_NESTING_DEPTH,
  nodeLimit = MAX_EXPANDED_NODES,
): TextShape {
  const indents: number[] = [];
  let flow = 0;
  let nodes = 0;
  let quote: '"' | "'" | undefined;
  /** Indentation of the line that opened a block scalar (| or >): deeper lines are its text. */
  let blockText: number | undefined;
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    let i = offset;
    if (blockText !== undefined) {
      let spaces = 0;
      while (offset + spaces < end && text.charCodeAt(offset + spaces) === 0x20) spaces++;
      const blank = /^\s*$/.test(text.slice(offset + spaces, end));
      if (blank || spaces > blockText) {
        offset = end + 1;
        continue;
      }
      blockText = undefined;
    }
    if (!quote) {
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      const indent = i - offset;
      const rest = text.charCodeAt(i);
      // Blank and comment-only lines open nothing.
      if (i < end && rest !== 0x23 && rest !== 0x0d && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        let dashes = 0;
        while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === end)) {
          dashes++;
          i += 2;
          while (i < end && text.charCodeAt(i) === 0x20) i++;
        }
        if (indents.length + dashes > depthLimit) return { tooDeepAt: offset + indent };
        nodes += dashes;
        if (nodes > nodeLimit) return { tooManyNodesAt: offset + indent };
        // A "- - - x" line's dashes are levels of this line only; the next line pops back.
        for (let d = 0; d < dashes; d++) indents.push(indent + 2 * (d + 1) - 1);
      }
    }
    for (; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      const before = i === offset ? ' ' : text[i - 1]!;
      if (c === '#' && (before === ' ' || before === '\t' || i === offset)) break;
      const tokenStart =
        before === ' ' ||
        before === '\t' ||
        before === '[' ||
        before === '{' ||
        before === ',' ||
        before === ':';
      if ((c === '"' || c === "'") && tokenStart) quote = c;
      else if (c === '[' || c === '{') {
        flow++;
        if (indents.length + flow > depthLimit) return { tooDeepAt: i };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if ((c === ':' && (i + 1 === end || text[i + 1] === ' ')) || (c === ',' && flow > 0)) {
        nodes += c === ':' ? 2 : 1;
        if (nodes > nodeLimit) return { tooManyNodesAt: i };
      }
    }
    // "key: |", "- >-", "text: |2 # note": the lines below are text, whatever brackets they hold.
    if (!quote && flow === 0 && /(?:^|[\s:-])[|>][0-9+-]*\s*(?:#.*)?\r?$/.test(text.slice(offset, end))) {
      let spaces = 0;
      while (text.charCodeAt(offset + spaces) === 0x20) spaces++;
      blockText = spaces;
    }
    offset = end + 1;
  }
  return {};
}

export type ExpansionProblem =
  /** Aliases expand past a bound; `at` is the alias to blame. */
  | { kind: 'alias'; at: YamlNode; nodes: number; bytes: number }
  /** No alias involved: the file itself has too many nodes. */
  | { kind: 'nodes'; at: YamlNode }
  /** Nested deeper than the parser's tree should be (only reachable through aliases or odd flow). */
  | { kind: 'depth'; at: YamlNode };

interface Size {
  nodes: number;
  bytes: number;
}

/** Recursion guard of the measurement: the text's own nesting is bounded before parsing. */
const MAX_TREE_DEPTH = 4 * MAX_NESTING_DEPTH;

const over = (s: Size) => s.nodes > MAX_EXPANDED_NODES || s.bytes > MAX_EXPANDED_BYTES;

function scalarBytes(node: unknown): number {
  if (!isScalar(node)) return 0;
  const value = node.value;
  if (typeof value === 'string') return Buffer.byteLength(value);
  return typeof node.source === 'string' ? node.source.length : String(value).length;
}

/**
 * Measures the document with its aliases expanded and returns the first bound it passes, if any.
 * Sizes are capped just past the limits, so numbers never grow beyond what is needed to decide.
 */
export function expansionProblem(document: Document.Parsed): ExpansionProblem | undefined {
  const memo = new Map<unknown, Size>();
  let problem: ExpansionProblem | undefined;
  const cap = (s: Size): Size => ({
    nodes: Math.min(s.nodes, MAX_EXPANDED_NODES + 1),
    bytes: Math.min(s.bytes, MAX_EXPANDED_BYTES + 1),
  });
  /** `via` is the outermost alias the walk came through: the one the clerk wrote in the document. */
  const sizeOf = (node: unknown, depth: number, via: YamlNode | undefined): Size => {
    if (problem) return { nodes: 0, bytes: 0 };
    const memoised = memo.get(node);
    if (memoised) return memoised;
    if (depth > MAX_TREE_DEPTH) {
      problem = via
        ? { kind: 'alias', at: via, nodes: MAX_EXPANDED_NODES + 1, bytes: 0 }
        : { kind: 'depth', at: node as YamlNode };
      return { nodes: 0, bytes: 0 };
    }
    let total: Size = { nodes: 1, bytes: scalarBytes(node) };
    const add = (child: unknown) => {
      const s = sizeOf(
        child,
        depth + 1,
        via ?? (isAlias(child) ? (child as unknown as YamlNode) : undefined),
      );
      total = cap({ nodes: total.nodes + s.nodes, bytes: total.bytes + s.bytes });
      if (!problem && over(total)) {
        const blame = via ?? (isAlias(child) ? (child as unknown as YamlNode) : undefined);
        problem = blame ? { kind: 'alias', at: blame, ...total } : { kind: 'nodes', at: node as YamlNode };
      }
    };
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (target) total = sizeOf(target, depth + 1, via ?? (node as unknown as YamlNode));
    } else if (isMap(node)) {
      for (const pair of node.items) {
        add(pair.key);
        add(pair.value);
        if (problem) break;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        add(item);
        if (problem) break;
      }
    }
    if (node && typeof node === 'object') memo.set(node, total);
    return total;
  };
  sizeOf(document.contents, 0, undefined);
  return problem;
}
