/** Appendices as offices write them: label, "(Kèm theo …)" line and title case as given (issue 12). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api/library.js';
import { agencyFolder } from '../support/agencyFolder.js';

const DATA = join(import.meta.dirname, '../../data');

describe('appendix as written', () => {
  it('prints the given label, reference line and title case; the defaults stay otherwise', async () => {
    const dir = agencyFolder('so-khcn-quang-binh');
    const original = readFileSync(join(DATA, '2024-05-to-trinh-phe-duyet.yaml'), 'utf8');
    const text = original.replace(
      '  - title: Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025\n',
      [
        '  - title: Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025',
        '    label: Phụ lục số 01',
        "    reference: '(Kèm theo Tờ trình của Sở Khoa học và Công nghệ)'",
        '    title_case: as-written',
        '',
      ].join('\n'),
    );
    expect(text).not.toBe(original);
    writeFileSync(join(dir, 'tt.yaml'), text);
    writeFileSync(join(dir, 'default.yaml'), original);
    const given = (await check(join(dir, 'tt.yaml'))).model!.appendices![0]!;
    expect(given.label).toBe('Phụ lục số 01');
    expect(given.referenceLine).toBe('(Kèm theo Tờ trình của Sở Khoa học và Công nghệ)');
    expect(given.titleLines.join(' ')).toBe(
      'Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025',
    );
    const standard = (await check(join(dir, 'default.yaml'))).model!.appendices![0]!;
    expect(standard.label).toBe('Phụ lục');
    expect(standard.referenceLine).toMatch(/^\(Kèm theo Tờ trình số/u);
    expect(standard.titleLines.join(' ')).toBe(
      'DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH ĐẶT HÀNG NĂM 2025',
    );
  });
});
