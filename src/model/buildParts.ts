/** The parts of the model every kind shares, built from the agency profile and the common fields. */
import type { AgencyProfile } from '../profile/agencySchema.js';
import type { CommonDocumentData } from '../kinds/commonView.js';
import type { Authority, Recipient } from '../kinds/commonFields.js';
import type { BodyParagraph, DocumentHeader, RecipientList, SignatureBlock } from './document.js';
import { vietnameseUpper } from '../text/case.js';
import { padNumber } from '../text/numbers.js';
import { formatLongDate } from '../text/dates.js';
import { ND30 } from '../layout/nd30.js';

/** Room the văn thư fills in by hand when the number is not known yet (Đ15.2). */
export const BLANK_NUMBER = '     ';

/** "Số: 05/TB-SKHCN" (PL1-II.3): numbers below 10 padded, "/" then groups joined by "-". */
export function numberLine(number: number | undefined, symbolGroups: string[]): string {
  const n = number === undefined ? BLANK_NUMBER : padNumber(number);
  return `Số: ${n}/${symbolGroups.join('-')}`;
}

export function buildHeader(
  profile: AgencyProfile,
  data: CommonDocumentData,
  symbolGroups: string[],
): DocumentHeader {
  const header: DocumentHeader = {
    agencyLines: (profile.header_lines ?? [profile.name]).map(vietnameseUpper),
    numberLine: numberLine(data.number, symbolGroups),
    placeDateLine: `${profile.place}, ${formatLongDate(data.issue_date)}`,
  };
  if (profile.parent_agency) header.parentAgency = vietnameseUpper(profile.parent_agency);
  return header;
}

/** Title lines of ô 7a for each authority form (PL1-II.7.b). */
export function signatureTitleLines(
  authority: Authority,
  profile: AgencyProfile,
  signerTitle: string,
): string[] {
  const head = profile.head_title;
  switch (authority) {
    case 'none':
      return [signerTitle];
    case 'Q.':
      return [`Q. ${head}`];
    case 'TM.':
      return [`TM. ${profile.collective_name ?? profile.name}`, signerTitle];
    default:
      return [`${authority} ${head}`, signerTitle];
  }
}

export function buildSignature(profile: AgencyProfile, data: CommonDocumentData): SignatureBlock {
  const person = profile.people.find((p) => p.id === data.signer.person);
  if (!person) throw new Error(`signer ${data.signer.person} was not checked against the profile`);
  const lines =
    data.signer.title_lines ?? signatureTitleLines(data.signer.authority ?? 'none', profile, person.title);
  return { titleLines: lines.map(vietnameseUpper), name: person.name };
}

/** The punctuation of ô 9b belongs to vanban: strip what a clerk typed at the ends. */
function bareItem(text: string): string {
  return text.replace(/^[-–+•]\s*/, '').replace(/[\s;.,]+$/, '');
}

export function recipientItem(recipient: Recipient): string {
  if (typeof recipient === 'string') return bareItem(recipient);
  return recipient.note ? `${bareItem(recipient.name)} ${recipient.note.trim()}` : bareItem(recipient.name);
}

/** "- Lưu: VT, VP(2). NVA(10)." (PL1-II.9.d, PL1-III.3; Mẫu 1.4 notation). */
export function archiveLine(data: CommonDocumentData): string {
  const { units, copies, drafter, drafter_copies } = data.archive;
  const unitPart = units.map((u) => bareItem(u)).join(', ') + (copies !== undefined ? `(${copies})` : '');
  const drafterPart = drafter
    ? ` ${drafter}${drafter_copies !== undefined ? `(${drafter_copies})` : ''}.`
    : '';
  return `- Lưu: ${unitPart}.${drafterPart}`;
}

export function buildRecipients(data: CommonDocumentData, leading: string[] = []): RecipientList {
  const items = [...leading, ...data.recipients.map(recipientItem)].map((item) => `- ${item};`);
  return { label: 'Nơi nhận:', items: [...items, archiveLine(data)] };
}

/** Ends the content with "./." (every Phụ lục III sample) and keeps it with the signature block. */
export function finishBody(body: BodyParagraph[]): BodyParagraph[] {
  const last = body[body.length - 1];
  if (!last) return body;
  const run = last.runs[last.runs.length - 1];
  if (run) run.text = run.text.replace(/(\.\/\.|[.;:,])?\s*$/, '') + ND30.endMark;
  last.keepWithNext = true;
  return body;
}
