/**
 * Phụ lục after the signature: the title lines under the label (vanban writes its own label and
 * "(Kèm theo …)" line), then the appendix's content read like the body's. Lint's element finder knows
 * labels in capitals ("PHỤ LỤC I"); offices also write "Phụ lục 1: Tên …", which is looked for here too.
 */
import type { Paragraph } from '../lint/docxModel.js';
import type { Elements } from '../lint/elements.js';
import type { LintContext } from '../lint/rule.js';
import { blockOf, contentData, readContent, type BodyBlock } from './bodyTree.js';
import { tidy } from './runsMarkup.js';
import { appendixLabel } from '../model/buildParts.js';
import { vietnameseUpper } from '../text/case.js';
import { allTables, type TableRead } from './tablesRead.js';

export interface AppendicesRead {
  appendices: Array<Record<string, unknown>>;
  used: Set<Paragraph>;
  /** What was kept only as a guess, for the terminal summary. */
  leftovers: string[];
  /** The first appendix holds text found after the signature without a "Phụ lục" label. */
  strayAppendix: boolean;
}

const LABEL = /^PH[ỤU]\s*L[ỤU]C(\s+[IVXL\d]+)?\s*[:.-]?\s*/iu;
const REFERENCE = /^\(?\s*kèm\s+theo\b/iu;
/** "(Kèm theo Công văn số 05/SCT-CN ngày 05 tháng 02 năm 2020 của …)", blanks allowed: vanban's own form. */
const VANBAN_REFERENCE =
  /^\(Kèm theo [^()]+ số [\d\s\u00a0]*\/\S+ ngày [\d\s\u00a0]* tháng [\d\s\u00a0]* năm \d{4} của [^()]+\)$/u;

interface Start {
  label: Paragraph;
  /** The label line's own title text ("Phụ lục 1: Danh mục …"). */
  inline: string;
}

/** Where each appendix starts: lint's labels, or a "Phụ lục …" line after the signature. */
function starts(el: Elements, main: Paragraph[], after: number): Start[] {
  const found = new Map<Paragraph, string>();
  for (const a of el.appendices) found.set(a.label.para, '');
  for (const p of main) {
    if (p.number <= after || p.cell || found.has(p)) continue;
    const text = tidy(p.text);
    const m = LABEL.exec(text);
    if (m && text.length < 300) found.set(p, text.slice(m[0].length));
  }
  return [...found.entries()]
    .map(([label, inline]) => ({ label, inline }))
    .sort((a, b) => a.label.number - b.label.number);
}

export function readAppendices(
  ctx: LintContext,
  el: Elements,
  landscapeAt: (paragraph: number) => boolean,
  /** Paragraphs already read elsewhere (the signatures, members, Nơi nhận): never an appendix. */
  taken: ReadonlySet<Paragraph> = new Set(),
): AppendicesRead {
  const used = new Set<Paragraph>();
  const appendices: Array<Record<string, unknown>> = [];
  const main = ctx.model.paragraphs.filter((p) => p.part === 'word/document.xml');
  const signature = Math.max(
    0,
    ...[el.signerName, ...el.signatureTitles, ...el.recipientItems.flat()].map((s) => s?.para.number ?? 0),
  );
  const tables = allTables(main, ctx.model.footnotes);
  const list = starts(el, main, signature);
  let strayAppendix = false;
  list.forEach((start, i) => {
    const end = list[i + 1]?.label.number ?? Infinity;
    const known = el.appendices.find((a) => a.label.para === start.label);
    const inRange = (p: Paragraph): boolean => p.number > start.label.number && p.number < end;
    const paras = main.filter((p) => inRange(p) && !p.cell && tidy(p.text) !== '');
    let titles: string[];
    let contentFrom: number;
    let referenceText: string | undefined;
    const labelLine = tidy(start.label.text);
    if (known) {
      titles = known.titles.map((s) => tidy(s.text));
      if (known.titleOnLabelLine) titles.unshift(labelLine.replace(LABEL, ''));
      const header = new Set([...known.titles, ...known.reference].map((s) => s.para));
      contentFrom = paras.findIndex((p) => !header.has(p));
      if (contentFrom < 0) contentFrom = paras.length;
      if (known.reference.length > 0) referenceText = tidy(known.reference.map((s) => s.text).join(' '));
    } else {
      // Title lines run up to the "(Kèm theo …)" line when there is one close below the label.
      const reference = paras.slice(0, 4).findIndex((p) => REFERENCE.test(tidy(p.text)));
      titles = [start.inline, ...paras.slice(0, Math.max(reference, 0)).map((p) => tidy(p.text))];
      contentFrom = reference >= 0 ? reference + 1 : 0;
      if (reference >= 0) referenceText = tidy(paras[reference]!.text);
    }
    // The label as written ("Phụ lục 1", "PHỤ LỤC 02"), without a title that shares its line.
    const label = (LABEL.exec(labelLine)?.[0] ?? labelLine).replace(/[\s:.-]+$/u, '');
    titles = titles.filter((t) => t !== '');
    used.add(start.label);
    for (const p of paras) used.add(p);
    const ownTables = tables.filter((t) => t.at > start.label.number && t.at < end);
    for (const t of ownTables) for (const p of t.paragraphs) used.add(p);
    const blocks: Array<{ at: number; block: BodyBlock }> = [
      ...paras.slice(contentFrom).map((p) => ({ at: p.number, block: blockOf(p, ctx.model.footnotes) })),
      ...ownTables.map((t) => ({ at: t.at, block: { runs: [], table: t.table } as BodyBlock })),
    ].sort((x, y) => x.at - y.at);
    const appendix: Record<string, unknown> = {
      title: titles.length === 0 ? 'Phụ lục' : titles.length === 1 ? titles[0] : titles,
    };
    if (label !== appendixLabel(i, list.length)) appendix.label = label;
    // A reference vanban would write itself is left to vanban (it follows the number and date).
    if (referenceText !== undefined && !VANBAN_REFERENCE.test(referenceText))
      appendix.reference = referenceText;
    if (titles.some((t) => t !== vietnameseUpper(t))) appendix.title_case = 'as-written';
    if (landscapeAt(start.label.number)) appendix.landscape = 'yes';
    const onlyTable = blocks.length === 1 ? blocks[0]!.block.table : undefined;
    if (onlyTable) appendix.table = onlyTable;
    else {
      const content = readContent(blocks.map((b) => b.block));
      if (content.numbering === 'roman') appendix.numbering = 'roman';
      Object.assign(appendix, contentData(content));
    }
    appendices.push(appendix);
  });
  // What follows the signature outside any appendix (an attached form, a note) is kept as one more
  // appendix, titled by its first line, and named in the summary: never dropped in silence.
  const leftovers: string[] = [];
  const firstStart = list[0]?.label.number ?? Infinity;
  const strayParas = main.filter(
    (p) =>
      p.number > signature &&
      p.number < firstStart &&
      !p.cell &&
      !used.has(p) &&
      !taken.has(p) &&
      tidy(p.text) !== '',
  );
  const strayTables = tables.filter(
    (t: TableRead) =>
      t.at > signature &&
      t.at < firstStart &&
      t.paragraphs.every((p) => p.number > signature && !used.has(p) && !taken.has(p)),
  );
  if (strayParas.length > 0 || strayTables.length > 0) {
    const [first, ...rest] = strayParas;
    const title = first ? tidy(first.text) : 'Phụ lục';
    const blocks = [
      ...rest.map((p) => ({ at: p.number, block: blockOf(p, ctx.model.footnotes) })),
      ...strayTables.map((t) => ({ at: t.at, block: { runs: [], table: t.table } as BodyBlock })),
    ].sort((x, y) => x.at - y.at);
    const content = readContent(blocks.map((b) => b.block));
    const appendix: Record<string, unknown> = { title, ...contentData(content) };
    appendices.unshift(appendix);
    strayAppendix = true;
    leftovers.push(`Phần sau chữ ký không có nhãn "Phụ lục", giữ thành phụ lục "${title}"`);
  }
  return { appendices, used, leftovers, strayAppendix };
}
