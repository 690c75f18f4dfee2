/**
 * `vanban serve`'s HTTP API, in process on a free port: who may talk to it (token, Host, Origin, POST for
 * changes, paths inside the workspace, body limits) and what saving does to the clerk's file (only the
 * edited line changes, comments stay, a file changed on disk is not overwritten).
 */
import { request } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { applyFormEdits } from '../../src/serve/yamlPatch.js';
import { exampleText, makeWorkspace, type Workspace } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';

const DOC = 'data/2020-08-giao-ban.yaml';
let ws: Workspace;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): Record<string, unknown>;
}

function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; token?: string | null } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {
    Host: `127.0.0.1:${server.port}`,
    ...(options.token === null ? {} : { 'X-Vanban-Token': options.token ?? server.token }),
    ...options.headers,
  };
  if (options.body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          json: () => JSON.parse(body.toString('utf8')) as Record<string, unknown>,
        });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may refuse a too-large body before reading it all.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET')
        resolve({ status: 413, headers: {}, body: Buffer.alloc(0), json: () => ({}) });
      else reject(error);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (path: string, value: unknown, headers: Record<string, string> = {}) =>
  call('POST', path, { body: JSON.stringify(value), headers });

beforeAll(async () => {
  ws = makeWorkspace();
  ws.write(DOC, exampleText());
  const assets = tempFolder('vanban-serve-assets-');
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>vanban</title>');
  server = await startServer({ workspace: ws.dir, port: 0, soffice: null, assetsDir: assets });
});

afterAll(async () => {
  await server?.close();
});

describe('who may talk to the server', () => {
  it('listens on loopback only and prints an address with the token', () => {
    const address = server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(24);
  });

  it('refuses requests without the token or with a wrong one (401)', async () => {
    expect((await call('GET', '/api/list', { token: null })).status).toBe(401);
    expect((await call('GET', '/api/list', { token: 'wrong' })).status).toBe(401);
    expect((await call('GET', '/', { token: null })).status).toBe(401);
    expect((await post('/api/save', { path: DOC }, { 'X-Vanban-Token': 'nope' })).status).toBe(401);
  });

  it('accepts the token in the header, the address, or the cookie the page was given', async () => {
    expect((await call('GET', '/api/list')).status).toBe(200);
    const page = await call('GET', `/?token=${server.token}`, { token: null });
    expect(page.status).toBe(200);
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const withCookie = await call('GET', '/api/list', {
      token: null,
      headers: { Cookie: cookie.split(';')[0]! },
    });
    expect(withCookie.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) even with the token (403)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`])
      expect((await call('GET', '/api/list', { headers: { Host: host } })).status).toBe(403);
    expect((await call('GET', '/api/list', { headers: { Host: `localhost:${server.port}` } })).status).toBe(
      200,
    );
  });

  it('refuses cross-site requests by Origin (403)', async () => {
    const bad = await post(
      '/api/validate',
      { path: DOC, text: 'kind: x' },
      { Origin: 'https://evil.example' },
    );
    expect(bad.status).toBe(403);
    const good = await post(
      '/api/validate',
      { path: DOC, text: 'kind: x' },
      { Origin: `http://127.0.0.1:${server.port}` },
    );
    expect(good.status).toBe(200);
    const fetchSite = await call('GET', '/api/list', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(fetchSite.status).toBe(403);
  });

  it('changes nothing on GET: change endpoints need POST, read endpoints refuse POST (405)', async () => {
    expect((await call('GET', `/api/save?path=${DOC}`)).status).toBe(405);
    expect((await call('GET', `/api/new?kind=thong-bao`)).status).toBe(405);
    expect((await post('/api/list', {})).status).toBe(405);
    expect((await call('DELETE', `/api/document?path=${DOC}`)).status).toBe(405);
  });

  it('keeps paths inside the workspace', async () => {
    for (const path of ['../etc/passwd.yaml', '/etc/hosts.yaml', 'data/../../x.yaml', '..%2Fx.yaml'])
      expect((await call('GET', `/api/document?path=${encodeURIComponent(path)}`)).status).toBe(403);
    expect((await call('GET', `/api/document?path=${encodeURIComponent('package.json')}`)).status).toBe(400);
    const outside = tempFolder('vanban-outside-');
    writeFileSync(join(outside, 'secret.yaml'), 'kind: thong-bao\n');
    symlinkSync(join(outside, 'secret.yaml'), ws.path('link.yaml'));
    expect((await call('GET', '/api/document?path=link.yaml')).status).toBe(403);
    const saved = await post('/api/save', { path: '../escape.yaml', version: 'x', text: 'a: 1' });
    expect(saved.status).toBe(403);
    expect(existsSync(join(ws.dir, '..', 'escape.yaml'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    'a FIFO named like a document neither hangs the list nor is read',
    async () => {
      const fifo = ws.path('ong-dan.yaml');
      execFileSync('mkfifo', [fifo]);
      try {
        const list = await call('GET', '/api/list');
        expect(list.status).toBe(200);
        expect(JSON.stringify(list.json())).not.toContain('ong-dan.yaml');
        expect((await call('GET', '/api/document?path=ong-dan.yaml')).status).toBe(400);
      } finally {
        rmSync(fifo);
      }
    },
    10_000,
  );

  it('limits request bodies (413)', async () => {
    const big = JSON.stringify({ path: DOC, text: 'x'.repeat(5 * 1024 * 1024) });
    expect((await call('POST', '/api/validate', { body: big })).status).toBe(413);
    const upload = Buffer.alloc(21 * 1024 * 1024);
    const reply = await call('POST', '/api/lint', {
      body: upload,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(reply.status).toBe(413);
  });

  it('serves no template editing or upload', async () => {
    expect((await post('/api/templates', {})).status).toBe(404);
    expect((await call('GET', '/api/templates')).status).toBe(404);
  });
});

describe('documents', () => {
  it('lists documents and agency profiles', async () => {
    const list = (await call('GET', '/api/list')).json();
    expect(list.documents).toEqual([{ path: DOC, kind: 'thong-bao-ket-luan' }]);
    expect(list.agencies).toEqual([
      { path: 'data/agencies/so-khcn-quang-binh.yaml', id: 'so-khcn-quang-binh' },
    ]);
    expect(list.libreOffice).toBe(false);
  });

  it('loads a document with its text, form data, schema and diagnostics', async () => {
    const doc = (await call('GET', `/api/document?path=${DOC}`)).json();
    expect(doc.text).toBe(exampleText());
    expect((doc.data as { kind: string }).kind).toBe('thong-bao-ket-luan');
    expect((doc.schema as { properties: Record<string, unknown> }).properties).toHaveProperty(
      'general_tasks',
    );
    expect(doc.diagnostics).toEqual([]);
  });

  it('checks unsaved text with the codes and Vietnamese messages of vanban check, placed on the field', async () => {
    const text = exampleText().replace('date: 2020-08-27', 'date: 2020-08-32');
    const reply = (await post('/api/validate', { path: DOC, text })).json();
    const diagnostics = reply.diagnostics as Array<{
      code: string;
      path: unknown[];
      message: { vi: string };
    }>;
    expect(diagnostics.map((d) => d.code)).toEqual(['DATE_INVALID']);
    expect(diagnostics[0]!.path).toEqual(['meeting', 'date']);
    expect(diagnostics[0]!.message.vi).toContain('2020-08-32');
    expect(reply.html).toBeNull();
  });

  it('gives the judgement vanban check gives: what lint would report on the DOCX, placed on the field', async () => {
    const text = exampleText()
      .replace(
        '  - Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8',
        '  - KẾT LUẬN CỦA GIÁM ĐỐC SỞ TẠI CUỘC HỌP GIAO BAN THÁNG 8',
      )
      .replace('  - và nhiệm vụ trọng tâm tháng 9/2020', '  - VÀ NHIỆM VỤ TRỌNG TÂM THÁNG 9/2020');
    expect(text).toContain('KẾT LUẬN CỦA');
    const reply = (await post('/api/validate', { path: DOC, text })).json();
    const diagnostics = reply.diagnostics as Array<{
      code: string;
      path: unknown[];
      message: { vi: string };
    }>;
    expect(diagnostics.map((d) => d.code)).toEqual(['LINT_WOULD_REPORT']);
    expect(diagnostics[0]!.message.vi).toContain('TY-01');
    expect(diagnostics[0]!.path[0]).toBe('summary');
  });

  it('checks unsaved text where it will be saved: a relative templates: folder resolves as in the CLI', async () => {
    ws.write('data/mau-rieng/ghi-chu.txt', 'thư mục mẫu riêng của văn bản');
    const text = exampleText().replace(/^kind: (.*)$/m, 'kind: $1\ntemplates: mau-rieng');
    expect(text).toContain('templates: mau-rieng');
    const reply = (await post('/api/validate', { path: DOC, text })).json();
    const codes = (reply.diagnostics as Array<{ code: string }>).map((d) => d.code);
    expect(codes).not.toContain('TEMPLATES_FOLDER_NOT_FOUND');
    const missing = exampleText().replace(/^kind: (.*)$/m, 'kind: $1\ntemplates: khong-co');
    const bad = (await post('/api/validate', { path: DOC, text: missing })).json();
    expect((bad.diagnostics as Array<{ code: string }>).map((d) => d.code)).toContain(
      'TEMPLATES_FOLDER_NOT_FOUND',
    );
  });

  it('checks form data and gives the approximate HTML preview', async () => {
    const data = parseDocument(exampleText()).toJS() as { general_tasks: string[] };
    data.general_tasks[0] = '';
    const bad = (await post('/api/validate', { path: DOC, data })).json();
    const codes = (bad.diagnostics as Array<{ code: string; path: unknown[] }>).map((d) => [d.code, d.path]);
    expect(codes).toEqual([['VALUE_EMPTY', ['general_tasks', 0]]]);
    data.general_tasks[0] = 'Một nhiệm vụ mới để thử.';
    const good = (await post('/api/validate', { path: DOC, data })).json();
    expect(good.diagnostics).toEqual([]);
    expect(String(good.html)).toContain('Một nhiệm vụ mới để thử.');
  });
});

describe('saving', () => {
  it('changes only the edited line and keeps every comment, atomically', async () => {
    const before = readFileSync(ws.path(DOC), 'utf8');
    const opened = (await call('GET', `/api/document?path=${DOC}`)).json();
    const data = structuredClone(opened.data) as { general_tasks: string[] };
    data.general_tasks[2] = 'Treo cờ, bố trí lịch trực dịp Quốc khánh 2/9.';
    const saved = await post('/api/save', { path: DOC, version: opened.version, data });
    expect(saved.status).toBe(200);
    const after = readFileSync(ws.path(DOC), 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toHaveLength(1);
    expect(b[changed[0]!]).toBe('  - Treo cờ, bố trí lịch trực dịp Quốc khánh 2/9.');
    for (const comment of a.filter((line) => line.includes('#'))) expect(after).toContain(comment);
  });

  it('moves a comment with its list item when items are reordered, and keeps folded paragraphs', () => {
    const source =
      'tasks:\n  # XEM LẠI\n  - một\n  - hai # ghi chú\n  - >-\n    ba dòng\n    gấp lại\nkhác: "giữ"\n';
    const { text } = applyFormEdits(source, { tasks: ['hai', 'một', 'ba dòng gấp lại'], khác: 'giữ' });
    expect(text).toBe(
      'tasks:\n  - hai # ghi chú\n  # XEM LẠI\n  - một\n  - >-\n    ba dòng\n    gấp lại\nkhác: "giữ"\n',
    );
  });

  it('refuses to overwrite a file changed on disk since it was opened (409), and overwrites when asked', async () => {
    const opened = (await call('GET', `/api/document?path=${DOC}`)).json();
    const elsewhere = `${readFileSync(ws.path(DOC), 'utf8')}# sửa bằng trình soạn khác\n`;
    writeFileSync(ws.path(DOC), elsewhere);
    const text = String(opened.text).replace("time: '14:00'", "time: '15:00'");
    const conflict = await post('/api/save', { path: DOC, version: opened.version, text });
    expect(conflict.status).toBe(409);
    expect(conflict.json().diskText).toBe(elsewhere);
    expect(readFileSync(ws.path(DOC), 'utf8')).toBe(elsewhere);
    const kept = await post('/api/save', { path: DOC, version: opened.version, text, force: true });
    expect(kept.status).toBe(200);
    expect(readFileSync(ws.path(DOC), 'utf8')).toBe(text);
  });

  it('makes next month from this one, as vanban new --from, never over an existing file', async () => {
    const made = await post('/api/new', { from: DOC });
    expect(made.status).toBe(201);
    expect(made.json().path).toBe('data/2020-09-giao-ban.yaml');
    const text = readFileSync(ws.path('data/2020-09-giao-ban.yaml'), 'utf8');
    expect(text).toContain('issue_date: 2020-09-30');
    expect(text).toContain('# XEM LẠI');
    expect((await post('/api/new', { from: DOC })).status).toBe(409);
  });

  it('downloads the saved document as DOCX, and lints an uploaded DOCX', async () => {
    const docx = await call('GET', `/api/download?path=${DOC}&format=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toContain('2020-08-giao-ban.docx');
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    const linted = await call('POST', '/api/lint', {
      body: docx.body,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(linted.json().errors).toBe(0);
    const pdf = await call('GET', `/api/download?path=${DOC}&format=pdf`);
    expect(pdf.status).toBe(503);
    expect(pdf.json().error).toMatchObject({ vi: expect.stringContaining('LibreOffice') });
  });
});
