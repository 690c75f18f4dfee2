/**
 * Issue #14, custom templates: a template using `{{{closing}}}` let data such as
 * `</p><p align="center"><b>…` add a paragraph. Unescaped output is refused in templates and partials,
 * with the template's line and column; with `{{ }}` (and every helper) data prints literally.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { HELPERS } from '../../src/template/helpers.js';
import { exampleWith } from '../support/workspace.js';
import { cleanUp, positionOf, templateCase, TEMPLATE_FILE, withClosing } from './templateCases.js';

afterEach(cleanUp);

const HOSTILE = '</p><p align="center"><b>X';
/** The example whose closing sentence tries to open a centred bold paragraph. */
const hostileData = () => exampleWith(/^closing: .*$/m, `closing: '${HOSTILE.replace(/'/g, "''")}'`);

describe('unescaped output in a custom template', () => {
  it.each([
    ['{{{closing}}}', '{{{ }}}'],
    ['{{& closing}}', '{{& }}'],
    ['{{~{closing}~}}', '{{{ }}}'],
    ['{{{inHoa closing}}}', '{{{ }}}'],
    ['{{{lookup this "closing"}}}', '{{{ }}}'],
  ])('%s: TEMPLATE_UNESCAPED at its line and column, no model', (expression, form) => {
    const template = withClosing(expression);
    const c = templateCase({ 'thong-bao-ket-luan': template }, hostileData());
    const result = c.load();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_UNESCAPED']);
    const d = result.diagnostics[0]!;
    expect(d.args.form).toBe(form);
    expect(d.location).toMatchObject({
      file: c.ws.path(TEMPLATE_FILE),
      ...positionOf(template, expression),
      length: expression.length,
    });
    expect(result.model).toBeUndefined();
  });

  it('inside a block and in a partial: located where it is written', () => {
    const template = withClosing('{{#if closing}}{{#each conclusions}}{{{this}}}{{/each}}{{/if}}');
    const c = templateCase({
      'thong-bao-ket-luan': template,
      'partials/nhiem-vu': '<p>- {{{text}}}</p>',
    });
    const result = c.load();
    expect(result.diagnostics.map((d) => [d.code, d.location!.file, d.location!.line])).toEqual([
      ['TEMPLATE_UNESCAPED', c.ws.path('mau/partials/nhiem-vu.hbs'), 1],
    ]);
    // The template's own mistake shows once the partial is fixed.
    const fixed = templateCase({ 'thong-bao-ket-luan': template }).load();
    expect(fixed.diagnostics.map((d) => [d.code, d.args.expression])).toEqual([
      ['TEMPLATE_UNESCAPED', 'this'],
    ]);
  });

  it('the message tells to use {{ }}, in Vietnamese and English', () => {
    const r = templateCase({ 'thong-bao-ket-luan': withClosing('{{{closing}}}') }, hostileData()).cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error TEMPLATE_UNESCAPED: The template prints "closing" with {{{ }}}');
    expect(r.stderr).toContain('Write {{ }} (two braces)');
    expect(r.stderr).not.toContain('    at ');
    expect(r.written).toBe(false);
    const vi = templateCase({ 'thong-bao-ket-luan': withClosing('{{{closing}}}') }).cli('--lang', 'vi');
    expect(vi.stderr).toContain('lỗi TEMPLATE_UNESCAPED: Mẫu in "closing" bằng {{{ }}}');
  });
});

describe('data never becomes markup', () => {
  const literal = (text: string) => text.replace(/\s+/g, ' ');

  it.each([
    ['{{closing}}', HOSTILE],
    ['{{inHoa closing}}', HOSTILE.toUpperCase()],
    ['{{lookup this "closing"}}', HOSTILE],
    ['{{#with closing}}{{this}}{{/with}}', HOSTILE],
  ])('%s prints the data literally, as one paragraph', (expression, printed) => {
    const result = templateCase({ 'thong-bao-ket-luan': withClosing(expression) }, hostileData()).load();
    expect(result.diagnostics).toEqual([]);
    const body = result.model!.body;
    const last = body.at(-1)!;
    expect(last).toMatchObject({ type: 'paragraph', align: 'justify' });
    expect(literal(last.runs.map((r) => r.text).join(''))).toContain(printed);
    expect(last.runs.some((r) => r.bold)).toBe(false);
    expect(body.filter((b) => b.type === 'paragraph' && b.align === 'center')).toEqual([]);
  });

  it('through the CLI: the DOCX holds the text, escaped, and no added centred paragraph', () => {
    const r = templateCase({ 'thong-bao-ket-luan': withClosing('{{closing}}') }, hostileData()).cli();
    expect(r.code).toBe(0);
    const xml = r.documentXml();
    expect(xml).toContain('&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;X');
    expect(xml).not.toContain('<w:t xml:space="preserve">X</w:t>');
  });

  it('a partial prints data literally too', () => {
    const data = exampleWith(
      '- Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
      `- '${HOSTILE.replace(/'/g, "''")}'`,
    );
    const result = templateCase({}, data).load();
    expect(result.diagnostics).toEqual([]);
    const texts = result.model!.body.map((b) => b.runs.map((r) => r.text).join(''));
    expect(texts).toContain(`- ${HOSTILE}`);
  });

  it('no helper returns a SafeString (test/template/helperEscaping.test.ts: one that did is escaped)', () => {
    const samples: Record<string, unknown[]> = {
      ngayDayDu: ['2020-08-27'],
      ngaySo: ['2020-08-27'],
      thangNam: ['2020-08-27'],
      soThangNam: ['2020-08-27'],
      thang: ['2020-08-27'],
      thangSau: ['2020-08-27'],
      gio: ['14:00'],
      gioChu: ['14:00'],
      so2: [5],
      laMa: [2],
      chuCai: [5],
      inHoa: [HOSTILE],
      cong: [1, 2],
      thu: ['2020-08-27'],
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(HELPERS).sort());
    for (const [name, args] of Object.entries(samples)) {
      const value: unknown = (HELPERS[name] as (...a: unknown[]) => unknown)(...args);
      expect(value instanceof Handlebars.SafeString, name).toBe(false);
      expect(['string', 'number'], name).toContain(typeof value);
    }
  });
});
