/**
 * Hostile files where YAML enters: a FIFO, a device, a huge sparse file, a binary file, a profile that
 * links out of its folder. Each is refused with a code naming the real cause, before it is read, fast.
 * What could block (a FIFO) runs in a child process with a time-out, so a regression fails instead of
 * hanging the suite.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { readSourceFile } from '../../src/load/readSourceFile.js';
import { expandInputs } from '../../src/api/expandInputs.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { EXAMPLE, office, printedCodes, PROFILE, vanbanChild } from './yamlLoadSupport.js';

const example = readFileSync(EXAMPLE, 'utf8');
const onPosix = process.platform !== 'win32';

/** A folder document: the example split in two files, plus whatever the test adds. */
function folderDocument() {
  const ws = office();
  const [head, tail] = [
    example.slice(0, example.indexOf('conclusions:')),
    example.slice(example.indexOf('conclusions:')),
  ];
  ws.write('data/doc/a.yaml', head);
  ws.write('data/doc/c.yaml', tail);
  return ws;
}

function codes(path: string): string[] {
  return loadDocument(path).diagnostics.map((d) => d.code);
}

describe.runIf(onPosix)('files that are not regular files', () => {
  it('a FIFO named b.yaml in a folder is refused, not read (child process, 15 s guard)', () => {
    const ws = folderDocument();
    execFileSync('mkfifo', [ws.path('data/doc/b.yaml')]);
    for (const command of ['check', 'render']) {
      const r = vanbanChild([command, 'data/doc'], ws.dir, { timeoutMs: 15_000 });
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(1);
      expect(printedCodes(r.stderr)).toEqual(['FILE_NOT_REGULAR']);
      expect(r.stderr).toContain('b.yaml:1:1');
      expect(r.stderr).toContain('FIFO');
    }
  });

  it('a FIFO given as the document itself is refused too', () => {
    const ws = office();
    execFileSync('mkfifo', [ws.path('data/fifo.yaml')]);
    const r = vanbanChild(['check', 'data/fifo.yaml'], ws.dir, { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(printedCodes(r.stderr)).toEqual(['FILE_NOT_REGULAR']);
  });

  it('b.yaml linked to /dev/zero is a device: refused at once, nothing read', () => {
    const ws = folderDocument();
    symlinkSync('/dev/zero', ws.path('data/doc/b.yaml'));
    const started = Date.now();
    const d = loadDocument(ws.path('data/doc')).diagnostics;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(d.map((x) => x.code)).toEqual(['FILE_NOT_REGULAR']);
    expect(d[0]!.args.typeEn).toBe('a device');
    // The batch split reads the same way.
    expect(expandInputs([ws.path('data/doc')])).toEqual([ws.path('data/doc')]);
  });

  it('a link to itself is named unreadable (ELOOP), not missing', () => {
    const ws = office();
    symlinkSync('loop.yaml', ws.path('data/loop.yaml'));
    const d = loadDocument(ws.path('data/loop.yaml')).diagnostics;
    expect(d.map((x) => [x.code, x.args.reason])).toEqual([['FILE_NOT_READABLE', 'ELOOP']]);
    expect(codes(ws.path('data/missing.yaml'))).toEqual(['FILE_NOT_FOUND']);
  });

  it('a folder named x.yaml inside the document folder', () => {
    const ws = folderDocument();
    mkdirSync(ws.path('data/doc/x.yaml'));
    expect(codes(ws.path('data/doc'))).toEqual(['FILE_NOT_REGULAR']);
  });
});

describe('size is checked before reading', () => {
  it('a 500 MB sparse file is refused without being read', () => {
    const ws = office();
    const path = ws.path('data/big.yaml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 500 * 1024 * 1024);
    closeSync(fd);
    const heap = process.memoryUsage().rss;
    const started = Date.now();
    const d = loadDocument(path).diagnostics;
    expect(Date.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().rss - heap).toBeLessThan(64 * 1024 * 1024);
    expect(d.map((x) => x.code)).toEqual(['FILE_TOO_LARGE']);
    expect(d[0]!.args.size).toBe(500 * 1024 * 1024);
    // As a folder member and through the batch split as well.
    const folder = folderDocument();
    const member = openSync(folder.path('data/doc/b.yaml'), 'w');
    ftruncateSync(member, 500 * 1024 * 1024);
    closeSync(member);
    expect(expandInputs([folder.path('data/doc')])).toEqual([folder.path('data/doc')]);
    expect(codes(folder.path('data/doc'))).toEqual(['FILE_TOO_LARGE']);
  });

  it('a file of exactly the limit is read; one byte more is not', () => {
    const ws = office();
    const limit = 1024 * 1024;
    expect(readSourceFile(ws.write('data/a.yaml', '#'.repeat(limit))).text).toHaveLength(limit);
    expect(readSourceFile(ws.write('data/b.yaml', '#'.repeat(limit + 1))).diagnostics[0]!.code).toBe(
      'FILE_TOO_LARGE',
    );
  });
});

describe('folders are bounded as a whole', () => {
  it('more than 1000 YAML files: refused before any is read, in the batch split too', () => {
    const ws = folderDocument();
    for (let i = 0; i < 1000; i++) ws.write(`data/doc/u${String(i).padStart(4, '0')}.yaml`, 'kind: x\n');
    const started = Date.now();
    expect(expandInputs([ws.path('data/doc')])).toEqual([ws.path('data/doc')]);
    const d = loadDocument(ws.path('data/doc')).diagnostics;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(d.map((x) => [x.code, x.args.count])).toEqual([['FOLDER_TOO_MANY_FILES', 1002]]);
  });

  it('files that are each under the limit but over 8 MiB together: stops at the file that passes it', () => {
    const ws = folderDocument();
    const filler = `# ${'x'.repeat(1000 * 1024)}\n`;
    for (let i = 0; i < 9; i++) ws.write(`data/doc/f${i}.yaml`, filler);
    // The comment-only files read before are skipped with a warning each; one error, at the ninth.
    const d = loadDocument(ws.path('data/doc')).diagnostics.filter((x) => x.severity === 'error');
    expect(d.map((x) => x.code)).toEqual(['FOLDER_TOO_LARGE']);
    expect(d[0]!.location!.file).toBe(ws.path('data/doc/f8.yaml'));
  });
});

describe('binary files are called binary, not an old encoding', () => {
  it.each([
    [
      'a Word .docx (ZIP)',
      Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000', 'latin1'),
      'ZIP',
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1'), 'PDF'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'PNG'],
    ['NUL bytes', Buffer.from('kind: thong-bao\u0000\u0000\u00a8\u00a9\u00aa', 'latin1'), 'binary'],
    [
      'control bytes and high bytes',
      Buffer.from(Array.from({ length: 600 }, (_, i) => [0xa8, 0x01, 0xb5, 0x02, 0xac, 0x03][i % 6]!)),
      'binary',
    ],
  ])('%s', (_name, bytes, word) => {
    const ws = office();
    const d = loadDocument(ws.write('data/x.yaml', bytes)).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['FILE_BINARY']);
    expect(String(d[0]!.args.typeEn)).toContain(word);
  });

  it('a real TCVN3 file is still named TCVN3', () => {
    const ws = office();
    const d = loadDocument(ws.write('data/x.yaml', Buffer.from('kind: Th\u00abng b\u00b8o\n', 'latin1')));
    expect(d.diagnostics.map((x) => [x.code, x.args.encoding])).toEqual([['FILE_NOT_UTF8', 'TCVN3 (ABC)']]);
  });
});

describe.runIf(onPosix)('agency profiles', () => {
  const profileText = readFileSync(PROFILE, 'utf8');

  it('a profile linked to /etc/passwd is refused unread, and no line of it is printed', () => {
    const ws = office();
    ws.write('data/doc.yaml', example);
    const profile = ws.path('data/agencies/so-khcn-quang-binh.yaml');
    execFileSync('rm', [profile]);
    symlinkSync('/etc/passwd', profile);
    const d = loadDocument(ws.path('data/doc.yaml')).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['AGENCY_FILE_OUTSIDE']);
    expect(d[0]!.location!.lineText).toContain('agency:');
    expect(formatDiagnostics(d)).not.toContain('root:');
  });

  it('a profile linked to /dev/zero, or a FIFO profile, never blocks or is read', () => {
    const ws = office();
    ws.write('data/doc.yaml', example);
    const profile = ws.path('data/agencies/so-khcn-quang-binh.yaml');
    execFileSync('rm', [profile]);
    symlinkSync('/dev/zero', profile);
    expect(codes(ws.path('data/doc.yaml'))).toEqual(['AGENCY_FILE_OUTSIDE']);
    execFileSync('rm', [profile]);
    execFileSync('mkfifo', [profile]);
    const r = vanbanChild(['check', 'data/doc.yaml'], ws.dir, { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(printedCodes(r.stderr)).toEqual(['FILE_NOT_REGULAR']);
  });

  it('a link that stays inside the agencies folder is read (an alias id for a profile)', () => {
    const ws = office();
    ws.write('data/doc.yaml', example.replace('agency: so-khcn-quang-binh', 'agency: skhcn'));
    symlinkSync('so-khcn-quang-binh.yaml', ws.path('data/agencies/skhcn.yaml'));
    expect(codes(ws.path('data/doc.yaml'))).toEqual([]);
  });

  it('a different profile of the same id three folders up is used, with a warning naming it', () => {
    const ws = office();
    ws.write('a/b/c/doc.yaml', example);
    const above = ws.write(
      'agencies/so-khcn-quang-binh.yaml',
      profileText.replace(/^name: .*$/m, 'name: Sở Giả Mạo'),
    );
    const d = loadDocument(ws.path('a/b/c/doc.yaml')).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['AGENCY_SHADOWED']);
    expect(d[0]!.args.winner).toBe(above);
    expect(String(d[0]!.args.others)).toContain(join('data', 'agencies', 'so-khcn-quang-binh.yaml'));
    expect(d[0]!.location!.lineText).toContain('agency:');
  });

  it('no warning for an identical copy, nor for a profile beside the document replacing the shipped one', () => {
    const ws = office();
    ws.write('a/b/c/doc.yaml', example);
    ws.write('agencies/so-khcn-quang-binh.yaml', profileText);
    expect(codes(ws.path('a/b/c/doc.yaml'))).toEqual([]);
    const own = office();
    own.write('data/doc.yaml', example);
    own.write(
      'data/agencies/so-khcn-quang-binh.yaml',
      profileText.replace(/^place: .*$/m, 'place: Đồng Hới'),
    );
    expect(codes(own.path('data/doc.yaml'))).toEqual([]);
  });

  it('two different user profiles of one id: the nearer wins, with a warning', () => {
    const ws = office();
    ws.write('data/x/doc.yaml', example);
    ws.write(
      'data/x/agencies/so-khcn-quang-binh.yaml',
      profileText.replace(/^place: .*$/m, 'place: Đồng Hới'),
    );
    const d = loadDocument(ws.path('data/x/doc.yaml')).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['AGENCY_SHADOWED']);
    expect(d[0]!.args.winner).toBe(ws.path('data/x/agencies/so-khcn-quang-binh.yaml'));
  });
});
