/**
 * The header as data: the number and ký hiệu groups, place and date (with blanks left for the văn
 * thư), and the urgency, secrecy and circulation marks.
 */
import type { Paragraph } from '../lint/docxModel.js';
import type { Elements } from '../lint/elements.js';
import { tidy } from './runsMarkup.js';
import { isRealDate, MAX_YEAR, MIN_YEAR, toIso } from '../text/dates.js';

export interface NumberRead {
  number?: number;
  /** Ký hiệu groups after "/": ["QĐ", "SCT"], or ["SCT", "CN"] for a công văn. */
  groups: string[];
}

export function readNumber(line: string | undefined): NumberRead {
  if (!line) return { groups: [] };
  const m = /^số\s*[:.]?\s*([\d\s.…_]*)\/\s*(\S+)/iu.exec(tidy(line));
  if (!m) return { groups: [] };
  const digits = m[1]!.replace(/\D/g, '');
  const groups = m[2]!
    .replace(/[.,;]+$/, '')
    .split('-')
    .filter((g) => g !== '');
  return { ...(digits !== '' && Number(digits) > 0 ? { number: Number(digits) } : {}), groups };
}

export interface DateRead {
  place?: string;
  /** ISO date; the first of the month (or of the year) when the day (or month) is left blank. */
  iso?: string;
  blank?: 'day' | 'day-month';
  /** The date as printed is no calendar day ("ngày 31 tháng 02"): `iso` is a stand-in to correct. */
  impossible?: boolean;
}

export function readDate(line: string | undefined): DateRead {
  if (!line) return {};
  const text = tidy(line);
  const place = /^([^,]{1,60}),/u.exec(text)?.[1]?.trim();
  const m = /ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(text);
  if (!m) return place ? { place } : {};
  const year = Number(m[3]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[1] ? Number(m[1]) : undefined;
  const blank = month === undefined ? 'day-month' : day === undefined ? 'day' : undefined;
  const date = { year, month: month ?? 1, day: day ?? 1 };
  if (!isRealDate(date)) {
    // Kept importable: the first of a month that exists, marked for the clerk to correct.
    const standIn = { year: Math.min(Math.max(year, MIN_YEAR), MAX_YEAR), month: 1, day: 1 };
    if (date.month >= 1 && date.month <= 12) standIn.month = date.month;
    return { ...(place ? { place } : {}), iso: toIso(standIn), impossible: true };
  }
  return { ...(place ? { place } : {}), iso: toIso(date), ...(blank ? { blank } : {}) };
}

const DRAFT = /^DỰ\s*THẢO(\s+LẦN\s+\d+)?$/iu;

export function readMarks(elements: Elements, paragraphs: readonly Paragraph[]): Record<string, string> {
  const marks: Record<string, string> = {};
  // The draft mark is often a text box in the header area; it is not part of the decree's layout.
  const titleAt = elements.typeName?.para.number ?? elements.summary[0]?.para.number ?? Infinity;
  const draft = paragraphs.find((p) => p.number <= titleAt && DRAFT.test(tidy(p.text)));
  if (draft) marks.draft = tidy(draft.text);
  for (const stamp of elements.stamps) {
    if (stamp.kind === 'urgency') marks.urgency = stamp.name;
    if (stamp.kind === 'secrecy') marks.secrecy = stamp.name;
    if (stamp.kind === 'circulation') marks.circulation = stamp.name;
  }
  return marks;
}
