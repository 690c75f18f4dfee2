/**
 * A draft leaves the day (or day and month) of the date line for the văn thư, as it may leave the number:
 * the văn thư writes both by hand when the leader signs.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { lintDocx } from '../../src/lint/lint.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

/** Room for a handwritten day or month: wider than any one- or two-digit number. */
const GAP = ' '.repeat(7);

describe('blank_date', () => {
  const ws = kindWorkspace();

  it('prints "ngày … tháng 8 năm 2020" with the month kept, for "day"', () => {
    const text = example('2020-08-giao-ban.yaml').replace(/^issue_date: .*$/m, '$&\nblank_date: day');
    const { model } = loadClean(ws.write('data/a.yaml', text));
    expect(model.header.placeDateLine).toBe(`Quảng Bình, ngày${GAP}tháng 8 năm 2020`);
  });

  it('leaves day and month blank for "day-month", in the header and an appendix reference, and lints clean', async () => {
    const text = example('2021-04-quyet-dinh-hoi-dong.yaml').replace(
      /^issue_date: .*$/m,
      '$&\nblank_date: day-month',
    );
    const { model } = loadClean(ws.write('data/b.yaml', text));
    expect(model.header.placeDateLine).toBe(`Quảng Bình, ngày${GAP}tháng${GAP}năm 2021`);
    expect(model.appendices![0]!.referenceLine.replace(/\u00a0/g, ' ')).toContain(
      `ngày${GAP}tháng${GAP}năm 2021 của`,
    );
    const r = await render(model);
    expect(paragraphWith(r, `Quảng Bình, ngày${GAP}tháng${GAP}năm 2021`)).toMatch(/<w:i\/>/);
    expect(lintDocx(await renderDocx(model)).map((f) => f.rule)).toEqual([]);
  });

  it('refuses any other value, pointing at it', () => {
    const text = example('2020-08-giao-ban.yaml').replace(/^issue_date: .*$/m, '$&\nblank_date: month');
    const path = ws.write('data/c.yaml', text);
    const result = loadDocument(path);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['VALUE_NOT_ALLOWED']);
  });
});
