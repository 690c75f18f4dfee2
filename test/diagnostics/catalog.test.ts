import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, DIAGNOSTIC_CODES } from '../../src/diagnostics/catalog.js';
import { diagnosticsMarkdown } from '../../src/diagnostics/catalogDoc.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { diagnostic } from '../../src/diagnostics/make.js';
import { REPO } from '../support/workspace.js';

describe('the diagnostic catalogue', () => {
  it('is documented in docs/diagnostics.md, code by code (run `npm run docs` after a change)', () => {
    const doc = readFileSync(join(REPO, 'docs', 'diagnostics.md'), 'utf8');
    expect(doc).toBe(diagnosticsMarkdown());
    for (const code of DIAGNOSTIC_CODES) expect(doc).toContain(`| \`${code}\` |`);
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
