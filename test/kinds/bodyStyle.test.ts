/**
 * The body style a clerk can set within the decree's ranges (PL1-II.6.e: 13–14 pt, single to 1.5 lines):
 * `font_size`, `line_spacing`, `compact`, and a table's own `size:` (10–14 pt). What the DOCX holds, what
 * is refused and where, and how the importer reads the style back from a document.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { chosenBodyStyle } from '../../src/model/buildDocument.js';
import { importDocx } from '../../src/import/importDocx.js';
import { render as renderFile } from '../../src/api/library.js';
import { example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

const NOTICE = '2021-03-thong-bao-tuyen-chon.yaml';

/** The example with extra top-level lines put before `kind:`. */
function withLines(name: string, ...lines: string[]): string {
  return example(name).replace(/^kind:/m, `${lines.join('\n')}\nkind:`);
}

/** w:line of the body paragraph holding `text`. */
function lineOf(xml: string): number {
  return Number(/w:line="(\d+)"/.exec(xml)?.[1]);
}

describe('font_size and line_spacing', () => {
  it('set the body paragraphs: 13 pt at 1.3 lines, written with a decimal comma', async () => {
    const ws = kindWorkspace();
    const path = ws.write('data/tb.yaml', withLines(NOTICE, 'font_size: 13', 'line_spacing: "1,3"'));
    const { model } = loadClean(path);
    expect(model.bodyStyle).toEqual({ sizePt: 13, lineSpacingLines: 1.3 });
    const r = await render(model);
    const body = r.paragraphs.find((p) => p.includes('w:firstLine') && p.includes('<w:t'))!;
    expect(body).toContain('<w:sz w:val="26"/>');
    expect(lineOf(body)).toBe(312);
  });

  it('override compact one value at a time, and stay unset when nothing is said', () => {
    const base = { kind: 'thong-bao', agency: 'x', issue_date: '2024-01-01', summary: ['x'] } as never;
    expect(chosenBodyStyle(base)).toBeUndefined();
    expect(chosenBodyStyle({ ...(base as object), compact: 'yes' } as never)).toEqual({
      sizePt: 13,
      lineSpacingLines: 1,
    });
    expect(chosenBodyStyle({ ...(base as object), compact: 'yes', line_spacing: 1.2 } as never)).toEqual({
      sizePt: 13,
      lineSpacingLines: 1.2,
    });
    expect(chosenBodyStyle({ ...(base as object), font_size: 13 } as never)).toEqual({
      sizePt: 13,
      lineSpacingLines: 1.15,
    });
  });

  it('refuse values outside the decree, located at the value', () => {
    const ws = kindWorkspace();
    for (const [line, code, column] of [
      ['line_spacing: 1.6', 'VALUE_NOT_ALLOWED', 15],
      ['line_spacing: 0.9', 'VALUE_NOT_ALLOWED', 15],
      ['line_spacing: rộng', 'FIELD_TYPE', 15],
      ['font_size: 12', 'VALUE_NOT_ALLOWED', 12],
      ['font_size: 13.5', 'FIELD_TYPE', 12],
    ] as const) {
      const path = ws.write('data/tb.yaml', withLines(NOTICE, line));
      const result = loadDocument(path);
      expect(result.model, line).toBeUndefined();
      expect(
        result.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column]),
        line,
      ).toEqual([
        [
          code,
          example(NOTICE)
            .split('\n')
            .findIndex((l) => l.startsWith('kind:')) + 1,
          column,
        ],
      ]);
    }
  });
});

describe("a table's size", () => {
  it('sets the cells, heading row included; the body keeps its own size', async () => {
    const ws = kindWorkspace();
    // The table goes under an item, as a clerk writes it.
    const path = ws.write(
      'data/tb.yaml',
      example(NOTICE).replace(
        /^(items:\n)/m,
        '$1  - title: Danh sách\n    table:\n      size: 11\n      columns: [TT, Nội dung]\n      rows:\n        - [1, Việc thứ nhất]\n',
      ),
    );
    const { model } = loadClean(path);
    const r = await render(model);
    expect(paragraphWith(r, 'Việc thứ nhất')).toContain('<w:sz w:val="22"/>');
    expect(paragraphWith(r, 'Nội dung')).toContain('<w:sz w:val="22"/>');
    expect(paragraphWith(r, '1. Danh sách')).not.toContain('<w:sz w:val="22"/>');
  });

  it('is refused outside 10–14 pt', () => {
    const ws = kindWorkspace();
    const path = ws.write(
      'data/tb.yaml',
      example(NOTICE).replace(
        /^(items:\n)/m,
        '$1  - title: Danh sách\n    table:\n      size: 9\n      rows:\n        - [1, Việc thứ nhất]\n',
      ),
    );
    const result = loadDocument(path);
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      [
        'VALUE_NOT_ALLOWED',
        example(NOTICE)
          .split('\n')
          .findIndex((l) => l.startsWith('items:')) + 4,
      ],
    ]);
  });
});

describe('the importer reads the style back', () => {
  async function imported(text: string): Promise<Record<string, unknown>> {
    const ws = kindWorkspace();
    const path = ws.write('data/tb.yaml', text);
    const rendered = await renderFile(path, { write: false });
    const docx = join(ws.dir, 'tb.docx');
    writeFileSync(docx, rendered.docx!);
    return importDocx(new Uint8Array(rendered.docx!)).document;
  }

  it("gives nothing for vanban's default, which is as tight as the document", async () => {
    const doc = await imported(example(NOTICE));
    expect(doc.font_size).toBeUndefined();
    expect(doc.line_spacing).toBeUndefined();
  });

  it('gives single spacing back for a document set at single spacing', async () => {
    const doc = await imported(withLines(NOTICE, 'line_spacing: 1'));
    expect(doc.font_size).toBeUndefined();
    expect(doc.line_spacing).toBe(1);
  });

  it('gives 13 pt for a compact document, since 14 pt would not fit its pages', async () => {
    const doc = await imported(withLines(NOTICE, 'compact: "yes"'));
    expect(doc.font_size).toBe(13);
    expect(doc.line_spacing).toBe(1);
  });
});

describe("a table's rows at a page break", () => {
  it('keeps a short row whole and lets a tall one break, so no page is left a third empty above it', async () => {
    const ws = kindWorkspace();
    const tall = Array.from({ length: 9 }, (_, i) => `            Dòng thứ ${i + 1} của ô cao`).join('\n');
    const path = ws.write(
      'data/tb.yaml',
      example(NOTICE).replace(
        /^(items:\n)/m,
        `$1  - title: Danh sách\n    table:\n      rows:\n        - [1, Việc ngắn]\n        - - 2\n          - |\n${tall}\n`,
      ),
    );
    const r = await render(loadClean(path).model);
    const rows = [...r.documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const short = rows.find((row) => row.includes('Việc ngắn'))!;
    const high = rows.find((row) => row.includes('Dòng thứ 9'))!;
    expect(short).toContain('<w:cantSplit/>');
    expect(high).not.toContain('<w:cantSplit');
  });
});
