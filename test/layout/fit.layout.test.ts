/**
 * Page fitting (issue 12): `compact: yes` sets the body at the tight end of the decree's ranges (13 pt,
 * single spacing), and `render --fit` measures both layouts through LibreOffice and keeps the compact one
 * only when it saves a page. A notice that spills a few lines onto page 2 comes back on one page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/api/convertOutputs.js';
import { layoutTestsCanRun } from '../support/pdfLayout.js';
import { runCli } from '../support/runCli.js';
import { unzip } from '../support/unzip.js';
import { makeWorkspace } from '../support/workspace.js';

const canRun = layoutTestsCanRun('the page-fitting layout test');

const PARAGRAPH =
  'Sở Khoa học và Công nghệ đề nghị các phòng, đơn vị thuộc Sở rà soát kết quả thực hiện nhiệm vụ được giao trong quý, tổng hợp khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ, gửi về Văn phòng Sở trước ngày 25 hằng tháng để tổng hợp báo cáo Giám đốc Sở.';

/** Six such items fill page 1 and push the signature onto page 2 at 14 pt, 1.15 lines. */
function notice(extra = ''): string {
  return [
    'kind: thong-bao',
    'agency: so-khcn-quang-binh',
    'issue_date: 2024-06-03',
    extra,
    'summary: Về việc tổng hợp kết quả thực hiện nhiệm vụ quý II năm 2024',
    'items:',
    ...Array.from({ length: 6 }, () => `  - ${PARAGRAPH}`),
    'recipients:',
    '  - Các phòng, đơn vị thuộc Sở',
    'archive:',
    '  units: [VT, VP]',
    '',
  ].join('\n');
}

describe.skipIf(!canRun)('page fitting (LibreOffice)', () => {
  it('render --fit sets the compact layout when it saves a page, and says so', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/tb.yaml', notice());
    const plain = await runCli(['render', path, '-o', ws.path('out/plain.docx'), '--pdf']);
    expect(plain.code).toBe(0);
    expect(pdfPageCount(readFileSync(ws.path('out/plain.pdf')))).toBe(2);

    const fitted = await runCli(['render', path, '-o', ws.path('out/fit.docx'), '--fit', '--pdf']);
    expect(fitted.code).toBe(0);
    expect(fitted.stdout).toContain('2 → 1 trang');
    expect(pdfPageCount(readFileSync(ws.path('out/fit.pdf')))).toBe(1);
    const xml = unzip(readFileSync(ws.path('out/fit.docx')))
      .get('word/document.xml')!
      .toString('utf8');
    expect(xml).toContain('<w:sz w:val="26"/>');
  }, 120_000);

  it('compact: yes gives the same one page without LibreOffice, and compact: no is left alone by --fit', async () => {
    const ws = makeWorkspace();
    const compact = ws.write('data/gon.yaml', notice('compact: "yes"'));
    expect((await runCli(['render', compact, '-o', ws.path('out/gon.docx'), '--pdf'])).code).toBe(0);
    expect(pdfPageCount(readFileSync(ws.path('out/gon.pdf')))).toBe(1);
    expect((await runCli(['check', compact])).stderr).not.toContain('LINT_WOULD_REPORT');

    const kept = ws.write('data/thuong.yaml', notice('compact: "no"'));
    const run = await runCli(['render', kept, '-o', ws.path('out/thuong.docx'), '--fit', '--pdf']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('In gọn');
    expect(pdfPageCount(readFileSync(ws.path('out/thuong.pdf')))).toBe(2);
  }, 120_000);
});
