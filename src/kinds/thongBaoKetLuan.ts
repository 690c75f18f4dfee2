/**
 * Thông báo kết luận cuộc họp giao ban (Mẫu 1.4, "TB"): the monthly briefing notice.
 * This file declares its data; the wording is in templates/thong-bao-ket-luan.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { commonFields, taskSchema } from './commonFields.js';
import type { CrossCheckContext, DocumentKind } from './documentKind.js';
import {
  checkCommon,
  checkNotSunday,
  checkUnit,
  commonView,
  findPerson,
  findUnit,
  personView,
  taskView,
  unitsInText,
} from './commonView.js';
import { diagnostic } from '../diagnostics/make.js';
import { checkPersonRef, isPersonId } from './personRef.js';
import { formatShortDate } from '../text/dates.js';
import type { AgencyProfile } from '../profile/agencySchema.js';

/** The kinds of meeting a kết luận follows, and how the opening sentence names each. */
export const MEETING_KINDS = {
  'giao-ban': 'cuộc họp giao ban',
  hop: 'cuộc họp',
  'lam-viec': 'buổi làm việc',
  'hoi-nghi': 'hội nghị',
} as const;
export type MeetingKind = keyof typeof MEETING_KINDS;

export const meetingSchema = s.object('meeting', {
  kind: s.optional(
    s
      .enumOf(Object.keys(MEETING_KINDS) as MeetingKind[])
      .describe('Loại cuộc họp: giao-ban (mặc định), hop, lam-viec, hoi-nghi'),
  ),
  name: s.optional(
    s
      .text()
      .describe('Tên cuộc họp như in trong câu mở đầu, ví dụ: cuộc họp Ban Chỉ đạo phòng, chống thiên tai'),
  ),
  period: s.optional(
    s
      .text()
      .describe(
        'Kỳ báo cáo, ví dụ: tháng 8/2020, quý II/2020 (mặc định: tháng của ngày họp, có cảnh báo khi họp đầu tháng)',
      ),
  ),
  purpose: s.optional(
    s
      .text()
      .describe(
        'Nội dung được nghe báo cáo, thay cho "nhiệm vụ trong <kỳ báo cáo> và kiến nghị, đề xuất"; bắt buộc khi không phải họp giao ban',
      ),
  ),
  date: s.date().describe('Ngày họp, ví dụ: 2020-08-27'),
  time: s.time().describe('Giờ bắt đầu, ví dụ: "14:00"'),
  place: s.optional(s.text().describe('Địa điểm họp')),
  chair: s
    .text()
    .describe(
      'Mã người chủ trì trong hồ sơ cơ quan (people[].id), hoặc người chủ trì ghi nguyên văn khi không có trong hồ sơ, ví dụ: Phó Thủ tướng Chính phủ Trần Văn An',
    ),
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
    outside_units: s.optional(
      s
        .record(s.text())
        .describe(
          'Cơ quan, đơn vị ngoài cơ quan được giao nhiệm vụ: mã → tên, ví dụ: so-tai-chinh: Sở Tài chính',
        ),
    ),
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

/** How the opening sentence names the meeting: the clerk's own name for it, or its kind's. */
export function meetingName(data: ThongBaoKetLuan): string {
  return data.meeting.name ?? MEETING_KINDS[data.meeting.kind ?? 'giao-ban'];
}

/** "tháng 8/2020": the period reported on, as given, or the month of the meeting. */
export function reportingPeriod(data: ThongBaoKetLuan): string {
  if (data.meeting.period) return data.meeting.period;
  const [year, month] = data.meeting.date.split('-').map(Number);
  return `tháng ${month}/${year}`;
}

/** Meetings early in a month usually report on the month before: say so rather than guess silently. */
const EARLY_IN_MONTH = 10;

function checkMeetingWording(data: ThongBaoKetLuan, profile: AgencyProfile, ctx: CrossCheckContext): void {
  const { meeting } = data;
  const giaoBan = (meeting.kind ?? 'giao-ban') === 'giao-ban';
  if (!giaoBan && !meeting.purpose) {
    ctx.diagnostics.push(
      diagnostic(
        'FIELD_MISSING',
        {
          field: 'meeting.purpose',
          description: 'nội dung được nghe báo cáo tại cuộc họp (câu mặc định chỉ hợp với họp giao ban)',
        },
        ctx.locate(['meeting', 'kind']),
      ),
    );
  }
  const day = Number(meeting.date.split('-')[2]);
  if (giaoBan && !meeting.purpose && !meeting.period && day <= EARLY_IN_MONTH) {
    ctx.diagnostics.push(
      diagnostic(
        'PERIOD_ASSUMED',
        { period: reportingPeriod(data), date: formatShortDate(meeting.date) },
        ctx.locate(['meeting', 'date']),
      ),
    );
  }
  const units = unitsInText(profile);
  if (units.guessed && data.general_tasks.length > 0) {
    ctx.diagnostics.push(
      diagnostic('UNITS_IN_TEXT_ASSUMED', { phrase: units.text }, ctx.locate(['general_tasks'], true)),
    );
  }
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
    checkPersonRef(profile, data.meeting.chair, ['meeting', 'chair'], ctx);
    checkNotSunday(data.meeting.date, ['meeting', 'date'], ctx);
    const outside = new Set((data.outside_units ?? []).map(({ key }) => key));
    for (const { key } of data.unit_tasks)
      if (!outside.has(key)) checkUnit(profile, key, ['unit_tasks', key], ctx, true, [...outside]);
    data.unit_order?.forEach((id, i) => {
      if (!outside.has(id)) checkUnit(profile, id, ['unit_order', i], ctx, false, [...outside]);
    });
    checkMeetingWording(data, profile, ctx);
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
    // Someone of the agency by id ("đồng chí <name> - <title>"), or anyone else as written.
    const chair = isPersonId(data.meeting.chair) ? findPerson(profile, data.meeting.chair) : undefined;
    const outside = new Map((data.outside_units ?? []).map(({ key, value }) => [key, value]));
    return {
      ...commonView(data, profile),
      meeting: {
        date: data.meeting.date,
        time: data.meeting.time,
        place: data.meeting.place ?? null,
        chair: chair ? personView(chair) : { phrase: data.meeting.chair },
        attendees: data.meeting.attendees ?? null,
        reporters: data.meeting.reporters,
        commenters: data.meeting.commenters ?? null,
        kind: data.meeting.kind ?? 'giao-ban',
        name: meetingName(data),
        period: reportingPeriod(data),
        purpose: data.meeting.purpose ?? null,
      },
      conclusions: data.conclusions,
      general_tasks: data.general_tasks.map(taskView),
      unit_tasks: orderedUnitTasks(data, profile).map(({ key, value }) => ({
        unit: {
          id: key,
          name: findUnit(profile, key)?.name ?? outside.get(key) ?? key,
          abbreviation: findUnit(profile, key)?.abbreviation ?? null,
          outside: outside.has(key),
        },
        tasks: value.map(taskView),
      })),
      closing: data.closing,
    };
  },
};
