/**
 * `vanban init` and working from the workspace it makes: profiles from its agencies/, wording from its
 * templates/, outputs into its out/ from any subfolder, `vanban new` into its van-ban/; and nothing written
 * into the tool's folder or the current folder by surprise. Commands whose behaviour depends on the
 * current folder run as the real bin/vanban.js in a child process with that folder as cwd.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { check, render } from '../../src/api/library.js';
import { runCli } from '../support/runCli.js';
import { REPO } from '../support/workspace.js';

const BIN = join(REPO, 'bin', 'vanban.js');
const scratch = mkdtempSync(join(tmpdir(), 'vanban-ws-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A fresh folder for one test, inside the scratch folder. */
function fresh(): string {
  const dir = join(scratch, `t${++count}`);
  mkdirSync(dir);
  return dir;
}

/** bin/vanban.js in `cwd`, as a clerk's terminal would run it. */
function vanbanIn(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

async function initIn(parent: string, name = 'van-phong-so', extra: string[] = []): Promise<string> {
  const ws = join(parent, name);
  const r = await runCli(['init', ws, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return ws;
}

describe('vanban init', () => {
  it('makes the folders, the clerk’s README, schemas and editor settings, and says what to type next', async () => {
    const parent = fresh();
    const ws = join(parent, 'van-phong-so');
    const r = await runCli(['init', ws]);
    expect(r.code).toBe(0);
    for (const folder of ['agencies/', 'van-ban/', 'out/', 'schemas/, .vscode/', 'README.md'])
      expect(r.stdout).toContain(`  ${folder}`);
    expect(r.stdout).toContain('Tiếp theo:');
    expect(r.stdout).toContain('vanban render van-ban/2020-08-giao-ban.yaml');
    expect(r.stdout).toContain('vanban new thong-bao-ket-luan --agency so-khcn-quang-binh');

    expect(existsSync(join(ws, '.vanban.json'))).toBe(true);
    expect(readdirSync(join(ws, 'agencies')).sort()).toEqual([
      'bo-khcn.yaml',
      'so-khcn-quang-binh.yaml',
      'ubnd-xa-hai-ninh.yaml',
    ]);
    expect(readdirSync(join(ws, 'out'))).toEqual([]);
    expect(existsSync(join(ws, 'templates'))).toBe(false);
    // Every schema line inside the workspace points at a schema inside the workspace.
    for (const file of ['agencies/so-khcn-quang-binh.yaml', 'van-ban/2020-08-giao-ban.yaml']) {
      const schema = /\$schema=(\S+)/.exec(readFileSync(join(ws, file), 'utf8'))![1]!;
      expect(existsSync(resolve(join(ws, file), '..', schema)), file).toBe(true);
    }
    expect(readFileSync(join(ws, 'van-ban/2020-08-giao-ban.yaml'), 'utf8')).not.toContain('data/');

    const readme = readFileSync(join(ws, 'README.md'), 'utf8');
    for (const words of [
      'Để tệp ở đâu',
      'vanban new thong-bao-ket-luan --agency so-khcn-quang-binh',
      'vanban render van-ban/',
      'vanban preview van-ban/',
      'Dấu nháy trong YAML',
      "'14:00'",
    ])
      expect(readme).toContain(words);
  });

  it('gives VS Code schemas that exist, for profiles and for documents of every kind', async () => {
    const ws = await initIn(fresh());
    const settings = JSON.parse(readFileSync(join(ws, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const schemas = settings['yaml.schemas'];
    expect(Object.values(schemas).flat().sort()).toEqual(['agencies/*.yaml', 'van-ban/**/*.yaml']);
    for (const path of Object.keys(schemas)) expect(existsSync(join(ws, path)), path).toBe(true);
    expect(readFileSync(join(ws, '.vscode', 'extensions.json'), 'utf8')).toContain('redhat.vscode-yaml');

    const combined = JSON.parse(readFileSync(join(ws, 'schemas', 'van-ban.schema.json'), 'utf8')) as {
      properties: { kind: { enum: string[] } };
      allOf: Array<{ if: { properties: { kind: { const: string } } }; then: Record<string, unknown> }>;
    };
    expect([...combined.properties.kind.enum].sort()).toEqual(KINDS.map((k) => k.id).sort());
    for (const branch of combined.allOf) {
      const kind = branch.if.properties.kind.const;
      const own = JSON.parse(readFileSync(join(REPO, 'schemas', `${kind}.schema.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      delete own.$schema;
      delete own.$id;
      expect(branch.then, kind).toEqual(own);
    }
  });

  it('run again, adds only what is missing and keeps every file as the office left it', async () => {
    const ws = await initIn(fresh());
    const profile = join(ws, 'agencies', 'so-khcn-quang-binh.yaml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('Sở Khoa học', 'Sở KH'));
    const edited = readFileSync(profile, 'utf8');
    rmSync(join(ws, 'README.md'));
    const again = await runCli(['init', ws]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Đã bổ sung vào thư mục làm việc');
    expect(again.stdout).toContain('README.md');
    expect(again.stdout).toMatch(/Giữ nguyên \d+ tệp đã có/);
    expect(readFileSync(profile, 'utf8')).toBe(edited);
    const third = await runCli(['init', ws, '--lang', 'en']);
    expect(third.stdout).toContain('is complete; nothing added');
  });

  it('refuses a folder inside the tool, inside another workspace, or a file; and creates nothing', async () => {
    const inTool = join(REPO, 'out', 'vanban-init-test');
    const r = await runCli(['init', inTool]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INIT_INSIDE_TOOL');
    expect(existsSync(inTool)).toBe(false);

    const ws = await initIn(fresh());
    const nested = await runCli(['init', join(ws, 'van-ban', 'con'), '--lang', 'en']);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain('INIT_INSIDE_WORKSPACE');
    expect(existsSync(join(ws, 'van-ban', 'con'))).toBe(false);

    const file = join(fresh(), 'tep.txt');
    writeFileSync(file, 'x');
    expect((await runCli(['init', file])).stderr).toContain('INIT_NOT_A_FOLDER');
  });
});

describe('working in a workspace', () => {
  it('render from any subfolder finds profiles in agencies/ and writes to out/', async () => {
    const ws = await initIn(fresh());
    // A profile only the workspace has, and a document deeper than the search beside documents reaches.
    copyFileSync(join(ws, 'agencies', 'so-khcn-quang-binh.yaml'), join(ws, 'agencies', 'so-cua-toi.yaml'));
    const deep = join(ws, 'van-ban', '2024', 'quy-3', 'thang-9', 'giao-ban');
    mkdirSync(deep, { recursive: true });
    const seed = readFileSync(join(ws, 'van-ban', '2020-08-giao-ban.yaml'), 'utf8');
    writeFileSync(join(deep, 'tb.yaml'), seed.replace(/^agency: .*$/m, 'agency: so-cua-toi'));
    expect(loadDocument(join(deep, 'tb.yaml')).diagnostics.map((d) => d.code)).toContain('AGENCY_NOT_FOUND');

    const r = vanbanIn(deep, ['render', 'tb.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Far from out/, the path is shown whole rather than as ../../../../../out/tb.docx.
    expect(r.stdout.trim()).toBe(`Đã ghi ${join(ws, 'out', 'tb.docx')}`);
    expect(existsSync(join(ws, 'out', 'tb.docx'))).toBe(true);
    expect(existsSync(join(deep, 'out'))).toBe(false);

    // From the workspace's top, and with a chosen --out-dir, which still wins.
    expect(vanbanIn(ws, ['check', join(deep, 'tb.yaml')]).stdout).toContain('hợp lệ');
    const chosen = vanbanIn(ws, ['render', 'van-ban/2020-08-giao-ban.yaml', '--out-dir', 'ban-in']);
    expect(chosen.code).toBe(0);
    expect(existsSync(join(ws, 'ban-in', '2020-08-giao-ban.docx'))).toBe(true);
  });

  it('its templates/, made by init --templates, replace the built-in wording for every command', async () => {
    const ws = await initIn(fresh(), 'co-mau', ['--templates']);
    const template = join(ws, 'templates', 'thong-bao-ket-luan.hbs');
    expect(existsSync(join(ws, 'templates', 'partials'))).toBe(true);
    writeFileSync(template, readFileSync(template, 'utf8').replace('Vào lúc', 'Hồi'));
    const model = vanbanIn(join(ws, 'van-ban'), ['render', '2020-08-giao-ban.yaml', '--model']);
    expect(model.code).toBe(0);
    expect(model.stdout).toContain('Hồi 14h00, ngày 27/8/2020');
    expect(vanbanIn(ws, ['templates']).stdout).toContain(template);
  });

  it('the library does the same for a document in a workspace', async () => {
    const ws = await initIn(fresh());
    const doc = join(ws, 'van-ban', '2020-08-giao-ban.yaml');
    expect((await check(doc)).ok).toBe(true);
    const r = await render(doc);
    expect(r.ok).toBe(true);
    expect(resolve(r.written!)).toBe(join(ws, 'out', '2020-08-giao-ban.docx'));
  });
});

describe('vanban new: never into the tool’s folder or the current one by surprise', () => {
  it('in a workspace, a skeleton goes into van-ban/, pointing at the workspace’s schemas', async () => {
    const ws = await initIn(fresh());
    const r = vanbanIn(join(ws, 'out'), ['new', 'giay-moi', '--agency', 'bo-khcn', '--month', '2024-05']);
    expect(r.code).toBe(0);
    const path = join(ws, 'van-ban', '2024-05-giay-moi.yaml');
    expect(r.stdout).toContain(`Đã ghi ${join('..', 'van-ban', '2024-05-giay-moi.yaml')}`);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/giay-moi.schema.json',
    );
    expect(readdirSync(join(ws, 'out'))).toEqual([]);
  });

  it('--from writes beside its source, wherever the command runs', async () => {
    const ws = await initIn(fresh());
    const elsewhere = fresh();
    const from = join(ws, 'van-ban', '2020-08-giao-ban.yaml');
    const r = vanbanIn(elsewhere, ['new', 'thong-bao-ket-luan', '--from', from]);
    expect(r.code).toBe(0);
    expect(existsSync(join(ws, 'van-ban', '2020-09-giao-ban.yaml'))).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('outside a workspace, without -o, writes nothing and says how to choose', () => {
    const plain = fresh();
    const r = vanbanIn(plain, ['new', 'giay-moi', '--agency', 'bo-khcn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('vanban init');
    expect(r.stderr).toContain('-o');
    expect(readdirSync(plain)).toEqual([]);

    const before = readdirSync(REPO).sort();
    const inTool = vanbanIn(REPO, ['new', 'giay-moi', '--agency', 'bo-khcn']);
    expect(inTool.code).toBe(2);
    expect(inTool.stderr).toContain('thư mục của chương trình');
    expect(readdirSync(REPO).sort()).toEqual(before);
    expect(statSync(REPO).isDirectory()).toBe(true);
  });
});
