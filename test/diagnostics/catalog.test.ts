import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, DIAGNOSTIC_CODES } from '../../src/diagnostics/catalog.js';
import { diagnosticsMarkdown, otherDocumentedCodes } from '../../src/diagnostics/catalogDoc.js';
import { formatDiagnostic, formatSummary } from '../../src/diagnostics/format.js';
import { printDiagnostics } from '../../src/cli/report.js';
import { CONVERSION_MESSAGES } from '../../src/convert/libreoffice.js';
import { diagnostic } from '../../src/diagnostics/make.js';
import { REPO } from '../support/workspace.js';

describe('the diagnostic catalogue', () => {
  it('is documented in docs/diagnostics.md, code by code (run `npm run docs` after a change)', () => {
    const doc = readFileSync(join(REPO, 'docs', 'diagnostics.md'), 'utf8');
    expect(doc).toBe(diagnosticsMarkdown());
    for (const code of DIAGNOSTIC_CODES) expect(doc).toContain(`| \`${code}\` |`);
  });

  it('documents the PDF conversion codes and lint’s file codes too, from where they are defined', () => {
    const doc = readFileSync(join(REPO, 'docs', 'diagnostics.md'), 'utf8');
    expect(otherDocumentedCodes()).toEqual(
      expect.arrayContaining([
        'LIBREOFFICE_MISSING',
        'CONVERSION_FAILED',
        'CONVERSION_TIMEOUT',
        'POPPLER_MISSING',
        'LINT_UNREADABLE',
        'LINT_FILE_NOT_FOUND',
      ]),
    );
    for (const code of otherDocumentedCodes()) expect(doc).toContain(`| \`${code}\` | lỗi |`);
  });

  it('tells to install LibreOffice with the very command the README gives', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const command = /`(sudo apt-get install -y libreoffice-writer-nogui[^`]*)`/.exec(readme)![1]!;
    expect(CONVERSION_MESSAGES.libreofficeMissing.vi).toContain(command);
    expect(CONVERSION_MESSAGES.libreofficeMissing.en).toContain(command);
  });

  it('under --strict, a summary of only warnings says that they fail the run', () => {
    const warning = diagnostic('ARCHIVE_WITHOUT_VT');
    expect(formatSummary([warning], 'vi')).toBe('0 lỗi, 1 cảnh báo.');
    expect(formatSummary([warning], 'vi', true)).toBe(
      '0 lỗi, 1 cảnh báo (--strict coi cảnh báo là lỗi nên văn bản không đạt).',
    );
    expect(formatSummary([warning], 'en', true)).toBe(
      '0 error(s), 1 warning(s) (--strict counts warnings as errors, so the document fails).',
    );
    // With errors the run fails anyway; nothing to explain.
    expect(formatSummary([warning, diagnostic('FILE_EMPTY')], 'vi', true)).toBe('1 lỗi, 1 cảnh báo.');
    const err: string[] = [];
    printDiagnostics([warning], 'vi', { out: () => undefined, err: (t) => err.push(t) }, true);
    expect(err.at(-1)).toContain('--strict coi cảnh báo là lỗi');
  });

  it('has ASCII codes and a Vietnamese and English message for each, with a hint for every error', () => {
    for (const [code, entry] of Object.entries(CATALOG)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.vi.length).toBeGreaterThan(5);
      expect(entry.en.length).toBeGreaterThan(5);
      if (entry.severity === 'error') expect('hintVi' in entry, code).toBe(true);
    }
  });

  it('prints place, severity, code, message, the line with a caret, and the hint', () => {
    const d = diagnostic(
      'DATE_INVALID',
      { value: '2020-02-31' },
      { file: 'a.yaml', line: 3, column: 13, lineText: 'issue_date: 2020-02-31', length: 10 },
    );
    expect(formatDiagnostic(d, 'vi').split('\n')).toEqual([
      'a.yaml:3:13: lỗi DATE_INVALID: Ngày "2020-02-31" không có thật.',
      '  3 | issue_date: 2020-02-31',
      '    |             ^^^^^^^^^^',
      '  gợi ý: Viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-08-31, và kiểm tra số ngày của tháng.',
    ]);
  });
});
