/** docs/diagnostics.md, generated from the catalogue so the table can never miss a code. */
import { CATALOG, type CatalogEntry } from './catalog.js';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function diagnosticsMarkdown(): string {
  const rows = (Object.entries(CATALOG) as Array<[string, CatalogEntry]>).map(
    ([code, e]) =>
      `| \`${code}\` | ${e.severity === 'error' ? 'lỗi' : 'cảnh báo'} | ${cell(e.vi)} | ${cell(e.hintVi)} | ${cell(e.en)} ${cell(e.hintEn)} |`,
  );
  return [
    '# Mã lỗi và cảnh báo (diagnostics)',
    '',
    '<!-- Tệp này được sinh từ src/diagnostics/catalog.ts bằng `npm run docs`; đừng sửa tay. -->',
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
  ].join('\n');
}
