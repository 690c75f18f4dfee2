/**
 * Calendar dates and clock times: parsing what a clerk types, and the Vietnamese forms the decree and
 * practice use (nd30-spec §8). Dates are ISO strings (YYYY-MM-DD) so no time zone can shift a day.
 */
// Subpath imports: the package index pulls in every date-fns function (~120 ms at start-up).
import { addMonths } from 'date-fns/addMonths';
import { isValid } from 'date-fns/isValid';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The years a document date may have; outside them a date is refused (DATE_YEAR_RANGE says so). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** "2020-08-31" or "31/8/2020" → ISO; 'malformed' when neither form, 'impossible' for 31/02. */
export function parseCalendarDate(text: string): string | 'malformed' | 'impossible' {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : undefined;
  if (!parts) return 'malformed';
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!isRealDate({ year, month, day })) return 'impossible';
  return toIso({ year, month, day });
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return isValid(probe) && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function toIso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromIso(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new TypeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "14:00", "14h00", "14h" or "9h30" → "HH:MM"; undefined when not a time of day. */
export function parseClockTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?::(\d{2})|h(\d{2})?)$/i.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Day and month as the decree pads them: days 1–9 and months 1–2 get a leading zero (PL1-II.4.b). */
export function padDay(day: number): string {
  return String(day).padStart(2, '0');
}

export function padMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** "ngày 05 tháng 02 năm 2020": the header date form of ô 4. */
/** What the văn thư fills in by hand when the document is signed (like a blank number). */
export type DateBlank = 'day' | 'day-month';

const BLANK_DATE_PART = '     ';

export function formatLongDate(iso: string, blank?: DateBlank): string {
  const d = fromIso(iso);
  const day = blank ? BLANK_DATE_PART : padDay(d.day);
  const month = blank === 'day-month' ? BLANK_DATE_PART : padMonth(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "27/8/2020", "05/02/2020": the numeric form in running text, padded like the header date. */
export function formatShortDate(iso: string): string {
  const d = fromIso(iso);
  return `${padDay(d.day)}/${padMonth(d.month)}/${d.year}`;
}

/** "9/2020", "01/2020": month and year in running text. */
export function formatMonthYear(iso: string): string {
  const d = fromIso(iso);
  return `${padMonth(d.month)}/${d.year}`;
}

/** "14h00" (practice) from "14:00". */
export function formatClockCompact(time: string): string {
  const [h, m] = time.split(':');
  return `${h}h${m}`;
}

/** "14 giờ 00" (the word form of ND30's Biên bản sample) from "14:00". */
export function formatClockWords(time: string): string {
  const [h, m] = time.split(':');
  return `${h} giờ ${m}`;
}

/** The same day of a month `count` months later, clamped to the month's end (31/1 → 28/2). */
export function shiftMonths(iso: string, count: number): string {
  const d = fromIso(iso);
  const shifted = addMonths(new Date(d.year, d.month - 1, d.day), count);
  return toIso({ year: shifted.getFullYear(), month: shifted.getMonth() + 1, day: shifted.getDate() });
}
