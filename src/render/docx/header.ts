/**
 * Ô 1–4: agency block on the left, Quốc hiệu and Tiêu ngữ on the right, the Số line level with the
 * place-and-date line (PL1-IV). Rule lengths come from the measured width of the text they underline.
 */
import type { Paragraph, Table } from 'docx';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { gapParagraph, noticeBox, stampBox } from './stamps.js';
import type { DocumentHeader } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { borderlessTable } from './borderlessTable.js';
import { centredLine } from './centredLine.js';
import { HEADER_COLUMNS_MM, shortRuleMm, usableWidthMm } from './geometry.js';
import { ruleParagraph } from './rule.js';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Ô 2, issuing agency: upper case bold, at the size the model chose (12–13 pt, PL1-II.2.b). */
function agencyStyle(header: DocumentHeader) {
  return { sizePt: header.agencySizePt ?? ND30.size.agency, bold: true };
}

/** PL1-II.2.b: 1/3–1/2 of the agency name's (longest) line. */
export function agencyRuleMm(printed: string[], sizePt: number = ND30.size.agency): number {
  return shortRuleMm(Math.max(...printed.map((l) => textWidthMm(l, sizePt, { bold: true }))));
}

/** PL1-II.1.b: as long as the Tiêu ngữ itself. */
export function mottoRuleMm(): number {
  return textWidthMm(TIEU_NGU, ND30.size.tieuNgu, { bold: true });
}

/** The two columns: 65 and 100 mm, or a wider right one that a long date line needed (lineLayout.ts). */
function columnsOf(header: DocumentHeader): readonly [number, number] {
  const left = header.leftColumnMm;
  if (left === undefined) return HEADER_COLUMNS_MM;
  return [left, HEADER_COLUMNS_MM[0] + HEADER_COLUMNS_MM[1] - left];
}

function agencyCell(header: DocumentHeader): Paragraph[] {
  const style = agencyStyle(header);
  const cell: Paragraph[] = [];
  const parentSize = header.parentAgencySizePt ?? ND30.size.parentAgency;
  const parent = header.parentAgencyLines ?? (header.parentAgency ? [header.parentAgency] : []);
  for (const line of parent) cell.push(centredLine(line, { sizePt: parentSize }));
  for (const line of header.agencyLines) cell.push(centredLine(line, style));
  cell.push(
    ruleParagraph(agencyRuleMm(header.agencyLines, style.sizePt), usableWidthMm(columnsOf(header)[0])),
  );
  return cell;
}

function nationalCell(header: DocumentHeader): Paragraph[] {
  return [
    centredLine(QUOC_HIEU, { sizePt: ND30.size.quocHieu, bold: true }),
    centredLine(TIEU_NGU, { sizePt: ND30.size.tieuNgu, bold: true }),
    ruleParagraph(mottoRuleMm(), usableWidthMm(columnsOf(header)[1])),
  ];
}

/** Space between the rules and the Số/date row. */
const NUMBER_ROW_BEFORE_PT = 6;

const SUBJECT_STYLE = { sizePt: ND30_ELEMENTS.subject.sizePt, bold: false };

/** Ô 5b under the Số line (công văn), then ô 10a and 10b under it (PL1-IV). */
function underNumber(header: DocumentHeader): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = (header.subjectLines ?? []).map((line, i) =>
    centredLine(line, SUBJECT_STYLE, { beforePt: i === 0 ? ND30_ELEMENTS.subject.beforePt : 0 }),
  );
  for (const stamp of [header.secrecy, header.urgency]) {
    if (!stamp) continue;
    out.push(gapParagraph(), stampBox(stamp));
  }
  // A cell may not end with a table.
  if (header.secrecy || header.urgency) out.push(gapParagraph(1));
  return out;
}

/** The row above the agency and the Quốc hiệu: the draft mark left, ô 11 right (PL1-III.2.c). */
function marksRow(header: DocumentHeader): Array<Array<Array<Paragraph | Table>>> {
  if (!header.draftMark && !header.circulation) return [];
  const cell = (text: string | undefined, align: 'left' | 'right') =>
    text ? [noticeBox(text, align), gapParagraph()] : [gapParagraph(1)];
  return [[cell(header.draftMark, 'left'), cell(header.circulation, 'right')]];
}

export function headerTable(header: DocumentHeader): Table {
  const numberCell = [
    centredLine(header.numberLine, { sizePt: ND30.size.number }, { beforePt: NUMBER_ROW_BEFORE_PT }),
    ...underNumber(header),
  ];
  const dateCell = header.placeDateLine
    ? [
        centredLine(
          header.placeDateLine,
          { sizePt: header.placeDateSizePt ?? ND30.size.dateLine, italic: true },
          { beforePt: NUMBER_ROW_BEFORE_PT },
        ),
      ]
    : [centredLine('', { sizePt: ND30.size.dateLine })];
  return borderlessTable(columnsOf(header), [
    ...marksRow(header),
    [agencyCell(header), nationalCell(header)],
    [numberCell, dateCell],
  ]);
}
