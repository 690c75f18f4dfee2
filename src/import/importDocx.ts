/**
 * `vanban import`: a DOCX read back into vanban's data — one document of the matching kind and a draft
 * agency profile. It reads the document with lint's reader (one reader for both, see src/lint/), so
 * every improvement to lint's element finding is the importer's too. Whatever is uncertain is listed in
 * `reviews` (the YAML marks it "# XEM LẠI"); text that fits no field is kept as a paragraph and listed in
 * `leftovers`.
 */
import { readMembers } from './membersRead.js';
import { readBodyStyle } from './bodyStyleRead.js';
import type { Paragraph } from '../lint/docxModel.js';
import type { Elements } from '../lint/elements.js';
import { contextOf, notAdministrative } from '../lint/lint.js';
import type { LintContext } from '../lint/rule.js';
import type { ByteSource } from '../lint/zip.js';
import type { AgencyProfile } from '../profile/agencySchema.js';
import { asciiSlug, vietnameseUpper } from '../text/case.js';
import type { ContentTable } from '../kinds/content.js';
import { blockOf, contentData, readContent, type BodyBlock } from './bodyTree.js';
import { notedRuns, notesByLine, trailingNote } from './notedRuns.js';
import { readDate, readMarks, readNumber } from './headerFields.js';
import { recase } from './recase.js';
import { readRecipients } from './recipientsRead.js';
import { commonStyle, plainMarkup, runsMarkup, runsText, tidy } from './runsMarkup.js';
import { readSignature } from './signatureRead.js';
import { typeOfName } from '../kinds/vanBanKhac.js';
import { readAppendices } from './appendicesRead.js';
import { tablesOf } from './tablesRead.js';

export type DataPath = ReadonlyArray<string | number>;

export interface Review {
  path: DataPath;
  /** In Vietnamese: what to check. */
  reason: string;
}

export interface ImportResult {
  kind: string;
  /** The document's data, keys in the order a clerk would write them. */
  document: Record<string, unknown>;
  profile: AgencyProfile;
  reviews: Review[];
  profileReviews: Review[];
  /** Text kept as plain paragraphs because it fits no field, for the terminal summary. */
  leftovers: string[];
}

export class NotAdministrativeError extends Error {}

/** Kinds whose items start at I. unless `numbering: arabic` says otherwise (kế hoạch, báo cáo). */
const ROMAN_BY_DEFAULT = new Set(['ke-hoach', 'bao-cao']);

const KIND_BY_ABBREVIATION: Record<string, string> = {
  TB: 'thong-bao',
  KH: 'ke-hoach',
  BC: 'bao-cao',
  QĐ: 'quyet-dinh',
};

/** The whole visible text, to find how the document itself writes a name in ordinary case. */
function corpusOf(ctx: LintContext): string {
  return ctx.model.paragraphs.map((p) => p.text).join('\n');
}

/**
 * Takes the "./." (vanban writes its own) off the end of the last paragraph, even split over runs. A
 * footnote mark after it stays, at the end of the text ("thực hiện./.¹" reads as "thực hiện^[…]").
 */
function stripEndMark(blocks: BodyBlock[]): void {
  const last = [...blocks].reverse().find((b) => !b.table);
  if (!last) return;
  const joined = last.runs.map((r) => r.text).join('');
  const m = /\s*\.\s*\/\s*\.?\s*$/u.exec(joined);
  if (!m) return;
  let left = joined.length - m.index;
  const runs = [...last.runs];
  const notes: string[] = [];
  while (left > 0 && runs.length > 0) {
    const tail = runs.at(-1)!;
    if (tail.text.length <= left) {
      left -= tail.text.length;
      notes.unshift(...(tail.notes ?? []));
      runs.pop();
    } else {
      runs[runs.length - 1] = { ...tail, text: tail.text.slice(0, tail.text.length - left) };
      left = 0;
    }
  }
  const end = runs.at(-1);
  if (notes.length > 0 && end) runs.push({ text: '', props: end.props, notes });
  last.runs = runs;
}

/** Paragraphs the header, title, signature and Nơi nhận use, which the content must not repeat. */
/**
 * Lines between the content's "./." and the signature, outside any table: "(Xin gửi kèm theo: …)",
 * which vanban prints after the end mark from `enclosure:`.
 */
function enclosureAfterEnd(paragraphs: Paragraph[], el: Elements, used: Set<Paragraph>): string[] {
  const last = el.bodyRegion.at(-1);
  if (!last || !/\.\/\.\s*$/u.test(last.text)) return [];
  const signature = Math.min(
    el.recipientsLabel?.para.number ?? Infinity,
    el.signatureTitles[0]?.para.number ?? Infinity,
  );
  if (signature === Infinity) return [];
  return paragraphs
    .filter((p) => p.part === last.part && p.number > last.number && p.number < signature)
    .filter((p) => !p.cell && !p.inTextBox && !used.has(p))
    .map((p) => tidy(p.text))
    .filter((text) => text !== '');
}

function usedParagraphs(el: Elements): Set<Paragraph> {
  const used = new Set<Paragraph>();
  const segs = [
    el.quocHieu,
    el.tieuNgu,
    ...el.parentAgency,
    ...el.agency,
    el.number,
    el.date,
    ...el.vv,
    el.typeName,
    ...el.summary,
    el.recipientsLabel,
    ...el.recipientItems.flat(),
    ...el.signatureTitles,
    ...el.titleAboveName,
    el.signerName,
    el.drafterLine,
    ...el.stamps.map((s) => s.segment),
  ];
  for (const s of segs) if (s) used.add(s.para);
  for (const p of el.kinhGui) used.add(p);
  return used;
}

/** A Kính gửi recipient as read: its name and the footnotes marked on its lines. */
interface AddresseeRead {
  name: string;
  notes: string[];
}

function kinhGuiOf(el: Elements, footnotes: ReadonlyMap<string, string>): AddresseeRead[] {
  const lines = el.kinhGui.flatMap((p) => {
    const notes = notesByLine(p, footnotes);
    return p.text.split('\n').map((text, i) => ({ text: tidy(text), notes: notes[i] ?? [] }));
  });
  const items: AddresseeRead[] = [];
  for (const line of lines) {
    const text = line.text.replace(/^Kính\s+gửi\s*:?\s*/iu, '').trim();
    const last = items.at(-1);
    if (text === '') {
      // A mark on a line of its own belongs to the recipient above it.
      last?.notes.push(...line.notes);
      continue;
    }
    if (/^[-–—+•]/u.test(text) || !last)
      items.push({ name: text.replace(/^[-–—+•]\s*/u, ''), notes: [...line.notes] });
    else {
      last.name += ` ${text}`;
      last.notes.push(...line.notes);
    }
  }
  return items.map((t) => ({ ...t, name: t.name.replace(/[\s;.,]+$/u, '') }));
}

/**
 * A recipient as `kinh_gui` writes it: the name, or `{ name, footnote }`. `footnote:` holds one note;
 * a second one on the same recipient is named in the summary instead of dropped.
 */
function notedEntry(item: AddresseeRead, leftovers: string[]): string | { name: string; footnote: string } {
  const [first, ...more] = item.notes;
  for (const note of more) leftovers.push(`Chú thích cuối trang thứ hai của "${item.name}": ${note}`);
  return first === undefined ? item.name : { name: item.name, footnote: first };
}

interface KindChoice {
  kind: string;
  typeName?: string;
}

function chooseKind(el: Elements): KindChoice {
  if (el.vv.length > 0 || (!el.typeName && el.kinhGui.length > 0)) return { kind: 'cong-van' };
  const typeText = el.typeName?.text ?? '';
  const type = el.documentType ?? (typeText ? typeOfName(typeText) : undefined);
  const exact = type && tidy(typeText) === type.name;
  const known = type?.abbreviation ? KIND_BY_ABBREVIATION[type.abbreviation] : undefined;
  if (known && exact) return { kind: known };
  if (typeText) return { kind: 'van-ban-khac', typeName: typeText };
  // No type name at all: a công văn is the one paper of Điều 7 that has none (Mẫu 1.5).
  return { kind: 'cong-van' };
}

export function importDocx(bytes: Uint8Array | ByteSource): ImportResult {
  const ctx = contextOf(bytes);
  const foreign = notAdministrative(ctx);
  if (foreign) throw new NotAdministrativeError(foreign.message?.vi ?? foreign.found.vi);
  const el = ctx.elements;
  const corpus = corpusOf(ctx);
  const reviews: Review[] = [];
  const profileReviews: Review[] = [];
  const leftovers: string[] = [];

  const numberRead = readNumber(el.number?.text);
  const dateRead = readDate(el.date?.text);
  const choice = chooseKind(el);
  const kind = choice.kind;

  // --- the agency profile -------------------------------------------------------------------
  const agencyUpper = tidy(el.agency.map((s) => s.text).join(' '));
  const place = dateRead.place ?? '';
  const agencyName = recase(agencyUpper, corpus, place ? [place] : []);
  const abbreviation =
    (kind === 'cong-van' ? numberRead.groups[0] : numberRead.groups[1]) ??
    agencyUpper
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('');
  // Letters, digits and "&" only, starting with a capital (the profile's pattern): "VP.UBND" → "VPUBND".
  const unitRaw = kind === 'cong-van' ? numberRead.groups[1] : numberRead.groups[2];
  const unitAbbreviation = unitRaw?.replace(/[^\p{L}\d&]/gu, '').replace(/^[^\p{Lu}]+/u, '') || undefined;
  const signature = readSignature(
    el.signatureTitles.map((s) => tidy(s.text)),
    el.signerName ? tidy(el.signerName.text) : undefined,
    corpus,
    el.titleAboveName.map((s) => tidy(s.text)),
  );
  const personName = signature.name ?? 'Họ và tên người ký';
  const personId = asciiSlug(personName) || 'nguoi-ky';
  const profile: AgencyProfile = {
    ...(el.parentAgency.length > 0
      ? { parent_agency: tidy(el.parentAgency.map((s) => s.text).join(' ')) }
      : {}),
    name: agencyName.text || 'Tên cơ quan',
    ...(el.agency.length > 1
      ? {
          header_lines: splitLike(
            agencyName.text,
            el.agency.map((s) => tidy(s.text)),
          ),
        }
      : {}),
    abbreviation: vietnameseUpper(abbreviation).replace(/[^\p{Lu}\d&]/gu, '') || 'CQ',
    place: place || 'Địa danh',
    head_title: signature.headTitle || signature.title || 'Giám đốc',
    ...(signature.collective ? { collective_name: signature.collective } : {}),
    units: unitAbbreviation
      ? [
          {
            id: asciiSlug(unitAbbreviation) || 'don-vi',
            name: unitAbbreviation,
            abbreviation: unitAbbreviation,
          },
        ]
      : [],
    people: [{ id: personId, name: personName, title: signature.title || 'Chức vụ' }],
  };
  if (agencyUpper === '')
    profileReviews.push({
      path: ['name'],
      reason: 'không tìm thấy tên cơ quan ở tiêu đề: ghi tên cơ quan ban hành',
    });
  else if (agencyName.guessed)
    profileReviews.push({ path: ['name'], reason: 'tên cơ quan viết thường là đoán, sửa cho đúng chữ hoa' });
  if (!dateRead.place)
    profileReviews.push({ path: ['place'], reason: 'không đọc được địa danh ở dòng ngày tháng' });
  if (unitAbbreviation)
    profileReviews.push({
      path: ['units', 0, 'name'],
      reason: `ghi tên đầy đủ của đơn vị "${unitAbbreviation}"`,
    });
  if (!signature.name)
    profileReviews.push({ path: ['people', 0, 'name'], reason: 'không tìm thấy họ tên người ký' });
  if (!signature.title)
    profileReviews.push({ path: ['people', 0, 'title'], reason: 'không tìm thấy chức vụ người ký' });

  // --- the document ---------------------------------------------------------------------------
  const doc: Record<string, unknown> = { kind, agency: '' };
  if (choice.typeName !== undefined) doc.type_name = choice.typeName;
  if (kind === 'cong-van' && profile.units[0]) doc.unit = profile.units[0].id;
  if (numberRead.number !== undefined) doc.number = numberRead.number;
  doc.issue_date = dateRead.iso ?? '2000-01-01';
  if (!dateRead.iso) reviews.push({ path: ['issue_date'], reason: 'không đọc được ngày ban hành' });
  if (dateRead.impossible)
    reviews.push({
      path: ['issue_date'],
      reason: `ngày in trong văn bản không có thật ("${tidy(el.date?.text ?? '')}")`,
    });
  if (dateRead.blank) {
    doc.blank_date = dateRead.blank;
    reviews.push({
      path: ['issue_date'],
      reason: 'ngày để trống cho văn thư điền; ghi ngày dự kiến ban hành',
    });
  }
  if (!el.date && kind === 'van-ban-khac') doc.date_line = 'no';
  const marks = readMarks(el, ctx.model.paragraphs);
  if (Object.keys(marks).length > 0) doc.marks = marks;

  const summary = (kind === 'cong-van' ? vvLines(ctx, el) : el.summary.map((s) => tidy(s.text)))
    .map((line, i) => (i === 0 && kind === 'cong-van' ? line.replace(/^V\/v\s*/iu, '') : line))
    .filter((line) => line !== '');
  doc.summary = summary.length === 1 ? summary[0] : summary;
  if (summary.length === 0) {
    // Every paper but this one has a trích yếu; the name of the element stands in, marked, until written.
    doc.summary = 'Trích yếu nội dung';
    reviews.push({ path: ['summary'], reason: 'không tìm thấy trích yếu: ghi trích yếu của văn bản' });
  }
  const kinhGui = kinhGuiOf(el, ctx.model.footnotes);
  if (kinhGui.length > 0 && kind !== 'ke-hoach' && kind !== 'quyet-dinh') {
    const entries = kinhGui.map((item) => notedEntry(item, leftovers));
    doc.kinh_gui = entries.length === 1 ? entries[0] : entries;
  } else if (kinhGui.length > 0) {
    leftovers.push(`Kính gửi: ${kinhGui.map((k) => k.name).join('; ')}`);
    for (const note of kinhGui.flatMap((k) => k.notes))
      leftovers.push(`Chú thích cuối trang ở Kính gửi: ${note}`);
  }

  const footer = footerLines(ctx);
  if (footer.length > 0) doc.footer = footer;
  const second = secondSignature(ctx, el);
  if (second) {
    const id = asciiSlug(second.name) || 'nguoi-ky-2';
    const title = readSignature(second.titleLines, second.name, corpus);
    profile.people.push({ id, name: second.name, title: title.title || second.titleLines.join(' ') });
    doc.co_signer = {
      person: id,
      title_lines: second.titleLines,
      ...(second.titleAboveName.length > 0 ? { title_above_name: second.titleAboveName.join(' ') } : {}),
    };
  }
  const signer: Record<string, unknown> = { person: personId };
  if (signature.authority !== 'none') signer.authority = signature.authority;
  if (signature.titleLines.length > 0) signer.title_lines = signature.titleLines;
  if (signature.titleAboveName) signer.title_above_name = signature.titleAboveName;
  doc.signer = signer;
  const used = usedParagraphs(el);
  const members = readMembers(ctx.model.paragraphs, el, used, new Set(second?.paragraphs ?? []));
  if (members.members.length > 0) doc.members = members.members;
  for (const p of [...members.used, ...(second?.paragraphs ?? [])]) used.add(p);

  // --- the content -----------------------------------------------------------------------------
  const appendixRead = readAppendices(ctx, el, (at) => landscapeAt(ctx, at), used);
  const bodyParas = el.body.filter((p) => !used.has(p) && !appendixRead.used.has(p));
  const tables = tablesOf(ctx.model.paragraphs, used, el, appendixRead.used, ctx.model.footnotes);
  const blocks = mergeInOrder(bodyParas, tables, ctx.model.footnotes);
  if (kind === 'quyet-dinh')
    readDecision(blocks, el, doc, { reviews, leftovers }, profile, corpus, ctx.model.footnotes);
  else {
    stripEndMark(blocks);
    const content = readContent(blocks);
    if (content.numbering !== (ROMAN_BY_DEFAULT.has(kind) ? 'roman' : 'arabic'))
      doc.numbering = content.numbering;
    Object.assign(doc, contentData(content));
    if (!doc.intro && !doc.items && !doc.closing) {
      // Nothing read as content (a damaged or empty body): a marked stand-in keeps the file valid.
      doc.intro = ['Nội dung văn bản'];
      reviews.push({ path: ['intro'], reason: 'không đọc được nội dung văn bản: ghi nội dung' });
    }
  }
  const enclosure = enclosureAfterEnd(ctx.model.paragraphs, el, used);
  if (enclosure.length > 0) doc.enclosure = enclosure;
  if (appendixRead.appendices.length > 0) doc.appendices = appendixRead.appendices;
  leftovers.push(...appendixRead.leftovers);
  if (appendixRead.strayAppendix)
    reviews.push({
      path: ['appendices', 0],
      reason:
        'phần này đứng sau chữ ký mà không có nhãn "Phụ lục": giữ lại, bỏ đi, hay tách thành văn bản riêng?',
    });

  const recipients = readRecipients(el.recipientItems, el.drafterLine, ctx.model.footnotes);
  doc.recipients = recipients.recipients;
  for (const note of recipients.leftoverNotes) leftovers.push(`Chú thích cuối trang ở Nơi nhận: ${note}`);
  // vanban adds "Như trên" (with Kính gửi) or "Như Điều N" (quyết định) unless the list has a "Như …"
  // item; an original without one keeps its list as it is.
  const namesLike = recipients.recipients.some((r) => /^Như\b/u.test(typeof r === 'string' ? r : r.name));
  if (!namesLike && recipients.recipients.length > 0 && (kinhGui.length > 0 || kind === 'quyet-dinh'))
    doc.recipients_lead = 'none';
  if (recipients.recipients.length === 0 && kind !== 'van-ban-khac') {
    // Every kind but the catch-all needs a recipient; "Như trên" is what a letter with Kính gửi has.
    doc.recipients = ['Như trên'];
    reviews.push({ path: ['recipients'], reason: 'văn bản gốc không ghi nơi nhận: ghi nơi nhận thật' });
  }
  doc.archive = recipients.archive ?? 'VT';
  if (recipients.archive === undefined)
    reviews.push({ path: ['archive'], reason: 'không tìm thấy dòng "Lưu:"' });
  if (!el.recipientsLabel) reviews.push({ path: ['recipients'], reason: 'không tìm thấy "Nơi nhận:"' });
  Object.assign(doc, readBodyStyle(bodyParas, ctx.model.sections[0]));
  return { kind, document: doc, profile, reviews, profileReviews, leftovers };
}

/** The agency's name cut into the header's lines, at the same words. */
function splitLike(name: string, upperLines: string[]): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  let at = 0;
  for (const line of upperLines) {
    const count = line.split(/\s+/).filter((w) => w !== '').length;
    out.push(words.slice(at, at + count).join(' '));
    at += count;
  }
  if (at < words.length) out[out.length - 1] += ` ${words.slice(at).join(' ')}`;
  return out.filter((l) => l !== '');
}

type Placed = { at: number; block: BodyBlock };

function mergeInOrder(
  paragraphs: Paragraph[],
  tables: Array<{ at: number; table: ContentTable }>,
  notes: ReadonlyMap<string, string>,
): BodyBlock[] {
  const placed: Placed[] = [
    ...paragraphs.map((p) => ({ at: p.number, block: blockOf(p, notes) })),
    ...tables.map((t) => ({ at: t.at, block: { runs: [], table: t.table } as BodyBlock })),
  ];
  return placed.sort((a, b) => a.at - b.at).map((p) => p.block);
}

/** Quyết định: the issuer line, "Căn cứ …" lines, "Theo đề nghị …", "QUYẾT ĐỊNH:", then the articles. */
function readDecision(
  blocks: BodyBlock[],
  el: Elements,
  doc: Record<string, unknown>,
  { reviews, leftovers }: { reviews: Review[]; leftovers: string[] },
  profile: AgencyProfile,
  corpus: string,
  footnotes: ReadonlyMap<string, string>,
): void {
  const endless = (text: string): string => text.replace(/[\s;.,]+$/u, '');
  const basisTexts = el.legalBases.map((p) => endless(tidy(p.text)));
  // As written back: italic as a whole (vanban's), with their footnotes where they stand.
  const basisWritten = el.legalBases.map((p) => endless(plainMarkup(notedRuns(p.runs, footnotes))));
  const proposal = basisTexts.findIndex((t) => /^(theo|xét)\s+đề\s+nghị/iu.test(t));
  const articleStart = blocks.findIndex((b) => b.label?.kind === 'article');
  let issuerSeen = false;
  const before = articleStart < 0 ? blocks : blocks.slice(0, articleStart);
  for (const b of before) {
    const text = runsText(b.runs);
    const full = `${b.label?.text ?? ''} ${text}`.trim();
    if (/^QUYẾT\s*ĐỊNH\s*:?$/u.test(full)) continue;
    if (basisTexts.some((t) => full.replace(/[\s;.,]+$/u, '') === t)) continue;
    if (!issuerSeen && full === vietnameseUpper(full) && commonStyle(b.runs).bold) {
      issuerSeen = true;
      // vanban prints "<head title> <agency>" by itself; only another authority needs writing.
      if (full !== vietnameseUpper(`${profile.head_title} ${profile.name}`))
        doc.issuer = recase(full, corpus).text;
      continue;
    }
    leftovers.push(full);
  }
  doc.bases = basisWritten.filter((_, i) => i !== proposal);
  if (proposal >= 0) doc.proposal = basisWritten[proposal];
  if ((doc.bases as string[]).length === 0) {
    doc.bases = ['Căn cứ …'];
    reviews.push({ path: ['bases'], reason: 'không tìm thấy dòng "Căn cứ …": ghi các căn cứ ban hành' });
  }
  const articleBlocks = articleStart < 0 ? [] : blocks.slice(articleStart);
  stripEndMark(articleBlocks);
  const articles: unknown[] = [];
  let current: BodyBlock[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const [head, ...rest] = current;
    const item: Record<string, unknown> = {};
    // One footnote that ends the article's own line is its `note:`; any other stays in place.
    const ending = trailingNote(head!.runs);
    const visible = (ending?.runs ?? head!.runs).filter((r) => r.text !== '' || r.notes);
    // A footnote mark's own run does not end the bold lead: it follows the text before it.
    const boldLead = visible.findIndex((r) => !r.props.bold && r.text !== '');
    const titleRuns = boldLead < 0 ? visible : visible.slice(0, boldLead);
    const restRuns = boldLead < 0 ? [] : visible.slice(boldLead);
    if (/[\p{L}\d]/u.test(runsText(titleRuns))) item.title = plainMarkup(titleRuns);
    const text = runsMarkup(restRuns);
    if (text !== '') item.text = text;
    if (ending) item.note = ending.note;
    if (rest.length > 0) {
      const content = readContent(rest, ['arabic', 'letter', 'dash', 'plus']);
      if (content.intro.length > 0) item.paragraphs = content.intro;
      const items = [...content.items, ...content.closing.map((c) => ({ label: '', text: c }))];
      if (items.length > 0) item.items = items;
    }
    articles.push(Object.keys(item).length === 1 && item.text ? item.text : item);
    current = [];
  };
  const numbers: number[] = [];
  for (const b of articleBlocks) {
    if (b.label?.kind === 'article') {
      flush();
      numbers.push(b.label.value);
    }
    current.push(b);
  }
  if (numbers.some((n, i) => n !== i + 1))
    reviews.push({
      path: ['articles'],
      reason: `văn bản gốc đánh số các điều ${numbers.map((n) => `Điều ${n}`).join(', ')}; vanban đánh số lại từ Điều 1 theo thứ tự`,
    });
  flush();
  doc.articles = articles.length > 0 ? articles : ['Nội dung điều'];
  if (articles.length === 0)
    reviews.push({ path: ['articles'], reason: 'không tìm thấy "Điều 1.": ghi các điều của quyết định' });
}

/** The V/v lines as printed: every line of the paragraphs the V/v stands in, in order. */
function vvLines(ctx: LintContext, el: Elements): string[] {
  const paragraphs = [...new Set(el.vv.map((s) => s.para))];
  // Lines set as paragraphs of their own under the first, in the same cell, up to a blank line.
  const last = paragraphs.at(-1);
  if (last?.cell) {
    const after = ctx.model.paragraphs.filter((p) => p.cell === last.cell && p.number > last.number);
    for (const p of after) {
      if (tidy(p.text) === '') break;
      paragraphs.push(p);
    }
  }
  return paragraphs
    .flatMap((p) => p.text.split('\n'))
    .map(tidy)
    .filter((l) => l !== '');
}

/** Ô 13: the first page's footer lines (address, telephone …), page numbers left out. */
function footerLines(ctx: LintContext): string[] {
  const section = ctx.model.sections[0];
  const part = section?.titlePg ? section.footers.get('first') : undefined;
  if (!part) return [];
  return (ctx.model.parts.get(part) ?? [])
    .filter((p) => !p.fields.some((f) => /^PAGE\b/u.test(f.instr)))
    .flatMap((p) => p.text.split('\n'))
    .map(tidy)
    .filter((l) => l !== '');
}

/** A section set landscape holds the paragraph. */
export function landscapeAt(ctx: LintContext, paragraph: number): boolean {
  const section = ctx.model.sections.find(
    (s) => paragraph >= s.firstParagraph && paragraph <= s.lastParagraph,
  );
  return section?.orient === 'landscape' || (section?.pageW ?? 0) > (section?.pageH ?? Infinity);
}

/**
 * A second signature beside the first (a biên bản's THƯ KÝ, a joint letter's other signer): another
 * cell of the signature's row with title lines in capitals and a name under them, and no Nơi nhận.
 */
/** Room set before a line that makes it the first line after the signing space, twips (10 mm). */
const SIGNING_SPACE_TW = 567;

function secondSignature(
  ctx: LintContext,
  el: Elements,
): { titleLines: string[]; titleAboveName: string[]; name: string; paragraphs: Paragraph[] } | undefined {
  const place = el.signatureTitles[0]?.para.cell;
  if (!place) return undefined;
  const cells = new Map<number, Paragraph[]>();
  for (const p of ctx.model.paragraphs) {
    const c = p.cell;
    if (!c || c.table !== place.table || c.row !== place.row || c.cell === place.cell) continue;
    cells.set(c.cell, [...(cells.get(c.cell) ?? []), p]);
  }
  for (const paras of cells.values()) {
    const filled = paras.filter((p) => tidy(p.text) !== '');
    const lines = filled.map((p) => tidy(p.text));
    if (lines.length < 2 || lines.some((l) => /^nơi\s*nhận/iu.test(l))) continue;
    const name = lines.at(-1)!;
    const isName = /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(name);
    if (!isName || !lines.slice(0, -1).every((t) => t === vietnameseUpper(t))) continue;
    // The signing space (empty lines, or room set before a line) ends the titles: capitals between it
    // and the name are the signer's own post (ô 7b), printed just above the name.
    const space = filled.findIndex(
      (p, i) =>
        i > 0 && (p.props.before >= SIGNING_SPACE_TW || paras.indexOf(p) > paras.indexOf(filled[i - 1]!) + 1),
    );
    const post = space > 0 && space < filled.length - 1 ? lines.slice(space, -1) : [];
    return { titleLines: lines.slice(0, -1 - post.length), titleAboveName: post, name, paragraphs: paras };
  }
  return undefined;
}
