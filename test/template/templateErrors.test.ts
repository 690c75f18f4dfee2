/** Template mistakes are located in the template file itself, and templates cannot reach JS internals. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { exampleText, exampleWith, lineOf, makeWorkspace, REPO } from '../support/workspace.js';

const builtin = readFileSync(join(REPO, 'templates', 'thong-bao-ket-luan.hbs'), 'utf8');

function withTemplate(template: string, data = exampleText()) {
  const ws = makeWorkspace();
  const templates = ws.path('mau');
  const file = ws.write('mau/thong-bao-ket-luan.hbs', template);
  const result = loadDocument(ws.write('data/doc.yaml', data), { templatesDir: templates });
  return { result, file };
}

describe('template diagnostics', () => {
  it('a field the data does not have: error at the template line and column', () => {
    const template = builtin.replace('{{closing}}', '{{cau_ket}}');
    const { result, file } = withTemplate(template);
    const d = result.diagnostics;
    expect(d.map((x) => x.code)).toEqual(['TEMPLATE_FIELD_UNKNOWN']);
    const line = template.split('\n').findIndex((l) => l.includes('{{cau_ket}}')) + 1;
    expect(d[0]!.location).toMatchObject({
      file,
      line,
      column: template.split('\n')[line - 1]!.indexOf('cau_ket') + 1,
    });
    expect(d[0]!.args.field).toBe('cau_ket');
  });

  it('a Handlebars syntax error: located at its line', () => {
    const template = builtin.replace('{{/each}}', '{{/if}}');
    const { result, file } = withTemplate(template);
    expect(result.diagnostics.map((x) => x.code)).toEqual(['TEMPLATE_SYNTAX']);
    expect(result.diagnostics[0]!.location!.file).toBe(file);
    expect(result.diagnostics[0]!.location!.line).toBeGreaterThan(1);
  });

  it.each([
    '{{constructor}}',
    '{{meeting.__proto__}}',
    '{{lookup this "constructor"}}',
    '{{summary.constructor.name}}',
  ])('refuses prototype access: %s', (expression) => {
    const template = builtin.replace('{{closing}}', expression);
    const { result } = withTemplate(template);
    expect(result.diagnostics.map((x) => x.code)).toEqual(['TEMPLATE_SYNTAX']);
    expect(result.model).toBeUndefined();
  });

  it('markup the renderer does not know', () => {
    const { result } = withTemplate(builtin.replace('<p>{{closing}}</p>', '<table>{{closing}}</table>'));
    expect(result.diagnostics.map((x) => x.code)).toEqual(['TEMPLATE_MARKUP']);
    // The message quotes the produced line, so the writer can find what made it.
    expect(String(result.diagnostics[0]!.args.detail)).toMatch(
      /dòng \d+ của văn bản mẫu tạo ra: «<table>Sở Khoa học/,
    );
  });

  it('a template that does not exist', () => {
    const ws = makeWorkspace();
    const data = exampleWith(
      'agency: so-khcn-quang-binh',
      'agency: so-khcn-quang-binh\ntemplate: mau-khong-co',
    );
    const result = loadDocument(ws.write('data/doc.yaml', data));
    expect(result.diagnostics.map((x) => x.code)).toEqual(['TEMPLATE_NOT_FOUND']);
    expect(result.diagnostics[0]!.location!.line).toBe(lineOf(data, 'template: mau-khong-co'));
  });

  it('a user template folder changes the wording without touching the package', () => {
    const { result } = withTemplate(
      builtin.replace('đã chủ trì {{meeting.name}}', 'đã chủ trì buổi giao ban'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.model!.body[0]!.runs[0]!.text).toContain('đã chủ trì buổi giao ban');
  });
});
