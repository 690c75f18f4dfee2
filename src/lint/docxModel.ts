/**
 * The DOCX as the rules see it: paragraphs in reading order with their effective formatting, each split
 * into printed lines (at w:br) and tab-separated segments; where each paragraph stands (table cell, column
 * geometry); the line shapes anchored in it; the sections with their page set-up and header/footer parts.
 */
import { LimitError, type ReadBudget } from './limits.js';
import { readRelationships, type DocxPackage, type Relationship } from './package.js';
import {
  isVisibleBorder,
  readBorder,
  readThemeFonts,
  StyleSheet,
  type Border,
  type ParaProps,
  type RunProps,
} from './formatting.js';
import {
  lineShapesIn,
  picturesIn,
  textBoxesIn,
  type BoxFrame,
  type LineShape,
  type TextBox,
} from './shapes.js';
import { attr, child, childElements, children, type XmlElement } from './xml.js';
import { ListNumbering } from './numbering.js';

export interface Run {
  text: string;
  props: RunProps;
  /** Ids of the footnotes whose reference marks stand in this run (DocxModel.footnotes holds their text). */
  footnotes?: string[];
}

/** Where a paragraph stands when it is in a table cell. */
export interface CellPlace {
  /** Ordinal of the top-level table in the part, from 0. */
  table: number;
  row: number;
  /** Index of the cell in its row, and how many cells the row has. */
  cell: number;
  cellCount: number;
  /** Left edge of the cell and its width, in twips, from the text margin (table indent included). */
  xTw: number;
  widthTw: number;
  /** Cell margins, twips. */
  marginLeftTw: number;
  marginRightTw: number;
  borderBottom?: Border;
  /** All four borders of the cell are drawn (a stamp made as a one-cell table): single lines, or other. */
  boxed?: 'single' | 'other';
  /** The row's height when fixed (w:trHeight hRule="exact"), twips. */
  rowHeightTw?: number;
  /** Depth of table nesting, 1 for a top-level table. */
  depth: number;
}

/** A picture anchored in a paragraph: its bytes' part and its size and position. */
export interface Picture {
  /** Package path of the image part; undefined when the relationship is missing or external. */
  target?: string;
  widthMm?: number;
  heightMm?: number;
  relativeTo: string;
  leftMm?: number;
}

export interface Field {
  instr: string;
  props: RunProps;
}

export interface Paragraph {
  /** 1-based, in reading order within its part, counting paragraphs in tables and text boxes. */
  number: number;
  part: string;
  runs: Run[];
  /** Visible text: tabs as \t, line breaks as \n, field instructions left out. */
  text: string;
  props: ParaProps;
  cell?: CellPlace;
  inTextBox: boolean;
  /** Word's automatic list label ("1.", "a)", "-"), not part of `text` (numbering.ts). */
  listLabel?: string;
  /** For a paragraph in a text box: the box, and the paragraph the box is anchored in. */
  frame?: BoxFrame;
  anchor?: number;
  /** The paragraph holds a page break (w:br w:type="page"). */
  pageBreak: boolean;
  shapes: LineShape[];
  pictures: Picture[];
  /** Fields whose instruction is in this paragraph ("PAGE", "NUMPAGES" …, upper-cased), with their formatting. */
  fields: Field[];
  section: number;
  /** The paragraph mark's formatting (what an empty paragraph shows). */
  markProps: RunProps;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
  gutter: number;
}

export interface Section {
  index: number;
  /** Page size in twips; undefined when the file does not say (Word then uses its own default). */
  pageW?: number;
  pageH?: number;
  orient: string;
  /** How the section starts: nextPage (Word's default), continuous, evenPage, oddPage, nextColumn. */
  type: string;
  margins: Partial<Margins>;
  titlePg: boolean;
  headers: Map<string, string>;
  footers: Map<string, string>;
  pageNumberStart?: number;
  pageNumberFormat?: string;
  /** First and last paragraph numbers of the section in the main part. */
  firstParagraph: number;
  lastParagraph: number;
}

export interface DocxModel {
  paragraphs: Paragraph[];
  sections: Section[];
  /** Paragraphs of each header/footer part, by part path. */
  parts: Map<string, Paragraph[]>;
  evenAndOddHeaders: boolean;
  defaultTabTw: number;
  /** Pages as recorded by the application that saved the file (docProps/app.xml), when it says. */
  recordedPages?: number;
  styles: StyleSheet;
  /**
   * The bytes of a package part (an image), undefined when absent or unreadable; throws LimitError when
   * the images read pass their bound (limits.ts).
   */
  media(path: string): Uint8Array | undefined;
  /** The text of each footnote, by id (w:footnotes), for a reader of the content (vanban import). */
  footnotes: Map<string, string>;
}

const TWIPS_PER_MM = 1440 / 25.4;
export const twipToMm = (tw: number): number => tw / TWIPS_PER_MM;

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

interface FieldState {
  instr: string;
  inResult: boolean;
  props: RunProps;
  /** The field as recorded on its paragraph, until the first text of its result gives it that run's look. */
  field?: Field;
}

interface TableContext {
  style?: string;
  place?: CellPlace;
  /** For text-box content: its box and the anchoring paragraph. */
  frame?: BoxFrame;
  anchor?: number;
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

/** Whether all four sides are drawn (the cell's own borders over the table's), and how. */
function boxedCell(
  tblBorders: XmlElement | undefined,
  tcBorders: XmlElement | undefined,
): CellPlace['boxed'] {
  const borders = SIDES.map((side) => {
    const alt = side === 'left' ? 'w:start' : side === 'right' ? 'w:end' : undefined;
    const own = child(tcBorders, `w:${side}`) ?? (alt ? child(tcBorders, alt) : undefined);
    const fromTable = child(tblBorders, `w:${side}`) ?? (alt ? child(tblBorders, alt) : undefined);
    return readBorder(own ?? fromTable);
  });
  if (!borders.every((b) => isVisibleBorder(b))) return undefined;
  return borders.every((b) => b?.style === 'single' || b?.style === 'thick') ? 'single' : 'other';
}

/** Walks one part (document, header or footer) and collects its paragraphs. */
class PartReader {
  readonly paragraphs: Paragraph[] = [];
  private fields: FieldState[] = [];
  /** Fields in `fields` still in their instruction (not inResult): text shows only when there are none. */
  private instructions = 0;
  private topTables = 0;
  /** Index of the section each new paragraph belongs to (advanced by paragraph-level sectPr). */
  section = 0;
  readonly sectionBreaks: Array<{ sectPr: XmlElement; lastParagraph: number }> = [];

  constructor(
    private readonly part: string,
    private readonly styles: StyleSheet,
    private readonly rels: Map<string, Relationship> = new Map(),
    /** The file's bounds on text and sections (limits.ts), checked before layout and the rules run. */
    private readonly budget?: ReadBudget,
    /** Word's list counters (numbering.ts): the main part's only. */
    private readonly numbering?: ListNumbering,
  ) {}

  blocks(container: XmlElement, ctx: TableContext, inTextBox = false): void {
    for (const el of childElements(container)) {
      switch (el.name) {
        case 'w:p':
          this.paragraph(el, ctx, inTextBox);
          break;
        case 'w:tbl':
          this.table(el, ctx, inTextBox);
          break;
        case 'w:sdt':
          this.blocks(child(el, 'w:sdtContent') ?? el, ctx, inTextBox);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(el, ctx, inTextBox);
          break;
        case 'mc:AlternateContent':
          this.blocks(child(el, 'mc:Choice') ?? child(el, 'mc:Fallback') ?? el, ctx, inTextBox);
          break;
        default:
          break;
      }
    }
  }

  private table(tbl: XmlElement, outer: TableContext, inTextBox: boolean): void {
    const tblPr = child(tbl, 'w:tblPr');
    const style = attr(child(tblPr, 'w:tblStyle'), 'w:val') ?? outer.style;
    const grid = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => num(attr(g, 'w:w')) ?? 0);
    // Sums of the grid's first columns: a cell's offset and width without re-adding the grid per cell.
    const before = [0];
    for (const w of grid) before.push(before[before.length - 1]! + w);
    const upTo = (column: number): number => before[Math.min(column, grid.length)]!;
    const indent = num(attr(child(tblPr, 'w:tblInd'), 'w:w')) ?? 0;
    const tableMar = child(tblPr, 'w:tblCellMar');
    const tblBorders = child(tblPr, 'w:tblBorders');
    const defaultLeft = num(attr(child(tableMar, 'w:left') ?? child(tableMar, 'w:start'), 'w:w')) ?? 108;
    const defaultRight = num(attr(child(tableMar, 'w:right') ?? child(tableMar, 'w:end'), 'w:w')) ?? 108;
    const tableIndex = outer.place ? outer.place.table : this.topTables++;
    const depth = (outer.place?.depth ?? 0) + 1;
    const originTw = (outer.place ? outer.place.xTw + outer.place.marginLeftTw : 0) + indent;
    const rows = rowsOf(tbl);
    rows.forEach((tr, rowIndex) => {
      const cells = cellsOf(tr);
      const trHeight = child(child(tr, 'w:trPr'), 'w:trHeight');
      const rowHeight = attr(trHeight, 'w:hRule') === 'exact' ? num(attr(trHeight, 'w:val')) : undefined;
      let gridIndex = 0;
      cells.forEach((tc, cellIndex) => {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Math.min(64, num(attr(child(tcPr, 'w:gridSpan'), 'w:val')) ?? 1));
        const fromGrid = upTo(gridIndex + span) - upTo(gridIndex);
        const tcW = child(tcPr, 'w:tcW');
        const widthTw =
          fromGrid > 0 ? fromGrid : attr(tcW, 'w:type') === 'dxa' ? (num(attr(tcW, 'w:w')) ?? 0) : 0;
        const xTw = originTw + upTo(gridIndex);
        gridIndex += span;
        const mar = child(tcPr, 'w:tcMar');
        const place: CellPlace = {
          table: tableIndex,
          row: rowIndex,
          cell: cellIndex,
          cellCount: cells.length,
          xTw,
          widthTw,
          marginLeftTw: num(attr(child(mar, 'w:left') ?? child(mar, 'w:start'), 'w:w')) ?? defaultLeft,
          marginRightTw: num(attr(child(mar, 'w:right') ?? child(mar, 'w:end'), 'w:w')) ?? defaultRight,
          depth,
        };
        const boxed = boxedCell(tblBorders, child(tcPr, 'w:tcBorders'));
        if (boxed) place.boxed = boxed;
        const bottom = readBorder(child(child(tcPr, 'w:tcBorders'), 'w:bottom'));
        if (isVisibleBorder(bottom)) place.borderBottom = bottom;
        if (rowHeight !== undefined) place.rowHeightTw = rowHeight;
        const ctx: TableContext = { place };
        if (style !== undefined) ctx.style = style;
        if (outer.frame) ctx.frame = outer.frame;
        if (outer.anchor !== undefined) ctx.anchor = outer.anchor;
        this.blocks(tc, ctx, inTextBox);
      });
    });
  }

  private paragraph(p: XmlElement, ctx: TableContext, inTextBox: boolean): void {
    const pPr = child(p, 'w:pPr');
    const props = this.styles.paraProps({ pPr, tableStyle: ctx.style });
    const para: Paragraph = {
      number: this.paragraphs.length + 1,
      part: this.part,
      runs: [],
      text: '',
      props,
      inTextBox,
      pageBreak: false,
      shapes: [],
      pictures: [],
      fields: [],
      section: this.section,
      markProps: this.styles.runProps({
        paraStyle: props.styleId,
        tableStyle: ctx.style,
        rPr: child(pPr, 'w:rPr'),
      }),
    };
    if (ctx.place) para.cell = ctx.place;
    if (ctx.frame) para.frame = ctx.frame;
    if (ctx.anchor !== undefined) para.anchor = ctx.anchor;
    this.paragraphs.push(para);
    const textBoxes: TextBox[] = [];
    this.inline(p, para, ctx, textBoxes);
    para.text = para.runs.map((r) => r.text).join('');
    const listLabel = this.numbering?.next(para.props.numId, para.props.ilvl);
    if (listLabel !== undefined && para.text.trim() !== '') para.listLabel = listLabel;
    this.budget?.addText(this.part, para.number, para.text.length);
    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr && !ctx.place && !inTextBox) {
      this.budget?.addSection(this.part, para.number);
      this.sectionBreaks.push({ sectPr, lastParagraph: para.number });
      this.section++;
    }
    // Text in text boxes reads after the paragraph that anchors it.
    for (const box of textBoxes) this.blocks(box.content, { frame: box.frame, anchor: para.number }, true);
  }

  private inline(el: XmlElement, para: Paragraph, ctx: TableContext, textBoxes: TextBox[]): void {
    for (const c of childElements(el)) {
      switch (c.name) {
        case 'w:r':
          this.run(c, para, ctx, textBoxes);
          break;
        case 'w:fldSimple': {
          const instr = normaliseInstr(attr(c, 'w:instr') ?? '');
          const rPr = child(child(c, 'w:r'), 'w:rPr');
          const props = this.styles.runProps({ paraStyle: para.props.styleId, tableStyle: ctx.style, rPr });
          if (instr) para.fields.push({ instr, props });
          this.inline(c, para, ctx, textBoxes);
          break;
        }
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(c, para, ctx, textBoxes);
          break;
        case 'w:sdt':
          this.inline(child(c, 'w:sdtContent') ?? c, para, ctx, textBoxes);
          break;
        case 'mc:AlternateContent':
          this.inline(child(c, 'mc:Choice') ?? child(c, 'mc:Fallback') ?? c, para, ctx, textBoxes);
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlElement, para: Paragraph, ctx: TableContext, textBoxes: TextBox[]): void {
    const props = this.styles.runProps({
      paraStyle: para.props.styleId,
      tableStyle: ctx.style,
      rPr: child(r, 'w:rPr'),
    });
    let text = '';
    const footnotes: string[] = [];
    const hidden = props.hidden;
    // A count, not fields.every(…): a file may leave thousands of fields open.
    const visible = (): boolean => this.instructions === 0;
    for (const c of childElements(r)) {
      switch (c.name) {
        case 'w:t': {
          if (!visible()) break;
          const t = c.children.filter((x) => typeof x === 'string').join('');
          text += t;
          // The number that prints is the field's result: its formatting is what the reader sees.
          const top = this.fields[this.fields.length - 1];
          if (t.trim() && top?.field) {
            top.field.props = props;
            delete top.field;
          }
          break;
        }
        case 'w:tab':
          if (visible()) text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (visible()) text += '\n';
          if (visible() && attr(c, 'w:type') === 'page') para.pageBreak = true;
          break;
        case 'w:footnoteReference': {
          const id = attr(c, 'w:id');
          if (visible() && id !== undefined) footnotes.push(id);
          break;
        }
        case 'w:noBreakHyphen':
          if (visible()) text += '-';
          break;
        case 'w:sym': {
          const code = Number.parseInt(attr(c, 'w:char') ?? '', 16);
          if (visible() && Number.isFinite(code) && code > 0 && code <= 0x10ffff)
            text += String.fromCodePoint(code);
          break;
        }
        case 'w:fldChar': {
          const type = attr(c, 'w:fldCharType');
          if (type === 'begin') {
            this.fields.push({ instr: '', inResult: false, props });
            this.instructions++;
          } else if (type === 'separate' || type === 'end') {
            const top = this.fields[this.fields.length - 1];
            if (top && !top.inResult) {
              const instr = normaliseInstr(top.instr);
              if (instr) {
                const field: Field = { instr, props: top.props };
                para.fields.push(field);
                if (type === 'separate') top.field = field;
              }
              top.inResult = true;
              this.instructions--;
            }
            if (type === 'end') this.fields.pop();
          }
          break;
        }
        case 'w:instrText': {
          const top = this.fields[this.fields.length - 1];
          if (top && !top.inResult) top.instr += c.children.filter((x) => typeof x === 'string').join('');
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          para.shapes.push(...lineShapesIn(c));
          textBoxesIn(c, textBoxes);
          for (const pic of picturesIn(c)) {
            const rel = this.rels.get(pic.relId);
            const picture: Picture = { relativeTo: pic.relativeTo };
            if (pic.widthMm !== undefined) picture.widthMm = pic.widthMm;
            if (pic.heightMm !== undefined) picture.heightMm = pic.heightMm;
            if (pic.leftMm !== undefined) picture.leftMm = pic.leftMm;
            if (rel && !rel.external) picture.target = rel.target;
            para.pictures.push(picture);
          }
          break;
        default:
          break;
      }
    }
    if (footnotes.length > 0 && !hidden) para.runs.push({ text, props, footnotes });
    else if (text !== '' && !hidden) para.runs.push({ text, props });
  }
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const c of childElements(tbl)) {
    if (c.name === 'w:tr') rows.push(c);
    else if (c.name === 'w:sdt' || c.name === 'w:customXml')
      rows.push(...rowsOf(child(c, 'w:sdtContent') ?? c));
  }
  return rows;
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  for (const c of childElements(tr)) {
    if (c.name === 'w:tc') cells.push(c);
    else if (c.name === 'w:sdt' || c.name === 'w:customXml')
      cells.push(...cellsOf(child(c, 'w:sdtContent') ?? c));
  }
  return cells;
}

function normaliseInstr(instr: string): string {
  return instr.trim().replace(/\s+/g, ' ').toUpperCase();
}

function readSection(sectPr: XmlElement | undefined, index: number, first: number, last: number): Section {
  const pgSz = child(sectPr, 'w:pgSz');
  const pgMar = child(sectPr, 'w:pgMar');
  const margins: Partial<Margins> = {};
  for (const key of ['top', 'bottom', 'left', 'right', 'header', 'footer', 'gutter'] as const) {
    const v = num(
      attr(pgMar, `w:${key}`) ??
        (key === 'left' ? attr(pgMar, 'w:start') : key === 'right' ? attr(pgMar, 'w:end') : undefined),
    );
    if (v !== undefined) margins[key] = v;
  }
  const refs = (name: string): Map<string, string> => {
    const m = new Map<string, string>();
    for (const ref of children(sectPr, name)) {
      const id = attr(ref, 'r:id');
      if (id) m.set(attr(ref, 'w:type') ?? 'default', id);
    }
    return m;
  };
  const titlePg = child(sectPr, 'w:titlePg');
  const pgNumType = child(sectPr, 'w:pgNumType');
  const section: Section = {
    index,
    orient: attr(pgSz, 'w:orient') ?? 'portrait',
    type: attr(child(sectPr, 'w:type'), 'w:val') ?? 'nextPage',
    margins,
    titlePg: titlePg !== undefined && !['false', '0', 'off'].includes(attr(titlePg, 'w:val') ?? 'true'),
    headers: refs('w:headerReference'),
    footers: refs('w:footerReference'),
    firstParagraph: first,
    lastParagraph: last,
  };
  const w = num(attr(pgSz, 'w:w'));
  const h = num(attr(pgSz, 'w:h'));
  if (w !== undefined) section.pageW = w;
  if (h !== undefined) section.pageH = h;
  const start = num(attr(pgNumType, 'w:start'));
  if (start !== undefined) section.pageNumberStart = start;
  const fmt = attr(pgNumType, 'w:fmt');
  if (fmt !== undefined) section.pageNumberFormat = fmt;
  return section;
}

export function buildModel(pkg: DocxPackage): DocxModel {
  const stylesPath = pkg.partOfType('styles');
  const themePath = pkg.partOfType('theme');
  const settingsPath = pkg.partOfType('settings');
  const styles = new StyleSheet(
    stylesPath ? pkg.xml(stylesPath) : undefined,
    readThemeFonts(themePath ? pkg.xml(themePath) : undefined),
  );
  const document = pkg.xml(pkg.mainPath);
  const body = child(document, 'w:body');
  const numberingPath = pkg.partOfType('numbering');
  const numbering = new ListNumbering(numberingPath ? safeXml(pkg, numberingPath) : undefined);
  const reader = new PartReader(pkg.mainPath, styles, pkg.mainRels, pkg.budget, numbering);
  if (body) reader.blocks(body, {});

  const sections: Section[] = [];
  let first = 1;
  reader.sectionBreaks.forEach((b, i) => {
    sections.push(readSection(b.sectPr, i, first, b.lastParagraph));
    first = b.lastParagraph + 1;
  });
  sections.push(readSection(child(body, 'w:sectPr'), sections.length, first, reader.paragraphs.length));

  // Resolve header/footer relationship ids to part paths and read each part once.
  const parts = new Map<string, Paragraph[]>();
  for (const section of sections) {
    for (const map of [section.headers, section.footers]) {
      for (const [type, id] of map) {
        const rel = pkg.mainRels.get(id);
        if (!rel || rel.external) {
          map.delete(type);
          continue;
        }
        map.set(type, rel.target);
        if (!parts.has(rel.target)) {
          const root = pkg.xml(rel.target);
          const partReader = new PartReader(
            rel.target,
            styles,
            safeRelationships(pkg, rel.target),
            pkg.budget,
          );
          if (root) partReader.blocks(root, {});
          parts.set(rel.target, partReader.paragraphs);
        }
      }
    }
  }

  const footnotes = readFootnotes(pkg, styles);
  const settings = settingsPath ? pkg.xml(settingsPath) : undefined;
  /** Each image is inflated once, however many pictures show it, and counts once against the bound. */
  const media = new Map<string, Uint8Array | undefined>();
  // The model keeps the archive, not the package: the parsed parts it caches are garbage from here on.
  const { zip, budget } = pkg;
  const evenOdd = child(settings, 'w:evenAndOddHeaders');
  const model: DocxModel = {
    paragraphs: reader.paragraphs,
    sections,
    parts,
    evenAndOddHeaders:
      evenOdd !== undefined && !['false', '0', 'off'].includes(attr(evenOdd, 'w:val') ?? 'true'),
    defaultTabTw: num(attr(child(settings, 'w:defaultTabStop'), 'w:val')) ?? 720,
    footnotes,
    styles,
    media: (path) => {
      if (media.has(path)) return media.get(path);
      let bytes: Uint8Array | undefined;
      try {
        bytes = zip.read(path);
      } catch (error) {
        // A bound broken is said (the rule reports it); a damaged image is just not checked.
        if (error instanceof LimitError) throw error;
      }
      if (bytes) budget.addMediaBytes(path, bytes.length);
      media.set(path, bytes);
      return bytes;
    },
  };
  const pages = recordedPages(pkg);
  if (pages !== undefined) model.recordedPages = pages;
  return model;
}

/** The page count the saving application wrote in docProps/app.xml; a damaged app.xml is ignored. */
function recordedPages(pkg: DocxPackage): number | undefined {
  try {
    return num(child(pkg.xml('docProps/app.xml'), 'Pages')?.children.join(''));
  } catch {
    return undefined;
  }
}

/** A header or footer part's own relationships (its pictures); a damaged .rels part is ignored. */
function safeRelationships(pkg: DocxPackage, part: string): Map<string, Relationship> {
  try {
    return readRelationships(pkg.xml, part);
  } catch {
    return new Map();
  }
}

const FOOTNOTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';

/** Each footnote's text (separators and continuation notices, ids below 1, left out). */
function readFootnotes(pkg: DocxPackage, styles: StyleSheet): Map<string, string> {
  const notes = new Map<string, string>();
  const path = pkg.partOfType(FOOTNOTES) ?? pkg.partOfType('footnotes');
  const root = path ? pkg.xml(path) : undefined;
  if (!path || !root) return notes;
  for (const note of children(root, 'w:footnote')) {
    const id = attr(note, 'w:id');
    if (id === undefined || Number(id) < 1) continue;
    const reader = new PartReader(path, styles, new Map(), pkg.budget);
    reader.blocks(note, {});
    notes.set(
      id,
      reader.paragraphs
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return notes;
}

/** A part that may be damaged: read when it parses, ignored otherwise (a bound broken is still said). */
function safeXml(pkg: DocxPackage, path: string): XmlElement | undefined {
  try {
    return pkg.xml(path);
  } catch (error) {
    if (error instanceof LimitError) throw error;
    return undefined;
  }
}
