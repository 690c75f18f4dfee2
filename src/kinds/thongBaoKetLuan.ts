/**
 * Thông báo kết luận cuộc họp giao ban (Mẫu 1.4, "TB"): the monthly briefing notice.
 * This file declares its data; the wording is in templates/thong-bao-ket-luan.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { commonFields, taskSchema } from './commonFields.js';
import type { DocumentKind } from './documentKind.js';
import {
  checkCommon,
  checkNotSunday,
  checkPerson,
  checkUnit,
  commonView,
  findPerson,
  findUnit,
  personView,
  taskView,
} from './commonView.js';
import { diagnostic } from '../diagnostics/make.js';
import { formatShortDate } from '../text/dates.js';
import type { AgencyProfile } from '../profile/agencySchema.js';

export const meetingSchema = s.object('meeting', {
  date: s.date().describe('Ngày họp, ví dụ: 2020-08-27'),
  time: s.time().describe('Giờ bắt đầu, ví dụ: "14:00"'),
  place: s.optional(s.text().describe('Địa điểm họp')),
  chair: s.text().describe('Mã người chủ trì trong hồ sơ cơ quan (people[].id)'),
  attendees: s.optional(s.text().describe('Thành phần tham dự')),
  reporters: s
    .text()
    .describe('Những người báo cáo, ví dụ: trưởng các phòng, thủ trưởng các đơn vị thuộc Sở'),
  commenters: s.optional(s.text().describe('Những người góp ý, thảo luận, ví dụ: các Phó giám đốc Sở')),
});

export const thongBaoKetLuanSchema = s
  .object('thong-bao-ket-luan', {
    ...commonFields,
    meeting: meetingSchema.describe('Cuộc họp'),
    conclusions: s.list(s.text()).describe('Các đoạn kết luận chung'),
    general_tasks: s.list(taskSchema, 0).describe('Nhiệm vụ chung của các phòng, đơn vị'),
    unit_tasks: s
      .record(s.list(taskSchema))
      .describe('Nhiệm vụ của từng đơn vị: mã đơn vị → danh sách nhiệm vụ'),
    unit_order: s.optional(s.list(s.text()).describe('Thứ tự đơn vị (mặc định: thứ tự trong hồ sơ cơ quan)')),
    closing: s.text().describe('Câu kết thúc nội dung (vanban thêm "./.")'),
  })
  .describe('Thông báo kết luận cuộc họp giao ban');

export type ThongBaoKetLuan = Infer<typeof thongBaoKetLuanSchema>;

/** Units in the order the profile lists them, unless the notice gives its own order. */
export function orderedUnitTasks(
  data: ThongBaoKetLuan,
  profile: AgencyProfile,
): ThongBaoKetLuan['unit_tasks'] {
  const order = data.unit_order ?? profile.units.map((u) => u.id);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...data.unit_tasks].sort((a, b) => rank(a.key) - rank(b.key));
}

export const thongBaoKetLuan: DocumentKind<ThongBaoKetLuan> = {
  id: 'thong-bao-ket-luan',
  description:
    'Thông báo kết luận cuộc họp giao ban: chủ trì, báo cáo, nhiệm vụ chung và nhiệm vụ từng đơn vị',
  typeName: 'THÔNG BÁO',
  typeAbbreviation: 'TB',
  template: 'thong-bao-ket-luan',
  schema: thongBaoKetLuanSchema,
  reviewPaths: [['conclusions'], ['general_tasks'], ['unit_tasks', '*']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    checkPerson(profile, data.meeting.chair, ['meeting', 'chair'], ctx);
    checkNotSunday(data.meeting.date, ['meeting', 'date'], ctx);
    for (const { key } of data.unit_tasks) checkUnit(profile, key, ['unit_tasks', key], ctx, true);
    data.unit_order?.forEach((id, i) => checkUnit(profile, id, ['unit_order', i], ctx));
    if (data.issue_date < data.meeting.date) {
      ctx.diagnostics.push(
        diagnostic(
          'DATE_ORDER',
          { issued: formatShortDate(data.issue_date), meeting: formatShortDate(data.meeting.date) },
          ctx.locate(['issue_date']),
        ),
      );
    }
  },
  view(data, profile) {
    const chair = findPerson(profile, data.meeting.chair);
    return {
      ...commonView(data, profile),
      meeting: {
        date: data.meeting.date,
        time: data.meeting.time,
        place: data.meeting.place ?? null,
        chair: chair ? personView(chair) : null,
        attendees: data.meeting.attendees ?? null,
        reporters: data.meeting.reporters,
        commenters: data.meeting.commenters ?? null,
      },
      conclusions: data.conclusions,
      general_tasks: data.general_tasks.map(taskView),
      unit_tasks: orderedUnitTasks(data, profile).map(({ key, value }) => ({
        unit: {
          id: key,
          name: findUnit(profile, key)?.name ?? key,
          abbreviation: findUnit(profile, key)?.abbreviation ?? null,
        },
        tasks: value.map(taskView),
      })),
      closing: data.closing,
    };
  },
};
