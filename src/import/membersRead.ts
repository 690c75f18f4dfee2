/**
 * More signers under the main signature (members of a board or an inspection team): table cells after
 * the signer's title lines that each hold title lines in capitals and a name under them. Read as
 * `members:` so they are neither dropped nor mistaken for an appendix.
 */
import type { Paragraph } from '../lint/docxModel.js';
import type { Elements } from '../lint/elements.js';
import { vietnameseUpper } from '../text/case.js';
import { tidy } from './runsMarkup.js';

export interface MemberRead {
  name: string;
  title_lines?: string[];
}

export interface MembersRead {
  members: MemberRead[];
  used: Set<Paragraph>;
}

/** A person's name as signed: two to six capitalised words. */
const NAME = /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u;

type Cell = { table: number; row: number; column: number; paragraphs: Paragraph[] };

/** The non-empty lines of some paragraphs that read as a signature: titles in capitals, then a name. */
function signatureLines(paragraphs: readonly Paragraph[]): { titles: string[]; name: string } | undefined {
  const lines = paragraphs
    .flatMap((p) => p.text.split('\n'))
    .map(tidy)
    .filter((l) => l !== '');
  const name = lines.at(-1);
  if (name === undefined || !NAME.test(name)) return undefined;
  const titles = lines.slice(0, -1);
  return titles.every((t) => t === vietnameseUpper(t) && !/^nơi\s*nhận/iu.test(t))
    ? { titles, name }
    : undefined;
}

/**
 * A table's signatures: each filled cell one signature, or, where the titles stand in one row and the
 * names in the next, each column one signature. Undefined when the table is not only signatures.
 */
function tableSignatures(
  cells: readonly Cell[],
): Array<{ titles: string[]; name: string; paragraphs: Paragraph[] }> | undefined {
  const byCell = cells.map((c) => ({ ...signatureLines(c.paragraphs), paragraphs: c.paragraphs }));
  if (byCell.every((s) => s.name !== undefined))
    return byCell as Array<{ titles: string[]; name: string; paragraphs: Paragraph[] }>;
  const columns = new Map<number, Paragraph[]>();
  for (const c of [...cells].sort((a, b) => a.column - b.column || a.row - b.row))
    columns.set(c.column, [...(columns.get(c.column) ?? []), ...c.paragraphs]);
  const byColumn = [...columns.values()].map((ps) => ({ ...signatureLines(ps), paragraphs: ps }));
  return byColumn.every((s) => s.name !== undefined)
    ? (byColumn as Array<{ titles: string[]; name: string; paragraphs: Paragraph[] }>)
    : undefined;
}

/**
 * The members, in reading order. `taken` holds the paragraphs already read as the main signature or
 * Nơi nhận, `secondSigner` the co-signer's; a table counts only when all its filled cells left are
 * signatures, so a table of data after the signature is left to the appendix reader.
 */
export function readMembers(
  paragraphs: readonly Paragraph[],
  el: Elements,
  taken: ReadonlySet<Paragraph>,
  secondSigner: ReadonlySet<Paragraph>,
): MembersRead {
  const from = el.signatureTitles[0]?.para.number ?? el.signerName?.para.number;
  const empty = { members: [], used: new Set<Paragraph>() };
  if (from === undefined) return empty;
  const firstAppendix = Math.min(...el.appendices.map((a) => a.label.para.number));
  const cells = new Map<string, Cell>();
  for (const p of paragraphs) {
    const c = p.cell;
    if (!c || p.part !== 'word/document.xml' || c.depth !== 1 || p.number < from || p.number > firstAppendix)
      continue;
    const key = `${c.table}:${c.row}:${c.cell}`;
    const cell = cells.get(key) ?? { table: c.table, row: c.row, column: c.cell, paragraphs: [] };
    cell.paragraphs.push(p);
    cells.set(key, cell);
  }
  const byTable = new Map<number, Cell[]>();
  for (const cell of cells.values()) {
    if (cell.paragraphs.some((p) => taken.has(p) || secondSigner.has(p))) continue;
    if (cell.paragraphs.every((p) => tidy(p.text) === '')) continue;
    byTable.set(cell.table, [...(byTable.get(cell.table) ?? []), cell]);
  }
  const members: MemberRead[] = [];
  const used = new Set<Paragraph>();
  for (const list of byTable.values()) {
    for (const signed of tableSignatures(list) ?? []) {
      members.push({
        name: signed.name,
        ...(signed.titles.length > 0 ? { title_lines: signed.titles } : {}),
      });
      for (const p of signed.paragraphs) used.add(p);
    }
  }
  return { members, used };
}
