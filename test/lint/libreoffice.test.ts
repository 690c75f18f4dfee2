/**
 * A vanban document opened and saved again by LibreOffice (what a clerk does before sending it) still
 * lints clean: LibreOffice rewrites styles, tables and borders its own way. Skipped without LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe as group, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/libreoffice.js';
import { lintDocx } from '../../src/lint/lint.js';
import { describe, exampleDocx, EXAMPLES } from './support/fixtures.js';
import { officeDocx } from './support/officeDocx.js';

const soffice = findSoffice();

function resave(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-'));
  const input = join(dir, 'in.docx');
  writeFileSync(input, bytes);
  const out = join(dir, 'out');
  // A private profile: several LibreOffice instances may run at once on a shared machine.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      input,
    ],
    { timeout: 120_000 },
  );
  try {
    expect(result.status).toBe(0);
    return readFileSync(join(out, 'in.docx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

group.skipIf(!soffice)('re-saved by LibreOffice', () => {
  it('vanban output still lints clean', async () => {
    const findings = lintDocx(resave(await exampleDocx()));
    expect(findings, describe(findings)).toEqual([]);
  });

  it('the Word-style notice (styles, tabs, shapes) still lints clean', async () => {
    const findings = lintDocx(resave(await officeDocx()));
    expect(findings, describe(findings)).toEqual([]);
  });

  it('a notice with an appendix section, a decision with its căn cứ and articles, a letter with a KHẨN stamp', async () => {
    for (const example of [EXAMPLES.withAppendix, EXAMPLES.decision, EXAMPLES.letter]) {
      const findings = lintDocx(resave(await exampleDocx(example)));
      expect(findings, `${example}\n${describe(findings)}`).toEqual([]);
    }
  }, 120_000);

  it('the Word-style notice with its KHẨN stamp in a text box', async () => {
    const findings = lintDocx(resave(await officeDocx({ stamp: { widthMm: 20 } })));
    expect(findings, describe(findings)).toEqual([]);
  });
});
