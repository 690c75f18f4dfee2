/**
 * Body paragraphs back into vanban's content: opening paragraphs, numbered items nested by their
 * labels, closing paragraphs. The nesting comes from the labels' ranks (I. › 1. › 1.1. › a) › - › +);
 * a label vanban would print by itself is left out, any other is kept as written (`label:`), so the
 * document prints as it was numbered.
 */
import type { Paragraph, Run } from '../lint/docxModel.js';
import {
  LIST_LEVELS,
  NUMBERING,
  labelFor,
  type ContentItem,
  type ContentNode,
  type ContentTable,
  type Level,
  type ListMarker,
} from '../kinds/content.js';
import { labelOf, type Label } from './labels.js';
import { notedRuns, trailingNote, type NotedRun } from './notedRuns.js';
import { plainMarkup, runsMarkup, runsText } from './runsMarkup.js';

/** One block of the body as read: a paragraph (with its label, if any) or a table. */
export interface BodyBlock {
  label?: Label;
  /** The runs after the label, with the footnotes marked in them. */
  runs: NotedRun[];
  /** The label's own runs, when it has one: their emphasis says whether the label is part of the text. */
  labelRuns?: NotedRun[];
  table?: ContentTable;
}

interface TreeNode {
  block: BodyBlock;
  /** A table right after the item's paragraphs (ContentItem.table). */
  table?: ContentTable;
  children: TreeNode[];
  /** Unlabelled paragraphs right under the item's own line, before any child. */
  paragraphs: BodyBlock[];
}

export interface ContentRead {
  intro: string[];
  items: ContentNode[];
  closing: string[];
  numbering: 'roman' | 'arabic';
}

/** Cuts the first `count` characters off the runs; a footnote mark among them stays. */
function dropChars(runs: readonly NotedRun[], count: number): NotedRun[] {
  const out: NotedRun[] = [];
  let left = count;
  for (const run of runs) {
    if (run.text === '' && run.notes) {
      out.push(run);
      continue;
    }
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push(left > 0 ? { ...run, text: run.text.slice(left) } : run);
    left = 0;
  }
  return out;
}

/** The first `count` characters of the runs. */
function takeChars(runs: readonly NotedRun[], count: number): NotedRun[] {
  const out: NotedRun[] = [];
  let left = count;
  for (const run of runs) {
    if (left <= 0) break;
    out.push(left >= run.text.length ? run : { ...run, text: run.text.slice(0, left) });
    left -= run.text.length;
  }
  return out;
}

export function blockOf(paragraph: Paragraph, notes: ReadonlyMap<string, string> = new Map()): BodyBlock {
  const runs = notedRuns(paragraph.runs, notes);
  const raw = runs.map((r) => r.text.replace(/[\t\n\u00a0]/g, ' ')).join('');
  const start = raw.length - raw.trimStart().length;
  if (paragraph.listLabel !== undefined) {
    // Word's automatic number: read as if typed, though none of it is in the runs.
    const typed = labelOf(`${paragraph.listLabel} ${raw.trimStart()}`);
    if (typed) return { label: typed, runs: dropChars(runs, start), labelRuns: [] };
  }
  const label = labelOf(raw.trimStart());
  const cut = raw.length - (label?.rest.length ?? raw.length);
  return label
    ? { label, runs: dropChars(runs, cut), labelRuns: takeChars(runs, cut) }
    : { runs: dropChars(runs, start) };
}

/** Builds the tree: each labelled block goes under the nearest open block of a lower rank. */
function buildTree(blocks: BodyBlock[]): { intro: BodyBlock[]; roots: TreeNode[]; trailing: BodyBlock[] } {
  const intro: BodyBlock[] = [];
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (const block of blocks) {
    if (block.label) {
      while (stack.length > 0 && stack.at(-1)!.block.label!.rank >= block.label.rank) stack.pop();
      const node: TreeNode = { block, children: [], paragraphs: [] };
      (stack.length > 0 ? stack.at(-1)!.children : roots).push(node);
      stack.push(node);
      continue;
    }
    const open = stack.at(-1);
    if (!open) {
      // Before the first item: opening paragraphs, unless a table came first (then items keep order).
      if (block.table || roots.length > 0) roots.push({ block, children: [], paragraphs: [] });
      else intro.push(block);
    } else if (open.children.length === 0 && block.table && !open.table) open.table = block.table;
    else if (open.children.length === 0 && !block.table && !open.table) open.paragraphs.push(block);
    else open.children.push({ block, children: [], paragraphs: [] });
  }
  // Unlabelled paragraphs that end the body after a finished item are the closing (vanban's "closing").
  const trailing: BodyBlock[] = [];
  const last = roots.at(-1);
  if (last) {
    let tail = last;
    while (tail.children.length > 0) tail = tail.children.at(-1)!;
    const parent = findParent(roots, tail);
    if (tail.block.label === undefined && parent) {
      while (parent.children.length > 0 && parent.children.at(-1)!.block.label === undefined)
        trailing.unshift(parent.children.pop()!.block);
    } else if (tail.paragraphs.length > 0 && hasOwnText(tail.block)) {
      trailing.push(...tail.paragraphs.splice(0));
    }
  }
  return { intro, roots, trailing };
}

function hasOwnText(block: BodyBlock): boolean {
  return runsText(block.runs) !== '';
}

function findParent(nodes: TreeNode[], target: TreeNode): TreeNode | undefined {
  for (const node of nodes) {
    if (node.children.includes(target)) return node;
    const found = findParent(node.children, target);
    if (found) return found;
  }
  return undefined;
}

/** The block as text with inline emphasis and footnotes, a bare "" for an empty table holder. */
function textOf(block: BodyBlock): string {
  return runsMarkup(block.runs);
}

/** Splits a heading's runs into its bold lead (the title) and the rest. */
function splitTitle(runs: readonly NotedRun[]): { title: string; rest: NotedRun[] } | undefined {
  const visible = runs.filter((r) => (r.text !== '' || r.notes) && !r.props.hidden);
  let i = 0;
  // A bold-italic lead is emphasis inside the text (***…***), not a heading vanban prints bold.
  const plainBold = (r: Run): boolean => r.props.bold && !r.props.italic;
  while (i < visible.length && (plainBold(visible[i]!) || !/[\p{L}\d]/u.test(visible[i]!.text))) i++;
  const lead = visible.slice(0, i);
  if (!/[\p{L}\d]/u.test(runsText(lead))) return undefined;
  return { title: plainMarkup(lead), rest: visible.slice(i) };
}

/** Whether every child is a "-" (or every one a "+"), which `list:` asks vanban to print. */
function listOf(children: TreeNode[]): ListMarker | undefined {
  const kinds = new Set(children.map((c) => c.block.label?.kind ?? 'none'));
  if (kinds.size !== 1) return undefined;
  if (kinds.has('dash')) return 'dash';
  if (kinds.has('plus')) return 'plus';
  return undefined;
}

function toItems(nodes: TreeNode[], levels: readonly Level[], depth: number): ContentNode[] {
  const level = levels[Math.min(depth, levels.length - 1)]!;
  let counter = 0;
  return nodes.map((node) => {
    const item: ContentItem = {};
    // One footnote that ends the item is its `note:`, which vanban prints there; any other stays in place.
    const ending = node.block.table ? undefined : trailingNote(node.block.runs);
    const block: BodyBlock = ending ? { ...node.block, runs: ending.runs } : node.block;
    const docLabel = node.block.label?.text ?? '';
    const auto = node.block.label ? labelFor(level, counter + 1) : undefined;
    const explicit = auto === undefined || auto !== docLabel;
    if (explicit) item.label = docLabel;
    else counter++;
    const heading = explicit ? docLabel !== '' : level === 'roman' || level === 'arabic';
    const split = heading && block.label ? splitTitle(block.runs) : undefined;
    if (block.table) item.table = block.table;
    if (split) {
      item.title = split.title;
      const rest = runsMarkup(split.rest);
      if (rest !== '') item.text = rest;
    } else if (!block.table) {
      const styled = (block.labelRuns ?? []).some(
        (r) => /\S/u.test(r.text) && (r.props.bold || r.props.italic),
      );
      if (explicit && styled) {
        // "***2.1. Địa điểm:*** …": the label is emphasised with the text, so it stays in the text.
        item.label = '';
        item.text = runsMarkup([...(block.labelRuns ?? []), ...block.runs]);
      } else item.text = textOf(block);
    }
    if (ending) item.note = ending.note;
    if (node.paragraphs.length > 0) item.paragraphs = node.paragraphs.map(textOf);
    if (node.table) item.table = node.table;
    if (node.children.length > 0) {
      const list = listOf(node.children);
      const nextLevel = levels[Math.min(depth + 1, levels.length - 1)]!;
      if (list && nextLevel !== list) {
        item.list = list;
        item.items = toItems(node.children, LIST_LEVELS[list], 0);
      } else item.items = toItems(node.children, levels, depth + 1);
    }
    const keys = Object.keys(item);
    return keys.length === 1 && keys[0] === 'text' && item.text !== '' ? item.text! : item;
  });
}

/** Reads the blocks as vanban content; `numbering` follows the first label of the top level. */
export function readContent(blocks: BodyBlock[], levelsOverride?: readonly Level[]): ContentRead {
  // Paragraphs of spaces or tabs only are layout, not content.
  const { intro, roots, trailing } = buildTree(
    blocks.filter((b) => b.table || b.label || runsMarkup(b.runs) !== ''),
  );
  const numbering = roots.find((r) => r.block.label)?.block.label?.kind === 'roman' ? 'roman' : 'arabic';
  return {
    intro: intro.map(textOf),
    items: toItems(roots, levelsOverride ?? NUMBERING[numbering], 0),
    closing: trailing.map(textOf),
    numbering,
  };
}

/** The read content as YAML fields, leaving out the empty ones (a clerk writes no `intro: []`). */
export function contentData(read: ContentRead): Partial<Pick<ContentRead, 'intro' | 'items' | 'closing'>> {
  return {
    ...(read.intro.length > 0 ? { intro: read.intro } : {}),
    ...(read.items.length > 0 ? { items: read.items } : {}),
    ...(read.closing.length > 0 ? { closing: read.closing } : {}),
  };
}
