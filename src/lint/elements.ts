/**
 * Finds the decree's elements in a DOCX by their text and position, as a reader would: the Quốc hiệu by
 * its words, the agency as the left-column lines above the Số line, the type name as the first line
 * after the header that names a document type, the body as what follows up to "./." or the signature
 * block, and so on. Nothing here judges formatting; the rules do.
 */
import type { Paragraph } from './docxModel.js';
import type { Layout, Segment } from './layout.js';
import {
  bareLetters,
  documentTypeOf,
  documentTypePrefixOf,
  foldTones,
  isAllUpper,
  withinEdits,
} from './text.js';
import { isVisibleBorder } from './formatting.js';
import { withoutMarks } from '../text/case.js';

export interface Elements {
  quocHieu?: Segment;
  tieuNgu?: Segment;
  parentAgency: Segment[];
  agency: Segment[];
  number?: Segment;
  date?: Segment;
  /** Công văn: the "V/v …" lines under the Số line. */
  vv: Segment[];
  typeName?: Segment;
  documentType?: { name: string; abbreviation?: string };
  /** A kind of paper Điều 7 does not list (GIẤY PHÉP, PHIẾU TRÌNH …), named by its first heading. */
  foreignType?: string;
  summary: Segment[];
  /** Công văn / tờ trình: the "Kính gửi:" block, left out of the body checks. */
  kinhGui: Paragraph[];
  /** Non-empty body paragraphs outside tables, in order. */
  body: Paragraph[];
  /** Every paragraph from the first to the last body paragraph (empty ones too), outside tables. */
  bodyRegion: Paragraph[];
  recipientsLabel?: Segment;
  /** Each recipient item with the lines that continue it. */
  recipientItems: Segment[][];
  signatureTitles: Segment[];
  /** Ô 7b: the signer's own post under the signing space, just above the name ("PHÓ CHỦ TỊCH UBND TỈNH"). */
  titleAboveName: Segment[];
  signerName?: Segment;
  /** Ô 12: the drafter's initials and copy count when set on its own line under "- Lưu: …". */
  drafterLine?: Segment;
  /** Urgency, secrecy and circulation stamps on page 1 (ô 10a, 10b, 11). */
  stamps: Stamp[];
  /** Quyết định, nghị quyết: the "Căn cứ …;" lines and the "Theo đề nghị …" line after them. */
  legalBases: Paragraph[];
  /** Appendices after the signature, in order. */
  appendices: Appendix[];
}

export type StampKind = 'urgency' | 'secrecy' | 'circulation';

export interface Stamp {
  kind: StampKind;
  /** The stamp's words, capitals, tone marks folded (HỎA TỐC, LƯU HÀNH NỘI BỘ …). */
  name: string;
  para: Paragraph;
  segment: Segment;
}

export interface Appendix {
  label: Segment;
  /** The label and a title on one line ("PHỤ LỤC I: DANH MỤC …"). */
  titleOnLabelLine: boolean;
  titles: Segment[];
  /** The "(Kèm theo … )" lines. */
  reference: Segment[];
}

const STAMPS: ReadonlyArray<[string, StampKind]> = [
  ['HỎA TỐC', 'urgency'],
  ['THƯỢNG KHẨN', 'urgency'],
  ['KHẨN', 'urgency'],
  ['TUYỆT MẬT', 'secrecy'],
  ['TỐI MẬT', 'secrecy'],
  ['MẬT', 'secrecy'],
  ['XEM XONG TRẢ LẠI', 'circulation'],
  ['LƯU HÀNH NỘI BỘ', 'circulation'],
];

/** The stamp a line is, by its words (any case, either tone placement). */
export function stampOf(text: string): { name: string; kind: StampKind } | undefined {
  const folded = foldTones(text).replace(/[.:]$/u, '');
  const hit = STAMPS.find(([name]) => name === folded);
  return hit ? { name: hit[0], kind: hit[1] } : undefined;
}

const HEADER_SEARCH = 60;
const QUOC_HIEU = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/;
const TIEU_NGU = /^độc\s*lập\s*[-‐‑–—]+\s*tự\s*do\s*[-‐‑–—]+\s*hạnh\s*phúc\.?$/iu;
const NUMBER_LINE = /^số\s*[:.]?\s*[\d\s.…_]*\//iu;
const DATE_LINE = /^[^,]{1,60},?\s*ngày\b.*\btháng\b.*\bnăm\b/iu;
/** "V/v …", or the words written out ("về việc …") as some offices and companies do. */
const VV = /^(V\/v\b|về\s+việc\s)/iu;
const SIGNED_TIME = /\b\d{1,2}:\d{2}:\d{2}\b/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s/u;
const RECIPIENTS = /^nơi\s*nhận\s*:?$/iu;

/**
 * "Nơi nhận:" as typed, or a near miss of it ("Nơi nhân:", "Noi nhan:", "NƠI NHẬN"): the label is there but
 * wrong, and NN-01 quotes it rather than reporting it missing.
 */
export function isRecipientsLabel(text: string): boolean {
  if (RECIPIENTS.test(text)) return true;
  const t = text.trim();
  return t.length <= 14 && /^n/iu.test(t) && withinEdits(bareLetters(t), 'NOINHAN', 1);
}

/** "Kính gửi", or its words with marks lost or wrong ("Kinh gửi:", "Kính gưi"). */
export function startsKinhGui(text: string): boolean {
  const t = text.trim();
  if (/^kính\s*gửi/iu.test(t)) return true;
  const words = t.split(/\s+/u).slice(0, 2).join(' ').replace(/:.*$/u, '');
  return /^k/iu.test(t) && bareLetters(words) === 'KINHGUI';
}

/**
 * A "Số" line that is there but not well formed: "So:", "Sô:" (marks lost or wrong), or the number and
 * symbol without their "/" ("Số: 12-SCT-CN"). Never the agency's "SỞ …": a colon, a figure or a "/" must
 * follow the word.
 */
export function isNearNumberLine(text: string): boolean {
  const bare = withoutMarks(text);
  return /^so\s*(:|\s(?=\s*[\d/])|(?=[\d/]))[\s\d.…_]*[/-]?\s*\p{Lu}{2,}[\p{L}-]*$/iu.test(bare.trim());
}

/**
 * A date line that is there but not well formed: the place and "ngày" with a slip in the words or spaces
 * ("ngày 05 tháng 4năm 2026", "ngay 05 …"), or the date in figures ("Lào Cai, 05/4/2026").
 */
function isNearDateLine(text: string): boolean {
  const bare = withoutMarks(text).toLowerCase();
  return (
    /^[^,\d]{1,60},?\s*(ngay|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b)/u.test(bare) ||
    /^[^,\d]{1,60},?\s*\S*\s*\d{0,2}\s*thang.*nam/u.test(bare)
  );
}
const PLACEHOLDER = /^[([].*[)\]]$/u;
/** Ô 12: initials (with or without a full stop) and the number of copies in brackets. */
export const DRAFTER = /^[\p{L}.]{1,12}\s?\(\s*[^()\s]{1,6}\s*\)\.?$/u;

/** Recognised even with stray punctuation after it, so QH-01 can say what is wrong with the text. */
export function isQuocHieu(text: string): boolean {
  return QUOC_HIEU.test(foldTones(text).replace(/[\s.,;:!"'”]+$/u, ''));
}

/**
 * The Quốc hiệu's words with tone and vowel marks ignored, one letter off at most; or its first words
 * with the end cut short ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT").
 */
export function isNearQuocHieu(text: string): boolean {
  const bare = bareLetters(text);
  const want = 'CONGHOAXAHOICHUNGHIAVIETNAM';
  return withinEdits(bare, want, 1) || (bare.startsWith('CONGHOAXAHOICHU') && bare.length <= want.length);
}

export function isTieuNgu(text: string): boolean {
  return TIEU_NGU.test(text);
}

/** The Tiêu ngữ with marks lost or wrong, or two letters off ("Độc lập - Tự do - Hạnh phục"). */
export function isNearTieuNgu(text: string): boolean {
  return text.length < 45 && withinEdits(bareLetters(text), 'DOCLAPTUDOHANHPHUC', 2);
}

function sameCell(a: Paragraph, b: Paragraph): boolean {
  return a.cell !== undefined && a.cell === b.cell;
}

function isRuleParagraph(p: Paragraph): boolean {
  return (
    p.text.trim() === '' &&
    (isVisibleBorder(p.props.borderBottom) || isVisibleBorder(p.props.borderTop) || p.shapes.length > 0)
  );
}

export function findElements(paragraphs: Paragraph[], layout: Layout): Elements {
  const el: Elements = {
    parentAgency: [],
    agency: [],
    vv: [],
    summary: [],
    kinhGui: [],
    body: [],
    bodyRegion: [],
    recipientItems: [],
    signatureTitles: [],
    titleAboveName: [],
    stamps: [],
    legalBases: [],
    appendices: [],
  };
  const segs = layout.segments.filter((s) => !s.para.inTextBox || s.para.number <= HEADER_SEARCH);
  const top = segs.filter((s) => s.para.number <= HEADER_SEARCH && s.para.section === 0);

  // A misspelt Quốc hiệu ("CỘNG HÕA …", tones lost) is still the Quốc hiệu: QH-01 quotes it as wrong.
  el.quocHieu = top.find((s) => isQuocHieu(s.text)) ?? top.find((s) => isNearQuocHieu(s.text));
  el.tieuNgu = top.find((s) => isTieuNgu(s.text)) ?? top.find((s) => isNearTieuNgu(s.text));
  const headerTable = el.quocHieu?.para.cell?.table;
  const inHeaderTable = (s: Segment): boolean =>
    headerTable !== undefined && s.para.cell?.table === headerTable;
  // The text of a digital signature ("Số: 05/TB-SKHCN; 05/02/2020; 14:30:00") is not the Số line.
  const numberCandidate = (s: Segment): boolean => s.text.length < 60 && !SIGNED_TIME.test(s.text);
  // A malformed Số line is still the Số line (SO-01 quotes it), not a third line of the agency's name.
  el.number =
    top.find((s) => numberCandidate(s) && NUMBER_LINE.test(s.text)) ??
    top.find(
      (s) =>
        numberCandidate(s) &&
        isNearNumberLine(s.text) &&
        (el.quocHieu === undefined || s.para.number <= el.quocHieu.para.number + 10),
    );
  // The date line stands in the header, near the Quốc hiệu; a date by the signature further down is not it.
  const dateLimit = Math.max(el.quocHieu?.para.number ?? 0, el.number?.para.number ?? 0) + 10;
  const dateCandidate = (s: Segment): boolean =>
    s.text.length < 100 && (s.column === 'right' || inHeaderTable(s)) && s.para.number <= dateLimit;
  // A malformed date line is still the date line: DT-01 quotes it and says what is wrong.
  el.date =
    top.find((s) => dateCandidate(s) && DATE_LINE.test(s.text)) ??
    top.find(
      (s) =>
        dateCandidate(s) &&
        s !== el.quocHieu &&
        s !== el.tieuNgu &&
        s !== el.number &&
        !NUMBER_LINE.test(s.text) &&
        isNearDateLine(s.text),
    );

  // The header ends with its last element, or with the whole header table.
  const anchors = [el.quocHieu, el.tieuNgu, el.number, el.date].filter((s): s is Segment => s !== undefined);
  let headerEnd = Math.max(0, ...anchors.map((s) => s.para.number));
  for (const a of anchors) {
    if (a.para.cell) {
      // The header's rows of the table; a type name set in a row below them is not header.
      const last = paragraphs.filter(
        (p) =>
          p.cell?.table === a.para.cell?.table &&
          p.part === a.para.part &&
          p.cell !== undefined &&
          p.cell.row <= a.para.cell!.row,
      );
      headerEnd = Math.max(headerEnd, ...last.map((p) => p.number));
    }
  }

  findAgency(el, top, headerEnd);
  el.vv = top.filter(
    (s) =>
      VV.test(s.text) &&
      // Written out, "Về việc …" is a quyết định's trích yếu unless it stands in the left column.
      (/^V\/v\b/iu.test(s.text) || (s.column === 'left' && s.para.cell !== undefined)) &&
      s.para.number <= headerEnd + 2 &&
      (!el.number || s.para.number >= el.number.para.number),
  );
  if (el.vv.length > 0) headerEnd = Math.max(headerEnd, ...el.vv.map((s) => s.para.number));

  findTitle(el, paragraphs, layout, headerEnd);
  const titleEnd = Math.max(
    headerEnd,
    el.typeName?.para.number ?? 0,
    ...el.summary.map((s) => s.para.number),
  );
  findBody(el, paragraphs, layout, titleEnd);
  findSignature(el, paragraphs, layout);
  findStamps(el, paragraphs, layout, titleEnd);
  findLegalBases(el);
  findAppendices(el, paragraphs, layout);
  return el;
}

function findStamps(el: Elements, paragraphs: Paragraph[], layout: Layout, titleEnd: number): void {
  const limit = Math.max(titleEnd, el.kinhGui[el.kinhGui.length - 1]?.number ?? 0) + 6;
  for (const p of paragraphs) {
    // Text boxes read after their anchor: judge them by the anchor's place.
    if ((p.anchor ?? p.number) > limit || p.part !== paragraphs[0]?.part) continue;
    const segs = layout.byParagraph.get(p.number) ?? [];
    if (segs.length !== 1) continue;
    const stamp = stampOf(segs[0]!.text);
    if (stamp) el.stamps.push({ ...stamp, para: p, segment: segs[0]! });
  }
}

const LEGAL_BASIS = /^căn\s+cứ\s/iu;
const PROPOSAL = /^(theo|xét)\s+đề\s+nghị(?![\p{L}])/iu;

/** The "Căn cứ" block at the head of the body, when it is one: followed by a heading, or two or more lines. */
function findLegalBases(el: Elements): void {
  let i = 0;
  const body = el.body;
  const centred = (p: Paragraph): boolean => p.props.jc === 'center';
  while (i < body.length && centred(body[i]!)) i++;
  const block: Paragraph[] = [];
  let bases = 0;
  while (i < body.length && LEGAL_BASIS.test(body[i]!.text.trim())) {
    block.push(body[i++]!);
    bases++;
  }
  while (bases > 0 && i < body.length && PROPOSAL.test(body[i]!.text.trim())) block.push(body[i++]!);
  const next = body[i];
  // The decree's "căn cứ ban hành" belongs to the documents whose Mẫu has one (nghị quyết, quyết định:
  // Mẫu 1.1–1.3), where a centred "QUYẾT ĐỊNH:" follows it. In a thông báo or a biên bản, lines that
  // begin "Căn cứ" are content.
  const issuing = ['QĐ', 'NQ'].includes(el.documentType?.abbreviation ?? '');
  if (bases > 0 && ((issuing && bases >= 2) || (next !== undefined && centred(next)))) el.legalBases = block;
}

const APPENDIX_LABEL = /^phụ\s*lục\b\s*(.*)$/iu;
const APPENDIX_NUMBER = /^(?:số\s+)?([IVXLCDM]+|\d+|[a-zđ])(?![\p{L}\d])\s*[.:–—-]?\s*(.*)$/iu;
const REFERENCE_START = /^\(\s*kèm\s+theo\b/iu;

function findAppendices(el: Elements, paragraphs: Paragraph[], layout: Layout): void {
  const signatureEnd = Math.max(
    el.bodyRegion[el.bodyRegion.length - 1]?.number ?? 0,
    el.recipientsLabel?.para.number ?? 0,
    ...el.recipientItems.flat().map((s) => s.para.number),
    ...el.signatureTitles.map((s) => s.para.number),
    el.signerName?.para.number ?? 0,
  );
  if (signatureEnd === 0) return;
  const main = paragraphs.filter(
    (p) => p.part === paragraphs[0]?.part && p.number > signatureEnd && !p.cell && !p.inTextBox,
  );
  for (let i = 0; i < main.length; i++) {
    const p = main[i]!;
    const seg = (layout.byParagraph.get(p.number) ?? [])[0];
    if (!seg) continue;
    const m = APPENDIX_LABEL.exec(seg.text);
    if (!m) continue;
    const rest = m[1] ?? '';
    const numbered = APPENDIX_NUMBER.exec(rest);
    const title = rest === '' ? '' : numbered ? (numbered[2] ?? '') : rest;
    // "Phụ lục kèm theo …" in running text is not a label: a title on the label line is in capitals.
    if (title !== '' && !isAllUpper(title)) continue;
    if (rest !== '' && !numbered && !isAllUpper(rest)) continue;
    const appendix: Appendix = { label: seg, titleOnLabelLine: title !== '', titles: [], reference: [] };
    let j = i + 1;
    // Up to eight title lines: a long title set one line per paragraph (as vanban sets it) runs to six.
    for (; j < main.length && appendix.titles.length < 8; j++) {
      const q = main[j]!;
      if (q.text.trim() === '') {
        if (appendix.titles.length > 0) break;
        continue;
      }
      const segs = layout.byParagraph.get(q.number) ?? [];
      if (segs.some((x) => REFERENCE_START.test(x.text))) break;
      // A title set centred in sentence case is still the title (PL-02 judges its case): the "(Kèm
      // theo …)" line under it must not be reported missing.
      const centredTitle = q.props.jc === 'center' && REFERENCE_START.test(nextText(main, j));
      if (!segs.every((x) => isAllUpper(x.text)) && !centredTitle) break;
      appendix.titles.push(...segs);
    }
    for (; j < main.length && appendix.reference.length < 6; j++) {
      const q = main[j]!;
      if (q.text.trim() === '') {
        if (appendix.reference.length > 0) break;
        continue;
      }
      const segs = layout.byParagraph.get(q.number) ?? [];
      if (appendix.reference.length === 0 && !segs.some((x) => REFERENCE_START.test(x.text))) break;
      appendix.reference.push(...segs);
      if (/\)\s*$/u.test(q.text)) break;
    }
    el.appendices.push(appendix);
  }
}

/** The text of the next non-empty paragraph after index `j`. */
function nextText(main: Paragraph[], j: number): string {
  for (let k = j + 1; k < main.length && k <= j + 3; k++) {
    const t = main[k]!.text.trim();
    if (t !== '') return t;
  }
  return '';
}

function findAgency(el: Elements, top: Segment[], headerEnd: number): void {
  const limit = el.number?.para.number ?? headerEnd;
  const taken = new Set([el.quocHieu, el.tieuNgu, el.number, el.date]);
  // The agency stands opposite the Quốc hiệu: normally left; found on the right when the two are swapped.
  const column = el.quocHieu?.column === 'left' ? 'right' : 'left';
  const lines = top.filter(
    (s) =>
      s.column === column &&
      !taken.has(s) &&
      /\p{L}/u.test(s.text) &&
      !VV.test(s.text) &&
      stampOf(s.text) === undefined &&
      (s.para.number < limit ||
        (s.para.number === limit && el.number !== undefined && s.line < el.number.line)),
  );
  // Parent agency: leading regular lines above bold ones ("UBND TỈNH …" over "SỞ …"), or an
  // abbreviated first line (UBND, HĐND) when every line has the same weight.
  const bold = (s: Segment): boolean => s.pieces.some((p) => p.props.bold && p.text.trim() !== '');
  let parents = 0;
  if (lines.length >= 2) {
    const firstBold = lines.findIndex(bold);
    if (firstBold > 0) parents = firstBold;
    else if (/^(UBND|HĐND)\b/u.test(lines[0]!.text)) parents = 1;
  }
  el.parentAgency = lines.slice(0, parents);
  el.agency = lines.slice(parents);
}

function findTitle(el: Elements, paragraphs: Paragraph[], layout: Layout, headerEnd: number): void {
  const candidates = paragraphs.filter(
    (p) =>
      p.number > headerEnd && p.number <= headerEnd + 12 && p.part === paragraphs[0]?.part && p.section === 0,
  );
  let firstLine: Segment | undefined;
  for (const p of candidates) {
    const segs = layout.byParagraph.get(p.number) ?? [];
    if (segs[0] && !stampOf(segs[0].text)) firstLine ??= segs[0];
    const type = segs.find((s) => documentTypeOf(s.text) !== undefined);
    if (type) {
      el.typeName = type;
      el.documentType = documentTypeOf(type.text);
      break;
    }
    // "BIÊN BẢN THẨM ĐỊNH HỒ SƠ": the type name with the first words of the trích yếu on its line.
    const prefixed = segs.find((s) => isAllUpper(s.text) && documentTypePrefixOf(s.text) !== undefined);
    if (prefixed && p.props.jc === 'center') {
      el.typeName = prefixed;
      el.documentType = documentTypePrefixOf(prefixed.text);
      break;
    }
    const foreign = segs.find((s) => FOREIGN_TYPES.test(foldTones(s.text)) && isAllUpper(s.text));
    if (foreign && segs.length === 1) {
      el.foreignType = foreign.text;
      break;
    }
    // Body text has started: no type name (a công văn).
    if (p.text.trim().length > 80) break;
  }
  // A type name the decree does not list (GIẤY CHỨNG NHẬN, "THÔNG BÁO:"): the first line after the header
  // set like one, on a document that is not a công văn.
  if (!el.typeName && firstLine && el.vv.length === 0 && looksLikeTypeName(firstLine))
    el.typeName = firstLine;
  const type = el.typeName;
  if (!type) return;
  // The trích yếu: the lines right under the type name, up to its rule.
  el.summary.push(...(layout.byParagraph.get(type.para.number) ?? []).filter((s) => s.line > type.line));
  if (isVisibleBorder(type.para.props.borderBottom) || type.para.shapes.length > 0) return;
  // Up to eight lines: a long trích yếu set one line per paragraph (as vanban sets it) runs to six.
  for (let n = type.para.number + 1; n <= type.para.number + 8; n++) {
    const p = paragraphs[n - 1];
    if (!p || p.text.trim() === '' || isRuleParagraph(p)) return;
    if (p.props.jc === 'both' && p.props.firstLine > 0) return;
    // The trích yếu ends before "Kính gửi", a typed rule ("_____") or the body's first line.
    if (startsKinhGui(p.text) || /^[_\-–—\s]{4,}$/u.test(p.text)) return;
    const segs = layout.byParagraph.get(n) ?? [];
    // A line in capitals after a trích yếu in ordinary case is the next element (the issuer); after
    // lines in capitals it goes on the same trích yếu.
    if (
      el.summary.length > 0 &&
      segs.every((s) => isAllUpper(s.text)) &&
      !el.summary.every((s) => isAllUpper(s.text))
    )
      return;
    el.summary.push(...segs);
    if (isVisibleBorder(p.props.borderBottom) || p.shapes.length > 0) return;
  }
}

/** Papers an office sends that Điều 7 does not list as administrative documents. */
const FOREIGN_TYPES =
  /^(GIẤY PHÉP|PHIẾU TRÌNH|GIẤY CHỨNG NHẬN|GIẤY XÁC NHẬN|DANH SÁCH|DANH MỤC|BẢNG KIỂM|NHẬN XÉT|PHIẾU NHẬN XÉT|BẢN NHẬN XÉT)(?![\p{L}])/u;

function looksLikeTypeName(s: Segment): boolean {
  const visible = s.pieces.filter((p) => p.text.trim() !== '');
  return (
    s.para.props.jc === 'center' &&
    !s.para.cell &&
    visible.length > 0 &&
    visible.every((p) => p.props.bold) &&
    isAllUpper(s.text) &&
    !/\d/u.test(s.text) &&
    s.text.split(' ').length <= 5 &&
    stampOf(s.text) === undefined
  );
}

function findBody(el: Elements, paragraphs: Paragraph[], layout: Layout, titleEnd: number): void {
  const main = paragraphs.filter((p) => p.part === paragraphs[0]?.part);
  let start = titleEnd + 1;
  // Công văn: the "Kính gửi:" block sits between the header and the body.
  const firstText = main.find((p) => p.number >= start && p.text.trim() !== '' && !p.cell);
  if (firstText && startsKinhGui(firstText.text)) {
    el.kinhGui.push(firstText);
    let n = firstText.number + 1;
    for (; n <= main.length; n++) {
      const p = main[n - 1]!;
      if (p.text.trim() === '') continue;
      // A line that continues the item above it ("- Các đơn vị hoạt động hóa chất" / "trên địa bàn
      // tỉnh."), indented like the list and after an item that has not ended, belongs to that item.
      const previous = el.kinhGui[el.kinhGui.length - 1]!;
      const continues =
        el.kinhGui.length > 1 &&
        !/[;.:]$/u.test(previous.text.trim()) &&
        p.props.indLeft + Math.max(0, p.props.firstLine) >= 1134 &&
        p.text.trim().length < 120;
      if (!/^[-–]/u.test(p.text.trim()) && !continues) break;
      el.kinhGui.push(p);
    }
    start = n;
  }
  const signatureTables = new Set<number>();
  for (const s of layout.segments) {
    if (s.para.cell && (isRecipientsLabel(s.text) || AUTHORITY.test(s.text)))
      signatureTables.add(s.para.cell.table);
  }
  for (const p of main) {
    if (p.number < start || p.inTextBox) continue;
    const segs = layout.byParagraph.get(p.number) ?? [];
    if (p.section > 0) break;
    if (segs.some((s) => isRecipientsLabel(s.text))) break;
    if (p.cell && signatureTables.has(p.cell.table)) break;
    if (!p.cell && segs.some((s) => s.column === 'right' && AUTHORITY.test(s.text))) break;
    if (p.cell) continue;
    // A stamp set as a bordered paragraph under the header is not body text.
    if (el.body.length === 0 && stampOf(p.text) !== undefined) continue;
    el.bodyRegion.push(p);
    if (p.text.trim() !== '') el.body.push(p);
    if (/\.\/\.\s*$/u.test(p.text)) break;
  }
  // Trailing empty paragraphs are spacing before the signature, not body.
  while (el.bodyRegion.length > 0 && el.bodyRegion[el.bodyRegion.length - 1]!.text.trim() === '')
    el.bodyRegion.pop();
}

function findSignature(el: Elements, paragraphs: Paragraph[], layout: Layout): void {
  const after = el.bodyRegion[el.bodyRegion.length - 1]?.number ?? 0;
  const region = layout.segments.filter(
    (s) =>
      s.para.number > after &&
      s.para.number <= after + 60 &&
      s.para.section === 0 &&
      s.para.part === paragraphs[0]?.part,
  );
  const label = region.find((s) => isRecipientsLabel(s.text));
  el.recipientsLabel = label;
  const listed = new Set<Segment>();
  const runOn = label ? runOnParagraphs(label.para, paragraphs) : new Set<Paragraph>();
  if (label) {
    const candidates = region.filter((s) => {
      if (s === label || s.para.number < label.para.number) return false;
      if (s.para.number === label.para.number && s.line <= label.line) return false;
      if (label.para.cell) return sameCell(s.para, label.para) || runOn.has(s.para);
      return !s.para.cell && s.column !== 'right';
    });
    let lastNumber = label.para.number;
    for (const s of candidates) {
      // Without a table, the list ends at the first empty paragraph after it.
      if (!label.para.cell && el.recipientItems.length > 0) {
        const gap = paragraphs.slice(lastNumber, s.para.number - 1);
        if (gap.some((p) => p.text.trim() === '' && !p.cell)) break;
      }
      lastNumber = s.para.number;
      listed.add(s);
      const current = el.recipientItems[el.recipientItems.length - 1];
      const previous = current?.[current.length - 1]?.text ?? '';
      // Ô 12 on its own line under the "Lưu" line: "PL.(300)".
      if (current && /^- Lưu\b/u.test(current[0]!.text) && /[.]$/u.test(previous) && DRAFTER.test(s.text)) {
        el.drafterLine = s;
        continue;
      }
      if (/^[-–—+•]/u.test(s.text) || !current || /[;.]$/u.test(previous)) el.recipientItems.push([s]);
      else current.push(s);
    }
  }
  const right = region.filter((s) => s.column === 'right' && !listed.has(s) && s !== label);
  let i = 0;
  while (i < right.length) {
    const s = right[i]!;
    if (PLACEHOLDER.test(s.text)) break;
    if (i > 0 && signingGap(right[i - 1]!, s, paragraphs)) break;
    // A title line typed in lower case ("Phó Giám đốc") is still a title when the signing space and a
    // name follow it: SG-01 reports its case, and the name below is still the name.
    const next = right[i + 1];
    const lowerTitle =
      next !== undefined && signingGap(s, next, paragraphs) && s.text.split(/\s+/u).length <= 8;
    if (!isAllUpper(s.text) && !lowerTitle) break;
    el.signatureTitles.push(s);
    i++;
  }
  const rest = right.slice(i).filter((s) => !PLACEHOLDER.test(s.text) && /\p{L}/u.test(s.text));
  if (el.signatureTitles.length === 0) return;
  const post = postAboveName(rest, paragraphs);
  el.titleAboveName = post;
  el.signerName = rest[post.length];
}

/**
 * The list under "Nơi nhận:" may run on in the rows below the label's row, in the same column, with
 * nothing beside it (vanban sets a long list that way so it can break across pages; clerks do too).
 * The paragraphs of those rows, up to the first row where another cell holds text.
 */
function runOnParagraphs(label: Paragraph, paragraphs: Paragraph[]): Set<Paragraph> {
  const at = label.cell;
  const found = new Set<Paragraph>();
  if (!at) return found;
  const table = paragraphs.filter(
    (p) => p.part === label.part && p.cell?.table === at.table && p.cell.row > at.row,
  );
  const rows = [...new Set(table.map((p) => p.cell!.row))].sort((a, b) => a - b);
  for (const [i, row] of rows.entries()) {
    const cells = table.filter((p) => p.cell!.row === row);
    if (row !== at.row + 1 + i) break;
    if (cells.some((p) => p.cell!.cell !== at.cell && p.text.trim() !== '')) break;
    if (cells.some((p) => p.cell!.cellCount !== at.cellCount)) break;
    for (const p of cells) if (p.cell!.cell === at.cell) found.add(p);
  }
  return found;
}

/** A name as it is printed: two to six words, each capitalised ("Nguyễn Văn An"). */
const PERSON_NAME = /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u;
/** The post above a name is a line or two ("PHÓ CHỦ TỊCH" / "UBND TỈNH"), never a paragraph. */
const MAX_POST_LINES = 3;
const MAX_POST_WORDS = 12;

/**
 * The lines under the signing space that are the signer's post, not the name (ô 7b): lines with no
 * space between them, none shaped like a name, followed straight away by one that is. A name printed
 * first ("Nguyễn Văn A" over "PHÓ GIÁM ĐỐC SỞ") leaves the post to nobody.
 */
function postAboveName(rest: Segment[], paragraphs: Paragraph[]): Segment[] {
  for (let n = 0; n < Math.min(rest.length - 1, MAX_POST_LINES); n++) {
    const s = rest[n]!;
    const next = rest[n + 1]!;
    if (PERSON_NAME.test(s.text.trim()) || s.text.trim().split(/\s+/u).length > MAX_POST_WORDS) break;
    if (signingGap(s, next, paragraphs)) break;
    if (PERSON_NAME.test(next.text.trim())) return rest.slice(0, n + 1);
  }
  return [];
}

/** Room left for the signature between two lines: blank lines or a large space before. */
const SIGNING_SPACE_TWIPS = 600;

function signingGap(a: Segment, b: Segment, paragraphs: Paragraph[]): boolean {
  if (a.para === b.para) return b.line - a.line > 1;
  if (b.para.props.before >= SIGNING_SPACE_TWIPS) return true;
  return paragraphs.slice(a.para.number, b.para.number - 1).some((p) => p.text.trim() === '');
}
