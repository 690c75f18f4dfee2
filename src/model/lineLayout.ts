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

/** The agency names may be set at 12 pt (PL1-II.2.b: 12–13). */
const AGENCY_SMALLER_PT = 12;

/** Several lines were given: the clerk chose the breaks. One line may be a plain string, so vanban breaks it. */
function chosen(lines: string[]): boolean {
  return lines.length > 1;
}

function setLines(lines: string[], block: LineBlock, report: LineReport, given: boolean): string[] {
  if (given) return givenLines(lines, block, report).lines;
  return lines.length === 0 ? [] : brokenLines(lines.join(' '), block, report).lines;
}

function header(model: OfficialDocument, profile: AgencyProfile, report: LineReport): void {
  const h = model.header;
  const agency: LineBlock = {
    vi: 'tên cơ quan ban hành',
    en: 'issuing agency name',
    path: ['agency'],
    widthMm: LINE_WIDTH_MM.headerLeft,
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
        widthMm: LINE_WIDTH_MM.headerLeft,
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
