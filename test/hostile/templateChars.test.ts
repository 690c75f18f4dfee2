/**
 * Issue #14, custom templates: `&#x110000;` in a template ended in exit 3 with a stack trace, and
 * `&#xFFFE;` in "Đã ghi" and a DOCX LibreOffice cannot open. Character references and characters a
 * DOCX cannot hold are now TEMPLATE_* errors located in the template; text that still reaches the
 * renderer with one (a view or model built by a library user) loses it, so every DOCX opens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateRenderer } from '../../src/template/renderTemplate.js';
import { TemplateStore } from '../../src/template/templateStore.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { findKind } from '../../src/kinds/registry.js';
import { exampleWith, EXAMPLE } from '../support/workspace.js';
import { unzip } from '../support/unzip.js';
import {
  cleanUp,
  positionOf,
  templateCase,
  TEMPLATE,
  TEMPLATE_FILE,
  withClosing,
  XML_INVALID,
} from './templateCases.js';

afterEach(cleanUp);

const BAD_REFS: Array<[string, RegExp]> = [
  ['&#x110000;', /Unicode/],
  ['&#1114112;', /Unicode/],
  ['&#x99999999999999999999;', /Unicode/],
  ['&#xD800;', /U\+D800 is a UTF-16 surrogate/],
  ['&#57343;', /U\+DFFF is a UTF-16 surrogate/],
  ['&#xFFFE;', /U\+FFFE is a control character or a non-character/],
  ['&#xFFFF;', /U\+FFFF/],
  ['&#0;', /U\+0000/],
  ['&#x1;', /U\+0001/],
  ['&#8;', /U\+0008/],
  ['&#x1F;', /U\+001F/],
];

describe('character references in a custom template', () => {
  it.each(BAD_REFS)('%s: TEMPLATE_CHAR_REF at the template line and column, no model', (ref, reason) => {
    const template = withClosing(`${ref}{{closing}}`);
    const c = templateCase({ 'thong-bao-ket-luan': template });
    const result = c.load();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_CHAR_REF']);
    const d = result.diagnostics[0]!;
    expect(d.location).toMatchObject({
      file: c.ws.path(TEMPLATE_FILE),
      ...positionOf(template, ref),
      length: ref.length,
    });
    expect(d.args.ref).toBe(ref);
    expect(String(d.args.reasonEn)).toMatch(reason);
    expect(result.model).toBeUndefined();
  });

  it('references a DOCX can hold still print their character', () => {
    const c = templateCase({
      'thong-bao-ket-luan': withClosing('&#233;&#x1F600;&#x9;|&amp;&lt;b&gt;|{{closing}}'),
    });
    const result = c.load();
    expect(result.diagnostics).toEqual([]);
    const text = result
      .model!.body.at(-1)!
      .runs.map((r) => r.text)
      .join('');
    expect(text).toMatch(/^é😀 \|&<b>\|Sở Khoa học/);
  });

  it('a reference inside a {{! comment }} or a "string" argument is not text, and is not refused', () => {
    const c = templateCase({
      'thong-bao-ket-luan': withClosing('{{!-- &#xFFFE; --}}{{closing}}{{#if (inHoa "&#x110000;")}}{{/if}}'),
    });
    expect(c.load().diagnostics).toEqual([]);
  });

  it('every bad reference of a file is reported (up to ten), in file order', () => {
    const template = withClosing('&#xFFFE;{{closing}}&#0;').replace(
      '<type>THÔNG BÁO</type>',
      '<type>&#xD800;</type>',
    );
    const result = templateCase({ 'thong-bao-ket-luan': template }).load();
    expect(result.diagnostics.map((d) => d.args.ref)).toEqual(['&#xD800;', '&#xFFFE;', '&#0;']);
    const many = templateCase({
      'thong-bao-ket-luan': withClosing('&#1;'.repeat(50) + '{{closing}}'),
    }).load();
    expect(many.diagnostics).toHaveLength(10);
  });

  it('in a partial: located in the partial file', () => {
    const partial = '<summary><line>&#xFFFF;{{summary.[0]}}</line></summary>';
    const c = templateCase({ 'partials/trich-yeu': partial });
    const result = c.load();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_CHAR_REF']);
    expect(result.diagnostics[0]!.location).toMatchObject({
      file: c.ws.path('mau/partials/trich-yeu.hbs'),
      line: 1,
      column: 16,
    });
  });

  it('one assembled while the template runs (&#x{{…}};) is a TEMPLATE_MARKUP error, not a crash', () => {
    const template = withClosing('&#x{{meeting.commenters}};');
    for (const code of ['110000', 'FFFE', 'D800']) {
      const data = exampleWith('commenters: các Phó giám đốc Sở', `commenters: '${code}'`);
      const result = templateCase({ 'thong-bao-ket-luan': template }, data).load();
      expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_MARKUP']);
      expect(String(result.diagnostics[0]!.args.detail)).toContain(`&#x${code};`);
      expect(result.model).toBeUndefined();
    }
  });
});

describe('characters a DOCX cannot hold, typed into a template', () => {
  it.each([
    ['U+0001', '\u0001'],
    ['U+000B', '\u000b'],
    ['U+001B', '\u001b'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
  ])('%s: TEMPLATE_CHAR_INVALID at its place, even inside a comment', (name, char) => {
    for (const template of [withClosing(`a${char}{{closing}}`), `{{!-- ${char} --}}\n${TEMPLATE}`]) {
      const c = templateCase({ 'thong-bao-ket-luan': template });
      const result = c.load();
      expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_CHAR_INVALID']);
      expect(result.diagnostics[0]!.args.char).toBe(name);
      expect(result.diagnostics[0]!.location).toMatchObject({
        file: c.ws.path(TEMPLATE_FILE),
        ...positionOf(template, char),
      });
    }
  });
});

describe('through the CLI (bin/vanban.js after npm run build)', () => {
  it('&#x110000;: exit 1 with the located error, no stack trace, nothing written', () => {
    const template = withClosing('&#x110000;{{closing}}');
    const r = templateCase({ 'thong-bao-ket-luan': template }).cli();
    const { line, column } = positionOf(template, '&#x110000;');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${TEMPLATE_FILE}:${line}:${column}: error TEMPLATE_CHAR_REF`);
    expect(r.stderr).not.toMatch(/RangeError| {4}at |internal error/i);
    expect(r.written).toBe(false);
  });

  it('&#xFFFE;: exit 1 instead of "written" and a DOCX LibreOffice cannot open', () => {
    const r = templateCase({ 'thong-bao-ket-luan': withClosing('&#xFFFE;{{closing}}') }).cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error TEMPLATE_CHAR_REF');
    expect(r.stdout).toBe('');
    expect(r.written).toBe(false);
  });

  it('a raw U+FFFE: exit 1, nothing written', () => {
    const r = templateCase({ 'thong-bao-ket-luan': withClosing('\ufffe{{closing}}') }).cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error TEMPLATE_CHAR_INVALID');
    expect(r.written).toBe(false);
  });

  it('references a DOCX can hold: written, and every XML part is XML 1.0', () => {
    const r = templateCase({ 'thong-bao-ket-luan': withClosing('&#233;&#x1F600; {{closing}}') }).cli();
    expect(r.code).toBe(0);
    expect(r.documentXml()).toContain('é😀 Sở Khoa học');
    for (const [name, xml] of r.parts()) expect(XML_INVALID.test(xml), name).toBe(false);
  });
});

describe('text with such characters that reaches the renderer anyway', () => {
  // Loading refuses them in YAML text (CONTROL_CHARACTER); a library user may build a view or model.
  it('a view field loses them, with a TEMPLATE_DATA_CHAR_REMOVED warning naming the field', () => {
    const store = new TemplateStore();
    const renderer = new TemplateRenderer(store);
    const view = {
      ...exampleView(),
      closing: 'Kết\u0007 luận\ufffe',
      conclusions: ['một', 'hai\ud800'],
    };
    const diagnostics: Diagnostic[] = [];
    const out = renderer.render(store.find('thong-bao-ket-luan')!, view, diagnostics);
    expect(diagnostics.map((d) => [d.code, d.severity, d.args.field, d.args.char])).toEqual([
      ['TEMPLATE_DATA_CHAR_REMOVED', 'warning', 'conclusions[2]', 'U+D800'],
      ['TEMPLATE_DATA_CHAR_REMOVED', 'warning', 'closing', 'U+0007'],
    ]);
    const texts = out!.body.map((b) => b.runs.map((r) => r.text).join(''));
    expect(texts).toContain('Kết luận');
    expect(texts).toContain('hai');
    expect(view.closing).toBe('Kết\u0007 luận\ufffe'); // the caller's view is left as it was
  });

  it('renderDocx leaves them out of every part: the DOCX is the one of the model without them', async () => {
    const model = loadDocument(EXAMPLE).model!;
    const dirty = structuredClone(model);
    dirty.metadata.title += '\ufffe';
    dirty.header.agencyLines[0] += '\u0001';
    dirty.body[0]!.runs[0]!.text = '\uffff' + dirty.body[0]!.runs[0]!.text + '\udc00';
    dirty.signature.name = dirty.signature.name + '\u001f';
    const bytes = await renderDocx(dirty);
    for (const [name, part] of unzip(bytes))
      if (name.endsWith('.xml')) expect(XML_INVALID.test(part.toString('utf8')), name).toBe(false);
    expect(Buffer.from(bytes).equals(Buffer.from(await renderDocx(model)))).toBe(true);
  });
});

/** The view the shipped kind builds for the example, through the kind's own code. */
function exampleView(): Record<string, unknown> {
  const { data, profile } = loadDocument(EXAMPLE);
  return findKind(data!.kind)!.view(data as never, profile!);
}
