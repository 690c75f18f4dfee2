import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { ConversionError, docxToPdf, findSoffice, pdfToPngs } from '../../src/convert/libreoffice.js';
import { layoutTestsCanRun } from '../support/pdfLayout.js';

const canRun = layoutTestsCanRun('LibreOffice conversion tests');
const posix = process.platform !== 'win32';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-convert-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function twoPages(): Document {
  const text = (t: string): TextRun => new TextRun({ text: t, font: 'Times New Roman', size: 28 });
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [text('Trang một')] }),
          new Paragraph({ pageBreakBefore: true, children: [text('Trang hai')] }),
        ],
      },
    ],
  });
}

/** A stand-in "soffice": a shell script, so tests can make LibreOffice hang or fail on demand. */
function fakeSoffice(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function conversionError(promise: Promise<unknown>): Promise<ConversionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConversionError);
  return error as ConversionError;
}

describe.skipIf(!canRun)('with LibreOffice installed', () => {
  let pdf: string;
  beforeAll(async () => {
    const docx = join(dir, 'hai-trang.docx');
    writeFileSync(docx, await Packer.toBuffer(twoPages()));
    pdf = join(dir, 'out', 'nested', 'hai-trang.pdf');
    // Two at once: each call has its own LibreOffice profile, so neither waits for nor breaks the other.
    await Promise.all([docxToPdf(docx, pdf), docxToPdf(docx, join(dir, 'copy.pdf'))]);
  });

  it('finds soffice', () => {
    expect(findSoffice()).toBeTruthy();
  });

  it('writes the PDF where asked, leaving no temporary files beside it', () => {
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(dir, 'copy.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(join(dir, 'out', 'nested'))).toEqual(['hai-trang.pdf']);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
  });

  it('writes one PNG per page, in page order', async () => {
    const pngs = await pdfToPngs(pdf, join(dir, 'png', 'trang'), { dpi: 50 });
    expect(pngs.map((p) => p.slice(dir.length))).toEqual(['/png/trang-1.png', '/png/trang-2.png']);
    for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('reports a file LibreOffice cannot load as CONVERSION_FAILED (soffice itself exits 0)', async () => {
    const missing = join(dir, 'khong-co.docx');
    const error = await conversionError(docxToPdf(missing, join(dir, 'khong-co.pdf')));
    expect(error.code).toBe('CONVERSION_FAILED');
    expect(existsSync(join(dir, 'khong-co.pdf'))).toBe(false);
  });
});

describe('when LibreOffice is missing or misbehaves', () => {
  it('says LIBREOFFICE_MISSING, in Vietnamese with an install hint, for a path that does not exist', async () => {
    const error = await conversionError(
      docxToPdf('a.docx', join(dir, 'a.pdf'), { soffice: join(dir, 'none') }),
    );
    expect(error.code).toBe('LIBREOFFICE_MISSING');
    expect(error.message).toContain('Không tìm thấy LibreOffice');
    expect(error.message).toContain('apt-get install -y libreoffice-writer');
    expect(error.messageEn).toContain('LibreOffice was not found');
  });

  it('honours VANBAN_SOFFICE, and does not fall back to another copy when it is wrong', () => {
    const fake = posix ? fakeSoffice('soffice-env', 'exit 0') : undefined;
    if (fake) expect(findSoffice({ VANBAN_SOFFICE: fake, PATH: '' })).toBe(fake);
    expect(findSoffice({ VANBAN_SOFFICE: join(dir, 'none'), PATH: process.env.PATH })).toBeUndefined();
  });

  it.skipIf(!posix)(
    'kills a hanging LibreOffice, children included, and says CONVERSION_TIMEOUT',
    async () => {
      const pidFile = join(dir, 'child.pid');
      const soffice = fakeSoffice('soffice-hangs', `sleep 30 &\necho $! > '${pidFile}'\nwait`);
      const started = Date.now();
      const error = await conversionError(
        docxToPdf('a.docx', join(dir, 'a.pdf'), { soffice, timeoutMs: 500 }),
      );
      expect(error.code).toBe('CONVERSION_TIMEOUT');
      expect(error.message).toContain('giây');
      expect(Date.now() - started).toBeLessThan(10_000);
      const child = Number(readFileSync(pidFile, 'utf8'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The grandchild is gone (or a zombie waiting for a reaper): nothing keeps running after the timeout.
      const stat = existsSync(`/proc/${child}/stat`) ? readFileSync(`/proc/${child}/stat`, 'utf8') : '';
      expect(stat === '' || / Z /.test(stat)).toBe(true);
    },
  );

  it.skipIf(!posix)('says CONVERSION_FAILED when LibreOffice exits without a PDF', async () => {
    const soffice = fakeSoffice(
      'soffice-silent',
      'echo "Error: source file could not be loaded" >&2\nexit 0',
    );
    const error = await conversionError(docxToPdf('a.docx', join(dir, 'a.pdf'), { soffice }));
    expect(error.code).toBe('CONVERSION_FAILED');
    expect(error.messageEn).toContain('source file could not be loaded');
  });

  it('says POPPLER_MISSING when pdftoppm is absent', async () => {
    const error = await conversionError(
      pdfToPngs('a.pdf', join(dir, 'p'), { pdftoppm: join(dir, 'no-pdftoppm') }),
    );
    expect(error.code).toBe('POPPLER_MISSING');
    expect(error.message).toContain('apt-get install -y poppler-utils');
  });
});
