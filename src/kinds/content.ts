/**
 * The structured content shared by thông báo, kế hoạch, báo cáo, công văn, biên bản and appendices:
 * unnumbered paragraphs, then numbered items nested a few levels deep. The writer gives only the
 * nesting; the numbers come from it, in the decree's forms for documents without articles
 * (PL1-II.6.đ, PL1-V 6b): I. (mục, upper case bold) → 1. (khoản, bold when titled) → a) (điểm, in the
 * Vietnamese alphabet) → - → +. An item may ask for its children to be a "-" or "+" list instead of the
 * next level (`list: dash`), as real plans do under "1. Mục đích"; their own children go on from there.
 *
 * The view flattens the tree into `lines` that templates/partials/noi-dung.hbs prints; a template may
 * override the partial, but not the numbering.
 */
import { s, type Infer, type Schema } from '../schema/index.js';
import { TextSchema } from '../schema/scalars.js';
import type { ObjectSchema, Field } from '../schema/schema.js';
import { toRoman, diemLetter } from '../text/numbers.js';
import { vietnameseUpper } from '../text/case.js';
import { ND30_ELEMENTS } from '../layout/nd30Elements.js';

export type Level = 'roman' | 'arabic' | 'letter' | 'dash' | 'plus';

/** Level sequences: reports and plans start at I.; notices and letters at 1. */
export const NUMBERING = {
  roman: ['roman', 'arabic', 'letter', 'dash', 'plus'],
  arabic: ['arabic', 'letter', 'dash', 'plus'],
} as const satisfies Record<string, readonly Level[]>;
export type Numbering = keyof typeof NUMBERING;

/** What `list:` on an item makes of its children: a "-" list (then "+" below it), or a "+" list. */
export const LIST_LEVELS = {
  dash: ['dash', 'plus'],
  // Points a), b) under a clause the clerk numbered "2.2." (where points would stand otherwise).
  letter: ['letter', 'dash', 'plus'],
  plus: ['plus'],
} as const satisfies Record<string, readonly Level[]>;
export type ListMarker = keyof typeof LIST_LEVELS;

/**
 * How an item's title prints. Headings (I., 1., a label the clerk wrote) are bold by default, as the
 * decree's samples print them; offices also print them plain or bold italic.
 */
export const TITLE_STYLES = ['bold', 'normal', 'italic', 'bold-italic'] as const;
export type TitleStyle = (typeof TITLE_STYLES)[number];

/** A fresh table schema each time: a shared one would keep only the last description given to it. */
export const tableSchema = () =>
  s.object('table', {
    columns: s.optional(
      s
        .list(new TextSchema(true))
        .describe("Dòng tiêu đề của bảng (in đậm, lặp lại ở mỗi trang); ô trống viết ''"),
    ),
    widths: s.optional(s.list(s.integer(1, 100)).describe('Tỉ lệ độ rộng các cột, ví dụ: [1, 6, 2, 3]')),
    size: s.optional(
      s
        .integer(...ND30_ELEMENTS.tableSizeRangePt)
        .describe(
          'Cỡ chữ trong bảng, từ 10 đến 14; bỏ trống: 13 (bảng rộng nhiều cột thường dùng 11 hoặc 12)',
        ),
    ),
    align: s.optional(
      s
        .list(s.enumOf(['left', 'center', 'justify'] as const))
        .describe(
          'Căn lề từng cột: left (trái), center (giữa), justify (đều hai bên); bỏ trống: số căn giữa, chữ căn trái',
        ),
    ),
    rows: s
      .list(s.list(new TextSchema(true, true)))
      .describe(
        "Các dòng của bảng, mỗi dòng là danh sách các ô (ô trống viết ''); ô nhiều dòng viết bằng '|' của YAML, mỗi dòng in một dòng",
      ),
  });

export interface ContentTable {
  columns?: string[];
  widths?: number[];
  /** The cells' text size in points (10–14); absent: 13. */
  size?: number;
  /** Per column; absent: numbers centred, text from the left. */
  align?: Array<'left' | 'center' | 'justify'>;
  rows: string[][];
}

export interface ContentItem {
  /** The label as written ("1.1.", "đ)", "" for none), instead of the number from the nesting. */
  label?: string;
  title?: string;
  /** The title's weight and slant instead of the level's own (bold for headings). */
  title_style?: TitleStyle;
  text?: string;
  paragraphs?: string[];
  table?: ContentTable;
  note?: string;
  /** The children as a "-" or "+" list instead of the next numbered level. */
  list?: ListMarker;
  items?: ContentNode[];
}
export type ContentNode = string | ContentItem;

export const ITEM_HELP =
  'Mỗi mục: một chuỗi (đoạn văn được đánh số), hoặc title/text/paragraphs/table/note/items (các ý cấp dưới)';

const titleStyleSchema = () =>
  s
    .enumOf(TITLE_STYLES)
    .describe(
      'Kiểu chữ của tên mục (title): bold (đậm, mặc định ở mục I., 1.), normal (chữ thường), italic (nghiêng), bold-italic (đậm nghiêng); ở cấp a), -, + có title_style thì tên mục in theo kiểu này rồi mới đến nội dung',
    );

/** A fresh schema for `list:` each time (a description is kept on the schema object). */
const listSchema = () =>
  s
    .enumOf(Object.keys(LIST_LEVELS) as ListMarker[])
    .describe(
      'Các ý cấp dưới (items) in bằng gạch đầu dòng hay chữ cái thay cho cấp kế tiếp: dash ("- …", ý nhỏ hơn "+ …"), plus ("+ …"), hoặc letter (điểm "a)", "b)" … dưới một khoản ghi "2.2.")',
    );

/**
 * Items at `depth` levels from the bottom: the schema nests as deep as the longest numbering.
 * `lists` lets an item with children say `list: dash` or `list: plus` (see LIST_LEVELS).
 * `ownTitleStyle: false` leaves `title_style` to the children only (a quyết định's "Điều 1. …" is bold
 * by the decree; its khoản may still choose).
 */
export function nodeSchema(
  depth: number,
  options: { lists?: boolean; ownTitleStyle?: boolean } = {},
): Schema<ContentNode> {
  const fields: Record<string, Field> = {
    label: s.optional(
      new TextSchema(true).describe(
        'Số, chữ đánh dấu in đúng như viết, thay cho số vanban tự đánh, ví dụ: "1.1.", "đ)"; "" để không đánh số',
      ),
    ),
    title: s.optional(s.text().describe('Tên mục, in đậm trên một dòng riêng (cấp I. in hoa)')),
    ...(options.ownTitleStyle === false ? {} : { title_style: s.optional(titleStyleSchema()) }),
    text: s.optional(s.text().describe('Nội dung của mục; có title thì in tiếp sau title trên cùng đoạn')),
    paragraphs: s.optional(s.list(s.text()).describe('Các đoạn văn không đánh số, in sau tên mục')),
    table: s.optional(tableSchema().describe('Một bảng đơn giản, in sau các đoạn văn')),
    note: s.optional(s.text().describe('Chú thích cuối trang gắn vào cuối tên mục hoặc nội dung')),
  };
  if (depth > 1) {
    if (options.lists) fields.list = s.optional(listSchema());
    fields.items = s.optional(
      s.list(nodeSchema(depth - 1, { ...options, ownTitleStyle: true })).describe(ITEM_HELP),
    );
  }
  const object = s.object('item', fields) as unknown as ObjectSchema<Record<string, Field>>;
  return s.either(s.text(), object) as unknown as Schema<ContentNode>;
}

export const contentItemsSchema = s
  .list(nodeSchema(NUMBERING.roman.length, { lists: true }))
  .describe(ITEM_HELP);

/** Fields a kind spreads into its schema to carry structured content. */
export const contentFields = {
  intro: s.optional(s.list(s.text()).describe('Các đoạn mở đầu, không đánh số')),
  items: s.optional(contentItemsSchema),
  closing: s.optional(
    s.list(s.text()).describe('Các đoạn kết, không đánh số; vanban thêm "./." vào cuối đoạn cuối'),
  ),
};

export const appendixSchema = s.object('appendix', {
  title: s.lines().describe('Tên phụ lục (in hoa tự động); một chuỗi, hoặc danh sách các dòng'),
  label: s.optional(
    s
      .text()
      .describe('Nhãn in đúng như viết, thay cho "Phụ lục" / "Phụ lục I", ví dụ: Phụ lục 1, Phụ lục số 02'),
  ),
  reference: s.optional(
    s
      .text()
      .describe(
        'Dòng "(Kèm theo …)" in đúng như viết, thay cho dòng vanban tự ghép từ loại, số, ngày và cơ quan',
      ),
  ),
  title_case: s.optional(
    s
      .enumOf(['upper', 'as-written'] as const)
      .describe('upper (mặc định): tên phụ lục in hoa; as-written: giữ chữ hoa, thường như viết'),
  ),
  landscape: s.optional(s.enumOf(['yes', 'no'] as const).describe('yes: trang nằm ngang (bảng rộng)')),
  numbering: s.optional(
    s.enumOf(['roman', 'arabic'] as const).describe('Đánh số từ I. (roman) hay 1. (arabic)'),
  ),
  ...contentFields,
  table: s.optional(tableSchema().describe('Bảng của phụ lục, in sau các đoạn mở đầu')),
});

export const appendicesField = {
  appendices: s.optional(
    s
      .list(appendixSchema)
      .describe('Phụ lục kèm theo: mỗi phụ lục in từ trang mới, đánh số trang riêng (Phụ lục I, II …)'),
  ),
};

export type Appendix = Infer<typeof appendixSchema>;

export interface ContentData {
  intro?: string[];
  items?: ContentNode[];
  closing?: string[];
}

/** One printed line of the content, as the noi-dung partial sees it. */
export interface ContentLine {
  /** "I.", "1.", "a)", "-", "+", or "" for an unnumbered paragraph. */
  label: string;
  /** A heading (I. upper case; 1. as written) on its own line, or run in before `text`. */
  title: string | null;
  /** How `title` prints: bold unless the item's `title_style` says otherwise. */
  titleBold: boolean;
  titleItalic: boolean;
  /**
   * The label takes the title's style (I., 1., 1.1.); a point's "a)" and a "-" or "+" stay plain, as
   * PL1-II.6.đ sets điểm and offices print "c) **Bộ Tài chính:** …".
   */
  labelStyled: boolean;
  text: string | null;
  /** Heading lines keep with what follows. */
  keep: boolean;
  note: string | null;
  table: {
    widths: string | null;
    size: number | null;
    columns: string[] | null;
    rows: TableCellView[][];
  } | null;
}

/** A table cell: numbers (STT, amounts, I, II …) are centred, text reads from the left. */
export interface TableCellView {
  text: string;
  /** The cell's lines as written (a YAML block with line breaks): each printed on its own line. */
  lines: string[];
  align: 'center' | 'left' | 'justify';
}

/** A cell of figures (STT, amounts, I, II …): vanban centres it unless the column says otherwise. */
export const NUMBER_CELL = /^[\dIVXLC.,%/-]+$/;

/**
 * The words after a label the clerk typed that vanban prints itself ("a) Theo dõi …" where vanban prints
 * "a)"), so it is not printed twice; undefined when the text does not start with that label.
 */
function afterTypedLabel(text: string | undefined, label: string): string | undefined {
  if (text === undefined || label === '' || label === '-' || label === '+') return undefined;
  const start = text.trimStart();
  if (!start.startsWith(label)) return undefined;
  const rest = start.slice(label.length);
  return /^\s+\S/u.test(rest) ? rest.trimStart() : undefined;
}

/** The item with vanban's own number, typed by the clerk too (warned: LABEL_TYPED), printed once. */
export function withoutTypedLabel(item: ContentItem, label: string): ContentItem {
  const title = afterTypedLabel(item.title, label);
  if (title !== undefined) return { ...item, title };
  const text = item.title === undefined ? afterTypedLabel(item.text, label) : undefined;
  return text !== undefined ? { ...item, text } : item;
}

/** A label typed at the start of an item's text: "a)", "4.", "2.1.", "IV.", "Điều 4.". */
export const TYPED_LABEL = /^(?:Điều\s+\d+\.|[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\)|[a-zđ]\))\s+\S/u;

/** Labels printed plain before a styled title: a point ("a)", "đ)") and the dash and plus lists. */
const PLAIN_LABEL = /^(?:[a-zđ]\)|[-+–])$/u;

export function labelFor(level: Level, n: number): string {
  switch (level) {
    case 'roman':
      return `${toRoman(n)}.`;
    case 'arabic':
      return `${n}.`;
    case 'letter':
      return `${diemLetter(n)})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
  }
}

/** A printed line, with everything not given empty. */
export function contentLine(partial: Partial<ContentLine>): ContentLine {
  return {
    label: '',
    title: null,
    titleBold: false,
    titleItalic: false,
    labelStyled: true,
    text: null,
    keep: false,
    note: null,
    table: null,
    ...partial,
  };
}

export function tableLine(table: ContentTable): ContentLine {
  return contentLine({
    table: {
      widths: table.widths ? table.widths.join(',') : null,
      size: table.size ?? null,
      columns: table.columns ?? null,
      rows: table.rows.map((row) =>
        row.map((text, c): TableCellView => ({
          text,
          lines: text.replace(/\n+$/u, '').split('\n'),
          align: table.align?.[c] ?? (NUMBER_CELL.test(text) ? 'center' : 'left'),
        })),
      ),
    },
  });
}

/**
 * Appends the printed lines of `nodes`, numbered at `levels[depth]` (the last level repeats below the
 * end). Children go one level down, or start the dash/plus list their parent's `list:` asks for.
 */
export function flatten(
  nodes: ContentNode[],
  levels: readonly Level[],
  depth: number,
  out: ContentLine[],
): void {
  const level = levels[Math.min(depth, levels.length - 1)]!;
  // Items with a label of their own don't take a number: the automatic ones count only the rest.
  let counter = 0;
  nodes.forEach((node) => {
    const given: ContentItem = typeof node === 'string' ? { text: node } : node;
    const label = given.label ?? labelFor(level, ++counter);
    const item = given.label === undefined ? withoutTypedLabel(given, label) : given;
    // A mục I., II. always has a title (PL1-II.6.đ): a bare string there is its title.
    let title = item.title ?? (level === 'roman' && item.text !== undefined ? item.text : undefined);
    const text = title !== undefined && item.title === undefined ? undefined : item.text;
    if (title !== undefined && level === 'roman' && item.label === undefined) title = vietnameseUpper(title);
    // A label written by the clerk ("1.1.", "2.3.") keeps its title bold, as a numbered heading is;
    // a title given its own style is a heading at any level.
    const headingLevel =
      item.title_style !== undefined || item.label !== undefined || level === 'roman' || level === 'arabic';
    const style = item.title_style ?? 'bold';
    out.push(
      contentLine({
        label,
        // Titles are bold only where the decree makes them so (mục, titled khoản); below, plain.
        title: title !== undefined && headingLevel ? title : null,
        titleBold: style === 'bold' || style === 'bold-italic',
        titleItalic: style === 'italic' || style === 'bold-italic',
        labelStyled: !PLAIN_LABEL.test(label),
        text:
          title !== undefined && !headingLevel
            ? [title, text].filter((t) => t !== undefined).join(' ')
            : (text ?? null),
        keep: title !== undefined && text === undefined,
        note: item.note ?? null,
      }),
    );
    for (const p of item.paragraphs ?? []) out.push(contentLine({ text: p }));
    if (item.table) out.push(tableLine(item.table));
    if (item.items) {
      if (item.list) flatten(item.items, LIST_LEVELS[item.list], 0, out);
      else flatten(item.items, levels, depth + 1, out);
    }
  });
}

/** The content as printed lines, numbered from its structure. */
export function contentLines(data: ContentData, numbering: Numbering): ContentLine[] {
  const out: ContentLine[] = [];
  for (const p of data.intro ?? []) out.push(contentLine({ text: p }));
  flatten(data.items ?? [], NUMBERING[numbering], 0, out);
  for (const p of data.closing ?? []) out.push(contentLine({ text: p }));
  return out;
}

export function appendixView(appendix: Appendix): Record<string, unknown> {
  const lines = contentLines(
    { intro: appendix.intro ?? [], items: appendix.items as ContentNode[] | undefined },
    appendix.numbering ?? 'arabic',
  );
  if (appendix.table) {
    // The table follows the opening paragraphs, before any numbered items.
    lines.splice(appendix.intro?.length ?? 0, 0, tableLine(appendix.table));
  }
  for (const p of appendix.closing ?? []) lines.push(contentLine({ text: p }));
  return { lines };
}
