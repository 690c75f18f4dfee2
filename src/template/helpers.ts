/**
 * The helpers templates use for Vietnamese forms. Each wraps a pure function of src/text so the rules
 * are tested once and shared with the model builder.
 */
import type { HelperDelegate } from 'handlebars';
import {
  formatClockCompact,
  formatClockWords,
  formatLongDate,
  formatMonthYear,
  formatShortDate,
  fromIso,
  shiftMonths,
} from '../text/dates.js';
import { diemLetter, padNumber, toRoman } from '../text/numbers.js';
import { vietnameseUpper } from '../text/case.js';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** "thứ Năm" for 2020-08-27: weekday names as Phụ lục II writes them (thứ Hai … Chủ nhật). */
export function weekdayName(iso: string): string {
  const { year, month, day } = fromIso(iso);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

function str(value: unknown, helper: string): string {
  if (typeof value !== 'string') throw new TypeError(`${helper}: cần một chuỗi, nhận được ${typeof value}`);
  return value;
}

function int(value: unknown, helper: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new TypeError(`${helper}: cần một số nguyên`);
  return value;
}

export const HELPERS: Record<string, HelperDelegate> = {
  /** {{ngayDayDu issue_date}} → "ngày 05 tháng 02 năm 2020" */
  ngayDayDu: (date: unknown) => formatLongDate(str(date, 'ngayDayDu')),
  /** {{ngaySo meeting.date}} → "27/8/2020" */
  ngaySo: (date: unknown) => formatShortDate(str(date, 'ngaySo')),
  /** {{thangNam meeting.date}} → "tháng 8/2020" */
  thangNam: (date: unknown) => `tháng ${formatMonthYear(str(date, 'thangNam'))}`,
  /** {{soThangNam meeting.date}} → "8/2020" */
  soThangNam: (date: unknown) => formatMonthYear(str(date, 'soThangNam')),
  /** {{thang meeting.date}} → "8" (months 1–2 padded: "01") */
  thang: (date: unknown) => formatMonthYear(str(date, 'thang')).split('/')[0],
  /** {{thangSau meeting.date}} → the same day next month, to chain: {{thangNam (thangSau meeting.date)}} */
  thangSau: (date: unknown) => shiftMonths(str(date, 'thangSau'), 1),
  /** {{gio meeting.time}} → "14h00" */
  gio: (time: unknown) => formatClockCompact(str(time, 'gio')),
  /** {{gioChu meeting.time}} → "14 giờ 00" */
  gioChu: (time: unknown) => formatClockWords(str(time, 'gioChu')),
  /** {{so2 number}} → "05" */
  so2: (n: unknown) => padNumber(int(n, 'so2')),
  /** {{laMa 2}} → "II" */
  laMa: (n: unknown) => toRoman(int(n, 'laMa')),
  /** {{chuCai 5}} → "đ" */
  chuCai: (n: unknown) => diemLetter(int(n, 'chuCai')),
  /** {{inHoa agency.name}} → "SỞ KHOA HỌC VÀ CÔNG NGHỆ" */
  inHoa: (text: unknown) => vietnameseUpper(str(text, 'inHoa')),
  /** {{cong @index 1}} → @index + 1, for numbering 2.1, 2.2 … */
  cong: (a: unknown, b: unknown) => int(a, 'cong') + int(b, 'cong'),
  /** {{thu event.date}} → "thứ Năm" */
  thu: (date: unknown) => weekdayName(str(date, 'thu')),
};
