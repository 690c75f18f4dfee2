import type { AgencyProfile } from '../profile/agencySchema.js';
import { typeNameOf, type CommonDocumentData } from '../kinds/commonView.js';
import type { DocumentKind } from '../kinds/documentKind.js';
import type { TemplateOutput } from '../template/markup.js';
import type {
  BodyParagraph,
  BodyStyle,
  DocumentHeader,
  DocumentTitle,
  OfficialDocument,
} from './document.js';
import type { DocumentStructure } from './structure.js';
import {
  appendixLabel,
  appendixReference,
  BLANK_NUMBER,
  buildAddressees,
  buildHeader,
  buildRecipients,
  buildSignature,
  finishBody,
  memberSignature,
  signatureFor,
  typeNameInText,
} from './buildParts.js';
import { vietnameseUpper } from '../text/case.js';
import { padNumber } from '../text/numbers.js';
import { layOutLines } from './lineLayout.js';
import { ND30 } from '../layout/nd30.js';
import type { LineReport } from './printedLines.js';
import { parseEmphasis } from '../text/emphasis.js';

/** Ô 5b: the first line of a công văn's trích yếu starts "V/v " (PL1-II.5.b). */
function subjectLines(summaryLines: string[]): string[] {
  return summaryLines.map((line, i) => (i === 0 && !/^V\/v\s/i.test(line) ? `V/v ${line}` : line));
}

/** Ô 10a, 10b, 11 and the draft mark, when the document asks for them. */
function withMarks(header: DocumentHeader, data: CommonDocumentData): DocumentHeader {
  const marks = data.marks;
  if (!marks) return header;
  if (marks.secrecy) header.secrecy = marks.secrecy;
  if (marks.urgency) header.urgency = marks.urgency;
  if (marks.circulation) header.circulation = vietnameseUpper(marks.circulation);
  if (marks.draft) header.draftMark = vietnameseUpper(marks.draft);
  return header;
}

/**
 * Lines after the content's "./." ("(Xin gửi kèm theo: Dự thảo Quyết định …)"), as offices add them to a
 * tờ trình or công văn: italic, each its own paragraph, kept with the signature like the last line of text.
 */
function enclosureLines(lines: string[]): BodyParagraph[] {
  return lines.map((line) => ({
    type: 'paragraph',
    runs: parseEmphasis(line).map((run) => ({ ...run, italic: true })),
    indent: 'firstLine',
    align: 'justify',
    keepWithNext: true,
  }));
}

/**
 * Assembles the model: structure from the kind and profile, wording from the template's output, then the
 * printed lines of the header, title, signature, footer and appendix titles (lineLayout.ts). Warnings
 * about those lines go to `report` when given.
 */
export function buildDocument(
  kind: DocumentKind,
  data: CommonDocumentData,
  profile: AgencyProfile,
  wording: TemplateOutput,
  report: LineReport = { diagnostics: [] },
): OfficialDocument {
  const structure: DocumentStructure = kind.structure?.(data, profile) ?? {};
  // A variant the data gives ("GIẤY MỜI HỌP") wins over the template's <type> and the kind's name.
  const typeName = data.type_name?.trim()
    ? typeNameOf(data, kind.typeName)
    : (wording.typeName ?? kind.typeName);
  const summaryLines = wording.summaryLines.length > 0 ? wording.summaryLines : data.summary;
  const symbolGroups = structure.symbolGroups ?? [kind.typeAbbreviation, profile.abbreviation];

  const header = withMarks(buildHeader(profile, data, symbolGroups), data);
  if (structure.dateLine === false) delete header.placeDateLine;
  let title: DocumentTitle = { typeName, summaryLines };
  if (structure.subjectInHeader) {
    header.subjectLines = subjectLines(summaryLines);
    title = { typeName: '', summaryLines: [] };
  }

  const model: OfficialDocument = {
    metadata: {
      title: structure.subjectInHeader
        ? (header.subjectLines ?? []).join(' ')
        : `${typeName} ${summaryLines.join(' ')}`,
      issuedOn: data.issue_date,
      kind: kind.id,
    },
    header,
    title,
    body: [...finishBody(wording.body), ...enclosureLines(data.enclosure ?? [])],
    signature: structure.signature ?? buildSignature(profile, data),
    recipients: buildRecipients(data, structure.leadingRecipients ?? []),
  };
  if (structure.addressees && structure.addressees.length > 0)
    model.addressees = buildAddressees(structure.addressees, structure.addresseesInline ?? false);
  const second =
    structure.secondSignature ?? (data.co_signer ? signatureFor(profile, data.co_signer) : undefined);
  if (second) model.secondSignature = second;
  if (data.members && data.members.length > 0)
    model.members = data.members.map((member) => memberSignature(profile, member));
  if (data.footer && data.footer.length > 0) model.footer = { lines: data.footer };
  const bodyStyle = chosenBodyStyle(data);
  if (bodyStyle) model.bodyStyle = bodyStyle;

  const appendices = structure.appendices ?? [];
  if (appendices.length > 0) {
    // No-break spaces: the room left for the number must survive line breaking.
    const blank = BLANK_NUMBER.replace(/ /g, '\u00a0');
    const numberText = `${data.number === undefined ? blank : padNumber(data.number)}/${symbolGroups.join('-')}`;
    const reference = appendixReference(
      kind.nameInText ?? typeNameInText(typeName || kind.typeName),
      numberText,
      data.issue_date,
      structure.issuerInText ?? profile.name,
      data.blank_date,
    );
    model.appendices = appendices.map((a, i) => ({
      label: a.label ?? appendixLabel(i, appendices.length),
      // Upper-cased with its lines set, below: the case as written shows where names start.
      titleLines: a.titleLines,
      referenceLine: a.reference ?? reference,
      body: wording.appendices?.[i] ?? [],
      ...(a.landscape ? { landscape: true } : {}),
      ...(a.titleAsWritten ? { titleAsWritten: true } : {}),
    }));
  }
  layOutLines(model, data, profile, report);
  return model;
}

/**
 * The body style the clerk chose: `compact` sets both values, `font_size` and `line_spacing` set one
 * each over it. Any of them said in so many words makes the style fixed, and `render --fit` leaves it alone.
 */
export function chosenBodyStyle(data: CommonDocumentData): BodyStyle | undefined {
  if (data.compact === undefined && data.font_size === undefined && data.line_spacing === undefined)
    return undefined;
  const base =
    data.compact === 'yes'
      ? ND30.body.compact
      : { sizePt: ND30.size.body, lineSpacingLines: ND30.body.lineSpacingLines };
  return {
    sizePt: data.font_size ?? base.sizePt,
    lineSpacingLines: data.line_spacing ?? base.lineSpacingLines,
  };
}
