/**
 * A small schema language that gives, from one declaration, the TypeScript type (Infer<S>), the
 * validation of a YAML tree with positions for every problem, and a JSON Schema for editors.
 * It works on yaml's nodes, not on plain JS values, so every diagnostic can point at file:line:column.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { Alias } from 'yaml';
import { closestMatch } from './closestMatch.js';

export type JsonSchema = Record<string, unknown>;

export interface CheckContext {
  /** Where a node came from (file:line:column), even after files were merged. */
  locate(node: YamlNode | null | undefined): SourceLocation;
  resolveAlias(alias: Alias): YamlNode | undefined;
  /** Where `char` stands in the source of `node`, when it is written there as itself. */
  locateText?(node: YamlNode | null, char: string): SourceLocation | undefined;
  diagnostics: Diagnostic[];
  /** Alias resolutions left; a bounded budget keeps "billion laughs" inputs cheap to refuse. */
  aliasBudget: { left: number; limit: number };
}

export const INVALID: unique symbol = Symbol('invalid');
export type Checked<T> = T | typeof INVALID;

export abstract class Schema<T> {
  description = '';
  /**
   * Vietnamese description shown in editors (JSON Schema) and in "missing field" hints. Returns a copy:
   * one schema shared by several fields would otherwise keep only the last description given to it.
   */
  describe(text: string): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this);
    copy.description = text;
    return copy;
  }
  abstract check(node: YamlNode | null, path: string, ctx: CheckContext): Checked<T>;
  abstract json(): JsonSchema;
  toJsonSchema(): JsonSchema {
    const schema = this.json();
    return this.description ? { description: this.description, ...schema } : schema;
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export function report(
  ctx: CheckContext,
  code: DiagnosticCode,
  node: YamlNode | null | undefined,
  args: Record<string, string | number>,
): typeof INVALID {
  const full =
    code === 'FIELD_TYPE'
      ? { ...args, expectedEn: typeWordEn(args.expected), foundEn: typeWordEn(args.found) }
      : args;
  ctx.diagnostics.push(diagnostic(code, full, ctx.locate(node ?? null)));
  return INVALID;
}

/** FIELD_TYPE's "expected"/"found" words in English, for --lang en; a word not listed is shown as is. */
const TYPE_WORDS_EN: Record<string, string> = {
  rỗng: 'empty',
  'một nhóm trường': 'a map (key: value)',
  'một nhóm trường (tên: giá trị)': 'a map (key: value)',
  'một danh sách': 'a list',
  'một danh sách (mỗi mục bắt đầu bằng "- ")': 'a list (each item starting with "- ")',
  'một nhóm "mã đơn vị: danh sách"': 'a map of "unit id: list"',
  'một số': 'a number',
  'một số nguyên': 'a whole number',
  'đúng/sai': 'true/false',
  'một chuỗi chữ': 'text',
  'một ngày (2020-08-31)': 'a date (2020-08-31)',
  'một giờ ("14:00")': 'a time ("14:00")',
  'giá trị lạ': 'an unknown value',
  'giá trị khác': 'another value',
};

export function typeWordEn(vi: string | number | undefined): string {
  const word = String(vi ?? '');
  return TYPE_WORDS_EN[word] ?? word;
}

/** Follows aliases within the budget; a node that would exceed it is refused. */
export function resolve(node: YamlNode | null, ctx: CheckContext): YamlNode | null | typeof INVALID {
  let current: unknown = node;
  while (isAlias(current)) {
    ctx.aliasBudget.left--;
    // Report once, where the budget ran out; later aliases fail silently.
    if (ctx.aliasBudget.left === -1)
      return report(ctx, 'YAML_TOO_COMPLEX', node, { limit: ctx.aliasBudget.limit });
    if (ctx.aliasBudget.left < -1) return INVALID;
    current = ctx.resolveAlias(current);
    if (!current)
      return report(ctx, 'YAML_SYNTAX', node, {
        detailVi: 'tham chiếu *tên không trỏ tới đâu',
        detailEn: 'alias points nowhere',
      });
  }
  return current as YamlNode | null;
}

export function describeNode(node: YamlNode | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'rỗng';
  if (isMap(node)) return 'một nhóm trường';
  if (isSeq(node)) return 'một danh sách';
  if (isScalar(node))
    return typeof node.value === 'number'
      ? 'một số'
      : typeof node.value === 'boolean'
        ? 'đúng/sai'
        : 'một chuỗi chữ';
  return 'giá trị lạ';
}

// ---------------------------------------------------------------------------------------------
// Lists

export class ListSchema<T> extends Schema<T[]> {
  constructor(
    readonly item: Schema<T>,
    readonly minItems: number,
  ) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<T[]> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    if (!isSeq(node)) {
      if (node === null || (isScalar(node) && node.value === null)) {
        if (this.minItems === 0) return [];
        return report(ctx, 'VALUE_EMPTY', raw, { field: path });
      }
      return report(ctx, 'FIELD_TYPE', raw, {
        field: path,
        expected: 'một danh sách (mỗi mục bắt đầu bằng "- ")',
        found: describeNode(node),
      });
    }
    if (node.items.length < this.minItems) return report(ctx, 'VALUE_EMPTY', raw, { field: path });
    const out: T[] = [];
    let ok = true;
    node.items.forEach((item, i) => {
      const value = this.item.check(item as YamlNode | null, `${path}[${i + 1}]`, ctx);
      if (value === INVALID) ok = false;
      else out.push(value);
    });
    return ok ? out : INVALID;
  }
  json(): JsonSchema {
    return {
      type: 'array',
      items: this.item.toJsonSchema(),
      ...(this.minItems > 0 ? { minItems: this.minItems } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Objects

export class OptionalField<T> {
  constructor(readonly schema: Schema<T>) {}
}
export type Field = Schema<unknown> | OptionalField<unknown>;
type FieldValue<F> = F extends OptionalField<infer T> ? T : F extends Schema<infer T> ? T : never;
type RequiredKeys<F> = { [K in keyof F]: F[K] extends OptionalField<unknown> ? never : K }[keyof F];
type OptionalKeys<F> = { [K in keyof F]: F[K] extends OptionalField<unknown> ? K : never }[keyof F];
export type ObjectOf<F> = { [K in RequiredKeys<F>]: FieldValue<F[K]> } & {
  [K in OptionalKeys<F>]?: FieldValue<F[K]>;
};

export class ObjectSchema<F extends Record<string, Field>> extends Schema<ObjectOf<F>> {
  constructor(
    readonly fields: F,
    readonly name: string,
  ) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<ObjectOf<F>> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    if (!isMap(node)) {
      return report(ctx, 'FIELD_TYPE', raw, {
        field: path || this.name,
        expected: 'một nhóm trường (tên: giá trị)',
        found: describeNode(node),
      });
    }
    // "- Làm việc: với các huyện" is a sentence, but YAML reads "key: value"; say so plainly.
    const sentenceKey = node.items.find(
      (p) =>
        isScalar(p.key) && /\s/.test(String(p.key.value)) && !Object.hasOwn(this.fields, String(p.key.value)),
    );
    if (sentenceKey) return report(ctx, 'TEXT_HAS_COLON', sentenceKey.key as YamlNode, { field: path });
    const out: Record<string, unknown> = {};
    let ok = true;
    const present = new Map<string, Pair>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      present.set(key, pair as Pair);
      // Own properties only: "constructor", "toString" or "__proto__" are not fields of any schema.
      if (!Object.hasOwn(this.fields, key)) {
        const known = Object.keys(this.fields);
        const guess = closestMatch(key, known) ?? sameMeaning(key, known);
        report(ctx, 'FIELD_UNKNOWN', pair.key as YamlNode, {
          field: key,
          where: path || this.name,
          known: known.join(', '),
          suggestVi: guess ? `Có phải ý bạn là "${guess}"? ` : '',
          suggestEn: guess ? `Did you mean "${guess}"? ` : '',
        });
        ok = false;
      }
    }
    for (const [key, field] of Object.entries(this.fields)) {
      const optional = field instanceof OptionalField;
      const schema = optional ? field.schema : field;
      const pair = present.get(key);
      const fieldPath = path ? `${path}.${key}` : key;
      const isEmpty = !pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      if (isEmpty && optional) continue;
      if (!pair) {
        report(ctx, 'FIELD_MISSING', raw, { field: fieldPath, description: schema.description || key });
        ok = false;
        continue;
      }
      const value = schema.check((pair.value ?? null) as YamlNode | null, fieldPath, ctx);
      if (value === INVALID) ok = false;
      else out[key] = value;
    }
    return ok ? (out as ObjectOf<F>) : INVALID;
  }
  json(): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(this.fields)) {
      const optional = field instanceof OptionalField;
      properties[key] = (optional ? field.schema : field).toJsonSchema();
      if (!optional) required.push(key);
    }
    return {
      type: 'object',
      additionalProperties: false,
      properties,
      ...(required.length ? { required } : {}),
    };
  }
}

/**
 * Field names that mean what another field of this object means: a content item's footnote is its
 * `note:`, while Kính gửi and Nơi nhận entries call theirs `footnote:` (their `note:` is printed text).
 */
const SAME_MEANING: Record<string, string> = { footnote: 'note' };

function sameMeaning(key: string, known: readonly string[]): string | undefined {
  const other = Object.hasOwn(SAME_MEANING, key) ? SAME_MEANING[key] : undefined;
  return other !== undefined && known.includes(other) ? other : undefined;
}

// ---------------------------------------------------------------------------------------------
// Maps keyed by an id (e.g. unit id -> tasks); key order is kept for the caller to re-order.

export class RecordSchema<T> extends Schema<Array<{ key: string; value: T; keyNode: YamlNode }>> {
  constructor(readonly value: Schema<T>) {
    super();
  }
  check(
    raw: YamlNode | null,
    path: string,
    ctx: CheckContext,
  ): Checked<Array<{ key: string; value: T; keyNode: YamlNode }>> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    if (!isMap(node)) {
      return report(ctx, 'FIELD_TYPE', raw, {
        field: path,
        expected: 'một nhóm "mã đơn vị: danh sách"',
        found: describeNode(node),
      });
    }
    const out: Array<{ key: string; value: T; keyNode: YamlNode }> = [];
    let ok = true;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = this.value.check((pair.value ?? null) as YamlNode | null, `${path}.${key}`, ctx);
      if (value === INVALID) ok = false;
      else out.push({ key, value, keyNode: pair.key as YamlNode });
    }
    return ok ? out : INVALID;
  }
  json(): JsonSchema {
    return { type: 'object', additionalProperties: this.value.toJsonSchema() };
  }
}

// ---------------------------------------------------------------------------------------------
// A value written either as a plain scalar or as a map (e.g. a task: text, or text with sub-items).

export class EitherSchema<A, B> extends Schema<A | B> {
  constructor(
    readonly scalar: Schema<A>,
    readonly map: Schema<B>,
  ) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<A | B> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    return isMap(node) ? this.map.check(node, path, ctx) : this.scalar.check(node, path, ctx);
  }
  json(): JsonSchema {
    // A scalar side that is itself a choice (text or a list of lines) joins this one: one flat anyOf.
    const scalar = this.scalar.toJsonSchema();
    const flat =
      Array.isArray(scalar.anyOf) && Object.keys(scalar).every((k) => k === 'anyOf' || k === 'description');
    return { anyOf: [...(flat ? (scalar.anyOf as JsonSchema[]) : [scalar]), this.map.toJsonSchema()] };
  }
}

export function optional<T>(schema: Schema<T>): OptionalField<T> {
  return new OptionalField(schema);
}

// ---------------------------------------------------------------------------------------------
// One or several lines: a plain string, or a list of strings when the writer chooses the breaks. A line
// may be richer than a string (a name with its footnote, src/kinds/notedText.ts).

export class LinesSchema<T = string> extends Schema<T[]> {
  constructor(readonly line: Schema<T>) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<T[]> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    if (isSeq(node)) return new ListSchema(this.line, 1).check(node, path, ctx);
    const one = this.line.check(node, path, ctx);
    return one === INVALID ? INVALID : [one];
  }
  json(): JsonSchema {
    const line = this.line.toJsonSchema();
    return { anyOf: [line, { type: 'array', items: line, minItems: 1 }] };
  }
}

// ---------------------------------------------------------------------------------------------
// One line of text, or a list of lines kept as the writer broke them (a Nơi nhận entry over two lines).

export class TextOrLinesSchema extends Schema<string | string[]> {
  constructor(readonly line: Schema<string>) {
    super();
  }
  check(raw: YamlNode | null, path: string, ctx: CheckContext): Checked<string | string[]> {
    const node = resolve(raw, ctx);
    if (node === INVALID) return INVALID;
    if (isSeq(node)) return new ListSchema(this.line, 1).check(node, path, ctx);
    return this.line.check(node, path, ctx);
  }
  json(): JsonSchema {
    const line = this.line.toJsonSchema();
    return { anyOf: [line, { type: 'array', items: line, minItems: 1 }] };
  }
}
