import { isScalar, type Node as YamlNode } from 'yaml';
import {
  describeNode,
  INVALID,
  report,
  resolve,
  Schema,
  type CheckContext,
  type Checked,
  type JsonSchema,
} from './schema.js';
import { normalizeText, findControlCharacter } from '../text/normalize.js';
import { diagnostic } from '../diagnostics/make.js';
import { findInvisibleCharacter } from './invisible.js';
import { MAX_YEAR, MIN_YEAR, parseCalendarDate, parseClockTime } from '../text/dates.js';
import { syllableKey } from '../text/vietnameseWords.js';

/**
 * A value as compared when not written exactly: case, where the tone mark sits and a word's closing
 * full stop do not count ("hoả tốc" is HỎA TỐC, "KT" is KT.).
 */
function looseKey(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map((word) => syllableKey(word.replace(/\.$/u, '')))
    .join(' ');
}

function scalarText(
  raw: YamlNode | null,
  path: string,
  ctx: CheckContext,
  expected: string,
): Checked<string> {
  const node = resolve(raw, ctx);
  if (node === INVALID) return INVALID;
  if (
    !isScalar(node) ||
    node.value === null ||
    typeof node.value === 'boolean' ||
    typeof node.value === 'object'
  ) {
    if (node === null || (isScalar(node) && node.value === null))
      return report(ctx, 'VALUE_EMPTY', raw, { field: path });
    return report(ctx, 'FIELD_TYPE', raw, { field: path, expected, found: describeNode(node) });
  }
  // Numbers written as text (e.g. "2.1") keep the spelling the clerk typed.
  return typeof node.value === 'number' && typeof node.source === 'string' ? node.source : String(node.value);
}

export class TextSchema extends Schema<string> {
  /** `keepLines`: line breaks the writer gave stay (a table cell's lines); other space is folded. */
  constructor(
    readonly allowEmpty = false,
    readonly keepLines = false,
  ) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<string> {
    const value = scalarText(raw, path, ctx, 'một chuỗi chữ');
    if (value === INVALID) return INVALID;
    const bad = findControlCharacter(value);
    if (bad !== undefined) {
      return report(ctx, 'CONTROL_CHARACTER', raw, {
        field: path,
        char: `U+${bad.toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
    const invisible = findInvisibleCharacter(value);
    if (invisible) {
      const location = ctx.locateText?.(raw, invisible.char) ?? ctx.locate(raw);
      ctx.diagnostics.push(
        diagnostic(
          'TEXT_INVISIBLE_CHARACTER',
          { field: path, char: invisible.codePoint, nameVi: invisible.vi, nameEn: invisible.en },
          location,
        ),
      );
    }
    const text = this.keepLines
      ? value
          .split(/\r?\n/u)
          .map(normalizeText)
          .filter((line) => line !== '')
          .join('\n')
      : normalizeText(value);
    if (text === '' && !this.allowEmpty) return report(ctx, 'VALUE_EMPTY', raw, { field: path });
    return text;
  }
  json(): JsonSchema {
    return { type: 'string', ...(this.allowEmpty ? {} : { minLength: 1 }) };
  }
}

export class PatternSchema extends Schema<string> {
  constructor(
    readonly pattern: RegExp,
    readonly expected: string,
  ) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<string> {
    const value = scalarText(raw, path, ctx, 'một chuỗi chữ');
    if (value === INVALID) return INVALID;
    const text = normalizeText(value);
    if (!this.pattern.test(text))
      return report(ctx, 'VALUE_FORMAT', raw, { field: path, value: text, expected: this.expected });
    return text;
  }
  json(): JsonSchema {
    return { type: 'string', pattern: this.pattern.source };
  }
}

/** A number in [min, max]; each subclass says which written values are its numbers. */
abstract class NumberInRange extends Schema<number> {
  constructor(
    readonly min: number,
    readonly max: number,
  ) {
    super();
  }
  /** The type word of FIELD_TYPE's message. */
  protected abstract readonly expected: string;
  protected abstract read(value: unknown): number | undefined;
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<number> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    const value = this.read(isScalar(node) ? node.value : undefined);
    if (value === undefined)
      return report(ctx, 'FIELD_TYPE', raw, {
        field: path,
        expected: this.expected,
        found: describeNode(node),
      });
    if (value < this.min || value > this.max)
      return report(ctx, 'VALUE_NOT_ALLOWED', raw, {
        field: path,
        value,
        allowed: `${this.min}–${this.max}`,
      });
    return value;
  }
}

export class IntegerSchema extends NumberInRange {
  protected readonly expected = 'một số nguyên';
  protected read(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
  }
  json(): JsonSchema {
    return { type: 'integer', minimum: this.min, maximum: this.max };
  }
}

/**
 * A decimal number in a range ("1.15"); a Vietnamese decimal comma ("1,15") is read the same way, since
 * clerks write numbers so and YAML would otherwise take it as text.
 */
export class DecimalSchema extends NumberInRange {
  protected readonly expected = 'một số';
  protected read(value: unknown): number | undefined {
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    return typeof value === 'string' && /^\s*\d+(?:,\d+)?\s*$/u.test(value)
      ? Number(value.trim().replace(',', '.'))
      : undefined;
  }
  json(): JsonSchema {
    return { type: ['number', 'string'], minimum: this.min, maximum: this.max, pattern: '^\\d+(,\\d+)?$' };
  }
}

export class EnumSchema<T extends string> extends Schema<T> {
  constructor(readonly values: readonly T[]) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<T> {
    const value = scalarText(raw, path, ctx, 'một chuỗi chữ');
    if (value === INVALID) return INVALID;
    const text = normalizeText(value);
    // "Hỏa tốc", "HOẢ TỐC" (the old tone placement): the same word as HỎA TỐC, so the listed value.
    const found =
      this.values.find((v) => v === text) ?? this.values.find((v) => looseKey(v) === looseKey(text));
    if (found === undefined)
      return report(ctx, 'VALUE_NOT_ALLOWED', raw, {
        field: path,
        value: text,
        // Quoted: "TL. KT." ends with its own full stop, and values may hold spaces.
        allowed: this.values.map((v) => `"${v}"`).join(', '),
      });
    return found;
  }
  json(): JsonSchema {
    return { type: 'string', enum: [...this.values] };
  }
}

/** A calendar date written 2020-08-31 or 31/8/2020; the result is always ISO (YYYY-MM-DD). */
export class DateSchema extends Schema<string> {
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<string> {
    const value = scalarText(raw, path, ctx, 'một ngày (2020-08-31)');
    if (value === INVALID) return INVALID;
    const parsed = parseCalendarDate(value.trim());
    if (parsed === 'malformed')
      return report(ctx, 'VALUE_FORMAT', raw, { field: path, value, expected: '2020-08-31 hoặc 31/8/2020' });
    if (parsed === 'impossible') {
      // 31/8/20200 or 0202-08-31 is a real day of a year vanban does not take: say that, not "no such day".
      const year = Number(/^(\d{4})-|\/(\d{4})$/.exec(value.trim())?.slice(1).find(Boolean));
      if (year < MIN_YEAR || year > MAX_YEAR)
        return report(ctx, 'DATE_YEAR_RANGE', raw, {
          field: path,
          value,
          year,
          min: MIN_YEAR,
          max: MAX_YEAR,
        });
      return report(ctx, 'DATE_INVALID', raw, { field: path, value });
    }
    return parsed;
  }
  json(): JsonSchema {
    return { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$' };
  }
}

/** A time of day written 14:00, 14h00 or 14h; the result is "HH:MM". */
export class TimeSchema extends Schema<string> {
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<string> {
    const value = scalarText(raw, path, ctx, 'một giờ ("14:00")');
    if (value === INVALID) return INVALID;
    const parsed = parseClockTime(value.trim());
    if (parsed === undefined) return report(ctx, 'TIME_INVALID', raw, { field: path, value });
    return parsed;
  }
  json(): JsonSchema {
    return { type: 'string', pattern: '^\\d{1,2}(:\\d{2}|h\\d{0,2})$' };
  }
}
