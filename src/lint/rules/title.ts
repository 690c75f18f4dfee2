/** TL-01, TL-02, TY-01..04: the type name, the trích yếu and its rule, the công văn's "V/v" (PL1-II.5). */
import { L, same } from '../finding.js';
import { printedLineWidthsMm } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { bareLetters, DOCUMENT_TYPES, snippet, withinEdits } from '../text.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkRuleUnder } from './ruleCheck.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** Mẫu 1.8 and 1.10 print no trích yếu. */
const WITHOUT_SUMMARY = new Set(['GIẤY GIỚI THIỆU', 'GIẤY NGHỈ PHÉP']);

const typeName: LintRule = {
  id: 'TL-01',
  clause: 'PL1-II.5.b',
  severity: 'error',
  element: ELEMENT.typeName,
  requirement: L(
    'IN HOA, đậm, đứng, cỡ 13–14, căn giữa trang',
    'UPPERCASE, bold, upright, 13–14 pt, centred on the page',
  ),
  check: ({ elements: e }) => {
    if (!e.typeName) {
      // A công văn has no type name: its trích yếu is the "V/v" line.
      if (e.vv.length > 0) return [];
      return [
        findingOf(typeName, {
          property: PROPERTY.presence,
          expected: L(
            'tên loại (THÔNG BÁO, QUYẾT ĐỊNH …) hoặc "V/v …" của công văn',
            'a type name (THÔNG BÁO, QUYẾT ĐỊNH …) or a letter\'s "V/v …"',
          ),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    }
    return checkStyle(typeName, e.typeName, {
      sizes: [13, 14],
      bold: true,
      italic: false,
      case: 'upper',
      align: 'center',
    });
  },
};

const typeText: LintRule = {
  id: 'TL-02',
  clause: 'Đ7, PL3-I',
  severity: 'error',
  element: ELEMENT.typeName,
  requirement: L(
    'Tên loại là một trong 29 loại văn bản hành chính của Điều 7 (THÔNG BÁO, QUYẾT ĐỊNH …)',
    'The type name is one of the 29 administrative document types of Article 7 (THÔNG BÁO, QUYẾT ĐỊNH …)',
  ),
  check: ({ elements: e }) => {
    if (!e.typeName || e.documentType) return [];
    // A slip in a type name's letters or marks ("QUYÊT ĐỊNH", "THONG BAO:"): say which type it is near.
    const bare = bareLetters(e.typeName.text);
    const near =
      DOCUMENT_TYPES.find((t) => bare === bareLetters(t.name)) ??
      DOCUMENT_TYPES.find((t) => withinEdits(bare, bareLetters(t.name), 1));
    const found = near
      ? L(`"${e.typeName.text}" (gần với "${near.name}")`, `"${e.typeName.text}" (close to "${near.name}")`)
      : quoted(e.typeName.text);
    return [
      findingOf(typeText, {
        property: PROPERTY.text,
        expected: L(
          'tên loại của Điều 7 (THÔNG BÁO, KẾ HOẠCH, BÁO CÁO, GIẤY MỜI …), không thêm dấu',
          'an Article 7 type name (THÔNG BÁO, KẾ HOẠCH, BÁO CÁO, GIẤY MỜI …), no punctuation',
        ),
        found,
        where: whereOf(e.typeName),
      }),
    ];
  },
};

const summary: LintRule = {
  id: 'TY-01',
  clause: 'PL1-II.5.b',
  severity: 'error',
  element: ELEMENT.summary,
  requirement: L(
    'Ngay dưới tên loại; chữ thường, đậm, đứng, cỡ 13–14, căn giữa',
    'Right under the type name; sentence case, bold, upright, 13–14 pt, centred',
  ),
  check: ({ elements: e }) => {
    if (!e.typeName) return [];
    if (e.summary.length === 0) {
      if (e.documentType && WITHOUT_SUMMARY.has(e.documentType.name)) return [];
      return [
        findingOf(summary, {
          property: PROPERTY.presence,
          expected: L('trích yếu ngay dưới tên loại', 'a summary right under the type name'),
          found: VALUE.notFound,
          where: whereOf(e.typeName),
        }),
      ];
    }
    return e.summary.flatMap((s, i) =>
      checkStyle(summary, s, {
        sizes: [13, 14],
        bold: true,
        italic: false,
        // Only the first line must not be all capitals: a later line may be an abbreviation or a name.
        ...(i === 0 ? { case: 'notUpper' as const } : {}),
        align: 'center',
      }),
    );
  },
};

const summaryRule: LintRule = {
  id: 'TY-02',
  clause: 'PL1-II.5.b',
  severity: 'error',
  element: ELEMENT.summaryRule,
  requirement: L(
    'Đường kẻ nét liền dưới trích yếu, căn giữa, dài 1/3–1/2 dòng chữ',
    'Solid rule below, centred, 1/3–1/2 of the summary line',
  ),
  check: (ctx) => {
    const lines = ctx.elements.summary;
    if (lines.length === 0) return [];
    const longest = Math.max(...lines.flatMap(printedLineWidthsMm));
    return checkRuleUnder(ctx, lines, longest, {
      shape: summaryRule,
      length: summaryRule,
      element: ELEMENT.summaryRule,
      fraction: [1 / 3, 1 / 2],
      describe: L('1/3–1/2 dòng trích yếu', '1/3–1/2 of the summary line'),
    });
  },
};

const vv: LintRule = {
  id: 'TY-03',
  clause: 'PL1-II.5.b',
  severity: 'error',
  element: ELEMENT.vv,
  requirement: L(
    'Công văn: "V/v …" cỡ 12–13, đứng, không đậm, căn giữa dưới dòng "Số:"',
    'Letters: "V/v …" 12–13 pt, upright, not bold, centred under "Số:"',
  ),
  check: ({ elements: e }) => {
    const out = e.vv.flatMap((s) =>
      checkStyle(vv, s, { sizes: [12, 13], bold: false, italic: false, align: 'center' }),
    );
    // "V/V", "v/v", "V/v:": the abbreviation is there but not as the decree writes it.
    const first = e.vv[0];
    const head = first && /^v\s*\/\s*v\S*/iu.exec(first.rawText);
    if (first && head && head[0] !== 'V/v')
      out.push(
        findingOf(vv, {
          property: PROPERTY.text,
          expected: same('"V/v …"'),
          found: quoted(snippet(first.rawText, 40)),
          where: whereOf(first),
        }),
      );
    return out;
  },
};

const vvWithType: LintRule = {
  id: 'TY-04',
  clause: 'PL1-II.5',
  severity: 'error',
  element: ELEMENT.vv,
  requirement: L('Không có "V/v" khi văn bản có tên loại', 'No "V/v" line on a document with a type name'),
  check: ({ elements: e }) => {
    // The "V/v" line under the Số, or a trích yếu under the type name written as a letter's "V/v …".
    const first = e.vv[0] ?? e.summary.find((s) => /^V\/v(?![\p{L}])/u.test(s.text));
    if (!first || !e.typeName) return [];
    return [
      findingOf(vvWithType, {
        property: PROPERTY.presence,
        expected: L(
          `không có (văn bản là ${e.typeName.text})`,
          `none (the document is a ${e.typeName.text})`,
        ),
        found: same(`"${first.text}"`),
        where: whereOf(first),
      }),
    ];
  },
};

export const TITLE_RULES: LintRule[] = [typeName, typeText, summary, summaryRule, vv, vvWithType];
