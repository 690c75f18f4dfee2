/** The schema vocabulary: `s.object({...})`, `s.text()`, … */
import {
  EitherSchema,
  LinesSchema,
  ListSchema,
  ObjectSchema,
  RecordSchema,
  TextOrLinesSchema,
  optional,
  type Field,
  type Schema,
} from './schema.js';
import {
  DateSchema,
  DecimalSchema,
  EnumSchema,
  IntegerSchema,
  PatternSchema,
  TextSchema,
  TimeSchema,
} from './scalars.js';

export const s = {
  text: () => new TextSchema(),
  pattern: (re: RegExp, expected: string) => new PatternSchema(re, expected),
  integer: (min: number, max: number) => new IntegerSchema(min, max),
  decimal: (min: number, max: number) => new DecimalSchema(min, max),
  enumOf: <T extends string>(values: readonly T[]) => new EnumSchema(values),
  date: () => new DateSchema(),
  time: () => new TimeSchema(),
  list: <T>(item: Schema<T>, minItems = 1) => new ListSchema(item, minItems),
  object: <F extends Record<string, Field>>(name: string, fields: F) => new ObjectSchema(fields, name),
  record: <T>(value: Schema<T>) => new RecordSchema(value),
  lines: () => new LinesSchema(new TextSchema()),
  textOrLines: () => new TextOrLinesSchema(new TextSchema()),
  either: <A, B>(scalar: Schema<A>, map: Schema<B>) => new EitherSchema(scalar, map),
  optional,
};

export { INVALID, type Infer, type Schema, type CheckContext } from './schema.js';
