/** `vanban templates` and `vanban new`, in-process. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KINDS } from '../../src/kinds/registry.js';
import { nextFileName, rollForward, shiftMonthPhrases, shiftDateText } from '../../src/kinds/newDocument.js';
import { thongBaoKetLuan } from '../../src/kinds/thongBaoKetLuan.js';
import { giayMoi } from '../../src/kinds/giayMoi.js';
import { example, kindWorkspace, loadClean } from './support.js';
import { runCli } from '../support/runCli.js';
import { loadDocument } from '../../src/load/loadDocument.js';

const run = runCli;

describe('vanban templates', () => {
  it('lists every kind with its description, the fields it needs and its template', async () => {
    const r = await run(['templates']);
    expect(r.code).toBe(0);
    for (const kind of KINDS) {
      expect(r.stdout).toContain(`${kind.id} `);
      expect(r.stdout).toContain(kind.description);
    }
    expect(r.stdout).toMatch(
      /cong-van +Công văn[^\n]*\n +cần: [^\n]*\bsummary\b[^\n]*\n +tùy chọn: [^\n]*\bkinh_gui\b/,
    );
    expect(r.stdout).toMatch(/quyet-dinh[^\n]*\n +cần: [^\n]*bases, articles/);
  });

  it('--json gives the same as data, and --templates shows a user template in use', async () => {
    const ws = kindWorkspace();
    ws.write('mau/thong-bao.hbs', '<type>THÔNG BÁO</type>{{> trich-yeu}}{{> noi-dung}}');
    const r = await run(['templates', '--json', '--templates', join(ws.dir, 'mau')]);
    const kinds = JSON.parse(r.stdout) as Array<{ id: string; required: string[]; template: string }>;
    expect(kinds.map((k) => k.id)).toEqual(KINDS.map((k) => k.id));
    expect(kinds.find((k) => k.id === 'thong-bao')!.template).toBe(join(ws.dir, 'mau', 'thong-bao.hbs'));
    // A giấy mời names who is invited in invitees, kinh_gui or its items, and the event in event or its
    // items: none of these fields is required alone.
    expect(kinds.find((k) => k.id === 'giay-moi')!.required).toEqual(
      expect.arrayContaining(['summary', 'recipients']),
    );
  });
});

describe('vanban new --from (next month’s notice)', () => {
  it('rolls dates and month phrases on, keeps agency, signer and recipients, marks tasks XEM LẠI', async () => {
    const ws = kindWorkspace();
    const from = ws.write('data/2020-08-giao-ban.yaml', example('2020-08-giao-ban.yaml'));
    const r = await run(['new', 'thong-bao-ket-luan', '--from', from]);
    expect(r.stderr).toContain('34 mục');
    expect(r.code).toBe(0);
    const path = join(ws.dir, 'data', '2020-09-giao-ban.yaml');
    expect(r.stdout).toContain(`Đã ghi ${path}`);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/thong-bao-ket-luan.schema.json',
    );
    const data = parse(text) as Record<string, unknown>;
    const before = parse(example('2020-08-giao-ban.yaml')) as Record<string, unknown>;
    expect(data.issue_date).toBe('2020-09-30');
    expect((data.meeting as { date: string }).date).toBe('2020-09-27');
    expect(data.summary).toEqual([
      'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 9',
      'và nhiệm vụ trọng tâm tháng 10/2020',
    ]);
    for (const key of ['agency', 'signer', 'recipients', 'archive', 'unit_tasks', 'general_tasks'])
      expect(data[key], key).toEqual(before[key]);
    // A holiday date inside a task is not a month phrase.
    expect(text).toContain('Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.');
    const lines = text.split('\n');
    const marks = lines.flatMap((l, i) => (l.trim() === '# XEM LẠI' ? [i] : []));
    expect(marks).toHaveLength(1 + 9 + 23);
    for (const i of marks) expect(lines[i + 1]!.trimStart()).toMatch(/^- /);
    // The rolled meeting date is a guess too: marked on the line above it.
    const dateLine = lines.findIndex((l) => l.trim() === 'date: 2020-09-27');
    expect(lines[dateLine - 1]).toBe(
      '  # XEM LẠI: meeting.date dời từ 27/8/2020, chọn đúng ngày họp tháng này',
    );
    // Valid as it stands, but check says the marks are still there (and 27/9/2020 is a Sunday).
    const result = loadDocument(path);
    expect(result.model).toBeDefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location!.line, d.args.count])).toEqual([
      ['MEETING_ON_SUNDAY', 'warning', dateLine + 1, undefined],
      ['REVIEW_MARKERS_LEFT', 'warning', dateLine, 34],
    ]);
    // Once reviewed (marks gone, a weekday chosen), nothing is left to say.
    const reviewed = text
      .split('\n')
      .filter((l) => !/^\s*# XEM LẠI/.test(l))
      .join('\n')
      .replace('date: 2020-09-27', 'date: 2020-09-24');
    loadClean(ws.write('data/2020-09-reviewed.yaml', reviewed));
  });

  it('marks the rolled date of a flow-style meeting (and a giấy mời event) without breaking the YAML', () => {
    const flow = example('2020-08-giao-ban.yaml').replace(
      /^meeting:\n( {2}.*\n)+/m,
      "meeting: { time: '14:00', chair: van-cong-thoi,\n           date: 2020-08-27, reporters: trưởng các phòng }\n",
    );
    const rolled = rollForward(flow, thongBaoKetLuan, { month: '2020-10', fromName: 'a.yaml' });
    if ('error' in rolled) throw new Error(rolled.error);
    const lines = rolled.text.split('\n');
    const at = lines.findIndex((l) => l.includes('date: 2020-10-27'));
    expect(lines[at - 1]).toBe(
      '           # XEM LẠI: meeting.date dời từ 27/8/2020, chọn đúng ngày họp tháng này',
    );
    expect((parse(rolled.text) as { meeting: unknown }).meeting).toEqual({
      time: '14:00',
      chair: 'van-cong-thoi',
      date: '2020-10-27',
      reporters: 'trưởng các phòng',
    });
    const invitation = rollForward(example('2023-01-giay-moi-tong-ket.yaml'), giayMoi, {
      month: '2023-02',
      fromName: 'gm.yaml',
    });
    if ('error' in invitation) throw new Error(invitation.error);
    expect(invitation.text).toContain(
      '  # XEM LẠI: event.date dời từ 10/01/2023, chọn đúng ngày họp tháng này\n  date: 2023-02-10',
    );
  });

  it('rolling a file that was never reviewed keeps one mark per task, one date mark and one note', () => {
    const first = rollForward(example('2020-08-giao-ban.yaml'), thongBaoKetLuan, {
      month: '2020-09',
      fromName: '2020-08-giao-ban.yaml',
    });
    if ('error' in first) throw new Error(first.error);
    const second = rollForward(first.text, thongBaoKetLuan, {
      month: '2020-10',
      fromName: '2020-09-giao-ban.yaml',
    });
    if ('error' in second) throw new Error(second.error);
    const count = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l)).length;
    for (const re of [/^\s*# XEM LẠI$/, /# XEM LẠI: meeting\.date/, /^# Soạn từ /])
      expect(count(second.text, re), String(re)).toBe(count(first.text, re));
    expect(second.text).toContain('# XEM LẠI: meeting.date dời từ 27/9/2020, chọn đúng ngày họp tháng này');
    expect(second.text).toContain('# Soạn từ 2020-09-giao-ban.yaml (tháng 9/2020 → tháng 10/2020)');
    expect(second.reviewed).toBe(first.reviewed);
  });

  it('never overwrites without --force, and --month chooses the month', async () => {
    const ws = kindWorkspace();
    const from = ws.write('data/2020-08-giao-ban.yaml', example('2020-08-giao-ban.yaml'));
    ws.write('data/2020-09-giao-ban.yaml', 'giữ nguyên\n');
    const refused = await run(['new', 'thong-bao-ket-luan', '--from', from]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(join(ws.dir, 'data', '2020-09-giao-ban.yaml'), 'utf8')).toBe('giữ nguyên\n');
    const later = await run(['new', 'thong-bao-ket-luan', '--from', from, '--month', '2021-01']);
    expect(later.code).toBe(0);
    const data = parse(readFileSync(join(ws.dir, 'data', '2021-01-giao-ban.yaml'), 'utf8')) as {
      issue_date: string;
      summary: string[];
    };
    expect(data.issue_date).toBe('2021-01-31');
    expect(data.summary[1]).toBe('và nhiệm vụ trọng tâm tháng 02/2021');
    const forced = await run(['new', 'thong-bao-ket-luan', '--from', from, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'data', '2020-09-giao-ban.yaml'), 'utf8')).toContain('XEM LẠI');
  });

  it('comments out the previous number and works for the other kinds', async () => {
    const ws = kindWorkspace();
    const from = ws.write('data/2021-06-bao-cao-6-thang.yaml', example('2021-06-bao-cao-6-thang.yaml'));
    const r = await run([
      'new',
      'bao-cao',
      '--from',
      from,
      '--month',
      '2021-12',
      '-o',
      join(ws.dir, 'data', 'bc.yaml'),
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(ws.dir, 'data', 'bc.yaml'), 'utf8');
    expect(text).toContain('# number: 125 (số của văn bản trước)');
    expect(text).toContain('issue_date: 2021-12-18');
    // A full date cites a fixed document: it stays.
    expect(text).toContain('Công văn số 1234/BKHCN-KHTH ngày 20 tháng 5 năm 2021');
    const result = loadDocument(join(ws.dir, 'data', 'bc.yaml'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['REVIEW_MARKERS_LEFT']);
    expect(result.model!.header.numberLine).toBe('Số:      /BC-SKHCN');
  });

  it('refuses a previous file of another kind, an unknown kind and a bad month', async () => {
    const ws = kindWorkspace();
    const from = ws.write('data/a.yaml', example('2020-08-giao-ban.yaml'));
    expect((await run(['new', 'thong-bao', '--from', from])).stderr).toContain('không phải "thong-bao"');
    expect((await run(['new', 'khong-co'])).code).toBe(2);
    expect((await run(['new', 'thong-bao', '--month', '2020-13'])).code).toBe(2);
  });
});

describe('vanban new (a skeleton)', () => {
  it('writes every required field with its description, optional ones commented, never over a file', async () => {
    const ws = kindWorkspace();
    const path = join(ws.dir, 'data', 'moi.yaml');
    const r = await run(['new', 'giay-moi', '--month', '2023-02', '-o', path, '--agency', 'bo-khcn']);
    expect(r.code).toBe(0);
    const text = readFileSync(path, 'utf8');
    const schema = /^# yaml-language-server: \$schema=(.+\/schemas\/giay-moi\.schema\.json)$/.exec(
      text.split('\n')[0]!,
    );
    expect(schema).not.toBeNull();
    expect(existsSync(join(ws.dir, 'data', schema![1]!))).toBe(true);
    const data = parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ kind: 'giay-moi', agency: 'bo-khcn', issue_date: '2023-02-01' });
    // The event is optional since a giấy mời may be written as free sections: offered, commented.
    expect(text).toMatch(/^# event: /m);
    expect(text).toMatch(/^# notes: /m);
    // Unfilled values are reported where they are.
    const result = loadDocument(path);
    expect(result.diagnostics.map((d) => d.code)).toContain('VALUE_EMPTY');
    expect((await run(['new', 'giay-moi', '-o', path])).code).toBe(1);
    expect(existsSync(path)).toBe(true);
  });

  it('with several agency profiles and no --agency, leaves the choice to the clerk and lists them', async () => {
    const ws = kindWorkspace();
    const path = join(ws.dir, 'data', 'moi.yaml');
    const r = await run(['new', 'cong-van', '--month', '2023-02', '-o', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Chưa chọn cơ quan');
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('agency:'))!;
    expect(line).toMatch(/^agency: '' # .*bo-khcn, so-khcn-quang-binh, ubnd-xa-hai-ninh/);
    expect(loadDocument(path).diagnostics.map((d) => d.code)).toContain('VALUE_EMPTY');
  });
});

describe('month arithmetic', () => {
  it('shifts month phrases but not full dates', () => {
    expect(shiftMonthPhrases('giao ban tháng 12/2020 và tháng 12', 1)).toBe(
      'giao ban tháng 01/2021 và tháng 01',
    );
    expect(shiftMonthPhrases('Tháng 9 năm 2020', 2)).toBe('Tháng 11 năm 2020');
    expect(shiftMonthPhrases('ngày 05 tháng 3 năm 2020', 1)).toBe('ngày 05 tháng 3 năm 2020');
    expect(shiftMonthPhrases('6 tháng đầu năm', 1)).toBe('6 tháng đầu năm');
  });

  it('shifts dates in the form they were written, clamping to the month’s end', () => {
    expect(shiftDateText('2020-01-31', 1)).toBe('2020-02-29');
    expect(shiftDateText('31/8/2020', 1)).toBe('30/9/2020');
    expect(shiftDateText('không phải ngày', 1)).toBeUndefined();
  });

  it('names the new file after the new month', () => {
    expect(nextFileName('data/2020-08-giao-ban.yaml', '2020-09')).toBe('data/2020-09-giao-ban.yaml');
    expect(nextFileName('data/giao-ban.yaml', '2020-09')).toBe('data/giao-ban-2020-09.yaml');
  });
});
