/**
 * Biên bản (Mẫu 1.9, "BB"): no date line; time, place, attendees, chair, secretary, the content, the
 * closing time; THƯ KÝ signs left and CHỦ TỌA right, the recipients below.
 * Wording: templates/bien-ban.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { commonFields } from './commonFields.js';
import { contentFields } from './content.js';
import type { DocumentKind } from './documentKind.js';
import { checkCommon, checkNotSunday, commonView } from './commonView.js';
import { checkContent, contentOf, contentView, checkTables, checkTypedLabels } from './kindSupport.js';
import { checkPersonRef, personRefView } from './personRef.js';
import { listLines } from './giayMoi.js';
import { vietnameseUpper } from '../text/case.js';

export const recordedMeetingSchema = s.object('meeting', {
  date: s.date().describe('Ngày họp, ví dụ: 2021-04-20'),
  start: s.time().describe('Thời gian bắt đầu, ví dụ: "08:00"'),
  end: s.optional(
    s
      .time()
      .describe(
        'Thời gian kết thúc, ví dụ: "11:30"; vanban in "Cuộc họp kết thúc vào …" sau nội dung. Bỏ trống khi câu kết thúc viết trong closing',
      ),
  ),
  end_date: s.optional(s.date().describe('Ngày kết thúc nếu khác ngày họp')),
  place: s.text().describe('Địa điểm'),
  attendees: s.lines().describe('Thành phần tham dự: một dòng, hoặc danh sách (mỗi mục một dòng)'),
  chair: s.text().describe('Chủ trì (chủ tọa): mã người trong hồ sơ cơ quan, hoặc họ tên, chức vụ'),
  secretary: s
    .text()
    .describe('Thư ký (người ghi biên bản): mã người trong hồ sơ cơ quan, hoặc họ tên, chức vụ'),
  secretary_name: s.optional(
    s.text().describe('Họ tên in dưới chữ ký THƯ KÝ khi secretary ghi kèm chức vụ, ví dụ: Hoàng Thị Mai'),
  ),
  chair_name: s.optional(s.text().describe('Họ tên in dưới chữ ký CHỦ TỌA khi chair ghi kèm chức vụ')),
});

// A biên bản is signed by its secretary and chair (meeting.secretary, meeting.chair), never by a
// signer or co_signer: accepting those fields would let a clerk set them and see nothing change.
function without<T extends object, K extends keyof T>(fields: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...fields };
  for (const key of keys) delete copy[key];
  return copy;
}
const recordFields = without(commonFields, 'signer', 'co_signer');

export const bienBanSchema = s
  .object('bien-ban', {
    ...recordFields,
    meeting: recordedMeetingSchema.describe('Cuộc họp'),
    ...contentFields,
  })
  .describe('Biên bản (Mẫu 1.9)');

export type BienBan = Infer<typeof bienBanSchema>;

export const bienBan: DocumentKind<BienBan> = {
  id: 'bien-ban',
  description: 'Biên bản cuộc họp (Mẫu 1.9): không có dòng ngày tháng; THƯ KÝ và CHỦ TỌA ký hai bên',
  typeName: 'BIÊN BẢN',
  typeAbbreviation: 'BB',
  template: 'bien-ban',
  schema: bienBanSchema,
  reviewPaths: [['items']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    checkTables(data, ctx);
    checkTypedLabels(data, ctx);
    checkPersonRef(profile, data.meeting.chair, ['meeting', 'chair'], ctx);
    checkPersonRef(profile, data.meeting.secretary, ['meeting', 'secretary'], ctx);
    checkNotSunday(data.meeting.date, ['meeting', 'date'], ctx);
    checkContent(contentOf(data), ctx);
  },
  view(data, profile) {
    const m = data.meeting;
    return {
      ...commonView(data, profile),
      ...contentView(contentOf(data), 'roman'),
      meeting: {
        date: m.date,
        start: m.start,
        end: m.end ?? null,
        end_date: m.end_date ?? m.date,
        place: m.place,
        attendee: m.attendees.length === 1 ? m.attendees[0] : null,
        attendee_lines: m.attendees.length > 1 ? listLines(m.attendees) : [],
        chair: personRefView(profile, m.chair).phrase,
        secretary: personRefView(profile, m.secretary).phrase,
      },
    };
  },
  structure(data, profile) {
    const m = data.meeting;
    return {
      dateLine: false,
      signature: {
        titleLines: [vietnameseUpper('Chủ tọa')],
        name: m.chair_name ?? personRefView(profile, m.chair).name,
      },
      secondSignature: {
        titleLines: [vietnameseUpper('Thư ký')],
        name: m.secretary_name ?? personRefView(profile, m.secretary).name,
      },
    };
  },
};
