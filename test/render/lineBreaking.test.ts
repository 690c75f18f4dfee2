/**
 * Issue #11 end to end: the model holds the lines the page prints, lines the clerk gives print as given
 * (warned with their overflow in mm when too wide), and a text with no good break is warned.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { AGENCIES, example, kindWorkspace, render } from '../kinds/support.js';

const NOTICE = example('2021-03-thong-bao-tuyen-chon.yaml');
const SO_KHCN = readFileSync(join(AGENCIES, 'so-khcn-quang-binh.yaml'), 'utf8');

function withAgency(profileYaml: string, notice = NOTICE) {
  const ws = kindWorkspace();
  ws.write('data/agencies/so-khcn-quang-binh.yaml', profileYaml);
  return loadDocument(ws.write('data/tb.yaml', notice));
}

describe('agency name lines', () => {
  it('header_lines: [Sở Khoa học và Công nghệ] prints one line as given and warns with the overflow in mm', async () => {
    const result = withAgency(SO_KHCN.replace(/^name: .*$/m, '$&\nheader_lines: [Sở Khoa học và Công nghệ]'));
    expect(result.model!.header.agencyLines).toEqual(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    const warning = result.diagnostics.find((d) => d.code === 'LINE_TOO_WIDE');
    expect(warning?.severity).toBe('warning');
    // Set at 12 pt, the smaller size PL1-II.2.b allows, it overflows least: 1.8 mm (7.2 mm at 13 pt).
    expect(warning?.args).toMatchObject({ line: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', overflow: '1.8' });
    expect(result.model!.header.agencySizePt).toBe(12);
    expect(warning?.location?.line).toBeGreaterThan(0);
    const r = await render(result.model!);
    expect(r.texts).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  });

  it('given lines that fit print as given, with no warning', () => {
    const result = withAgency(
      SO_KHCN.replace(/^name: .*$/m, '$&\nheader_lines: [Sở Khoa học, và Công nghệ]'),
    );
    expect(result.model!.header.agencyLines).toEqual(['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
    expect(result.diagnostics.filter((d) => d.code === 'LINE_TOO_WIDE')).toEqual([]);
  });

  it('a long name is broken between words, and --model shows the printed lines', async () => {
    const result = withAgency(SO_KHCN.replace(/^name: .*$/m, 'name: Sở Lao động - Thương binh và Xã hội'));
    const lines = result.model!.header.agencyLines;
    expect(lines).toEqual(['SỞ', 'LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']);
    const r = await render(result.model!);
    const at = r.texts.indexOf('SỞ');
    expect(r.texts.slice(at, at + 3)).toEqual(lines);
  });

  it('uses 12 pt for the agency when that saves a line (PL1-II.2.b allows 12–13)', async () => {
    const result = withAgency(SO_KHCN.replace(/^name: .*$/m, 'name: Sở Nông nghiệp và Phát triển nông thôn'));
    expect(result.model!.header.agencyLines).toEqual(['SỞ NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN']);
    expect(result.model!.header.agencySizePt).toBe(12);
    const r = await render(result.model!);
    const xml = r.paragraphs[r.texts.indexOf('VÀ PHÁT TRIỂN NÔNG THÔN')]!;
    expect(xml).toMatch(/<w:sz w:val="24"\/>/);
  });
});

describe('trích yếu', () => {
  it('one line in the YAML is broken where offices break it', () => {
    const notice = NOTICE.replace(
      /^summary:\n( {2}- .*\n)+/m,
      'summary: Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban tháng 12 năm 2025\n',
    );
    const result = withAgency(SO_KHCN, notice);
    expect(result.model!.title.summaryLines).toEqual([
      'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh',
      'tại cuộc họp giao ban tháng 12 năm 2025',
    ]);
  });

  it('lines given as a list print as given; one too wide is warned, not re-broken', () => {
    const long =
      'Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu';
    const notice = NOTICE.replace(
      /^summary:\n( {2}- .*\n)+/m,
      `summary:\n  - thực hiện năm 2021\n  - ${long}\n`,
    );
    const result = withAgency(SO_KHCN, notice);
    expect(result.model!.title.summaryLines).toEqual(['thực hiện năm 2021', long]);
    const warning = result.diagnostics.find((d) => d.code === 'LINE_TOO_WIDE');
    expect(warning?.args.line).toBe(long);
    // At the line too wide, the second of the list, not at the list's start.
    expect(warning?.location?.line).toBe(notice.split('\n').indexOf(`  - ${long}`) + 1);
    expect(Number(warning?.args.overflow)).toBeGreaterThan(0);
    expect(formatDiagnostic(warning!, 'vi')).toMatch(/mm/);
  });

  it('warns when no break obeys the rules', () => {
    const notice = NOTICE.replace(
      /^summary:\n( {2}- .*\n)+/m,
      `summary: ${'Khoa học và công nghệ của '.repeat(3)}Khoa-học-và-công-nghệ-khoa-học-và-công-nghệ-khoa-học-và-công-nghệ-tỉnh\n`,
    );
    const result = withAgency(SO_KHCN, notice);
    expect(result.diagnostics.map((d) => d.code)).toContain('NO_GOOD_BREAK');
  });
});

describe('signature titles and footer', () => {
  it('breaks a long extra title between words, and a long footer entry too', () => {
    const notice = `${NOTICE}
signer:
  person: van-cong-thoi
  extra_title: Trưởng Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh
footer:
  - 'Địa chỉ: Số 2 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Bình; Điện thoại: 0232.3822.xxx; Thư điện tử: skhcn@quangbinh.gov.vn; Trang thông tin điện tử: skhcn.quangbinh.gov.vn'
`;
    const result = withAgency(SO_KHCN, notice);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const titles = result.model!.signature.titleLines;
    expect(titles.slice(-3)).toEqual([
      'TRƯỞNG BAN CHỈ ĐẠO',
      'PHÒNG, CHỐNG THIÊN TAI',
      'VÀ TÌM KIẾM CỨU NẠN TỈNH',
    ]);
    const footer = result.model!.footer!.lines;
    expect(footer.length).toBeGreaterThan(1);
    expect(footer.join(' ')).toMatch(/^Địa chỉ: Số 2 đường Hùng Vương/);
    expect(footer.some((l) => /(của|và|tại|Số|-)$/.test(l))).toBe(false);
  });
});
