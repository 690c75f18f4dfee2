/**
 * Body paragraphs back into vanban's content: opening paragraphs, numbered items nested by their
 * labels, closing paragraphs. The nesting comes from the labels' ranks (I. › 1. › 1.1. › a) › - › +);
 * a label vanban would print by itself is left out, any other is kept as written (`label:`), so the
 * document prints as it was numbered.
 */
import type { Paragraph } from '../lint/docxModel.js';
import {
  LIST_LEVELS,
  NUMBERING,
  labelFor,
  type ContentItem,
  type ContentNode,
  type ContentTable,
  type Level,
  type ListMarker,
  type TitleStyle,
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

const HAS_WORD = /[\p{L}\d]/u;

const styleOf = (props: { bold: boolean; italic: boolean }): TitleStyle =>
  props.bold ? (props.italic ? 'bold-italic' : 'bold') : props.italic ? 'italic' : 'normal';

/** A line's first words in one style, and the runs after them. */
interface Lead {
  style: TitleStyle;
  title: NotedRun[];
  rest: NotedRun[];
}

/**
 * The line's lead: its first word's style, and every run up to the first word in another style;
 * punctuation and spaces in any style go along, as a reader sees "Mục đích:" with a plain colon.
 */
function leadOf(runs: readonly NotedRun[]): Lead | undefined {
  const visible = runs.filter((r) => (r.text !== '' || r.notes) && !r.props.hidden);
  const first = visible.find((r) => HAS_WORD.test(r.text));
  if (!first) return undefined;
  const style = styleOf(first.props);
  let i = 0;
  while (i < visible.length && (styleOf(visible[i]!.props) === style || !HAS_WORD.test(visible[i]!.text)))
    i++;
  return { style, title: visible.slice(0, i), rest: visible.slice(i) };
}

/** The runs' text as it stands, spaces and all. */
const runsRaw = (runs: readonly NotedRun[]): string => runs.map((r) => r.text).join('');

/** A typed label's style; undefined for Word's automatic number, whose runs are not in the text. */
function labelStyle(runs: readonly NotedRun[] | undefined): TitleStyle | undefined {
  const shown = (runs ?? []).filter((r) => /\S/u.test(r.text) && !r.props.hidden);
  // "1" bold with its "." plain reads as a bold "1."; a "-" has only punctuation to judge by.
  const judged = shown.some((r) => HAS_WORD.test(r.text))
    ? shown.filter((r) => HAS_WORD.test(r.text))
    : shown;
  if (judged.length === 0) return undefined;
  return styleOf({ bold: judged.every((r) => r.props.bold), italic: judged.every((r) => r.props.italic) });
}

/**
 * Longest whole line, in words, read as a heading: a plain one has only its place and its length to
 * tell it from a numbered sentence; a bold or italic one has its style too.
 */
const HEADING_WORDS = { plain: 20, styled: 40 };

/**
 * Where an item stands, for reading its title: a mục I. (vanban prints any of its lines as a title), a
 * heading level (1., or a label the clerk wrote), or below (a), -, +, where a title runs into the text).
 */
type Place = 'muc' | 'heading' | 'below';

/**
 * The item's title, when its line starts with one, and how it prints (`title_style`; none for the
 * default bold at I., 1. and labels kept as written, where a bold lead is the title, as always).
 * Otherwise a title prints its label in its own style (but a plain "a)", "-" or "+" below 1.), so a typed
 * label in another style keeps the line as text with its emphasis, and:
 * - a lead-in ending in ":" run into the text is the title where its typed label has its style, or,
 *   bold-italic, where a bold one would be (I., 1.);
 * - a whole line is a mục's title in any style, and elsewhere a heading when paragraphs, items or a
 *   table stand under it and it is short; plain only at a heading level and without a sentence's end,
 *   since plain is how any numbered sentence prints.
 */
function titleOf(
  block: BodyBlock,
  place: Place,
  under: boolean,
): { title: string; style?: TitleStyle; rest: NotedRun[] } | undefined {
  const lead = leadOf(block.runs);
  if (!lead) return undefined;
  const title = plainMarkup(lead.title);
  if (!HAS_WORD.test(title)) return undefined;
  if (place !== 'below' && lead.style === 'bold') return { title, rest: lead.rest };
  const label = labelStyle(block.labelRuns);
  // Below 1., vanban prints the label plain before a styled title ("c) **Bộ Tài chính:** …"), as offices do.
  const plainPoint = place === 'below' && label === 'normal';
  if (label !== undefined && label !== lead.style && !plainPoint) return undefined;
  const styled = { title, style: lead.style, rest: lead.rest };
  if (lead.rest.length > 0) {
    // Emphasis on a sentence's first words stays in the text; vanban prints a space after a title.
    const spaced = /\s$/u.test(runsRaw(lead.title)) || /^\s/u.test(runsRaw(lead.rest));
    if (lead.style === 'normal' || !title.endsWith(':') || !spaced) return undefined;
    return label !== undefined || (place !== 'below' && lead.style === 'bold-italic') ? styled : undefined;
  }
  if (place === 'muc') return styled;
  const words = title.split(/\s+/u).length;
  if (!under || words > (lead.style === 'normal' ? HEADING_WORDS.plain : HEADING_WORDS.styled))
    return undefined;
  if (lead.style === 'normal') return place !== 'below' && !/[.:;,!?…]$/u.test(title) ? styled : undefined;
  return styled;
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
    const under = node.paragraphs.length > 0 || node.children.length > 0 || node.table !== undefined;
    const place: Place = level === 'roman' ? 'muc' : heading ? 'heading' : 'below';
    const split = block.label && !block.table ? titleOf(block, place, under) : undefined;
    if (block.table) item.table = block.table;
    if (split) {
      item.title = split.title;
      if (split.style) item.title_style = split.style;
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
