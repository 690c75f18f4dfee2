/** The library entry in-process: what `import { render, check, lint } from 'vanban'` gives. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as vanban from '../../src/index.js';
import { EXAMPLE, exampleWith, makeWorkspace } from '../support/workspace.js';

const scratch = mkdtempSync(join(tmpdir(), 'vanban-lib-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('library entry', () => {
  it('exports the small API', () => {
    expect(Object.keys(vanban).sort()).toEqual(
      [
        'DocumentLoader',
        'check',
        'findWorkspace',
        'formatDiagnostic',
        'formatDiagnostics',
        'formatLintReport',
        'initWorkspace',
        'lint',
        'render',
        'renderFile',
      ].sort(),
    );
  });

  it('check, render and lint the shipped example; render twice is harmless', async () => {
    const checked = await vanban.check(EXAMPLE);
    expect(checked).toMatchObject({ ok: true, diagnostics: [] });
    expect(checked.model?.header.numberLine).toMatch(/^Số: /);
    const output = join(scratch, 'tb.docx');
    const rendered = await vanban.render(EXAMPLE, { output });
    expect(rendered).toMatchObject({ ok: true, written: output });
    expect((await vanban.render(EXAMPLE, { output })).unchanged).toBe(true);
    const inMemory = await vanban.render(EXAMPLE, { write: false });
    expect(Buffer.from(inMemory.docx!).equals(readFileSync(output))).toBe(true);
    const linted = await vanban.lint(output);
    expect(linted).toMatchObject({ ok: true, errors: 0, file: output });
  });

  it('returns the user’s mistakes as diagnostics and findings, never throws for them', async () => {
    const missing = await vanban.render(join(scratch, 'khong-co.yaml'), { outDir: scratch });
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['FILE_NOT_FOUND']);
    expect(vanban.formatDiagnostics(missing.diagnostics, 'vi')).toContain('khong-co.yaml');

    const ws = makeWorkspace();
    const bad = ws.write('data/sai.yaml', exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-02-30'));
    const checked = await vanban.check(bad);
    expect(checked.ok).toBe(false);
    expect(checked.diagnostics[0]).toMatchObject({ code: 'DATE_INVALID', severity: 'error' });
    expect(checked.diagnostics[0]!.location?.line).toBeGreaterThan(0);
    const notWritten = join(scratch, 'sai.docx');
    expect((await vanban.render(bad, { output: notWritten })).ok).toBe(false);
    expect(existsSync(notWritten)).toBe(false);

    const lintMissing = await vanban.lint(join(scratch, 'khong-co.docx'));
    expect(lintMissing.ok).toBe(false);
    expect(lintMissing.findings[0]!.rule).toBe('LINT_FILE_NOT_FOUND');
  });

  it('renderFile(path, options) makes its own loader (it used to need one)', async () => {
    const result = await vanban.renderFile(EXAMPLE, { outDir: join(scratch, 'rf') });
    expect(result.written).toBe(join(scratch, 'rf', '2020-08-giao-ban.docx'));
    const loader = new vanban.DocumentLoader();
    const again = await vanban.renderFile(EXAMPLE, loader, { outDir: join(scratch, 'rf') });
    expect(again.unchanged).toBe(true);
  });
});
