/** The command line as a clerk uses it: the real bin/vanban.js in a child process, and main() in-process. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/program.js';
import { exampleText, exampleWith, lineOf, makeWorkspace, REPO } from '../support/workspace.js';
import { runCli } from '../support/runCli.js';
import { unzip } from '../support/unzip.js';

const BIN = join(REPO, 'bin', 'vanban.js');

function vanban(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const inProcess = runCli;

describe('vanban render (end to end, as a user runs it)', () => {
  it('renders the example into out/, says where, exits 0', () => {
    const ws = makeWorkspace();
    ws.write('data/2020-08-giao-ban.yaml', exampleText());
    const r = vanban(['render', 'data/2020-08-giao-ban.yaml'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`Đã ghi ${join('out', '2020-08-giao-ban.docx')}`);
    const parts = unzip(readFileSync(ws.path('out/2020-08-giao-ban.docx')));
    expect(parts.get('word/document.xml')!.toString()).toContain('Văn Công Thới');
  });

  it('gives the same bytes in another run, time zone and day', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    expect(
      vanban(['render', 'data/doc.yaml', '-o', 'a.docx'], ws.dir, { ...process.env, TZ: 'Asia/Ho_Chi_Minh' })
        .code,
    ).toBe(0);
    expect(
      vanban(['render', 'data/doc.yaml', '-o', 'b.docx'], ws.dir, { ...process.env, TZ: 'America/New_York' })
        .code,
    ).toBe(0);
    expect(readFileSync(ws.path('a.docx')).equals(readFileSync(ws.path('b.docx')))).toBe(true);
  });

  it('never overwrites without --force, and replaces with it', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    const target = ws.write('out/doc.docx', 'bản cũ của người dùng');
    const refused = vanban(['render', 'data/doc.yaml'], ws.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('OUTPUT_EXISTS');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('bản cũ của người dùng');
    const forced = vanban(['render', 'data/doc.yaml', '--force'], ws.dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('reports input errors like a compiler, in Vietnamese, without a stack trace, writing nothing', () => {
    const ws = makeWorkspace();
    const text = exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-02-31');
    ws.write('data/doc.yaml', text);
    const r = vanban(['render', 'data/doc.yaml'], ws.dir);
    expect(r.code).toBe(1);
    const line = lineOf(text, 'issue_date: 2020-02-31');
    expect(r.stderr).toContain(
      `data/doc.yaml:${line}:13: lỗi DATE_INVALID: Ngày "2020-02-31" không có thật.`,
    );
    expect(r.stderr).toContain(`  ${line} | issue_date: 2020-02-31`);
    expect(r.stderr).toContain('^^^^^^^^^^');
    expect(r.stderr).toMatch(/gợi ý: /);
    expect(r.stderr.trim().endsWith('1 lỗi, 0 cảnh báo.')).toBe(true);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(ws.path('out/doc.docx'))).toBe(false);
  });
});

describe('vanban (in-process)', () => {
  it('has Vietnamese help for the program and each command', async () => {
    const top = await inProcess(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Cách dùng: vanban [tuỳ chọn] [lệnh]');
    expect(top.stdout).toContain('Lệnh:');
    expect(top.stdout).toContain('tạo tệp DOCX');
    const render = await inProcess(['render', '--help']);
    expect(render.stdout).toContain('Tuỳ chọn:');
    expect(render.stdout).toContain('ghi đè tệp DOCX đã có');
  });

  it('exits 2 with a Vietnamese message on a usage error', async () => {
    const r = await inProcess(['render', '--khong-co']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lỗi: không có tuỳ chọn '--khong-co'");
    expect((await inProcess(['lam-gi'])).code).toBe(2);
  });

  it('speaks English with --lang en', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-08-20'));
    const r = await inProcess(['check', path, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error DATE_ORDER: Issue date 20/8/2020 is before the meeting date 27/8/2020.',
    );
    expect(r.stderr).toContain('1 error(s), 0 warning(s).');
  });

  it('check validates without writing anything', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleText());
    const r = await inProcess(['check', path, '--out-dir', ws.path('out')].slice(0, 2));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
    expect(existsSync(ws.path('out'))).toBe(false);
  });

  it('prints the merged model as JSON with --model', async () => {
    const ws = makeWorkspace();
    const r = await inProcess(['render', ws.write('data/doc.yaml', exampleText()), '--model']);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as { header: { numberLine: string }; body: unknown[] };
    expect(model.header.numberLine).toBe('Số:      /TB-SKHCN');
    expect(model.body.length).toBeGreaterThan(30);
  });

  it('warnings do not stop rendering unless --strict', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleWith('units: [VT, VP]', 'units: [VP]'));
    const loose = await inProcess(['render', path, '-o', ws.path('out/a.docx')]);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain('cảnh báo ARCHIVE_WITHOUT_VT');
    const strict = await inProcess(['render', path, '-o', ws.path('out/b.docx'), '--strict']);
    expect(strict.code).toBe(1);
    expect(existsSync(ws.path('out/b.docx'))).toBe(false);
  });

  it('creates a missing output folder, and explains an unwritable one', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleText());
    expect((await inProcess(['render', path, '-o', ws.path('moi/tao/doc.docx')])).code).toBe(0);
    expect(existsSync(ws.path('moi/tao/doc.docx'))).toBe(true);
    ws.write('la-tep', 'một tệp, không phải thư mục');
    const r = await inProcess(['render', path, '-o', ws.path('la-tep/doc.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('OUTPUT_NOT_WRITABLE');
  });

  it('says an internal error is a bug and exits 3', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleText());
    const err: string[] = [];
    const code = await main(['check', path], {
      out: () => {
        throw new Error('boom');
      },
      err: (t) => err.push(t),
    });
    expect(code).toBe(3);
    expect(err.join('\n')).toContain('Lỗi nội bộ của vanban');
  });

  it('renders a batch, one bad file not stopping the others, then a summary', async () => {
    const ws = makeWorkspace();
    const good = ws.write('data/lo/a.yaml', exampleText());
    ws.write('data/lo/b.yaml', exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-02-31'));
    ws.write('data/lo/c.yaml', exampleText());
    const r = await inProcess(['render', ws.path('data/lo'), '--out-dir', ws.path('out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[1/3]');
    expect(r.stdout).toContain('Xong: 2 văn bản thành công, 1 văn bản lỗi.');
    expect(existsSync(ws.path('out/a.docx'))).toBe(true);
    expect(existsSync(ws.path('out/b.docx'))).toBe(false);
    expect(existsSync(ws.path('out/c.docx'))).toBe(true);
    expect(good).toBeTruthy();
  });
});

describe('a notice split into a folder of files', () => {
  const main_ = exampleText();
  const unitStart = main_.indexOf('unit_tasks:');
  const unitEnd = main_.indexOf('# Câu kết');

  it('merges the files, orders units by the profile, and renders like the single file', async () => {
    const ws = makeWorkspace();
    ws.write('data/2020-08/chung.yaml', main_.slice(0, unitStart) + main_.slice(unitEnd));
    ws.write('data/2020-08/z-van-phong.yaml', 'unit_tasks:\n  van-phong:\n    - Thực hiện tiếp nhận.\n');
    ws.write(
      'data/2020-08/a-thanh-tra.yaml',
      'unit_tasks:\n  thanh-tra:\n    - Tiếp tục thực hiện tốt nhiệm vụ.\n',
    );
    const r = await inProcess(['render', ws.path('data/2020-08'), '--model']);
    expect(r.stderr).toBe('');
    const model = JSON.parse(r.stdout) as { body: Array<{ runs: Array<{ text: string }> }> };
    const headings = model.body
      .map((b) => b.runs.map((x) => x.text).join(''))
      .filter((t) => /^2\.\d/.test(t));
    expect(headings).toEqual(['2.1 Văn phòng Sở:', '2.2 Thanh tra Sở:']);
  });

  it('names both places when two files give the same key', async () => {
    const ws = makeWorkspace();
    ws.write('data/2020-08/chung.yaml', main_);
    ws.write('data/2020-08/van-phong.yaml', 'unit_tasks:\n  van-phong:\n    - Trùng.\n');
    const r = await inProcess(['check', ws.path('data/2020-08')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ws.path('data/2020-08/van-phong.yaml')}:2:3: lỗi MERGE_CONFLICT`);
    expect(r.stderr).toContain(
      `xem thêm: ${ws.path('data/2020-08/chung.yaml')}:${lineOf(main_, '  van-phong:')}:3`,
    );
  });
});

describe('writes are atomic', () => {
  it('an interrupted write leaves the old file whole, never half of each', () => {
    const ws = makeWorkspace();
    const target = ws.write('out/big.bin', 'old');
    const script = ws.write(
      'writer.mjs',
      `import { writeFileSafely } from ${JSON.stringify(join(REPO, 'dist/src/io/writeFileSafely.js'))};
       writeFileSafely(${JSON.stringify(target)}, new Uint8Array(300 * 1024 * 1024).fill(65), { force: true });`,
    );
    // Kill the writer shortly after it starts; whatever moment it dies, the target is whole.
    try {
      execFileSync(process.execPath, [script], { timeout: 150, killSignal: 'SIGKILL' });
    } catch {
      // Killed, as intended (or finished: both must leave a whole file).
    }
    const size = statSync(target).size;
    expect([3, 300 * 1024 * 1024]).toContain(size);
    if (size === 3) expect(readFileSync(target, 'utf8')).toBe('old');
    writeFileSync(target, '');
  });
});
