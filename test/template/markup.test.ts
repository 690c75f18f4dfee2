import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { MarkupError, parseMarkup } from '../../src/template/markup.js';
import { normalizeText } from '../../src/text/normalize.js';

describe('template markup', () => {
  it('reads type, summary lines and paragraphs with inline styles', () => {
    const out = parseMarkup(`
      <type>THÔNG BÁO</type>
      <summary><line>Kết luận</line><line> tháng 9/2020 </line></summary>
      <p>Vào lúc <b>14h00</b>,
         ngày <i>27/8/2020</i>.</p>
      <p align="center" indent="none" keep="true">Giữa</p>`);
    expect(out.typeName).toBe('THÔNG BÁO');
    expect(out.summaryLines).toEqual(['Kết luận', 'tháng 9/2020']);
    expect(out.body).toHaveLength(2);
    expect(out.body[0]!.runs).toEqual([
      { text: 'Vào lúc ' },
      { text: '14h00', bold: true },
      { text: ', ngày ' },
      { text: '27/8/2020', italic: true },
      { text: '.' },
    ]);
    expect(out.body[1]).toMatchObject({ align: 'center', indent: 'none', keepWithNext: true });
  });

  it('drops empty paragraphs (an {{#if}} that printed nothing)', () => {
    expect(parseMarkup('<p>  </p><p>a</p>').body).toHaveLength(1);
  });

  it('refuses unknown tags and unbalanced markup with a MarkupError', () => {
    expect(() => parseMarkup('<p>a<u>b</u></p>')).toThrow(MarkupError);
    expect(() => parseMarkup('<p>a<b>b</p>')).toThrow(MarkupError);
    expect(() => parseMarkup('text outside')).toThrow(MarkupError);
    expect(() => parseMarkup('<p>never closed')).toThrow(MarkupError);
  });
});

describe('data never changes structure', () => {
  const template = Handlebars.compile('<p>- {{task}}</p>', { strict: true });

  it('prints list markers, numbers and markup characters literally', () => {
    for (const task of [
      '- Đã có gạch',
      '1. Đánh số',
      '<b>đậm</b> & <p>',
      '</p><p>tiêm',
      '&amp; thực thể',
      '{{x}}',
    ]) {
      const out = parseMarkup(template({ task }));
      expect(out.body).toHaveLength(1);
      expect(out.body[0]!.runs).toEqual([{ text: `- ${normalizeText(task)}` }]);
    }
  });

  it('round-trips arbitrary text exactly once, as one plain paragraph (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (raw) => {
        const task = normalizeText(raw);
        fc.pre(task !== '');
        const out = parseMarkup(template({ task }));
        expect(out.body).toHaveLength(1);
        expect(out.body[0]!.runs).toEqual([{ text: `- ${task}` }]);
      }),
      { numRuns: 300 },
    );
  });
});
