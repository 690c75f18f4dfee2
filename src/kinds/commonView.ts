/** The view of shared fields every template receives, and the checks shared by all kinds. */
import type { AgencyProfile, Person, Unit } from '../profile/agencySchema.js';
import type { Archive, Marks, Member, Recipient, RecipientEntry, Signer, Task } from './commonFields.js';
import type { CrossCheckContext } from './documentKind.js';
import { diagnostic } from '../diagnostics/make.js';
import { formatLongDate, formatShortDate, type DateBlank } from '../text/dates.js';
import { closestMatch } from '../schema/closestMatch.js';
import { vietnameseUpper } from '../text/case.js';

export interface CommonDocumentData {
  kind: string;
  agency: string;
  template?: string;
  templates?: string;
  number?: number;
  issue_date: string;
  blank_date?: DateBlank;
  summary: string[];
  /** Absent: the profile's first person signs, with the authority their title implies. */
  signer?: Signer;
  co_signer?: Signer;
  members?: Member[];
  recipients: Recipient[];
  /** none: no "Như trên" / "Như Điều …" added before the recipients. */
  recipients_lead?: 'auto' | 'none';
  /** A variant of the kind's type name (ô 5a), upper-cased when printed. */
  type_name?: string;
  archive: Archive;
  marks?: Marks;
  footer?: string[];
  /** Lines after the content's "./.": "(Xin gửi kèm theo: …)". */
  enclosure?: string[];
  compact?: 'yes' | 'no';
  font_size?: number;
  line_spacing?: number;
}

export interface TaskView {
  text: string;
  items: string[];
}

export function taskView(task: Task): TaskView {
  return typeof task === 'string' ? { text: task, items: [] } : { text: task.text, items: task.items ?? [] };
}

export function personView(person: Person): Record<string, unknown> {
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    title_in_text: person.title_in_text ?? person.title,
  };
}

/**
 * How the body names the agency itself: "thuộc Sở", "thuộc Bộ". Offices say the first word of a Sở or
 * Bộ's name; for other shapes the full name is the only safe default.
 */
export function agencyShortName(profile: AgencyProfile): string {
  if (profile.short_name) return profile.short_name;
  const first = /^(Sở|Bộ|Cục|Chi cục|Vụ|Viện|Ban|Tổng cục|Trường|Trung tâm|Phòng)\s/u.exec(profile.name);
  return first ? first[1]! : profile.name;
}

/**
 * How running text names the agency's own units, when the profile does not say: a Sở or Bộ has "phòng,
 * đơn vị", a Phòng has "bộ phận", a people's committee speaks of "cơ quan, đơn vị". `guessed` is true
 * when the profile gave no wording and the agency is not of the shape the default was written for, so
 * the kind can warn instead of printing a phrase the agency may not use.
 */
export function unitsInText(profile: AgencyProfile): { text: string; guessed: boolean } {
  if (profile.units_in_text) return { text: profile.units_in_text, guessed: false };
  const short = agencyShortName(profile);
  const sectoral = /^(Sở|Bộ|Cục|Chi cục|Tổng cục|Vụ|Viện|Ban|Trường|Trung tâm)(\s|$)/u.test(short);
  if (sectoral) return { text: `các phòng, đơn vị thuộc ${short}`, guessed: false };
  if (short === 'Phòng') return { text: 'các bộ phận thuộc Phòng', guessed: true };
  if (profile.short_name) return { text: `các phòng, đơn vị thuộc ${short}`, guessed: true };
  return { text: 'các cơ quan, đơn vị', guessed: true };
}

/** "Giám đốc Sở", "Chủ tịch UBND xã": the head as running text names them. */
export function headInText(profile: AgencyProfile): string {
  return profile.head_in_text ?? `${profile.head_title} ${agencyShortName(profile)}`;
}

export function agencyView(profile: AgencyProfile): Record<string, unknown> {
  return {
    name: profile.name,
    short_name: agencyShortName(profile),
    abbreviation: profile.abbreviation,
    place: profile.place,
    head_title: profile.head_title,
    head_in_text: headInText(profile),
    units_in_text: unitsInText(profile).text,
    parent_agency: profile.parent_agency ?? null,
  };
}

/** Every key present (null when absent) so strict templates can test optional fields with {{#if}}. */
export function commonView(data: CommonDocumentData, profile: AgencyProfile): Record<string, unknown> {
  return {
    agency: agencyView(profile),
    number: data.number ?? null,
    issue_date: data.issue_date,
    issue_date_long: formatLongDate(data.issue_date, data.blank_date),
    summary: data.summary,
  };
}

export function findPerson(profile: AgencyProfile, id: string): Person | undefined {
  return profile.people.find((p) => p.id === id);
}

export function findUnit(profile: AgencyProfile, id: string): Unit | undefined {
  return profile.units.find((u) => u.id === id);
}

/** "Có phải ý bạn là …?" for a likely typo of a known id, as FIELD_UNKNOWN says for field names. */
function suggestion(id: string, known: readonly string[]): { suggestVi: string; suggestEn: string } {
  const guess = closestMatch(id, known);
  return {
    suggestVi: guess ? `Có phải ý bạn là "${guess}"? ` : '',
    suggestEn: guess ? `Did you mean "${guess}"? ` : '',
  };
}

/**
 * A meeting on a Sunday is almost always a typo or a date rolled on from last month (Saturday meetings
 * do happen, so only Sunday is flagged). `date` is ISO (yyyy-mm-dd), as the schema gives it.
 */
export function checkNotSunday(date: string, path: Array<string | number>, ctx: CrossCheckContext): void {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== 0) return;
  ctx.diagnostics.push(
    diagnostic('MEETING_ON_SUNDAY', { date: formatShortDate(date), field: path.join('.') }, ctx.locate(path)),
  );
}

export function checkPerson(
  profile: AgencyProfile,
  id: string,
  path: Array<string | number>,
  ctx: CrossCheckContext,
): void {
  if (findPerson(profile, id)) return;
  const known = profile.people.map((p) => p.id);
  ctx.diagnostics.push(
    diagnostic(
      'PERSON_UNKNOWN',
      { person: id, known: known.join(', '), ...suggestion(id, known) },
      ctx.locate(path),
    ),
  );
}

export function checkUnit(
  profile: AgencyProfile,
  id: string,
  path: Array<string | number>,
  ctx: CrossCheckContext,
  isKey = false,
  alsoKnown: readonly string[] = [],
): void {
  if (findUnit(profile, id)) return;
  const known = [...profile.units.map((u) => u.id), ...alsoKnown];
  ctx.diagnostics.push(
    diagnostic(
      'UNIT_UNKNOWN',
      { unit: id, known: known.join(', '), ...suggestion(id, known) },
      ctx.locate(path, isKey),
    ),
  );
}

/** Shared checks: the signer exists; the archive line starts with VT (PL1-II.9.d). */
/** The type name printed in ô 5a: the data's variant, upper case, or the kind's own. */
export function typeNameOf(data: CommonDocumentData, typeName: string): string {
  const written = data.type_name?.trim();
  return written ? vietnameseUpper(written) : typeName;
}

/** TYPE_NAME_VARIANT when type_name does not start with the kind's type name ("THƯ MỜI" for a giấy mời). */
export function checkTypeName(
  data: CommonDocumentData,
  typeName: string,
  kindName: string,
  ctx: CrossCheckContext,
): void {
  if (data.type_name === undefined) return;
  const written = typeNameOf(data, typeName);
  if (written === typeName || written.startsWith(`${typeName} `)) return;
  ctx.diagnostics.push(
    diagnostic('TYPE_NAME_VARIANT', { written, typeName, kind: kindName }, ctx.locate(['type_name'])),
  );
}

/** What is wrong with the shape of one Nơi nhận entry, if anything (name, group, or label with items). */
function recipientProblem(entry: Recipient | RecipientEntry): { vi: string; en: string } | undefined {
  if (typeof entry === 'string' || Array.isArray(entry)) return undefined;
  const label = 'label' in entry ? entry.label : undefined;
  const items = 'items' in entry ? entry.items : undefined;
  const kinds = [entry.name, entry.group, label].filter((v) => v !== undefined).length;
  if (label === undefined && items !== undefined)
    return { vi: 'có items nhưng không có label', en: 'has items but no label' };
  if (kinds === 0)
    return {
      vi: 'không có name, group hay label',
      en: 'has no name, group or label',
    };
  if (kinds > 1)
    return {
      vi: 'có nhiều hơn một trong name, group, label',
      en: 'has more than one of name, group, label',
    };
  if (label !== undefined && items === undefined)
    return { vi: 'có label nhưng không có items', en: 'has a label but no items' };
  if (label !== undefined && entry.note !== undefined)
    return {
      vi: 'có label và note: ghi chú đặt ở từng nơi nhận trong items',
      en: 'has a label and a note: put notes on the entries in items',
    };
  if (entry.group !== undefined && entry.footnote !== undefined)
    return {
      vi: 'có group và footnote: chú thích đặt ở từng nơi nhận trong group, ví dụ { name: UBND tỉnh, footnote: … }',
      en: 'has a group and a footnote: put footnotes on the members of the group, e.g. { name: UBND tỉnh, footnote: … }',
    };
  if (entry.group !== undefined && entry.note === undefined)
    return {
      vi: 'có group nhưng không có note (ghi chú chung của nhóm)',
      en: "has a group but no note (the group's shared note)",
    };
  return undefined;
}

function checkRecipients(data: CommonDocumentData, ctx: CrossCheckContext): void {
  const report = (entry: Recipient | RecipientEntry, path: Array<string | number>): void => {
    const problem = recipientProblem(entry);
    if (problem)
      ctx.diagnostics.push(
        diagnostic('RECIPIENT_SHAPE', { problemVi: problem.vi, problemEn: problem.en }, ctx.locate(path)),
      );
  };
  data.recipients.forEach((entry, i) => {
    report(entry, ['recipients', i]);
    if (typeof entry === 'object' && !Array.isArray(entry))
      entry.items?.forEach((item, j) => report(item, ['recipients', i, 'items', j]));
  });
}

export function checkCommon(data: CommonDocumentData, profile: AgencyProfile, ctx: CrossCheckContext): void {
  checkRecipients(data, ctx);
  if (data.signer) checkPerson(profile, data.signer.person, ['signer', 'person'], ctx);
  if (data.co_signer) checkPerson(profile, data.co_signer.person, ['co_signer', 'person'], ctx);
  data.members?.forEach((member, i) => {
    if ((member.name === undefined) === (member.person === undefined))
      ctx.diagnostics.push(diagnostic('MEMBER_SHAPE', {}, ctx.locate(['members', i])));
    else if (member.person !== undefined) checkPerson(profile, member.person, ['members', i, 'person'], ctx);
  });
  const first =
    typeof data.archive === 'string'
      ? /^(?:-\s*)?(?:Lưu\s*:\s*)?([^\s,.;]+)/u.exec(data.archive.trim())?.[1]
      : data.archive.units[0];
  if (first?.toUpperCase() !== 'VT') {
    const at = typeof data.archive === 'string' ? ['archive'] : ['archive', 'units'];
    ctx.diagnostics.push(diagnostic('ARCHIVE_WITHOUT_VT', {}, ctx.locate(at)));
  }
}
