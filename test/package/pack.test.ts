/**
 * The package as a user gets it: `npm pack`, installed into a separate project from the tarball, then
 * the installed `vanban` command, the library from an ESM script and from TypeScript, and `npx vanban`
 * inside a workspace made by the installed `vanban init`.
 *
 * Needs the build (`npm test` builds first). Packs with --ignore-scripts: prepack would rebuild dist/
 * under the other test files running in parallel. Installs with --offline: the dependencies come from
 * npm's cache, which `npm ci` filled; the cache holds their tarballs but not always the registry's
 * metadata, so the project gets a lockfile made from this repository's (production entries only), which
 * lets npm install from tarballs alone.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/api/library.js';
import { EXAMPLE, REPO } from '../support/workspace.js';
import { SHIPPED_AGENCY_IDS, SHIPPED_EXAMPLE_NAMES } from './shipped.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

let scratch: string;
let project: string;
let tarball: string;
let packed: string[];

function run(command: string, args: string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    ...options,
  }) as string;
}

/** package.json and package-lock.json of a project depending on the tarball only. */
function writeProject(dir: string, tgz: string): void {
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const own = lock.packages['']!;
  const spec = `file:${tgz}`;
  const packages: Record<string, unknown> = {
    '': { name: 'vanban-consumer', dependencies: { vanban: spec } },
    'node_modules/vanban': {
      version: own.version,
      resolved: spec,
      license: own.license,
      dependencies: own.dependencies,
      bin: own.bin,
      engines: own.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages))
    if (key.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[key] = entry;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'vanban-consumer',
      private: true,
      type: 'module',
      dependencies: { vanban: spec },
    }),
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'vanban-consumer', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

beforeAll(() => {
  for (const built of ['dist/bundle/vanban.cjs', 'dist/src/index.js', 'dist/src/index.d.ts'])
    if (!existsSync(join(REPO, built))) throw new Error(`${built} missing: run npm run build first`);
  scratch = mkdtempSync(join(tmpdir(), 'vanban-pack-'));
  const info = JSON.parse(
    run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: REPO }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(scratch, info[0]!.filename);
  packed = info[0]!.files.map((f) => f.path);
  project = join(scratch, 'project');
  mkdirSync(project);
  writeProject(project, tarball);
  run(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds the CLI, its bundle, the library with types, templates, schemas, profiles and examples', () => {
    const expected = [
      'package.json',
      'README.md',
      'bin/vanban.js',
      'bin/loadBundle.js',
      'dist/bundle/vanban.cjs',
      'dist/bundle/vanban.cjs.cache',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/measure/serifMetrics.json',
      'templates/thong-bao-ket-luan.hbs',
      'schemas/agency.schema.json',
      'schemas/thong-bao-ket-luan.schema.json',
      ...SHIPPED_AGENCY_IDS.map((id) => `data/agencies/${id}.yaml`),
      ...SHIPPED_EXAMPLE_NAMES.map((name) => `data/${name}`),
    ];
    expect(packed).toEqual(expect.arrayContaining(expected));
  });

  it('holds nothing of the repository’s working files', () => {
    const stray = packed.filter((path) =>
      /^(src|test|bench|scripts|out|node_modules|\.ci|data\/public)\/|^dist\/src\/.*\.ts$(?<!\.d\.ts)/.test(
        path,
      ),
    );
    expect(stray).toEqual([]);
  });
});

// npm, npx and tsc start slowly on a busy machine: each step gets more than the default minute.
describe('installed from the tarball into another project', { timeout: 180_000 }, () => {
  it('runs as a command: vanban --version', () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string })
      .version;
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'vanban.cmd' : 'vanban');
    expect(run(bin, ['--version']).trim()).toBe(version);
  });

  it('imports render, check and lint from an ESM script, and renders the shipped example', async () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { check, formatDiagnostics, lint, render, renderFile } from 'vanban';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('.', import.meta.resolve('vanban/package.json')));
const example = root + 'data/2020-08-giao-ban.yaml';
const checked = await check(example);
const rendered = await render(example, { outDir: 'out' });
const linted = await lint(rendered.written);
const inMemory = await render(example, { write: false });
const missing = await render('khong-co.yaml');
const viaRenderFile = await renderFile(example, { outDir: 'out2' });
console.log(JSON.stringify({
  checked: checked.ok,
  checkDiagnostics: checked.diagnostics.length,
  ok: rendered.ok,
  written: rendered.written,
  docx: readFileSync(rendered.written).toString('base64'),
  lint: { ok: linted.ok, errors: linted.errors },
  inMemory: inMemory.docx.length,
  missing: { ok: missing.ok, codes: missing.diagnostics.map((d) => d.code), text: formatDiagnostics(missing.diagnostics, 'en') },
  renderFile: viaRenderFile.written,
}));
`,
    );
    const out = JSON.parse(run(process.execPath, ['use.mjs'], { cwd: project })) as {
      checked: boolean;
      checkDiagnostics: number;
      ok: boolean;
      written: string;
      docx: string;
      lint: { ok: boolean; errors: number };
      inMemory: number;
      missing: { ok: boolean; codes: string[]; text: string };
      renderFile: string;
    };
    expect(out).toMatchObject({
      checked: true,
      checkDiagnostics: 0,
      ok: true,
      written: join('out', '2020-08-giao-ban.docx'),
      lint: { ok: true, errors: 0 },
      missing: { ok: false, codes: ['FILE_NOT_FOUND'] },
      renderFile: join('out2', '2020-08-giao-ban.docx'),
    });
    expect(out.missing.text).toContain('khong-co.yaml');
    // The installed package writes exactly what this checkout renders.
    const here = await render(EXAMPLE, { write: false });
    expect(Buffer.from(out.docx, 'base64').equals(Buffer.from(here.docx!))).toBe(true);
    expect(out.inMemory).toBe(here.docx!.length);
  });

  it('gives TypeScript its types', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { check, lint, render, type Diagnostic, type Finding, type RenderResult } from 'vanban';
const rendered: RenderResult = await render('a.yaml', { outDir: 'out', strict: true });
export const codes: string[] = rendered.diagnostics.map((d: Diagnostic) => d.code);
export const valid: boolean = (await check('a.yaml')).ok;
export const findings: Finding[] = (await lint('a.docx')).findings;
// @ts-expect-error -- no such option
await render('a.yaml', { outdir: 'out' });
`,
    );
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [
      tsc,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
    ];
    args.push('--target', 'es2022', '--typeRoots', join(REPO, 'node_modules', '@types'), '--types', 'node');
    args.push('use.ts');
    let output = '';
    try {
      run(process.execPath, args, { cwd: project });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it('makes a workspace where npx vanban finds its profiles and writes to its out/', () => {
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'vanban.cmd' : 'vanban');
    const made = run(bin, ['init', 'van-phong-so'], { cwd: project });
    expect(made).toContain('van-ban/2020-08-giao-ban.yaml');
    const ws = join(project, 'van-phong-so');
    const rendered = run(NPX, ['--no', 'vanban', 'render', '2020-08-giao-ban.yaml'], {
      cwd: join(ws, 'van-ban'),
    });
    expect(rendered).toContain(join('..', 'out', '2020-08-giao-ban.docx'));
    expect(existsSync(join(ws, 'out', '2020-08-giao-ban.docx'))).toBe(true);
    expect(run(NPX, ['--no', 'vanban', 'check', 'van-ban'], { cwd: ws })).toContain('hợp lệ');
  });
});
