import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatClockCompact,
  formatClockWords,
  formatLongDate,
  formatMonthYear,
  formatShortDate,
  parseCalendarDate,
  parseClockTime,
  shiftMonths,
  toIso,
} from '../../src/text/dates.js';

const realDate = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('header date (PL1-II.4.b)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatLongDate('2020-02-05')).toBe('ngày 05 tháng 02 năm 2020');
    expect(formatLongDate('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020');
    expect(formatLongDate('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatLongDate('2020-11-15')).toBe('ngày 15 tháng 11 năm 2020');
    expect(formatLongDate('2020-01-10')).toBe('ngày 10 tháng 01 năm 2020');
  });

  it('always matches the decree pattern and reads back the same date (property)', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        const text = formatLongDate(iso);
        const m = /^ngày (0[1-9]|[12]\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm (\d{4})$/.exec(text);
        expect(m).not.toBeNull();
        expect(toIso({ year: Number(m![3]), month: Number(m![2]), day: Number(m![1]) })).toBe(iso);
      }),
    );
  });
});

describe('running-text forms', () => {
  it('writes short dates, month-year and clock times', () => {
    expect(formatShortDate('2020-08-27')).toBe('27/8/2020');
    expect(formatShortDate('2020-02-05')).toBe('05/02/2020');
    expect(formatMonthYear('2020-09-01')).toBe('9/2020');
    expect(formatMonthYear('2020-01-31')).toBe('01/2020');
    expect(formatClockCompact('14:00')).toBe('14h00');
    expect(formatClockWords('14:30')).toBe('14 giờ 30');
  });

  it('short dates round-trip through the parser (property)', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        expect(parseCalendarDate(formatShortDate(iso))).toBe(iso);
      }),
    );
  });
});

describe('parsing what a clerk types', () => {
  it('accepts ISO and Vietnamese day/month/year', () => {
    expect(parseCalendarDate('2020-08-31')).toBe('2020-08-31');
    expect(parseCalendarDate('31/8/2020')).toBe('2020-08-31');
    expect(parseCalendarDate('2020-8-1')).toBe('2020-08-01');
  });

  it('refuses impossible and malformed dates', () => {
    expect(parseCalendarDate('2021-02-29')).toBe('impossible');
    expect(parseCalendarDate('31/02/2020')).toBe('impossible');
    expect(parseCalendarDate('2020-13-01')).toBe('impossible');
    expect(parseCalendarDate('2020-04-31')).toBe('impossible');
    expect(parseCalendarDate('2020-02-29')).toBe('2020-02-29');
    expect(parseCalendarDate('ngày mai')).toBe('malformed');
  });

  it('reads clock times in both notations', () => {
    expect(parseClockTime('14:00')).toBe('14:00');
    expect(parseClockTime('14h00')).toBe('14:00');
    expect(parseClockTime('8h')).toBe('08:00');
    expect(parseClockTime('9h30')).toBe('09:30');
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(parseClockTime('14:60')).toBeUndefined();
  });
});

describe('rolling months forward', () => {
  it('keeps the day, clamped to the end of a shorter month', () => {
    expect(shiftMonths('2020-08-27', 1)).toBe('2020-09-27');
    expect(shiftMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(shiftMonths('2020-12-15', 1)).toBe('2021-01-15');
  });

  it('always lands in the next calendar month (property)', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        const [y, m] = iso.split('-').map(Number) as [number, number];
        const [ny, nm] = shiftMonths(iso, 1).split('-').map(Number) as [number, number];
        expect(ny * 12 + nm).toBe(y * 12 + m + 1);
      }),
    );
  });
});
