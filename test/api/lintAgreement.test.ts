/**
 * One judgement (issue 12): what `check` accepts renders to a DOCX that `vanban lint` passes; where lint
 * would report an error, `check` says so beforehand, with lint's rule and clause, at the YAML field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api/library.js';
import { runCli } from '../support/runCli.js';
import { agencyFolder } from '../support/agencyFolder.js';
import { SHIPPED_EXAMPLES } from '../package/shipped.js';

const DATA = join(import.meta.dirname, '../../data');

describe('check warns where lint would report', () => {
  it.each(SHIPPED_EXAMPLES)('no warning on the shipped example %s', async (example) => {
    const result = await check(example);
    expect(result.diagnostics.filter((d) => d.code === 'LINT_WOULD_REPORT')).toEqual([]);
  });

  it('a trích yếu typed in capitals: TY-01 at the summary line', async () => {
    const dir = agencyFolder('so-khcn-quang-binh');
    const text = readFileSync(join(DATA, '2021-03-thong-bao-tuyen-chon.yaml'), 'utf8').replace(
      /summary:\n {2}- Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học\n {2}- và công nghệ cấp tỉnh bắt đầu thực hiện năm 2021\n/u,
      'summary: TUYỂN CHỌN TỔ CHỨC, CÁ NHÂN CHỦ TRÌ NHIỆM VỤ NĂM 2021\n',
    );
    expect(text).toContain('summary: TUYỂN CHỌN');
    const path = join(dir, 'tb.yaml');
    writeFileSync(path, text);
    const run = await runCli(['check', path]);
    expect(run.code).toBe(0);
    const line = text.split('\n').findIndex((l) => l.startsWith('summary:')) + 1;
    expect(run.stderr).toContain(`tb.yaml:${line}:10: cảnh báo LINT_WOULD_REPORT`);
    expect(run.stderr).toContain('TY-01 (PL1-II.5.b)');
    // The last line a clerk reads says it too, not a bare "hợp lệ".
    expect(run.stdout).toContain('tb.yaml: hợp lệ, nhưng tệp DOCX sẽ bị "vanban lint" báo 1 lỗi thể thức');
    const strict = await runCli(['check', path, '--strict']);
    expect(strict.code).toBe(1);
  });
});

describe('the warning stands at the field the paragraph was written in', () => {
  it('an appendix label typed in capitals: PL-01 at its label line, not at the first appendix field', async () => {
    const dir = agencyFolder('so-khcn-quang-binh');
    const text = readFileSync(join(DATA, '2021-03-thong-bao-tuyen-chon.yaml'), 'utf8').replace(
      /^ {4}landscape: 'yes'$/mu,
      "    landscape: 'yes'\n    label: PHỤ LỤC",
    );
    const path = join(dir, 'tb.yaml');
    writeFileSync(path, text);
    const run = await runCli(['check', path]);
    const line = text.split('\n').findIndex((l) => l === '    label: PHỤ LỤC') + 1;
    expect(line).toBeGreaterThan(0);
    expect(run.stderr).toContain(`tb.yaml:${line}:12: cảnh báo LINT_WOULD_REPORT`);
    expect(run.stderr).toContain('PL-01 (PL1-III.1.b)');
  });

  it('a plain mục I. title: BD-14 at that item, the second of two', async () => {
    const dir = agencyFolder('so-khcn-quang-binh');
    const text = [
      'kind: ke-hoach',
      'agency: so-khcn-quang-binh',
      'issue_date: 2024-02-07',
      'summary: Kế hoạch thử vị trí cảnh báo',
      'items:',
      '  - title: Mục đích, yêu cầu',
      '    paragraphs: [Bảo đảm an toàn.]',
      '  - title: Nhiệm vụ cụ thể',
      '    title_style: normal',
      '    paragraphs: [Thực hiện đúng kế hoạch.]',
      'recipients: [Các phòng, đơn vị thuộc Sở]',
      'archive: { units: [VT, VP] }',
      '',
    ].join('\n');
    const path = join(dir, 'kh.yaml');
    writeFileSync(path, text);
    const run = await runCli(['check', path]);
    expect(run.stderr).toContain('kh.yaml:8:12: cảnh báo LINT_WOULD_REPORT');
    expect(run.stderr).toContain('BD-14');
  });
});

describe('shapes of Nơi nhận offices write pass both check and lint', () => {
  it('a labelled sub-group ("Bản điện tử:") and a bracket group', async () => {
    const dir = agencyFolder('so-khcn-quang-binh');
    const text = readFileSync(join(DATA, '2024-05-to-trinh-phe-duyet.yaml'), 'utf8').replace(
      /recipients:\n[\s\S]*?\narchive:/u,
      [
        'recipients:',
        '  - Như trên',
        '  - group: [Giám đốc Sở, Phó Giám đốc Sở]',
        '    note: (để b/c)',
        "  - label: 'Bản điện tử:'",
        '    items: [Phòng Quản lý Khoa học, Văn phòng Sở]',
        'archive:',
      ].join('\n'),
    );
    expect(text).toContain("label: 'Bản điện tử:'");
    const path = join(dir, 'tt.yaml');
    writeFileSync(path, text);
    const run = await runCli(['check', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('LINT_WOULD_REPORT');
  });
});

describe('what offices write and the decree does not, printed and warned about', () => {
  it('a công văn numbered without a unit ("Số: 05/BKHCN") renders, and check names SO-04', async () => {
    const dir = agencyFolder('bo-khcn');
    const text = readFileSync(join(DATA, '2021-05-cong-van-de-xuat-nhiem-vu.yaml'), 'utf8').replace(
      /^unit: .*\n/m,
      '',
    );
    expect(text).not.toMatch(/^unit:/m);
    const path = join(dir, 'cv.yaml');
    writeFileSync(path, text);
    const run = await runCli(['check', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('LINT_WOULD_REPORT');
    expect(run.stderr).toContain('SO-04 (PL1-II.3.c)');
    const result = await check(path);
    expect(result.model!.header.numberLine).toMatch(/\/BKHCN$/u);
  });
});
