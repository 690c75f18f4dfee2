/** `vanban lint` through the same entry point users run: output format, JSON, languages, exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import { main } from '../../src/cli/program.js';
import { exampleDocx, inParagraph, mutated } from './support/fixtures.js';

let dir: string;
let clean: string;
let broken: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-lint-'));
  clean = join(dir, 'clean.docx');
  broken = join(dir, 'broken.docx');
  writeFileSync(clean, await exampleDocx());
  const bad = await mutated('word/document.xml', (x) =>
    inParagraph(x.replace('w:left="1701"', 'w:left="1417"'), 'Độc lập - Tự do', (p) =>
      p.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'),
    ),
  );
  writeFileSync(broken, bad);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

group('vanban lint', () => {
  it('exits 0 and says so for a conforming file', async () => {
    const r = await run('lint', clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain('clean.docx: đạt thể thức Nghị định 30');
  });

  it('prints each finding like a diagnostic, with place, hint and summary, and exits 1', async () => {
    const r = await run('lint', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /broken\.docx: lỗi PG-05: Trang giấy: lề trái cần là 30–35 mm, đang là 25,0 mm\. \[PL1-I\.3\]/,
    );
    expect(r.out).toMatch(
      /broken\.docx: lỗi TN-01: .*"–".*\n {2}đoạn 6: "Độc lập – Tự do – Hạnh phúc"\n {2}gợi ý: /,
    );
    expect(r.out).toContain('broken.docx: 2 lỗi, 0 cảnh báo.');
  });

  it('speaks English with --lang en', async () => {
    const r = await run('lint', broken, '--lang', 'en');
    expect(r.out).toContain('broken.docx: error PG-05: Page: left margin must be 30–35 mm, found 25.0 mm.');
    expect(r.out).toContain('2 error(s), 0 warning(s).');
  });

  it('--json gives machine-readable findings for every file', async () => {
    const r = await run('lint', '--json', clean, broken);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      errors: number;
      files: Array<{ file: string; findings: Array<Record<string, unknown>> }>;
    };
    expect(json.errors).toBe(2);
    expect(json.files[0]!.findings).toEqual([]);
    const first = json.files[1]!.findings[0]!;
    expect(first).toMatchObject({
      rule: 'PG-05',
      clause: 'PL1-I.3',
      severity: 'error',
      expected: '30–35 mm',
      found: '25.0 mm',
      where: { section: 1 },
    });
  });

  it('reports a missing or unreadable file as an error, and lints a folder', async () => {
    const missing = await run('lint', join(dir, 'nope.docx'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('LINT_FILE_NOT_FOUND');
    writeFileSync(join(dir, 'junk.docx'), 'not a zip');
    const junk = await run('lint', join(dir, 'junk.docx'));
    expect(junk.code).toBe(1);
    expect(junk.out).toContain('LINT_UNREADABLE');
    const folder = await run('lint', dir);
    expect(folder.out).toContain('Tổng cộng: 3 tệp');
  });

  it('exits 2 on a usage error', async () => {
    expect((await run('lint')).code).toBe(2);
    expect((await run('lint', clean, '--lang', 'fr')).code).toBe(2);
  });
});
