/**
 * Emphasis in data (**đậm**, *nghiêng*, ***cả hai***) styles runs where the template puts the text,
 * and nothing more: it cannot make a tag, a paragraph or a table, and template-made <b> still works.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TemplateRenderer } from '../../src/template/renderTemplate.js';
import type { TemplateStore } from '../../src/template/templateStore.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { emphasisPlainText, parseEmphasis } from '../../src/text/emphasis.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { exampleWith, makeWorkspace } from '../support/workspace.js';

const store = { partials: () => [] } as unknown as TemplateStore;

function run(text: string, view: Record<string, unknown>) {
  const diagnostics: Diagnostic[] = [];
  const out = new TemplateRenderer(store).render({ name: 'x', path: '/x.hbs', text }, view, diagnostics);
  expect(diagnostics).toEqual([]);
  return out!;
}

describe('data emphasis in templates', () => {
  it('adds to the style the template gives, inside the paragraph only', () => {
    const out = run('<p><b>Nhiệm vụ:</b> {{task}} <i>{{note}}</i></p>', {
      task: '**Chủ trì cuộc họp:** đồng chí A',
      note: 'ghi **rõ**',
    });
    expect(out.body).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Nhiệm vụ:', bold: true },
          { text: ' ' },
          { text: 'Chủ trì cuộc họp:', bold: true },
          { text: ' đồng chí A ' },
          { text: 'ghi ', italic: true },
          { text: 'rõ', bold: true, italic: true },
        ],
        align: 'justify',
        indent: 'firstLine',
      },
    ]);
  });

  it('keeps tags, list markers and escapes in data as text', () => {
    const out = run('<p>{{a}}</p><p>{{b}}</p>', { a: '- **<b>x</b>** </p><p>', b: '\\*\\*không đậm\\*\\*' });
    expect(out.body).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: '- ' }, { text: '<b>x</b>', bold: true }, { text: ' </p><p>' }],
        align: 'justify',
        indent: 'firstLine',
      },
      { type: 'paragraph', runs: [{ text: '**không đậm**' }], align: 'justify', indent: 'firstLine' },
    ]);
  });

  it('ends at the end of the string that holds it', () => {
    // An unpaired marker in one field cannot reach the template text or the next field.
    const out = run('<p>{{a}} giữa {{b}}</p>', { a: '**mở', b: 'đóng**' });
    expect(out.body[0]).toMatchObject({ runs: [{ text: '**mở giữa đóng**' }] });
  });

  it('is dropped from the title and summary lines, which have no styles, and from attributes', () => {
    const out = run('<type>{{t}}</type><summary><line>{{s}}</line></summary><p align="{{a}}">x</p>', {
      t: 'THÔNG **BÁO**',
      s: 'Về *việc* họp',
      a: '*center*',
    });
    expect(out.typeName).toBe('THÔNG BÁO');
    expect(out.summaryLines).toEqual(['Về việc họp']);
    expect(out.body[0]).toMatchObject({ align: 'center' });
  });

  it('never adds a paragraph or a table, whatever the data (property)', () => {
    const piece = fc.constantFrom(
      '*',
      '**',
      '***',
      '\\*',
      '^[',
      ']',
      '\\^',
      ' ',
      'ễ',
      '<p>',
      '</p>',
      '<table>',
      '&',
      '- ',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (data) => {
          const out = run('<p>{{data}}</p><p><b>cố định</b></p>', { data });
          const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
          const texts = out.body.map((b) =>
            b.type === 'paragraph' ? fold(b.runs.map((r) => r.text).join('')) : '?',
          );
          const notes = parseEmphasis(data).filter((r) => r.footnote !== undefined);
          const expected = fold(emphasisPlainText(data));
          expect(texts).toEqual([...(expected === '' && notes.length === 0 ? [] : [expected]), 'cố định']);
          // Each footnote of the data is one mark in its paragraph.
          const marks = out.body.flatMap((b) => b.runs.filter((r) => r.footnote !== undefined));
          expect(marks.map((r) => r.footnote)).toEqual(notes.map((r) => fold(r.footnote!)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('data footnotes (^[…]) in templates', () => {
  it('marks the spot in the paragraph, inside the style the template and data give', () => {
    const out = run('<p><b>Điều 1.</b> {{text}}</p>', {
      text: 'Thành lập Hội đồng^[Theo Quyết định số 12/QĐ-UBND.] gồm **các ông^[Danh sách kèm theo.]** sau',
    });
    expect(out.body[0]).toMatchObject({
      runs: [
        { text: 'Điều 1.', bold: true },
        { text: ' Thành lập Hội đồng', footnote: 'Theo Quyết định số 12/QĐ-UBND.' },
        { text: ' gồm ' },
        { text: 'các ông', bold: true, footnote: 'Danh sách kèm theo.' },
        { text: ' sau' },
      ],
    });
  });

  it('marks a table cell too', () => {
    const out = run('<table><tr><td>{{cell}}</td></tr></table>', { cell: 'Kinh phí^[Triệu đồng.]' });
    expect(out.body[0]).toMatchObject({
      rows: [[{ runs: [{ text: 'Kinh phí', footnote: 'Triệu đồng.' }] }]],
    });
  });

  it('prints the note as written where a mark cannot be: title lines, a note', () => {
    const out = run('<type>{{t}}</type><summary><line>{{s}}</line></summary><p>x<note>{{n}}</note></p>', {
      t: 'THÔNG BÁO^[a]',
      s: 'Về việc^[Kèm theo.] họp',
      n: 'Xem^[c] thêm',
    });
    expect(out.typeName).toBe('THÔNG BÁO^[a]');
    expect(out.summaryLines).toEqual(['Về việc^[Kèm theo.] họp']);
    expect(out.body[0]).toMatchObject({ runs: [{ text: 'x', footnote: 'Xem^[c] thêm' }] });
  });

  it('keeps a note in an attribute as written, and quotes it so in a markup error', () => {
    const diagnostics: Diagnostic[] = [];
    const out = new TemplateRenderer(store).render(
      { name: 'x', path: '/x.hbs', text: '<p align="{{a}}">x</p>' },
      { a: 'center^[b]' },
      diagnostics,
    );
    expect(out).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_MARKUP']);
    expect(diagnostics[0]!.args.detail).toContain('align="center^[b]"');
    expect(diagnostics[0]!.args.detail).toContain('«<p align="center^[b]">x</p>»');
  });

  it('ends at the string that holds it: template text never becomes a note', () => {
    const out = run('<p>{{a}} giữa] {{b}}</p>', { a: 'mở ^[', b: 'đóng' });
    expect(out.body[0]).toMatchObject({ runs: [{ text: 'mở ^[ giữa] đóng' }] });
  });
});

describe('data emphasis in the DOCX', () => {
  it('prints a bold label then plain text in a task', async () => {
    const ws = makeWorkspace();
    const yaml = exampleWith(
      '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
      "  - '**Chủ trì cuộc họp:** đồng chí Nguyễn Văn A, Giám đốc Sở.'\n  - 'Giá \\*không\\* in nghiêng, *(trích)*.'",
    );
    const result = loadDocument(ws.write('data/emphasis.yaml', yaml));
    expect(result.diagnostics).toEqual([]);
    const xml = unzip(await renderDocx(result.model!))
      .get('word/document.xml')!
      .toString('utf8');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const texts = paragraphTexts(xml);
    const i = texts.indexOf('- Chủ trì cuộc họp: đồng chí Nguyễn Văn A, Giám đốc Sở.');
    expect(i).toBeGreaterThanOrEqual(0);
    const runs = [...paragraphs[i]!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    const text = (r: string) => /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(r)?.[1];
    const bold = runs.findIndex((r) => text(r) === 'Chủ trì cuộc họp:');
    expect(bold).toBeGreaterThanOrEqual(0);
    expect(runs[bold]).toMatch(/<w:b\/>/);
    expect(runs[bold]).not.toMatch(/<w:i\/>/);
    expect(text(runs[bold + 1]!)).toBe(' đồng chí Nguyễn Văn A, Giám đốc Sở.');
    expect(runs[bold + 1]).not.toMatch(/<w:b\/>|<w:i\/>/);
    expect(texts).toContain('- Giá *không* in nghiêng, (trích).');
  });

  it('keeps the closing "./." plain after a bold end', async () => {
    const ws = makeWorkspace();
    const yaml = exampleWith(/^closing: .*$/m, "closing: 'Đề nghị **các phòng, đơn vị thực hiện.**'");
    const result = loadDocument(ws.write('data/emphasis-end.yaml', yaml));
    expect(result.diagnostics).toEqual([]);
    const last = result.model!.body.filter((b) => b.type === 'paragraph').at(-1)!;
    expect(last.runs).toEqual([
      { text: 'Đề nghị ' },
      { text: 'các phòng, đơn vị thực hiện', bold: true },
      { text: './.' },
    ]);
  });
});
