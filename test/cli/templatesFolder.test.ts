/**
 * The CLI bundle (bin/vanban.js) runs the shipped templates precompiled at build time; a --templates
 * folder, or a template whose text differs from the shipped one, is compiled when it runs, with the same
 * diagnostics as before.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleText, makeWorkspace, REPO } from '../support/workspace.js';
import { unzip } from '../support/unzip.js';

const BIN = join(REPO, 'bin', 'vanban.js');
const shipped = (name: string) => readFileSync(join(REPO, 'templates', `${name}.hbs`), 'utf8');

function renderWith(templates: Record<string, string>) {
  const ws = makeWorkspace();
  ws.write('data/doc.yaml', exampleText());
  for (const [name, text] of Object.entries(templates)) ws.write(`mau/${name}.hbs`, text);
  const r = spawnSync(
    process.execPath,
    [BIN, 'render', 'data/doc.yaml', '-o', 'doc.docx', '--templates', 'mau', '--lang', 'en'],
    { cwd: ws.dir, encoding: 'utf8' },
  );
  const document = () =>
    unzip(readFileSync(ws.path('doc.docx')))
      .get('word/document.xml')!
      .toString();
  return { code: r.status, stderr: r.stderr, document };
}

describe('vanban render --templates (the CLI bundle)', () => {
  it('an edited copy of a shipped template is what runs', () => {
    const r = renderWith({
      'thong-bao-ket-luan': shipped('thong-bao-ket-luan').replace(
        'đã chủ trì {{meeting.name}}',
        'đã chủ trì buổi giao ban',
      ),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.document()).toContain('đã chủ trì buổi giao ban');
  });

  it('an edited copy of a shipped partial is what runs', () => {
    const r = renderWith({
      'partials/nhiem-vu': shipped('partials/nhiem-vu').replace('<p>- {{text}}</p>', '<p>* {{text}}</p>'),
    });
    expect(r.code).toBe(0);
    const document = r.document();
    expect(document).toContain('* Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.');
    expect(document).not.toContain('- Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.');
  });

  it.each([
    ['TEMPLATE_SYNTAX', (t: string) => t.replace('{{/each}}', '{{/if}}')],
    ['TEMPLATE_SYNTAX', (t: string) => t.replace('{{closing}}', '{{constructor}}')],
    ['TEMPLATE_FIELD_UNKNOWN', (t: string) => t.replace('{{closing}}', '{{cau_ket}}')],
    ['TEMPLATE_MARKUP', (t: string) => t.replace('<p>{{closing}}</p>', '<table>{{closing}}</table>')],
  ])('a broken template: %s, nothing written', (code, edit) => {
    const r = renderWith({ 'thong-bao-ket-luan': edit(shipped('thong-bao-ket-luan')) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain(join('mau', 'thong-bao-ket-luan.hbs'));
  });
});
