/**
 * Issue #14, custom templates: a FIFO partial hung `vanban render` (reading a FIFO waits for a writer).
 * Template files are now opened without blocking and refused unless they are regular UTF-8 files of at
 * most MAX_TEMPLATE_BYTES, with TEMPLATE_FILE_INVALID naming the file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { MAX_TEMPLATE_BYTES } from '../../src/template/templateStore.js';
import { cleanUp, templateCase, TEMPLATE, TEMPLATE_FILE, type Case } from './templateCases.js';

afterEach(cleanUp);

const posix = process.platform !== 'win32';

function fifo(c: Case, relative: string): string {
  const path = c.ws.path(relative);
  mkdirSync(c.ws.path(relative.split('/').slice(0, -1).join('/')), { recursive: true });
  execFileSync('mkfifo', [path]);
  return path;
}

/** The one diagnostic of a load: TEMPLATE_FILE_INVALID for `path`, with its English reason. */
function expectInvalid(c: Case, path: string, reason: RegExp): void {
  const result = c.load();
  expect(result.diagnostics.map((d) => [d.code, d.args.path])).toEqual([['TEMPLATE_FILE_INVALID', path]]);
  expect(String(result.diagnostics[0]!.args.reasonEn)).toMatch(reason);
  expect(result.model).toBeUndefined();
}

describe('template files that are not regular files', () => {
  it.runIf(posix)(
    'a FIFO partial: refused at once through the CLI (no hang), exit 1, nothing written',
    () => {
      const c = templateCase({});
      fifo(c, 'mau/partials/nhiem-vu.hbs');
      const started = Date.now();
      const r = c.cli();
      expect(r.signal).toBeNull();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error TEMPLATE_FILE_INVALID');
      expect(r.stderr).toContain('partials/nhiem-vu.hbs');
      expect(r.stderr).toContain('not a regular file');
      expect(r.written).toBe(false);
    },
  );

  it.runIf(posix)('a FIFO partial or template through the library', () => {
    const partial = templateCase({});
    expectInvalid(partial, fifo(partial, 'mau/partials/trich-yeu.hbs'), /not a regular file/);
    const template = templateCase({});
    expectInvalid(template, fifo(template, TEMPLATE_FILE), /not a regular file/);
  });

  it.runIf(posix)('a FIFO template through the CLI', () => {
    const c = templateCase({});
    fifo(c, TEMPLATE_FILE);
    const r = c.cli();
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error TEMPLATE_FILE_INVALID: Cannot use template file`);
    expect(r.written).toBe(false);
  });

  it.runIf(posix)('a link to a device (/dev/zero) as a partial', () => {
    const c = templateCase({});
    mkdirSync(c.ws.path('mau/partials'), { recursive: true });
    symlinkSync('/dev/zero', c.ws.path('mau/partials/phu-luc.hbs'));
    expectInvalid(c, c.ws.path('mau/partials/phu-luc.hbs'), /not a regular file/);
  });

  it('a folder named like a template', () => {
    const c = templateCase({});
    mkdirSync(c.ws.path(TEMPLATE_FILE), { recursive: true });
    expectInvalid(c, c.ws.path(TEMPLATE_FILE), /not a regular file/);
    const r = c.cli();
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('    at ');
  });

  it.runIf(posix)(
    'a FIFO named "partials" and a --templates path to a file are not folders: no hang, no crash',
    () => {
      const c = templateCase({
        'thong-bao-ket-luan': TEMPLATE.replace('đã chủ trì {{meeting.name}}', 'đã chủ trì buổi giao ban'),
      });
      fifo(c, 'mau/partials');
      const result = c.load();
      expect(result.diagnostics).toEqual([]);
      expect(result.model!.body[0]!.runs[0]!.text).toContain('đã chủ trì buổi giao ban');
      const file = templateCase({ x: 'not a folder' });
      const r = file.cli().code;
      expect(r).toBe(0);
    },
  );
});

describe('template file contents', () => {
  it(`larger than ${MAX_TEMPLATE_BYTES} bytes: refused with the limit`, () => {
    const padding = `{{!-- ${'x'.repeat(MAX_TEMPLATE_BYTES)} --}}\n`;
    const c = templateCase({ 'thong-bao-ket-luan': padding + TEMPLATE });
    expectInvalid(c, c.ws.path(TEMPLATE_FILE), /over the limit/);
    const r = c.cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`at most ${MAX_TEMPLATE_BYTES} bytes`);
    expect(r.written).toBe(false);
  });

  it('exactly at the limit: accepted', () => {
    const head = '{{!-- ';
    const tail = ' --}}\n';
    const size = Buffer.byteLength(TEMPLATE) + head.length + tail.length;
    const template = head + 'x'.repeat(MAX_TEMPLATE_BYTES - size) + tail + TEMPLATE;
    expect(Buffer.byteLength(template)).toBe(MAX_TEMPLATE_BYTES);
    expect(templateCase({ 'thong-bao-ket-luan': template }).load().diagnostics).toEqual([]);
  });

  it('not UTF-8 (a Windows-1258 file): refused, not printed as replacement characters', () => {
    const latin1 = Buffer.from(TEMPLATE.replace(/[^\t\n -~]/g, 'e') + '<p>caf\xe9</p>\n', 'latin1');
    const c = templateCase({ 'thong-bao-ket-luan': latin1 });
    expectInvalid(c, c.ws.path(TEMPLATE_FILE), /not UTF-8/);
  });

  it('a UTF-8 byte-order mark is accepted', () => {
    const c = templateCase({ 'thong-bao-ket-luan': '\ufeff' + TEMPLATE });
    expect(c.load().diagnostics).toEqual([]);
  });
});
