/**
 * `lintDocx(bytes)`: reads a DOCX from any editor and returns what breaks Nghị định 30. Never throws: a
 * file that cannot be read is itself a finding (LINT_UNREADABLE), and a rule that fails on some odd
 * input is reported (LINT_RULE_FAILED) without stopping the others.
 */
import { buildModel } from './docxModel.js';
import { withOwnExamples } from './examples.js';
import { findElements } from './elements.js';
import { L, same, type Finding, type Localized } from './finding.js';
import { layoutDocument } from './layout.js';
import { LimitError } from './limits.js';
import { openDocx } from './package.js';
import type { LintContext } from './rule.js';
import { RULES } from './rules/index.js';
import type { ByteSource } from './zip.js';
import { ELEMENT } from './words.js';

/** Rules whose findings repeat paragraph after paragraph: merged into one finding per distinct value. */
const MERGED = new Set([
  'FN-01',
  'FN-02',
  'FN-03',
  'FN-04',
  'BD-01',
  'BD-02',
  'BD-03',
  'BD-04',
  'BD-05',
  'BD-06',
  'NN-02',
]);

export function unreadable(reason: string | Localized): Finding {
  const detail = typeof reason === 'string' ? same(reason) : reason;
  return {
    rule: 'LINT_UNREADABLE',
    clause: '',
    severity: 'error',
    element: ELEMENT.document,
    property: L('định dạng', 'format'),
    expected: L('tệp DOCX (Word, LibreOffice, WPS)', 'a DOCX file (Word, LibreOffice, WPS)'),
    found: detail,
    where: {},
    message: L(
      `Không đọc được tệp như một tệp DOCX: ${detail.vi}.`,
      `Cannot read the file as DOCX: ${detail.en}.`,
    ),
  };
}

/**
 * A paper that is not an administrative document of Điều 7 (no Quốc hiệu, or a kind the decree does not
 * list, such as a permit form or a checklist): one finding that says so, instead of forty missing elements.
 */
export function notAdministrative(ctx: LintContext): Finding | undefined {
  const e = ctx.elements;
  const kind = e.foreignType;
  if (e.quocHieu && !kind) return undefined;
  const found: Localized = kind
    ? L(`"${kind}" — loại giấy tờ không có trong Điều 7`, `"${kind}" — a kind of paper Điều 7 does not list`)
    : L(
        'không có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"',
        'no Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"',
      );
  return {
    rule: 'NOT_ADMINISTRATIVE',
    clause: 'Đ7',
    severity: 'warning',
    element: ELEMENT.document,
    property: L('loại văn bản', 'document type'),
    expected: L(
      'văn bản hành chính theo Điều 7 (Mẫu 1.1–1.9)',
      'an administrative document of Điều 7 (Mẫu 1.1–1.9)',
    ),
    found,
    where: {},
    message: L(
      `Tệp này không phải văn bản hành chính theo Nghị định 30 (${found.vi}); vanban không kiểm tra thể thức của nó.`,
      `This file is not an administrative document under Decree 30 (${found.en}); vanban does not check its format.`,
    ),
  };
}

/**
 * A bound of limits.ts was broken: the file is not checked, and the finding says which bound, where,
 * and by what, in place of the out-of-memory abort such a file used to cause.
 */
export function limitExceeded(error: Pick<LimitError, 'detail' | 'place'>): Finding {
  const finding: Finding = {
    rule: 'LINT_LIMIT_EXCEEDED',
    clause: '',
    severity: 'error',
    element: ELEMENT.document,
    property: L('kích thước', 'size'),
    expected: L('trong giới hạn vanban lint đọc', 'within the bounds vanban lint reads'),
    found: error.detail,
    where: { ...error.place },
    message: L(
      `Tệp quá lớn hoặc quá phức tạp để kiểm tra: ${error.detail.vi}.`,
      `File too large or too complex to check: ${error.detail.en}.`,
    ),
  };
  return finding;
}

function ruleFailed(id: string, error: unknown): Finding {
  // A bound broken while a rule reads (the images of SG-06, SG-07) is worded in both languages.
  const detail =
    error instanceof LimitError ? error.detail : same(error instanceof Error ? error.message : String(error));
  return {
    rule: 'LINT_RULE_FAILED',
    clause: '',
    severity: 'warning',
    element: ELEMENT.document,
    property: L('kiểm tra', 'check'),
    expected: same(id),
    found: detail,
    where: {},
    message: L(
      `Không kiểm tra được quy tắc ${id} trên tệp này (${detail.vi}).`,
      `Rule ${id} could not be checked on this file (${detail.en}).`,
    ),
  };
}

/** Findings of one repeated rule and value become one, pointing at the first place and listing the rest. */
export function mergeRepeats(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, Finding>();
  for (const f of findings) {
    if (!MERGED.has(f.rule)) {
      out.push(f);
      continue;
    }
    const key = `${f.rule}|${f.severity}|${f.where.part ?? ''}|${f.found.en}`;
    const kept = first.get(key);
    if (kept && f.where.paragraph !== undefined) {
      if (f.where.paragraph !== kept.where.paragraph) (kept.alsoAt ??= []).push(f.where.paragraph);
      continue;
    }
    first.set(key, f);
    out.push(f);
  }
  return out;
}

export function contextOf(bytes: Uint8Array | ByteSource): LintContext {
  const model = buildModel(openDocx(bytes));
  const layout = layoutDocument(model);
  return { model, layout, elements: findElements(model.paragraphs, layout) };
}

/** Lints a DOCX held in memory, or read at offsets from a file (lintFile). */
export function lintDocx(bytes: Uint8Array | ByteSource): Finding[] {
  let ctx: LintContext;
  try {
    ctx = contextOf(bytes);
  } catch (error) {
    if (error instanceof LimitError) return [limitExceeded(error)];
    return [unreadable(error instanceof Error ? error.message : String(error))];
  }
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(ctx));
    } catch (error) {
      findings.push(ruleFailed(rule.id, error));
    }
  }
  // Not an administrative document: one finding says so (and any rule that failed on the file).
  const foreign = notAdministrative(ctx);
  if (foreign) return [foreign, ...findings.filter((f) => f.rule === 'LINT_RULE_FAILED')];
  return withOwnExamples(mergeRepeats(findings), ctx);
}
