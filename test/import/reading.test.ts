/**
 * The importer's small readers: labels as offices write them, runs as emphasis markup, and content
 * nesting rebuilt from labels alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelOf } from '../../src/import/labels.js';
import { runsMarkup } from '../../src/import/runsMarkup.js';
import type { NotedRun } from '../../src/import/notedRuns.js';
import { readContent, type BodyBlock } from '../../src/import/bodyTree.js';
import { labelOf as label } from '../../src/import/labels.js';
import { readDate, readNumber } from '../../src/import/headerFields.js';
import { parseEmphasis } from '../../src/text/emphasis.js';
import type { Run } from '../../src/lint/docxModel.js';
import type { RunProps } from '../../src/lint/formatting.js';

const props = (bold = false, italic = false): RunProps =>
  ({
    fonts: {},
    sizeHalfPt: 28,
    bold,
    italic,
    caps: false,
    smallCaps: false,
    hidden: false,
    color: 'auto',
    complexScript: false,
    spacingTw: 0,
  }) as RunProps;
const run = (text: string, bold = false, italic = false): Run => ({ text, props: props(bold, italic) });

describe('labels', () => {
  it.each([
    ['I. MỤC ĐÍCH', 'roman', 'I.', 0],
    ['IV. Tổ chức thực hiện', 'roman', 'IV.', 0],
    ['1. Thời gian', 'arabic', '1.', 1],
    ['2) Địa điểm', 'arabic', '2)', 1],
    ['2.1. Địa điểm', 'decimal', '2.1.', 2],
    ['2.1 Văn phòng Sở:', 'decimal', '2.1', 2],
    ['1.2.3. Chi tiết', 'decimal', '1.2.3.', 3],
    ['a) Điểm một', 'letter', 'a)', 5],
    ['đ) Điểm năm', 'letter', 'đ)', 5],
    ['- Gạch đầu dòng', 'dash', '-', 6],
    ['+ Dấu cộng', 'plus', '+', 7],
    ['Điều 3: Tổ chức thực hiện', 'article', 'Điều 3.', 0],
  ])('%s', (text, kind, printed, rank) => {
    expect(labelOf(text)).toMatchObject({ kind, text: printed, rank });
  });

  it.each(['2020 là năm', '15/3/2025 họp', 'Ngày 1 tháng 2', 'Căn cứ Luật', 'V/v báo cáo', '-'])(
    'no label in "%s"',
    (text) => expect(labelOf(text)).toBeUndefined(),
  );
});

describe('runs as emphasis markup', () => {
  it('marks bold, italic and both, keeping spaces outside the markers', () => {
    expect(runsMarkup([run('Chủ trì: ', true), run('Giám đốc Sở')])).toBe('**Chủ trì:** Giám đốc Sở');
    expect(runsMarkup([run('Xem '), run('(Phụ lục)', false, true), run('.')])).toBe('Xem *(Phụ lục).*');
    expect(runsMarkup([run('2.1.', true, true), run(' Địa điểm')])).toBe('***2.1.*** Địa điểm');
  });

  it('reads a lone punctuation run and a stray letter run as the text around them', () => {
    expect(runsMarkup([run('Điều 1', true), run('.'), run(' Nội dung')])).toBe('**Điều 1.** Nội dung');
    expect(runsMarkup([run('đính k', false, true), run('è'), run('m', false, true)])).toBe('*đính kèm*');
  });

  it('escapes a literal asterisk, and the markup reads back to the same text and emphasis', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 8 }),
            bold: fc.boolean(),
            italic: fc.boolean(),
          }),
          {
            maxLength: 6,
          },
        ),
        (parts) => {
          const runs = parts.map((p) => run(p.text.replace(/\s/gu, 'x'), p.bold, p.italic));
          const markup = runsMarkup(runs);
          const back = parseEmphasis(markup)
            .map((r) => r.text)
            .join('');
          expect(back.replace(/\s+/gu, ' ').trim()).toBe(
            runs
              .map((r) => r.text)
              .join('')
              .replace(/\s+/gu, ' ')
              .trim(),
          );
        },
      ),
    );
  });
});

describe('runs with footnote marks', () => {
  const mark = (notes: string[]): NotedRun => ({ ...run(''), notes });

  it('writes each note as "^[…]" where its mark stands, inside the emphasis around it', () => {
    expect(runsMarkup([run('Căn cứ Luật'), mark(['Luật số 01.']), run(' và Nghị định')])).toBe(
      'Căn cứ Luật^[Luật số 01.] và Nghị định',
    );
    expect(runsMarkup([run('phát triển', true), mark(['Giai đoạn 2021.']), run(' khoa học')])).toBe(
      '**phát triển^[Giai đoạn 2021.]** khoa học',
    );
    expect(runsMarkup([run('a'), mark(['một', 'hai']), run('.')])).toBe('a^[một]^[hai].');
    // A note's brackets and markers are escaped; the text's own "^[" too, and a caret after a backslash.
    expect(runsMarkup([run('x'), mark(['[a] b] *c* ^[d'])])).toBe('x^[\\[a\\] b\\] \\*c\\* \\^\\[d]');
    expect(runsMarkup([run('giá ^[x] và a\\^b, m^2')])).toBe('giá \\^[x] và a\\\\^b, m^2');
  });

  it('reads back to the same text with each note at its place (property)', () => {
    const piece = fc.record({
      text: fc.constantFrom('a', 'ễ', ' ', '^', '[', ']', '*', '\\', '.', 'Đ b'),
      bold: fc.boolean(),
      note: fc.option(fc.constantFrom('ghi chú', '[1]', 'a*b*', '^[x]', 'x\\'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const runs: NotedRun[] = parts.map((p) => ({
          ...run(p.text, p.bold),
          ...(p.note !== undefined ? { notes: [p.note] } : {}),
        }));
        const back = parseEmphasis(runsMarkup(runs))
          .map((r) => `${r.text}${r.footnote !== undefined ? `|${r.footnote}|` : ''}`)
          .join('');
        // A backslash cannot stand right before a mark ("\\^[" is a caret): the mark goes before it.
        let expected = '';
        let slashes = '';
        for (const r of runs) {
          for (const c of r.text) {
            if (c === '\\') slashes += c;
            else [expected, slashes] = [`${expected}${slashes}${c}`, ''];
          }
          if (r.notes) expected += `|${r.notes[0]}|`;
        }
        expected += slashes;
        const fold = (t: string) => t.replace(/\s+/gu, ' ').trim();
        expect(fold(back)).toBe(fold(expected));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives an item its note: when one mark ends it, and keeps any other in place', () => {
    const read = readContent([
      { runs: [run('Mở đầu'), { ...run(''), notes: ['Ở giữa.'] }, run(' tiếp.')] },
      { label: label('1. Một')!, runs: [run('Một.'), { ...run(''), notes: ['Cuối.'] }, run(' ')] },
      { label: label('2. Hai')!, runs: [run('Hai'), { ...run(''), notes: ['Trước dấu chấm.'] }, run('.')] },
    ]);
    expect(read.intro).toEqual(['Mở đầu^[Ở giữa.] tiếp.']);
    expect(read.items).toEqual([{ text: 'Một.', note: 'Cuối.' }, 'Hai^[Trước dấu chấm.].']);
  });
});

describe('content nesting from labels', () => {
  const block = (text: string): BodyBlock => {
    const l = label(text);
    return l ? { label: l, runs: [run(l.rest)] } : { runs: [run(text)] };
  };

  it('rebuilds I. › 1. › a) › - and leaves out labels vanban prints itself', () => {
    const read = readContent(
      [
        'Mở đầu.',
        'I. MỤC ĐÍCH',
        '1. Mục đích một',
        'a) Điểm a',
        '- Ý nhỏ',
        'b) Điểm b',
        'II. YÊU CẦU',
        'Kết luận.',
      ].map(block),
    );
    expect(read.numbering).toBe('roman');
    expect(read.intro).toEqual(['Mở đầu.']);
    // Every line here is plain: the mục and the khoản with items under it are headings printed plain.
    expect(read.items).toEqual([
      {
        title: 'MỤC ĐÍCH',
        title_style: 'normal',
        items: [
          {
            title: 'Mục đích một',
            title_style: 'normal',
            items: [{ text: 'Điểm a', items: ['Ý nhỏ'] }, 'Điểm b'],
          },
        ],
      },
      { title: 'YÊU CẦU', title_style: 'normal' },
    ]);
    expect(read.closing).toEqual(['Kết luận.']);
  });

  it('keeps labels vanban would not print (2.1., a list of dashes under 1.) as written', () => {
    const read = readContent(
      ['1. Địa điểm', '1.1. Hội trường', '1.2. Trực tuyến', '2. Thành phần', '- Lãnh đạo Sở'].map(block),
    );
    expect(read.items).toEqual([
      {
        title: 'Địa điểm',
        title_style: 'normal',
        items: [
          { label: '1.1.', text: 'Hội trường' },
          { label: '1.2.', text: 'Trực tuyến' },
        ],
      },
      { title: 'Thành phần', title_style: 'normal', list: 'dash', items: ['Lãnh đạo Sở'] },
    ]);
  });
});

describe('titles and their style', () => {
  /** A typed label in the given style, then the runs: [text, bold, italic]. */
  const line = (
    labelText: string,
    style: [boolean, boolean],
    ...runs: Array<[string, boolean?, boolean?]>
  ) => ({
    label: label(`${labelText} x`)!,
    labelRuns: [run(`${labelText} `, ...style)],
    runs: runs.map(([t, b, i]) => run(t, b, i)),
  });
  const para = (text: string): BodyBlock => ({ runs: [run(text)] });
  const items = (...blocks: BodyBlock[]) => readContent(blocks).items;
  // A last item, so that the paragraphs before it are not read as the closing.
  const end = line('9.', [false, false], ['Tổ chức thực hiện.']);

  it('reads a plain khoản heading, but not a plain numbered sentence', () => {
    expect(items(line('1.', [false, false], ['Mục đích']), para('Bảo đảm an toàn.'), end)[0]).toEqual({
      title: 'Mục đích',
      title_style: 'normal',
      paragraphs: ['Bảo đảm an toàn.'],
    });
    // A sentence's end, nothing under it, or a long line: a numbered paragraph as before.
    const long = Array.from({ length: 21 }, () => 'chữ').join(' ');
    for (const text of ['Các đơn vị thực hiện như sau:', 'Các đơn vị thực hiện.', long]) {
      expect(items(line('1.', [false, false], [text]), para('Nội dung.'), end)[0]).toEqual({
        text,
        paragraphs: ['Nội dung.'],
      });
    }
    expect(items(line('1.', [false, false], ['Mục đích']), end)[0]).toEqual('Mục đích');
  });

  it('reads a bold-italic lead as the title where the label is in its style', () => {
    expect(items(line('1.', [true, true], ['Yêu cầu:', true, true], [' chủ động.']))).toEqual([
      { title: 'Yêu cầu:', title_style: 'bold-italic', text: 'chủ động.' },
    ]);
    // A plain label: vanban would print it bold italic with a title, so the emphasis stays in the text.
    expect(items(line('1.', [false, false], ['Yêu cầu:', true, true], [' chủ động.']))).toEqual([
      '***Yêu cầu:*** chủ động.',
    ]);
  });

  it('reads an italic heading line at a) and a bold lead-in after a bold dash', () => {
    const read = items(
      line('1.', [true, false], ['Nhiệm vụ', true]),
      line('a)', [false, true], ['Vật tư', false, true]),
      line('-', [true, false], ['Lực lượng:', true], [' 20 người.']),
      // Emphasis on a sentence's first words is not a title.
      line('-', [true, false], ['Công ty', true], [' chuẩn bị xe.']),
    );
    expect(read).toEqual([
      {
        title: 'Nhiệm vụ',
        items: [
          {
            title: 'Vật tư',
            title_style: 'italic',
            items: [
              { title: 'Lực lượng:', title_style: 'bold', text: '20 người.' },
              '**Công ty** chuẩn bị xe.',
            ],
          },
        ],
      },
    ]);
  });
});

describe('header fields', () => {
  it.each([
    ['Lào Cai, ngày 05 tháng 4 năm 2026', { place: 'Lào Cai', iso: '2026-04-05' }],
    ['Lào Cai, ngày     tháng 4 năm 2026', { place: 'Lào Cai', iso: '2026-04-01', blank: 'day' }],
    ['Hà Nội, ngày   tháng   năm 2025', { place: 'Hà Nội', iso: '2025-01-01', blank: 'day-month' }],
    ['Quảng Bình, ngày 31 tháng 02 năm 2021', { place: 'Quảng Bình', iso: '2021-02-01', impossible: true }],
  ])('%s', (line, expected) => {
    expect(readDate(line)).toEqual(expected);
  });

  it.each([
    ['Số: 12/QĐ-SCT', { number: 12, groups: ['QĐ', 'SCT'] }],
    ['Số:      /SCT-CN', { groups: ['SCT', 'CN'] }],
    ['Số: 399/PGD&ĐT', { number: 399, groups: ['PGD&ĐT'] }],
    ['Số …/TTr-UBND', { groups: ['TTr', 'UBND'] }],
  ])('%s', (line, expected) => {
    expect(readNumber(line)).toEqual(expected);
  });
});
