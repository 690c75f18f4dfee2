/**
 * Prints findings the way vanban prints diagnostics: "file: severity CODE: message", the place, the
 * hint, then a summary line; or as JSON for machines, in the chosen language.
 */
import type { Language } from '../diagnostics/format.js';
import type { Finding, Localized, Where } from './finding.js';
import { HINTS } from './hints.js';
import { unsafeCharacters } from '../text/terminalSafety.js';

const WORDS = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    hint: 'gợi ý',
    paragraph: 'đoạn',
    section: 'phần (section)',
    also: (list: string, more: number) => `cũng ở các đoạn ${list}${more > 0 ? ` và ${more} đoạn khác` : ''}`,
    must: (el: string, prop: string, exp: string, found: string) =>
      `${el}: ${prop} cần là ${exp}, đang là ${found}.`,
    summary: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo.`,
    clean: 'đạt thể thức Nghị định 30 (0 lỗi, 0 cảnh báo).',
    total: (files: number, e: number, w: number) => `Tổng cộng: ${files} tệp, ${e} lỗi, ${w} cảnh báo.`,
    byElement: 'Tóm tắt theo thành phần (chi tiết ở dưới):',
  },
  en: {
    error: 'error',
    warning: 'warning',
    hint: 'hint',
    paragraph: 'paragraph',
    section: 'section',
    also: (list: string, more: number) => `also in paragraphs ${list}${more > 0 ? ` and ${more} more` : ''}`,
    must: (el: string, prop: string, exp: string, found: string) =>
      `${el}: ${prop} must be ${exp}, found ${found}.`,
    summary: (e: number, w: number) => `${e} error(s), ${w} warning(s).`,
    clean: 'conforms to Decree 30 (0 errors, 0 warnings).',
    total: (files: number, e: number, w: number) =>
      `Total: ${files} file(s), ${e} error(s), ${w} warning(s).`,
    byElement: 'Summary by element (details below):',
  },
} as const;

const SHOWN_ALSO = 8;

/** Unsafe characters (text/terminalSafety.ts); every line break in a finding's text is shown, not obeyed. */
const UNSAFE = unsafeCharacters({ tab: true, lineFeed: true });

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A line of the text report with every such character made visible: "\x1b", "\u202e", "\n". Applied to
 * each line before the report joins them, so only the report's own line breaks stay line breaks.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return ESCAPES[c] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/**
 * JSON text for `--json`: JSON.stringify escapes C0 controls already; C1, bidirectional and separator
 * characters are escaped too (as \u0085, \u202e …), so the JSON is as safe on a terminal as the text
 * report and still parses to the same strings.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

/** UNSAFE less the C0 controls, which JSON.stringify escapes in strings and uses raw (\n) between them. */
const UNSAFE_IN_JSON = unsafeCharacters({ c0: false });

const MAIN_PARTS = /(^|\/)document\d*\.xml$/;

/** Vietnamese writes a decimal comma: "25,4 mm", "1,5 dòng". Only measurements are touched. */
function numbers(text: string, lang: Language): string {
  return lang === 'vi' ? text.replace(/(\d)\.(\d+)(?= ?(mm|cm|pt|dòng)\b)/gu, '$1,$2') : text;
}

function field(value: Localized, lang: Language): string {
  return numbers(value[lang], lang);
}

export function messageOf(f: Finding, lang: Language): string {
  if (f.message) return f.message[lang];
  return WORDS[lang].must(f.element[lang], f.property[lang], field(f.expected, lang), field(f.found, lang));
}

function placeOf(where: Where, lang: Language): string | undefined {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (where.part && !MAIN_PARTS.test(where.part)) parts.push(where.part);
  if (where.section !== undefined && where.paragraph === undefined)
    parts.push(`${w.section} ${where.section}`);
  if (where.paragraph !== undefined) parts.push(`${w.paragraph} ${where.paragraph}`);
  if (parts.length === 0) return undefined;
  return parts.join(', ') + (where.text ? `: "${where.text}"` : '');
}

export function formatFinding(file: string, f: Finding, lang: Language): string {
  const w = WORDS[lang];
  const lines = [
    `${file}: ${w[f.severity]} ${f.rule}: ${messageOf(f, lang)}${f.clause ? ` [${f.clause}]` : ''}`,
  ];
  const place = placeOf(f.where, lang);
  if (place) lines.push(`  ${place}`);
  if (f.alsoAt && f.alsoAt.length > 0) {
    const shown = f.alsoAt.slice(0, SHOWN_ALSO).join(', ');
    lines.push(`  ${w.also(shown, f.alsoAt.length - SHOWN_ALSO)}`);
  }
  const hint: Localized | undefined = f.hint ?? HINTS[f.rule];
  if (hint) lines.push(`  ${w.hint}: ${hint[lang]}`);
  return lines.map(visible).join('\n');
}

export function counts(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * One line per element of the decree, in the order the findings name them, with its counts and rules:
 * a clerk sees first which parts of the page are wrong, then reads the details.
 */
export function formatElementSummary(findings: readonly Finding[], lang: Language): string {
  const byElement = new Map<string, Finding[]>();
  for (const f of findings) {
    const name = f.element[lang];
    byElement.set(name, [...(byElement.get(name) ?? []), f]);
  }
  const w = WORDS[lang];
  const lines = [...byElement].map(([name, group]) => {
    const { errors, warnings } = counts(group);
    const rules = [...new Set(group.map((f) => f.rule))].join(', ');
    return `  ${name}: ${w.summary(errors, warnings).replace(/\.$/, '')} (${rules})`;
  });
  return [w.byElement, ...lines].map(visible).join('\n');
}

/** The whole report for one file: the summary by element (when there are several), each finding, then the totals. */
export function formatReport(file: string, findings: readonly Finding[], lang: Language): string {
  if (findings.length === 0) return `${visible(file)}: ${WORDS[lang].clean}`;
  const { errors, warnings } = counts(findings);
  const summary = findings.length > 1 ? [`${visible(file)}: ${formatElementSummary(findings, lang)}\n`] : [];
  return [
    ...summary,
    ...findings.map((f) => formatFinding(file, f, lang) + '\n'),
    `${visible(file)}: ${WORDS[lang].summary(errors, warnings)}`,
  ].join('\n');
}

export function formatTotal(files: number, findings: readonly Finding[], lang: Language): string {
  const { errors, warnings } = counts(findings);
  return WORDS[lang].total(files, errors, warnings);
}

/** A finding as plain JSON in one language, for `--json`. */
export function findingJson(f: Finding, lang: Language): Record<string, unknown> {
  const json: Record<string, unknown> = {
    rule: f.rule,
    clause: f.clause,
    severity: f.severity,
    element: f.element[lang],
    property: f.property[lang],
    // Values stay machine-readable (decimal point); the message is for people.
    expected: f.expected[lang],
    found: f.found[lang],
    message: messageOf(f, lang),
    where: f.where,
  };
  if (f.alsoAt) json.alsoAt = f.alsoAt;
  const hint = f.hint ?? HINTS[f.rule];
  if (hint) json.hint = hint[lang];
  return json;
}
