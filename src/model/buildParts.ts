/** The parts of the model every kind shares, built from the agency profile and the common fields. */
import type { AgencyProfile, Person } from '../profile/agencySchema.js';
import type { CommonDocumentData } from '../kinds/commonView.js';
import type {
  Authority,
  GroupMember,
  Member,
  Recipient,
  RecipientEntry,
  Signer,
} from '../kinds/commonFields.js';
import { notedFootnote, notedName, type NotedText } from '../kinds/notedText.js';
import type {
  AddresseeBlock,
  BodyParagraph,
  ContentBlock,
  DocumentHeader,
  ItemFootnote,
  RecipientGroup,
  RecipientList,
  SignatureBlock,
} from './document.js';
import { vietnameseUpper } from '../text/case.js';
import { padNumber, toRoman } from '../text/numbers.js';
import { type DateBlank, formatLongDate } from '../text/dates.js';
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
    placeDateLine: `${profile.place}, ${formatLongDate(data.issue_date, data.blank_date)}`,
  };
  if (profile.parent_agency) header.parentAgency = vietnameseUpper(profile.parent_agency);
  return header;
}

/** "Phó Chánh Văn phòng" → "Chánh Văn phòng": the title a deputy signs for (KT.). */
export function principalTitle(deputyTitle: string): string {
  return deputyTitle.replace(/^\s*phó\s+/iu, '');
}

/** Title lines of ô 7a for each authority form (PL1-II.7.b). */
export function signatureTitleLines(
  authority: Authority,
  profile: AgencyProfile,
  signerTitle: string,
): string[] {
  const head = profile.head_title;
  const collective = profile.collective_name ?? profile.name;
  switch (authority) {
    case 'none':
      return [signerTitle];
    case 'Q.':
      return [`Q. ${head}`];
    case 'TM.':
      return [`TM. ${collective}`, signerTitle];
    case 'TM. KT.':
      // TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
      return [`TM. ${collective}`, `KT. ${head}`, signerTitle];
    case 'TL. KT.':
      // TL. GIÁM ĐỐC / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG (Đ13.4)
      return [`TL. ${head}`, `KT. ${principalTitle(signerTitle)}`, signerTitle];
    default:
      return [`${authority} ${head}`, signerTitle];
  }
}

/** Deputy titles that do not read "Phó …": a Thứ trưởng deputises for the Bộ trưởng. */
const DEPUTY_OF: Record<string, string> = { 'THỨ TRƯỞNG': 'BỘ TRƯỞNG' };

/**
 * The authority a person signs with when the document does not say (PL1-II.7.b, Đ13):
 *   the head: directly, or "TM." in a body run collectively (collective_name, e.g. Ủy ban nhân dân);
 *   the head's deputy (Phó Giám đốc, Thứ trưởng): "KT.", or "TM. KT." in a collective body;
 *   anyone else signs by order: "TL.", or "TL. KT." for a unit's deputy (Phó Chánh Văn phòng).
 */
export function defaultAuthority(profile: AgencyProfile, person: Person): Authority {
  const title = vietnameseUpper(person.title.trim());
  const head = vietnameseUpper(profile.head_title.trim());
  const collective = profile.collective_name !== undefined;
  if (title === head) return collective ? 'TM.' : 'none';
  // A head with two offices ("Bộ trưởng, Chủ nhiệm") has deputies of either ("Phó Chủ nhiệm").
  const offices = [head, ...head.split(',').map((part) => part.trim())];
  const principal = vietnameseUpper(principalTitle(title));
  const isDeputy = principal !== title || DEPUTY_OF[title] !== undefined;
  if (isDeputy && offices.some((office) => office === principal || DEPUTY_OF[title] === office))
    return collective ? 'TM. KT.' : 'KT.';
  return principalTitle(title) !== title ? 'TL. KT.' : 'TL.';
}

/** Ô 7 for one signer; without a signer the profile's first person signs (a profile's default signer). */
export function signatureFor(profile: AgencyProfile, signer: Signer | undefined): SignatureBlock {
  const id = signer?.person ?? profile.people[0]?.id;
  const person = profile.people.find((p) => p.id === id);
  if (!person) throw new Error(`signer ${id ?? '(none)'} was not checked against the profile`);
  const lines =
    signer?.title_lines ??
    signatureTitleLines(signer?.authority ?? defaultAuthority(profile, person), profile, person.title);
  const extra = signer?.extra_title ? [signer.extra_title] : [];
  const above = signer?.title_above_name?.trim();
  return {
    titleLines: [...lines, ...extra].map(vietnameseUpper),
    ...(above ? { titleAboveName: [vietnameseUpper(above)] } : {}),
    name: person.name,
  };
}

/** A member's block: the title lines as given, the name from the profile or as written. */
export function memberSignature(profile: AgencyProfile, member: Member): SignatureBlock {
  const name = member.name ?? profile.people.find((p) => p.id === member.person)?.name;
  if (name === undefined)
    throw new Error(`member ${member.person ?? ''} was not checked against the profile`);
  return { titleLines: (member.title_lines ?? []).map(vietnameseUpper), name };
}

export function buildSignature(profile: AgencyProfile, data: CommonDocumentData): SignatureBlock {
  return signatureFor(profile, data.signer);
}

/** The punctuation of ô 9b belongs to vanban: strip what a clerk typed at the ends. */
function bareItem(text: string): string {
  return text.replace(/^[-–+•]\s*/, '').replace(/[\s;.,]+$/, '');
}

/**
 * One entry's text, its lines as the clerk kept them joined by "\n": the dash before the first and the
 * punctuation after the last are vanban's, the breaks between are the clerk's.
 */
function entryText(lines: string | string[]): string {
  const all = typeof lines === 'string' ? [lines] : lines;
  return all
    .map((line, i) => {
      let text = line.trim();
      if (i === 0) text = text.replace(/^[-–+•]\s*/, '');
      if (i === all.length - 1) text = text.replace(/[\s;.,]+$/, '');
      return text;
    })
    .join('\n');
}

/** A recipient as printed between "- " and ";": its name (lines joined by "\n") and note. */
export function recipientItem(recipient: Recipient | RecipientEntry): string {
  if (typeof recipient === 'string' || Array.isArray(recipient)) return entryText(recipient);
  const name = entryText(recipient.name ?? recipient.group?.flatMap(memberLines) ?? '');
  return recipient.note ? `${name} ${recipient.note.trim()}` : name;
}

/** The line of a bracket group that carries its note: the middle one, the lower of the two middles. */
export function groupNoteLine(count: number): number {
  return Math.floor(count / 2);
}
/** "- Lưu: VT, VP(2). NVA(10)." (PL1-II.9.d, PL1-III.3; Mẫu 1.4 notation). */
export function archiveLine(data: CommonDocumentData): string {
  if (typeof data.archive === 'string') {
    // As the office writes it; only the "- Lưu: " lead and the closing full stop are vanban's.
    const text = data.archive
      .trim()
      .replace(/^-\s*/, '')
      .replace(/^Lưu\s*:\s*/u, '')
      .replace(/[\s;,]+$/, '');
    return `- Lưu: ${text}${text.endsWith('.') ? '' : '.'}`;
  }
  const { units, copies, drafter, drafter_copies } = data.archive;
  const unitPart = units.map((u) => bareItem(u)).join(', ') + (copies !== undefined ? `(${copies})` : '');
  const drafterPart = drafter
    ? ` ${drafter}${drafter_copies !== undefined ? `(${drafter_copies})` : ''}.`
    : '';
  return `- Lưu: ${unitPart}.${drafterPart}`;
}

/** A group member's lines, whether written bare or as `{ name, footnote }`. */
function memberLines(member: GroupMember): string | string[] {
  return typeof member === 'object' && !Array.isArray(member) ? member.name : member;
}

/** A footnote the clerk wrote (`footnote:`), its text trimmed; undefined when there is none. */
function footnoteOf(value: unknown): string | undefined {
  const text =
    typeof value === 'object' && value !== null && 'footnote' in value ? value.footnote : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/**
 * Ô 9b: each recipient "- …;", lines the clerk kept apart joined by "\n"; a bracket group's members each
 * on their line, the shared note once, after a tab on the group's middle line ("- UBND tỉnh\t(để b/c);");
 * a sub-group's label ("Bản điện tử:") as written, its items below; the Lưu line last. A footnote's mark
 * follows what the entry prints before its ";" (a group member's: its name, not the shared note).
 */
export function buildRecipients(data: CommonDocumentData, leading: string[] = []): RecipientList {
  const items: string[] = [];
  const groups: RecipientGroup[] = [];
  const names: string[] = [];
  const footnotes: ItemFootnote[] = [];
  const note = (at: number, value: unknown): void => {
    const text = footnoteOf(value);
    if (text !== undefined) footnotes.push({ item: items.length, at, text });
  };
  const addEntry = (entry: Recipient | RecipientEntry): void => {
    if (typeof entry === 'object' && !Array.isArray(entry) && entry.group !== undefined) {
      const noteAt = entry.note !== undefined ? groupNoteLine(entry.group.length) : -1;
      const first = items.length;
      entry.group.forEach((member, i) => {
        const text = entryText(memberLines(member));
        names.push(text);
        note(2 + text.length, member);
        items.push(i === noteAt ? `- ${text}\t${entry.note!.trim()};` : `- ${text};`);
      });
      if (noteAt >= 0) groups.push({ first, last: items.length - 1 });
      return;
    }
    const text = recipientItem(entry);
    names.push(text);
    note(2 + text.length, entry);
    items.push(`- ${text};`);
  };
  for (const entry of data.recipients) {
    if (typeof entry === 'object' && !Array.isArray(entry) && entry.label !== undefined) {
      const label = entry.label.trim().replace(/[\s:;.,]+$/, '');
      note(label.length, entry);
      items.push(`${label}:`);
      entry.items?.forEach(addEntry);
    } else addEntry(entry);
  }
  // "Như trên" / "Như Điều …" the writer placed themselves wins over the one the kind adds first.
  // Any "Như …" item of theirs ("Như trên", "Như Điều 3", "Như kính gửi") stands for the one we would add;
  // recipients_lead: none adds none.
  const asAbove = (item: string) => /^như\s/iu.test(item);
  const added =
    data.recipients_lead === 'none' ? [] : leading.filter((l) => !(asAbove(l) && names.some(asAbove)));
  const list: RecipientList = {
    label: 'Nơi nhận:',
    items: [...added.map((item) => `- ${item};`), ...items, archiveLine(data)],
  };
  if (groups.length > 0)
    list.groups = groups.map((g) => ({ first: g.first + added.length, last: g.last + added.length }));
  if (footnotes.length > 0) list.footnotes = footnotes.map((f) => ({ ...f, item: f.item + added.length }));
  return list;
}

/**
 * Ends the content with "./." (every Phụ lục III sample) and keeps it with the signature block. The
 * mark follows the last words of the content: content that ends with a table gets it on a paragraph of
 * its own after the table, not on the heading or sentence before it. "./." closes the paragraph: after a
 * footnote mark that ends it ("… thực hiện¹./.").
 */
export function finishBody<B extends ContentBlock>(body: B[]): B[] {
  if (body.at(-1)?.type === 'table') {
    const mark: BodyParagraph = {
      type: 'paragraph',
      runs: [{ text: ND30.endMark }],
      indent: 'firstLine',
      align: 'justify',
      keepWithNext: true,
    };
    body.push(mark as B);
    return body;
  }
  const last = body.at(-1) as (B & BodyParagraph) | undefined;
  if (!last) return body;
  const run = [...last.runs].reverse().find((r) => r.text !== '');
  if (run) {
    run.text = run.text.replace(/(\.\/\.|[.;:,])?\s*$/, '');
    // After a bold or italic run (**…** in the data) the mark stays plain, in a run of its own.
    const own = run.bold || run.italic || run.footnote !== undefined || run !== last.runs.at(-1);
    if (own) last.runs.push({ text: ND30.endMark });
    else run.text += ND30.endMark;
  }
  last.keepWithNext = true;
  return body;
}

/**
 * Ô 9a: one recipient on the label's line, as written (its closing "." kept when the clerk wrote one: the
 * decree sets no mark there, and offices write both); several as "- …;" lines, the last "- …."; inline,
 * the first of several on the label's line and the rest aligned under it. A footnote's mark follows the
 * name, before vanban's ";" or ".".
 */
export function buildAddressees(names: NotedText[], inline = false): AddresseeBlock {
  const bare = names.map((n) => bareItem(notedName(n)));
  const lead = bare.length === 1 ? '' : '- ';
  const footnotes: ItemFootnote[] = [];
  names.forEach((n, item) => {
    const text = notedFootnote(n)?.trim();
    if (text) footnotes.push({ item, at: lead.length + bare[item]!.length, text });
  });
  const stop = names.length === 1 && /\.\s*$/u.test(notedName(names[0]!)) ? '.' : '';
  const block: AddresseeBlock =
    bare.length === 1
      ? { label: 'Kính gửi:', items: [`${bare[0]!}${stop}`] }
      : {
          label: 'Kính gửi:',
          items: bare.map((name, i) => `${lead}${name}${i === bare.length - 1 ? '.' : ';'}`),
          ...(inline ? { inline: true } : {}),
        };
  if (footnotes.length > 0) block.footnotes = footnotes;
  return block;
}

/** "KẾ HOẠCH" → "Kế hoạch": a type name as it reads in a sentence. */
export function typeNameInText(typeName: string): string {
  const lower = typeName.normalize('NFC').toLocaleLowerCase('vi-VN');
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
}

/** "(Kèm theo Kế hoạch số 05/KH-SKHCN ngày 05 tháng 02 năm 2020 của Sở Khoa học và Công nghệ)" (PL1-III.1.c). */
export function appendixReference(
  nameInText: string,
  numberText: string,
  issueDate: string,
  issuerName: string,
  blank?: DateBlank,
): string {
  // No-break spaces, as for the number: the room left for the văn thư must survive line breaking, and
  // "ngày 05 tháng 5 năm 2021" reads as one date, never split "ngày 05 / tháng 5" across lines.
  const date = formatLongDate(issueDate, blank).replace(/ /g, '\u00a0');
  return `(Kèm theo ${nameInText} số ${numberText} ${date} của ${issuerName})`;
}

/** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … when there are several (PL1-III.1.b). */
export function appendixLabel(index: number, count: number): string {
  return count === 1 ? 'Phụ lục' : `Phụ lục ${toRoman(index + 1)}`;
}
