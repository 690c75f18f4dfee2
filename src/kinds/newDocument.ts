/**
 * `vanban new`: a fresh YAML for a kind, either a skeleton from its schema or next month's document
 * rolled forward from a previous one. The previous file is edited as text, so its comments, quoting
 * and line breaks stay exactly as the clerk left them; only dates, month phrases and the number change,
 * and every carried-over task gets a "# XEM LẠI" line to be reviewed.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import type { DocumentKind } from './documentKind.js';
import {
  EitherSchema,
  LinesSchema,
  ListSchema,
  ObjectSchema,
  OptionalField,
  RecordSchema,
  type Field,
  type Schema,
} from '../schema/schema.js';
import { DateSchema, EnumSchema, IntegerSchema, TimeSchema } from '../schema/scalars.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { formatShortDate, fromIso, padMonth, parseCalendarDate, shiftMonths, toIso } from '../text/dates.js';

export const REVIEW_MARK = 'XEM LẠI';

const MARK_WORDS = [...new Set([REVIEW_MARK.normalize('NFC'), REVIEW_MARK.normalize('NFD')])]
  .map(escapeRegExp)
  .join('|');

/** A comment that starts "# XEM LẠI" (also "# XEM LẠI: …"), in either Unicode form; not "# XEM LẠIX". */
export const REVIEW_MARK_COMMENT = new RegExp(`^#[ \\t]*(?:${MARK_WORDS})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

/** Meeting dates moved on by `vanban new --from`, each marked "# XEM LẠI" (paths of map keys). */
const REVIEW_DATES: ReadonlyArray<ReadonlyArray<string>> = [
  ['meeting', 'date'],
  ['event', 'date'],
];

/** "2020-09" → { year: 2020, month: 9 }; undefined unless a real yyyy-mm. */
export function parseMonth(text: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Rolling a previous document forward

/**
 * "tháng 8", "tháng 8/2020", "tháng 9 năm 2020" → shifted; a full date "ngày 22 tháng 02 năm 2021"
 * cites a fixed document and is left alone.
 */
const MONTH_PHRASE =
  /(?<!ngày\s+\d{1,2}\s+)tháng(\s+)(\d{1,2})(?:(\/)(\d{4})|(\s+năm\s+)(\d{4}))?(?![\d/])/giu;

export function shiftMonthPhrases(text: string, delta: number): string {
  if (delta === 0) return text;
  return text.replace(
    MONTH_PHRASE,
    (whole, space: string, m: string, slash?: string, y1?: string, nam?: string, y2?: string) => {
      const month = Number(m);
      if (month < 1 || month > 12) return whole;
      const year = Number(y1 ?? y2 ?? 2000);
      const shifted = fromIso(shiftMonths(toIso({ year, month, day: 1 }), delta));
      const word = whole.slice(0, 'tháng'.length); // "tháng" or "Tháng", as written
      const tail = slash ? `/${shifted.year}` : nam ? `${nam}${shifted.year}` : '';
      return `${word}${space}${padMonth(shifted.month)}${tail}`;
    },
  );
}

/** A date scalar as the clerk wrote it (ISO or d/m/yyyy), moved `delta` months on, in the same form. */
export function shiftDateText(text: string, delta: number): string | undefined {
  const iso = parseCalendarDate(text.trim());
  if (iso === 'malformed' || iso === 'impossible') return undefined;
  const shifted = shiftMonths(iso, delta);
  if (/^\d{4}-/.test(text.trim())) return shifted;
  const d = fromIso(shifted);
  return `${d.day}/${d.month}/${d.year}`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Nodes at a path of map keys, '*' matching every key of a map. */
function nodesAt(node: unknown, path: ReadonlyArray<string>): YamlNode[] {
  if (path.length === 0) return node ? [node as YamlNode] : [];
  if (!isMap(node)) return [];
  const [head, ...rest] = path;
  return node.items
    .filter((p) => isPair(p) && isScalar(p.key) && (head === '*' || String(p.key.value) === head))
    .flatMap((p) => nodesAt(p.value, rest));
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line before `at` starts, when that line is a "# XEM LẠI" mark left from an earlier roll. */
function markAbove(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const start = lineStart(text, at - 1);
  return REVIEW_MARK_COMMENT.test(text.slice(start, at).trimStart()) ? start : undefined;
}

export interface RollResult {
  text: string;
  /** The new document's month, yyyy-mm. */
  month: string;
  /** How many months dates and month phrases moved. */
  delta: number;
  /** Entries marked "# XEM LẠI". */
  reviewed: number;
}

export function rollForward(
  source: string,
  kind: DocumentKind,
  options: { month?: string; fromName: string },
): RollResult | { error: 'NO_ISSUE_DATE' | 'BAD_MONTH' } {
  const doc = parseDocument(source, { keepSourceTokens: true });
  const root = doc.contents;
  const issue = nodesAt(root, ['issue_date'])[0];
  const issueIso = isScalar(issue) ? parseCalendarDate(String(issue.value).trim()) : 'malformed';
  if (issueIso === 'malformed' || issueIso === 'impossible') return { error: 'NO_ISSUE_DATE' };
  const previous = fromIso(issueIso);
  let target = { year: previous.year, month: previous.month + 1 };
  if (target.month > 12) target = { year: target.year + 1, month: 1 };
  if (options.month !== undefined) {
    const parsed = parseMonth(options.month);
    if (!parsed) return { error: 'BAD_MONTH' };
    target = parsed;
  }
  const delta = differenceInCalendarMonths(
    new Date(target.year, target.month - 1, 1),
    new Date(previous.year, previous.month - 1, 1),
  );

  const edits: Edit[] = [];
  const walk = (node: unknown, key: string | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (
          k === 'number' &&
          isScalar(pair.value) &&
          isScalar(pair.key) &&
          pair.key.range &&
          pair.value.range
        ) {
          // A new document gets a new number from the văn thư.
          const [start] = pair.key.range;
          const end = pair.value.range[1];
          edits.push({
            start,
            end,
            text: `# number: ${source.slice(pair.value.range[0], end)} (số của văn bản trước)`,
          });
          continue;
        }
        walk(pair.value, k);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, key);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      const raw = source.slice(start, end);
      const asDate =
        /date$/.test(key ?? '') || /^\d{4}-\d{2}-\d{2}$/.test(node.value.trim())
          ? shiftDateText(node.value, delta)
          : undefined;
      const changed =
        asDate !== undefined ? raw.replace(node.value.trim(), asDate) : shiftMonthPhrases(raw, delta);
      if (changed !== raw) edits.push({ start, end, text: changed });
    }
  };
  walk(root, undefined);

  // Carried-over tasks: a "# XEM LẠI" line above each, at the item's own indentation.
  let reviewed = 0;
  for (const path of kind.reviewPaths ?? []) {
    for (const list of nodesAt(root, path)) {
      if (!isSeq(list) || list.flow) continue;
      for (const item of list.items as YamlNode[]) {
        if (!item?.range) continue;
        const at = lineStart(source, item.range[0]);
        const indent = /^[ ]*/.exec(source.slice(at))![0];
        // A task still marked from last month's roll keeps its one mark.
        if (markAbove(source, at) === undefined)
          edits.push({ start: at, end: at, text: `${indent}# ${REVIEW_MARK}\n` });
        reviewed++;
      }
    }
  }

  // The rolled meeting date is a guess (same day, next month; maybe a Sunday): marked like the tasks.
  for (const path of REVIEW_DATES) {
    const node = nodesAt(root, path)[0];
    if (!isScalar(node) || !node.range) continue;
    const at = lineStart(source, node.range[0]);
    const indent = /^[ ]*/.exec(source.slice(at))![0];
    const was = parseCalendarDate(String(node.value).trim());
    const from = was === 'malformed' || was === 'impossible' ? String(node.value) : formatShortDate(was);
    // An earlier roll's mark above the date is replaced, not stacked.
    edits.push({
      start: markAbove(source, at) ?? at,
      end: at,
      text: `${indent}# ${REVIEW_MARK}: ${path.join('.')} dời từ ${from}, chọn đúng ngày họp tháng này\n`,
    });
    reviewed++;
  }

  // The note goes under the first comment line (the editor's schema line stays first).
  const firstLineEnd = source.startsWith('#') ? source.indexOf('\n') + 1 : 0;
  // The note of an earlier roll ("# Soạn từ …" and its second line) is replaced by this one.
  const earlierNote = /^# Soạn từ .*\n# các mục .*\n/u.exec(source.slice(firstLineEnd));
  const noteEnd = firstLineEnd + (earlierNote?.[0].length ?? 0);
  const from = `${padMonth(previous.month)}/${previous.year}`;
  const to = `${padMonth(target.month)}/${target.year}`;
  edits.push({
    start: firstLineEnd,
    end: noteEnd,
    text:
      `# Soạn từ ${options.fromName} (tháng ${from} → tháng ${to}): ngày tháng đã dời ${delta} tháng;\n` +
      `# các mục "# ${REVIEW_MARK}" chép từ văn bản trước, cần xem lại hoặc xoá trước khi ban hành.\n`,
  });

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, month: monthKey(target.year, target.month), delta, reviewed };
}

/** "data/2020-08-giao-ban.yaml" → "data/2020-09-giao-ban.yaml"; no month in the name → "-2020-09" added. */
export function nextFileName(path: string, month: string): string {
  if (/\d{4}-\d{2}/.test(path.split('/').pop() ?? '')) {
    const slash = path.lastIndexOf('/') + 1;
    return path.slice(0, slash) + path.slice(slash).replace(/\d{4}-\d{2}/, month);
  }
  return path.replace(/(\.ya?ml)?$/i, (ext) => `-${month}${ext || '.yaml'}`);
}

// ---------------------------------------------------------------------------------------------
// A skeleton from the schema

export interface SkeletonOptions {
  /** Undefined when the clerk has to choose among `agencyChoices`. */
  agency?: string;
  agencyChoices?: string[];
  /** The issue date to start from, ISO. */
  issueDate: string;
  /** "../schemas" or wherever the schemas are, relative to the new file. */
  schemasPath: string;
}

function placeholder(schema: Schema<unknown>, issueDate: string): string {
  if (schema instanceof DateSchema) return issueDate;
  if (schema instanceof TimeSchema) return "'08:00'";
  if (schema instanceof IntegerSchema) return String(schema.min);
  if (schema instanceof EnumSchema) return String(schema.values[0]);
  return "''";
}

function skeletonLines(
  fields: Record<string, Field>,
  indent: string,
  options: SkeletonOptions,
  out: string[],
): void {
  for (const [key, field] of Object.entries(fields)) {
    const optional = field instanceof OptionalField;
    const schema = (optional ? field.schema : field) as Schema<unknown>;
    const note = schema.description ? ` # ${schema.description}` : '';
    if (optional) {
      out.push(`${indent}# ${key}:${note}`);
      continue;
    }
    if (key === 'kind' || key === 'agency') continue;
    if (schema instanceof ObjectSchema) {
      out.push(`${indent}${key}:${note}`);
      skeletonLines(schema.fields as Record<string, Field>, `${indent}  `, options, out);
    } else if (schema instanceof ListSchema) {
      out.push(`${indent}${key}:${note}`);
      const item = schema.item as Schema<unknown>;
      if (item instanceof ObjectSchema) {
        const inner: string[] = [];
        skeletonLines(item.fields as Record<string, Field>, `${indent}    `, options, inner);
        const [first = `${indent}    ''`, ...rest] = inner;
        out.push(`${indent}  - ${first.trimStart()}`, ...rest);
      } else if (item instanceof ListSchema) {
        out.push(`${indent}  - ['']`);
      } else {
        out.push(
          `${indent}  - ${placeholder(item instanceof EitherSchema ? item.scalar : item, options.issueDate)}`,
        );
      }
    } else if (schema instanceof RecordSchema) {
      out.push(`${indent}${key}: {}${note}`);
    } else if (schema instanceof LinesSchema || schema instanceof EitherSchema) {
      out.push(`${indent}${key}: ''${note}`);
    } else {
      out.push(`${indent}${key}: ${placeholder(schema, options.issueDate)}${note}`);
    }
  }
}

/** Every required field with a placeholder and its description; optional ones as comments. */
export function skeletonYaml(kind: DocumentKind, options: SkeletonOptions): string {
  const out = [
    `# yaml-language-server: $schema=${options.schemasPath}/${kind.id}.schema.json`,
    `# ${kind.description}`,
    '# Điền các giá trị còn trống (\'\'), bỏ dấu "#" trước các trường tùy chọn cần dùng, rồi chạy',
    '# "vanban check <tệp>" để kiểm tra và "vanban render <tệp>" để tạo DOCX.',
    '',
    `kind: ${kind.id}`,
    options.agency !== undefined
      ? `agency: ${options.agency}`
      : `agency: '' # Mã hồ sơ cơ quan (data/agencies/<mã>.yaml): ${(options.agencyChoices ?? []).join(', ') || 'chưa có hồ sơ nào'}`,
  ];
  skeletonLines(kind.schema.fields as Record<string, Field>, '', options, out);
  return out.join('\n') + '\n';
}
