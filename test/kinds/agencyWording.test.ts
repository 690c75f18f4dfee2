/**
 * Any agency in its own words (issue 11, part 2): the thông báo kết luận names the agency's units and
 * the meeting the way that agency does, says which period was reported on, gives tasks to bodies
 * outside the agency, and finds the agency's own templates through its profile, with no --templates.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { runCli } from '../support/runCli.js';
import { bodyTexts, DATA, example, kindWorkspace, loadClean } from './support.js';

const NOTICE = example('2020-08-giao-ban.yaml');

/** The shipped notice issued by another agency, with `edit` applied to its text. */
function notice(agency: string, edit: (text: string) => string = (t) => t): string {
  return edit(NOTICE.replace(/^agency: so-khcn-quang-binh/m, `agency: ${agency}`));
}

const PHONG = `name: Phòng Tài chính - Kế hoạch
parent_agency: UBND HUYỆN BẢO THẮNG
abbreviation: TCKH
place: Bảo Thắng
head_title: Trưởng phòng
units: []
people:
  - id: van-cong-thoi
    name: Nguyễn Văn An
    title: Trưởng phòng
    title_in_text: Trưởng phòng Tài chính - Kế hoạch
`;

describe('the agency names its units in its own words', () => {
  it('a Sở keeps the shipped wording "các phòng, đơn vị thuộc Sở"', () => {
    const { model } = loadClean(join(DATA, '2020-08-giao-ban.yaml'));
    expect(bodyTexts(model)).toContain('1. Nhiệm vụ chung của các phòng, đơn vị thuộc Sở:');
  });

  it('a profile that says units_in_text is printed as written', () => {
    const ws = kindWorkspace();
    ws.write('data/agencies/phong-tckh.yaml', `${PHONG}units_in_text: các bộ phận, công chức trong Phòng\n`);
    const path = ws.write(
      'data/tb.yaml',
      notice('phong-tckh', (t) => t.replace(/unit_tasks:[\s\S]*?(?=\nclosing:)/, 'unit_tasks: {}\n')),
    );
    const result = loadDocument(path);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyTexts(result.model!)).toContain('1. Nhiệm vụ chung của các bộ phận, công chức trong Phòng:');
  });

  it('a Phòng without that line gets a default of its own shape, and a warning saying so', () => {
    const ws = kindWorkspace();
    ws.write('data/agencies/phong-tckh.yaml', PHONG);
    const path = ws.write(
      'data/tb.yaml',
      notice('phong-tckh', (t) => t.replace(/unit_tasks:[\s\S]*?(?=\nclosing:)/, 'unit_tasks: {}\n')),
    );
    const result = loadDocument(path);
    const texts = bodyTexts(result.model!);
    expect(texts).toContain('1. Nhiệm vụ chung của các bộ phận thuộc Phòng:');
    expect(texts.join('\n')).not.toContain('thuộc Phòng Tài chính - Kế hoạch');
    expect(result.diagnostics.map((d) => d.code)).toContain('UNITS_IN_TEXT_ASSUMED');
  });
});

describe('the meeting and the period are data', () => {
  it('the period says "tháng" and may be given: a briefing on 03/5 about April', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      NOTICE.replace('date: 2020-08-27', 'date: 2020-09-03\n  period: tháng 8/2020').replace(
        'issue_date: 2020-08-31',
        'issue_date: 2020-09-04',
      ),
    );
    const { model } = loadClean(path);
    expect(bodyTexts(model)[0]).toContain('báo cáo nhiệm vụ trong tháng 8/2020 và kiến nghị, đề xuất');
  });

  it('an early-month briefing without a period is printed with a warning, never silently', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      NOTICE.replace('date: 2020-08-27', 'date: 2020-09-03').replace(
        'issue_date: 2020-08-31',
        'issue_date: 2020-09-04',
      ),
    );
    const result = loadDocument(path);
    const warning = result.diagnostics.find((d) => d.code === 'PERIOD_ASSUMED');
    expect(warning?.location?.line).toBe(
      NOTICE.split('\n').findIndex((l) => l.includes('date: 2020-08-27')) + 1,
    );
    expect(bodyTexts(result.model!)[0]).toContain('trong tháng 9/2020');
  });

  it('a kết luận after a working session names it and says what was reported', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      NOTICE.replace(
        'date: 2020-08-27',
        'kind: lam-viec\n  purpose: tình hình triển khai dự án chuyển đổi số\n  date: 2020-08-27',
      ),
    );
    const { model } = loadClean(path);
    const opening = bodyTexts(model)[0]!;
    expect(opening).toContain('đã chủ trì buổi làm việc để nghe');
    expect(opening).toContain('báo cáo tình hình triển khai dự án chuyển đổi số');
    expect(opening).not.toContain('giao ban');
  });

  it('a meeting other than a giao ban must say what was reported (the default sentence fits only a giao ban)', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      NOTICE.replace('date: 2020-08-27', 'kind: hoi-nghi\n  date: 2020-08-27'),
    );
    const result = loadDocument(path);
    const missing = result.diagnostics.find((d) => d.code === 'FIELD_MISSING');
    expect(missing?.args.field).toBe('meeting.purpose');
    expect(result.model).toBeUndefined();
  });

  it('the clerk may name the meeting outright', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      NOTICE.replace('date: 2020-08-27', 'name: cuộc họp Ban Chỉ đạo chuyển đổi số\n  date: 2020-08-27'),
    );
    expect(bodyTexts(loadClean(path).model)[0]).toContain(
      'đã chủ trì cuộc họp Ban Chỉ đạo chuyển đổi số để nghe',
    );
  });
});

describe('tasks for bodies outside the agency', () => {
  it('outside_units may receive tasks, in the order given, and a typo still gets did-you-mean', () => {
    const ws = kindWorkspace();
    const withOutside = NOTICE.replace(
      /^unit_tasks:\n/m,
      'outside_units:\n  so-tai-chinh: Sở Tài chính\nunit_tasks:\n  so-tai-chinh:\n    - Phối hợp thẩm định kinh phí các nhiệm vụ năm 2021.\n',
    );
    const path = ws.write('data/tb.yaml', withOutside);
    const texts = bodyTexts(loadClean(path).model);
    expect(texts.some((t) => /^2\.\d+ Sở Tài chính:$/.test(t))).toBe(true);
    expect(texts).toContain('- Phối hợp thẩm định kinh phí các nhiệm vụ năm 2021.');

    const typo = ws.write(
      'data/tb2.yaml',
      withOutside.replace('  so-tai-chinh:\n    -', '  so-tai-chnh:\n    -'),
    );
    const unknown = loadDocument(typo).diagnostics.find((d) => d.code === 'UNIT_UNKNOWN');
    expect(unknown?.args.suggestVi).toContain('so-tai-chinh');
  });
});

describe('an agency carries its own templates', () => {
  it("render finds the profile's templates folder without --templates; vanban templates shows the order", async () => {
    const ws = kindWorkspace();
    const own = join(ws.dir, 'mau-phong');
    mkdirSync(own, { recursive: true });
    const shipped = readFileSync(join(DATA, '..', 'templates', 'thong-bao-ket-luan.hbs'), 'utf8');
    writeFileSync(
      join(own, 'thong-bao-ket-luan.hbs'),
      shipped.replace('<p>{{closing}}</p>', '<p>Lời kết riêng của Phòng: {{closing}}</p>'),
    );
    ws.write(
      'data/agencies/phong-tckh.yaml',
      `${PHONG}units_in_text: các bộ phận\ntemplates: ../../mau-phong\n`,
    );
    const path = ws.write(
      'data/tb.yaml',
      notice('phong-tckh', (t) => t.replace(/unit_tasks:[\s\S]*?(?=\nclosing:)/, 'unit_tasks: {}\n')),
    );
    const texts = bodyTexts(loadDocument(path).model!);
    expect(texts.some((t) => t.startsWith('Lời kết riêng của Phòng:'))).toBe(true);

    const listing = await runCli([
      'templates',
      '--agency',
      'phong-tckh',
      '--agencies',
      join(ws.dir, 'data', 'agencies'),
    ]);
    expect(listing.code).toBe(0);
    const order = listing.stdout.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(order[0]).toContain('mau-phong');
    expect(order[0]).toContain('hồ sơ cơ quan');
    expect(order[1]).toContain('mẫu có sẵn');
  });

  it('a templates folder that does not exist is an error at the profile line', () => {
    const ws = kindWorkspace();
    ws.write('data/agencies/phong-tckh.yaml', `${PHONG}units_in_text: các bộ phận\ntemplates: ../khong-co\n`);
    const path = ws.write(
      'data/tb.yaml',
      notice('phong-tckh', (t) => t.replace(/unit_tasks:[\s\S]*?(?=\nclosing:)/, 'unit_tasks: {}\n')),
    );
    const problem = loadDocument(path).diagnostics.find((d) => d.code === 'TEMPLATES_FOLDER_NOT_FOUND');
    expect(problem?.location?.file).toContain('phong-tckh.yaml');
    expect(problem?.location?.line).toBe(PHONG.split('\n').length + 1);
  });
});
