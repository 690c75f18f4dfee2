/**
 * Giấy mời (Mẫu 1.7, "GM"): opening paragraphs if any, "<cơ quan> trân trọng kính mời: …", "Tới dự …",
 * chủ trì, thời gian, địa điểm, then notes. `layout: numbered` prints the same parts numbered 1., 2. …
 * ("1. Thành phần mời:", "2. Nội dung: …", "3. Thời gian: …"), as many real invitations do, without the
 * "kính mời:" line. Wording: templates/giay-moi.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { notedFootnote, notedLines, notedName, type NotedText } from './notedText.js';
import { noteMarkup } from '../text/inlineNote.js';
import { commonFields, kinhGuiLayoutField, typeNameField } from './commonFields.js';
import { contentFields } from './content.js';
import { addresseeStructure, contentOf, contentView, checkTables, checkTypedLabels } from './kindSupport.js';
import type { DocumentKind } from './documentKind.js';
import { checkCommon, checkNotSunday, checkTypeName, commonView } from './commonView.js';
import type { ContentLine } from './content.js';
import { diagnostic } from '../diagnostics/make.js';
import { formatShortDate } from '../text/dates.js';
import { checkPersonRef, personRefView } from './personRef.js';

export const eventSchema = s.object('event', {
  name: s.optional(
    s
      .text()
      .describe(
        'Tới dự …: tên cuộc họp, hội nghị, ví dụ: Hội nghị tổng kết công tác năm 2022 (bỏ trống khi đoạn mở đầu intro đã nêu)',
      ),
  ),
  chair: s.optional(
    s.text().describe('Chủ trì: mã người trong hồ sơ cơ quan (people[].id), hoặc ghi rõ họ tên, chức vụ'),
  ),
  attendees: s.optional(
    s.text().describe('Thành phần: những người cùng dự, ví dụ: lãnh đạo Sở, trưởng các phòng, đơn vị'),
  ),
  date: s.date().describe('Ngày họp, ví dụ: 2023-01-10'),
  start: s.time().describe('Giờ bắt đầu, ví dụ: "08:00"'),
  end: s.optional(s.time().describe('Giờ kết thúc (nếu ghi), ví dụ: "11:30"')),
  place: s.text().describe('Địa điểm, ví dụ: Hội trường tầng 3, Sở Khoa học và Công nghệ'),
});

const LAYOUTS = ['standard', 'numbered'] as const;

export const giayMoiSchema = s
  .object('giay-moi', {
    ...commonFields,
    ...typeNameField,
    layout: s.optional(
      s
        .enumOf(LAYOUTS)
        .describe(
          'Cách trình bày: standard (theo Mẫu 1.7: "… trân trọng kính mời:", "Tới dự …", "Thời gian: …") hoặc numbered (các phần đánh số: "1. Thành phần mời:", "2. Nội dung: …", "3. Thời gian: …")',
        ),
    ),
    kinh_gui: s.optional(
      notedLines().describe(
        'Kính gửi: một nơi (in cùng dòng), hoặc danh sách (mỗi nơi một dòng "- …;"); bỏ trống nếu không có; mỗi nơi có thể viết { name, footnote } để thêm chú thích cuối trang',
      ),
    ),
    ...kinhGuiLayoutField,
    invitees: s.optional(
      notedLines().describe(
        'Trân trọng kính mời: một người/cơ quan, hoặc danh sách (mỗi mục một dòng "- …;"); có thể bỏ khi đã ghi kinh_gui; mỗi mục có thể viết { name, footnote } để thêm chú thích cuối trang',
      ),
    ),
    event: s.optional(
      eventSchema.describe(
        'Cuộc họp được mời dự (tên, chủ trì, thời gian, địa điểm); có thể bỏ khi nội dung viết ở items',
      ),
    ),
    intro: s.optional(
      s
        .list(s.text())
        .describe(
          'Các đoạn mở đầu, in trước dòng "… trân trọng kính mời:", ví dụ: Thực hiện …, Sở tổ chức Hội nghị …',
        ),
    ),
    // The free numbered content of a thông báo (1., a), -, +), printed after the event's fields.
    items: contentFields.items,
    notes: s.optional(
      s.list(s.text()).describe('Các đoạn ghi chú sau địa điểm, ví dụ: đề nghị chuẩn bị tài liệu'),
    ),
    closing: contentFields.closing,
  })
  .describe('Giấy mời (Mẫu 1.7)');

export type GiayMoi = Infer<typeof giayMoiSchema>;

/**
 * "- x;" … "- y." when several are invited (like ô 9a); one is printed on the "kính mời:" line. A
 * footnote (`{ name, footnote }`) is written as the clerk's "^[…]" after the name, before the ";".
 */
export function listLines(items: NotedText[]): string[] {
  const bare = items.map((i) =>
    notedName(i)
      .replace(/^[-–+•]\s*/, '')
      .replace(/[\s;.,]+$/, ''),
  );
  return bare.map((item, i) => `- ${item}${footnoteMarkup(items[i]!)}${i === bare.length - 1 ? '.' : ';'}`);
}

/** The item's footnote as the markup every view string is read with, or nothing. */
function footnoteMarkup(item: NotedText): string {
  const footnote = notedFootnote(item)?.trim();
  return footnote ? noteMarkup(footnote) : '';
}

/** The parts that are numbered 1., 2. … in the numbered layout, in the order they are printed. */
const PARTS = ['invitees', 'name', 'chair', 'attendees', 'time', 'place'] as const;
type Part = (typeof PARTS)[number];

/** "1. ", "2. " … before each part present (numbered layout), or nothing before any (Mẫu 1.7). */
function partLabels(data: GiayMoi): { labels: Record<Part, string>; count: number } {
  const event = data.event;
  const present: Record<Part, boolean> = {
    invitees: data.invitees !== undefined,
    name: event?.name !== undefined,
    chair: event?.chair !== undefined,
    attendees: event?.attendees !== undefined,
    time: event !== undefined,
    place: event !== undefined,
  };
  const labels = {} as Record<Part, string>;
  let n = 0;
  for (const part of PARTS) {
    labels[part] = data.layout === 'numbered' && present[part] ? `${++n}. ` : '';
  }
  return { labels, count: n };
}

/** The free items' lines; in the numbered layout their "1.", "2." … go on after the fixed parts'. */
function itemLines(data: GiayMoi, after: number): ContentLine[] {
  const lines = contentView(contentOf({ items: data.items ?? [] }), 'arabic').lines;
  if (after === 0) return lines;
  // With arabic numbering only the top level reads "n."; the levels below are a), -, +.
  return lines.map((line) => {
    const m = /^(\d+)\.$/.exec(line.label ?? '');
    return m ? { ...line, label: `${Number(m[1]) + after}.` } : line;
  });
}

/** The template adds the sentence's full stop. */
function withoutFinalStop(text: string): string {
  return text.replace(/[\s.;]+$/, '');
}

export const giayMoi: DocumentKind<GiayMoi> = {
  id: 'giay-moi',
  description: 'Giấy mời (Mẫu 1.7): kính mời, tới dự, chủ trì, thời gian, địa điểm, ghi chú',
  typeName: 'GIẤY MỜI',
  typeAbbreviation: 'GM',
  template: 'giay-moi',
  schema: giayMoiSchema,
  reviewPaths: [['notes'], ['intro'], ['items']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    // Who is invited: on the "kính mời:" line, in "Kính gửi:", or in the free items ("Thành phần: …").
    if (data.invitees === undefined && data.kinh_gui === undefined && !data.items?.length)
      ctx.diagnostics.push(
        diagnostic(
          'FIELD_MISSING',
          { field: 'invitees', description: 'người, cơ quan được mời (hoặc ghi kinh_gui, hoặc nêu ở items)' },
          ctx.locate([]),
        ),
      );
    checkTypeName(data, giayMoi.typeName, giayMoi.id, ctx);
    checkTables(data, ctx);
    checkTypedLabels(data, ctx);
    const event = data.event;
    // What the invitation is for: the event's fields, or free numbered items (or both).
    if (event === undefined) {
      if (!data.items?.length)
        ctx.diagnostics.push(
          diagnostic(
            'FIELD_MISSING',
            { field: 'event', description: 'cuộc họp được mời dự, hoặc viết nội dung ở items' },
            ctx.locate([]),
          ),
        );
      return;
    }
    // The event is named on the "Tới dự" line, or else in the opening paragraphs or the items.
    if (event.name === undefined && !data.intro?.length && !data.items?.length) {
      ctx.diagnostics.push(
        diagnostic(
          'FIELD_MISSING',
          { field: 'event.name', description: 'tên cuộc họp, hoặc viết đoạn mở đầu intro nêu cuộc họp' },
          ctx.locate(['event']),
        ),
      );
    }
    if (event.chair) checkPersonRef(profile, event.chair, ['event', 'chair'], ctx);
    checkNotSunday(event.date, ['event', 'date'], ctx);
    if (data.issue_date > event.date) {
      ctx.diagnostics.push(
        diagnostic(
          'EVENT_BEFORE_ISSUE',
          { issued: formatShortDate(data.issue_date), event: formatShortDate(event.date) },
          ctx.locate(['issue_date']),
        ),
      );
    }
  },
  view(data, profile) {
    const invitees = data.invitees ?? [];
    const numbered = data.layout === 'numbered';
    const one = invitees.length === 1 ? invitees[0]! : null;
    const event = data.event;
    const { labels, count } = partLabels(data);
    return {
      ...commonView(data, profile),
      numbered,
      labels,
      intro: data.intro ?? [],
      // "1. Thành phần mời: …." ends like the other numbered parts; Mẫu 1.7's "kính mời: …" as written.
      invitee:
        one === null
          ? null
          : `${numbered ? withoutFinalStop(notedName(one)) : notedName(one)}${footnoteMarkup(one)}`,
      invitee_lines: invitees.length > 1 ? listLines(invitees) : [],
      event: event
        ? {
            name: event.name ? withoutFinalStop(event.name) : null,
            chair: event.chair ? personRefView(profile, event.chair).phrase : null,
            attendees: event.attendees ? withoutFinalStop(event.attendees) : null,
            date: event.date,
            start: event.start,
            end: event.end ?? null,
            place: withoutFinalStop(event.place),
          }
        : null,
      lines: itemLines(data, numbered ? count : 0),
      notes: data.notes ?? [],
      closing: data.closing ?? [],
    };
  },
  structure(data) {
    return addresseeStructure(data);
  },
};
