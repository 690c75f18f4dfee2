/** The text report opens with one line per element of the decree, so a clerk sees first what is wrong where. */
import { describe, expect, it } from 'vitest';
import { formatElementSummary, formatReport } from '../../src/lint/report.js';
import type { Finding } from '../../src/lint/finding.js';

function finding(rule: string, element: string, severity: Finding['severity'] = 'error'): Finding {
  const L = (text: string) => ({ vi: text, en: text });
  return {
    rule,
    clause: '',
    severity,
    element: { vi: element, en: `${element} (en)` },
    property: L('cỡ chữ'),
    expected: L('13 pt'),
    found: L('14 pt'),
    where: { paragraph: 3 },
  } as Finding;
}

describe('lint summary by element', () => {
  const findings = [
    finding('QH-02', 'Quốc hiệu'),
    finding('TN-01', 'Tiêu ngữ'),
    finding('QH-03', 'Quốc hiệu', 'warning'),
    finding('NN-02', 'Dòng nơi nhận'),
  ];

  it('groups findings by element, in the order they appear, with counts and rules', () => {
    expect(formatElementSummary(findings, 'vi').split('\n')).toEqual([
      'Tóm tắt theo thành phần (chi tiết ở dưới):',
      '  Quốc hiệu: 1 lỗi, 1 cảnh báo (QH-02, QH-03)',
      '  Tiêu ngữ: 1 lỗi, 0 cảnh báo (TN-01)',
      '  Dòng nơi nhận: 1 lỗi, 0 cảnh báo (NN-02)',
    ]);
    expect(formatElementSummary(findings, 'en')).toContain(
      '  Quốc hiệu (en): 1 error(s), 1 warning(s) (QH-02, QH-03)',
    );
  });

  it('comes before the details, and is left out for a single finding', () => {
    const report = formatReport('a.docx', findings, 'vi');
    expect(report.indexOf('Tóm tắt theo thành phần')).toBeLessThan(report.indexOf('lỗi QH-02'));
    expect(formatReport('a.docx', findings.slice(0, 1), 'vi')).not.toContain('Tóm tắt');
  });
});
