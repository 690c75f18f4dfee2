/**
 * Sets the printed lines of the model's line-by-line blocks (see printedLines.ts) once the model is
 * assembled: which text is the clerk's own lines and which vanban breaks, and at what width and size.
 */
import type { AgencyProfile } from '../profile/agencySchema.js';
import type { CommonDocumentData } from '../kinds/commonView.js';
import type { OfficialDocument, SignatureBlock } from './document.js';
import { ND30 } from '../layout/nd30.js';
import { ND30_ELEMENTS } from '../layout/nd30Elements.js';
import { appendixTextWidthMm, LINE_WIDTH_MM, WRAP_SLACK_MM } from '../layout/lineWidths.js';
import { brokenEach, brokenLines, givenLines, type LineBlock, type LineReport } from './printedLines.js';
import { textWidthMm } from '../measure/textWidth.js';

/** The agency names may be set at 12 pt (PL1-II.2.b: 12–13). */
const AGENCY_SMALLER_PT = 12;
/** The place-and-date line may be set at 13 pt (PL1-II.4.c: 13–14). */
const DATE_SMALLER_PT = 13;
/** Room kept beside a date line that takes the right column's width, so Word does not wrap it. */
const DATE_EDGE_MM = 1;
/** The agency block keeps at least this much (the real documents' columns are 50–68 mm wide). */
const HEADER_LEFT_MIN_MM = 55;
/** A header column's padding, both sides: its width less the width its text may use. */
const HEADER_PAD_MM = ND30.columns.headerLeftMm - LINE_WIDTH_MM.headerLeft;

/** Several lines were given: the clerk chose the breaks. One line may be a plain string, so vanban breaks it. */
function chosen(lines: string[]): boolean {
  return lines.length > 1;
}

function setLines(lines: string[], block: LineBlock, report: LineReport, given: boolean): string[] {
  if (given) return givenLines(lines, block, report).lines;
  return lines.length === 0 ? [] : brokenLines(lines.join(' '), block, report).lines;
}

/**
 * Ô 4: the place-and-date line on one line. A long place name ("Thành phố Hồ Chí Minh, ngày …") is set
 * at 13 pt, and when even that does not fit, the right column takes the room from the left one, down to
 * HEADER_LEFT_MIN_MM; only past that is the line warned about. Returns the width the left column's
 * text may use.
 */
function placeDateLine(h: OfficialDocument['header'], report: LineReport): number {
  const defaultLeft = ND30.columns.headerLeftMm;
  if (!h.placeDateLine) return LINE_WIDTH_MM.headerLeft;
  const line = h.placeDateLine.normalize('NFC');
  const pad = HEADER_PAD_MM;
  const total = ND30.columns.headerLeftMm + ND30.columns.headerRightMm;
  const need = textWidthMm(line, DATE_SMALLER_PT, { italic: true }) + DATE_EDGE_MM;
  const fits14 = textWidthMm(line, ND30.size.dateLine, { italic: true }) <= LINE_WIDTH_MM.headerRight;
  const left = fits14 ? defaultLeft : Math.max(HEADER_LEFT_MIN_MM, Math.min(defaultLeft, total - pad - need));
  const date = givenLines(
    [line],
    {
      vi: 'dòng địa danh, ngày tháng',
      en: 'place and date line',
      path: ['issue_date'],
      widthMm: total - left - pad,
      sizePt: ND30.size.dateLine,
      style: { italic: true },
      smallerPt: DATE_SMALLER_PT,
      tooWide: 'DATE_LINE_TOO_WIDE',
    },
    report,
  );
  if (date.sizePt !== ND30.size.dateLine) h.placeDateSizePt = date.sizePt;
  if (left !== defaultLeft) h.leftColumnMm = left;
  return left - pad;
}

function header(model: OfficialDocument, profile: AgencyProfile, report: LineReport): void {
  const h = model.header;
  const leftText = placeDateLine(h, report);
  const agency: LineBlock = {
    vi: 'tên cơ quan ban hành',
    en: 'issuing agency name',
    path: ['agency'],
    widthMm: leftText,
    sizePt: ND30.size.agency,
    style: { bold: true },
    upper: true,
    smallerPt: AGENCY_SMALLER_PT,
  };
  // The name as written ("Sở Khoa học và Công nghệ"): its capitals show where names start.
  const set = profile.header_lines
    ? givenLines(
        profile.header_lines,
        { ...agency, vi: 'header_lines của hồ sơ cơ quan', en: 'header_lines of the agency profile' },
        report,
      )
    : brokenLines(profile.name, agency, report);
  h.agencyLines = set.lines;
  if (set.sizePt !== ND30.size.agency) h.agencySizePt = set.sizePt;

  if (profile.parent_agency) {
    const parent = brokenLines(
      profile.parent_agency,
      {
        ...agency,
        vi: 'tên cơ quan chủ quản',
        en: 'parent agency name',
        style: {},
        sizePt: ND30.size.parentAgency,
      },
      report,
    );
    h.parentAgencyLines = parent.lines;
    if (parent.sizePt !== ND30.size.parentAgency) h.parentAgencySizePt = parent.sizePt;
  }

  if (h.subjectLines) {
    h.subjectLines = setLines(
      h.subjectLines,
      {
        vi: 'trích yếu (V/v)',
        en: 'subject line (V/v)',
        path: ['summary'],
        widthMm: leftText,
        sizePt: ND30_ELEMENTS.subject.sizePt,
      },
      report,
      chosen(h.subjectLines),
    );
  }
}

function signature(
  s: SignatureBlock,
  widthMm: number,
  path: ReadonlyArray<string | number>,
  given: boolean,
  report: LineReport,
): SignatureBlock {
  const block: LineBlock = {
    vi: 'chức vụ người ký',
    en: 'signature title',
    path,
    widthMm,
    sizePt: ND30.size.signatureTitle,
    style: { bold: true },
    upper: true,
  };
  const titleLines = given
    ? givenLines(s.titleLines, block, report).lines
    : brokenEach(s.titleLines, block, report);
  if (!s.titleAboveName) return { ...s, titleLines };
  const above = brokenLines(
    s.titleAboveName.join(' '),
    { ...block, path: [...path, 'title_above_name'] },
    report,
  ).lines;
  return { ...s, titleLines, titleAboveName: above };
}

/** Breaks (or checks) every line-by-line block of the model in place. */
export function layOutLines(
  model: OfficialDocument,
  data: CommonDocumentData,
  profile: AgencyProfile,
  report: LineReport,
): void {
  header(model, profile, report);

  const summary = model.title.summaryLines;
  if (summary.length > 0) {
    model.title.summaryLines = setLines(
      summary,
      {
        vi: 'trích yếu',
        en: 'summary (trích yếu)',
        path: ['summary'],
        widthMm: LINE_WIDTH_MM.summary,
        sizePt: ND30.size.summary,
        style: { bold: true },
      },
      report,
      chosen(summary),
    );
  }

  const two = model.secondSignature !== undefined;
  const width = two ? LINE_WIDTH_MM.signatureHalf : LINE_WIDTH_MM.signature;
  model.signature = signature(
    model.signature,
    width,
    ['signer'],
    data.signer?.title_lines !== undefined,
    report,
  );
  if (model.secondSignature)
    model.secondSignature = signature(
      model.secondSignature,
      width,
      ['co_signer'],
      data.co_signer?.title_lines !== undefined,
      report,
    );

  model.members = model.members?.map((member, i) =>
    signature(member, LINE_WIDTH_MM.signatureThird, ['members', i, 'title_lines'], true, report),
  );
  if (model.members === undefined) delete model.members;

  if (model.footer) {
    model.footer.lines = brokenEach(
      model.footer.lines,
      {
        vi: 'chân trang (địa chỉ)',
        en: 'footer (address)',
        path: ['footer'],
        widthMm: LINE_WIDTH_MM.footer,
        sizePt: ND30_ELEMENTS.footer.sizePt,
      },
      report,
    );
  }

  model.appendices?.forEach((appendix, i) => {
    appendix.titleLines = setLines(
      appendix.titleLines,
      {
        vi: 'tiêu đề phụ lục',
        en: 'appendix title',
        path: ['appendices', i, 'title'],
        widthMm: appendixTextWidthMm(appendix.landscape ?? false) - WRAP_SLACK_MM,
        sizePt: ND30_ELEMENTS.appendix.titleSizePt,
        style: { bold: true },
        upper: !appendix.titleAsWritten,
      },
      report,
      chosen(appendix.titleLines),
    );
  });
}
