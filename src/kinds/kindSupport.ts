/** Pieces the structured kinds share: content and appendix views, and the checks on them. */
import { diagnostic } from '../diagnostics/make.js';
import type { DocumentStructure } from '../model/structure.js';
import type { CrossCheckContext } from './documentKind.js';
import type { NotedText } from './notedText.js';
import {
  appendixView,
  contentLines,
  TYPED_LABEL,
  type Appendix,
  type ContentData,
  type ContentLine,
  type ContentNode,
  type ContentTable,
  type Numbering,
} from './content.js';

export interface WithAppendices {
  appendices?: Appendix[];
}

/** What the schema gives for contentFields, typed for the view. */
export function contentOf(data: { intro?: string[]; items?: unknown[]; closing?: string[] }): ContentData {
  return { intro: data.intro ?? [], items: (data.items ?? []) as ContentNode[], closing: data.closing ?? [] };
}

export function isEmptyContent(content: ContentData): boolean {
  return !content.intro?.length && !content.items?.length && !content.closing?.length;
}

/** CONTENT_EMPTY when none of the content fields has anything. */
export function checkContent(
  content: ContentData,
  ctx: CrossCheckContext,
  fields = 'intro (đoạn mở đầu), items (các mục) hoặc closing (đoạn kết)',
): void {
  if (isEmptyContent(content)) ctx.diagnostics.push(diagnostic('CONTENT_EMPTY', { fields }, ctx.locate([])));
}

/** PL1-III.1.a: the text refers to its appendices; a warning when no line says "phụ lục". */
export function checkAppendicesMentioned(
  data: WithAppendices,
  texts: Array<string | null | undefined>,
  ctx: CrossCheckContext,
): void {
  if (!data.appendices?.length) return;
  if (texts.some((t) => t && /phụ lục/iu.test(t))) return;
  ctx.diagnostics.push(diagnostic('APPENDIX_NOT_MENTIONED', {}, ctx.locate(['appendices'], true)));
}

export function linesText(lines: ContentLine[]): string[] {
  return lines
    .flatMap((l) => [l.title, l.text, ...(l.table?.rows.flat().map((c) => c.text) ?? [])])
    .filter((t): t is string => !!t);
}

export function appendicesStructure(data: WithAppendices): DocumentStructure['appendices'] {
  return (data.appendices ?? []).map((a) => ({
    titleLines: a.title,
    ...(a.landscape === 'yes' ? { landscape: true } : {}),
    ...(a.label !== undefined ? { label: a.label } : {}),
    ...(a.reference !== undefined ? { reference: a.reference } : {}),
    ...(a.title_case === 'as-written' ? { titleAsWritten: true } : {}),
  }));
}

export function appendicesView(data: WithAppendices): Array<Record<string, unknown>> {
  return (data.appendices ?? []).map(appendixView);
}

export function contentView(content: ContentData, numbering: Numbering): { lines: ContentLine[] } {
  return { lines: contentLines(content, numbering) };
}

export type StructuredData = WithAppendices & { intro?: string[]; items?: unknown[]; closing?: string[] };

/** The checks of a kind made of free content and appendices (thông báo, công văn, kế hoạch, báo cáo). */
export function checkStructuredContent(data: StructuredData, ctx: CrossCheckContext): void {
  checkTables(data, ctx);
  checkTypedLabels(data, ctx);
  const content = contentOf(data);
  checkContent(content, ctx);
  checkAppendicesMentioned(data, linesText(contentView(content, 'arabic').lines), ctx);
}

/** The numbered content lines and the appendices, as such a kind's template sees them. */
export function structuredContentView(
  data: StructuredData,
  numbering: Numbering,
): { lines: ContentLine[]; appendices: Array<Record<string, unknown>> } {
  return { ...contentView(contentOf(data), numbering), appendices: appendicesView(data) };
}

/**
 * TABLE_SHAPE for every table in the data (content items, appendices): rows no wider than the heading
 * row (or the first row), and one width per column. A cell with a comma in a [a, b] list is the usual cause.
 * TABLE_ROW_SHORT for a row of several cells but fewer than the columns (a row of one spans them all).
 */
export function checkTables(data: unknown, ctx: CrossCheckContext): void {
  walkFields(data, (key, child, path) => {
    if (key !== 'table' || !child || typeof child !== 'object' || !('rows' in child)) return true;
    checkTable(child as ContentTable, path, ctx);
    return false;
  });
}

type FieldPath = Array<string | number>;

/**
 * Every field of the data, depth first, with its path; `visit` returns false to skip what is under it.
 */
function walkFields(data: unknown, visit: (key: string, child: unknown, path: FieldPath) => boolean): void {
  const walk = (value: unknown, path: FieldPath): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value))
      if (visit(key, child, [...path, key])) walk(child, [...path, key]);
  };
  walk(data, []);
}

/**
 * LABEL_TYPED for a numbered item (content items, articles) whose text starts with a number the clerk
 * typed ("a) Theo dõi …", "Điều 4. Quyết định …"): vanban numbers them itself. The same number is
 * printed once (content.ts); another one would print beside vanban's, so the warning names label:.
 */
export function checkTypedLabels(data: unknown, ctx: CrossCheckContext): void {
  const item = (node: unknown, path: Array<string | number>): void => {
    const fields = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
    if (typeof node === 'object' && node !== null && fields.label !== undefined) return;
    const [text, at] =
      typeof node === 'string'
        ? [node, path]
        : typeof fields.title === 'string'
          ? [fields.title, [...path, 'title']]
          : typeof fields.text === 'string'
            ? [fields.text, [...path, 'text']]
            : [undefined, path];
    const typed = text === undefined ? undefined : TYPED_LABEL.exec(text.trimStart());
    if (typed)
      ctx.diagnostics.push(
        diagnostic('LABEL_TYPED', { typed: typed[0].slice(0, -1).trim() }, ctx.locate(at)),
      );
  };
  walkFields(data, (key, child, path) => {
    // Recipients' sub-groups hold names, not numbered items.
    if (key === 'recipients' || key === 'kinh_gui') return false;
    if ((key === 'items' || key === 'articles') && Array.isArray(child))
      child.forEach((node, i) => item(node, [...path, i]));
    return true;
  });
}

function checkTable(table: ContentTable, path: Array<string | number>, ctx: CrossCheckContext): void {
  const columns = table.columns?.length ?? table.rows[0]?.length ?? 0;
  // Every row shorter than the heading, by as much: the heading is what is off (a name with a comma).
  const lengths = new Set(table.rows.filter((r) => r.length > 1).map((r) => r.length));
  const [only] = lengths;
  const headingLonger = table.columns !== undefined && lengths.size === 1 && only! < columns;
  if (headingLonger)
    ctx.diagnostics.push(
      diagnostic('TABLE_COLUMNS_LONGER', { columns, cells: only! }, ctx.locate([...path, 'columns'])),
    );
  table.rows.forEach((row, i) => {
    // One cell spans the row; fewer cells than columns otherwise are filled with empty ones, said so.
    if (!headingLonger && row.length > 1 && row.length < columns)
      ctx.diagnostics.push(
        diagnostic(
          'TABLE_ROW_SHORT',
          { row: i + 1, cells: row.length, columns, missing: columns - row.length },
          ctx.locate([...path, 'rows', i]),
        ),
      );
    if (row.length > columns)
      ctx.diagnostics.push(
        diagnostic(
          'TABLE_SHAPE',
          { row: i + 1, cells: row.length, columns },
          ctx.locate([...path, 'rows', i]),
        ),
      );
  });
  const widest = Math.max(columns, ...table.rows.map((r) => r.length));
  if (table.widths && table.widths.length !== widest)
    ctx.diagnostics.push(
      diagnostic(
        'TABLE_WIDTHS',
        { count: table.widths.length, columns: widest },
        ctx.locate([...path, 'widths']),
      ),
    );
}

/**
 * Ô 9a and the head of ô 9b: the "Kính gửi:" recipients as written (on the label's line when asked),
 * and Nơi nhận starting "- Như trên;" when there are any, unless the clerk wrote a "Như …" of their own.
 */
export function addresseeStructure(data: {
  kinh_gui?: NotedText[];
  kinh_gui_layout?: 'list' | 'inline';
}): Pick<DocumentStructure, 'addressees' | 'addresseesInline' | 'leadingRecipients'> {
  const addressees = data.kinh_gui ?? [];
  return {
    addressees,
    addresseesInline: data.kinh_gui_layout === 'inline',
    leadingRecipients: addressees.length > 0 ? ['Như trên'] : [],
  };
}
