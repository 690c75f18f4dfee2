/**
 * docs/diagnostics.md, generated so the tables can never miss a code: the catalogue, then the codes
 * that live elsewhere (PDF conversion in src/convert/, file problems of `vanban lint` in src/lint/).
 */
import { CATALOG, type CatalogEntry } from './catalog.js';
import { CONVERSION_MESSAGES } from '../convert/libreoffice.js';
import { limitExceeded, unreadable } from '../lint/lint.js';
import { DEFAULT_LIMITS, limitDetail, type LimitName } from '../lint/limits.js';
import { notFound } from '../lint/lintFile.js';
import { HINTS } from '../lint/hints.js';
import { L } from '../lint/finding.js';
import { limitsMarkdown } from '../load/limits.js';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function conversionRows(): string[] {
  return Object.values(CONVERSION_MESSAGES).map(
    (m) => `| \`${m.code}\` | lỗi | ${cell(m.vi)} | ${cell(m.en)} |`,
  );
}

const LIMIT_PLACEHOLDERS = { part: '{part}', tag: '{tag}', attribute: '{attribute}', measured: '{size}' };

/** One row per bound of src/lint/limits.ts: its value and the {detail} LINT_LIMIT_EXCEEDED gives. */
function lintLimitRows(): string[] {
  return (Object.keys(DEFAULT_LIMITS) as LimitName[]).map((limit) => {
    const detail = limitDetail(limit, DEFAULT_LIMITS[limit], LIMIT_PLACEHOLDERS);
    return `| \`${limit}\` | ${DEFAULT_LIMITS[limit]} | ${cell(detail.vi)} | ${cell(detail.en)} |`;
  });
}

function lintFileRows(): string[] {
  const findings = [
    notFound('{path}'),
    unreadable(L('{detail}', '{detail}')),
    limitExceeded({ detail: L('{detail}', '{detail}'), place: {} }),
  ];
  return findings.map((f) => {
    const hint = HINTS[f.rule];
    return `| \`${f.rule}\` | ${f.severity === 'error' ? 'lỗi' : 'cảnh báo'} | ${cell(f.message?.vi)} | ${cell(hint?.vi)} | ${cell(f.message?.en)} ${cell(hint?.en)} |`;
  });
}

/** Every code the conversion and lint sections list, for the test that keeps the doc complete. */
export function otherDocumentedCodes(): string[] {
  return [
    ...new Set([
      ...Object.values(CONVERSION_MESSAGES).map((m) => m.code),
      notFound('').rule,
      unreadable('').rule,
      limitExceeded({ detail: L('', ''), place: {} }).rule,
    ]),
  ];
}

export function diagnosticsMarkdown(): string {
  const rows = (Object.entries(CATALOG) as Array<[string, CatalogEntry]>).map(
    ([code, e]) =>
      `| \`${code}\` | ${e.severity === 'error' ? 'lỗi' : 'cảnh báo'} | ${cell(e.vi)} | ${cell(e.hintVi)} | ${cell(e.en)} ${cell(e.hintEn)} |`,
  );
  return [
    '# Mã lỗi và cảnh báo (diagnostics)',
    '',
    '<!-- Tệp này được sinh từ src/diagnostics/catalog.ts, src/convert/libreoffice.ts và src/lint/ bằng `npm run docs`; đừng sửa tay. -->',
    '',
    'Mỗi vấn đề vanban tìm thấy được in như trình biên dịch: `tệp:dòng:cột: mức MÃ: thông báo`, dòng bị lỗi',
    'với dấu `^` dưới chỗ sai, rồi `gợi ý:` cách sửa. `{…}` là phần được điền theo từng trường hợp.',
    'Lỗi (lỗi) chặn việc ghi tệp; cảnh báo không chặn, trừ khi dùng `--strict`.',
    '',
    'Mã thoát: 0 thành công; 1 dữ liệu có lỗi; 2 dùng lệnh sai; 3 lỗi nội bộ của vanban (xin báo lỗi).',
    '',
    '| Mã | Mức | Ý nghĩa | Cách sửa | English |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    ...limitsMarkdown(),
    '## Tạo PDF và ảnh xem trước (`render --pdf`, `preview`)',
    '',
    'Khi LibreOffice hoặc poppler thiếu, lỗi hay quá thời gian, vanban in `tệp: lỗi MÃ: thông báo` và',
    'không ghi tệp nào cho văn bản đó. Thông báo đã nói cách sửa.',
    '',
    '| Mã | Mức | Thông báo | English |',
    '|---|---|---|---|',
    ...conversionRows(),
    '',
    '## Kiểm tra tệp Word (`vanban lint`): tệp không đọc được',
    '',
    'Các quy tắc thể thức của `vanban lint` có danh sách riêng: [lint.md](lint.md). Các mã dưới đây nói',
    'về chính tệp được kiểm tra.',
    '',
    '| Mã | Mức | Thông báo | Cách sửa | English |',
    '|---|---|---|---|---|',
    ...lintFileRows(),
    '',
    '### Giới hạn khi đọc tệp DOCX (`LINT_LIMIT_EXCEEDED`)',
    '',
    'Mỗi giới hạn được kiểm tra ngay trong khi đọc tệp; vượt giới hạn nào thì `{detail}` của',
    '`LINT_LIMIT_EXCEEDED` là dòng tương ứng dưới đây (`{part}` là phần của gói, ví dụ word/document.xml).',
    'Vì sao chọn các giá trị này, và giá trị lớn nhất đo được trên văn bản thật: [lint.md](lint.md), mục "Giới hạn".',
    '',
    '| Giới hạn | Giá trị | {detail} | English |',
    '|---|---|---|---|',
    ...lintLimitRows(),
    '',
  ].join('\n');
}
