/**
 * Headings keep with what follows (issue 12: "the orphaned heading is fixed, or shown by a test to be
 * LibreOffice's alone"). vanban marks every heading w:keepNext (ECMA-376 §17.3.1.14: set on the same page
 * as the next paragraph). LibreOffice honours it: a heading pushed to the foot of a page by 10 to 34
 * plain paragraphs always moves to the next page with its first item. In the shipped báo cáo, the same
 * markup is dropped: LibreOffice leaves "III." alone at the foot of page 1. Cut-down copies of that
 * document, with only the header table, only the title block or only the earlier sections before the
 * heading, keep it again: nothing in the heading's own markup is at fault. (Word was not available to check.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/api/library.js';
import { convertManyToPdf, layoutTestsCanRun, measurePdf, type PdfLayout } from '../support/pdfLayout.js';
import { tempFolder } from '../support/tempFolder.js';
import { unzip, paragraphTexts } from '../support/unzip.js';
import { REPO, makeWorkspace } from '../support/workspace.js';

const canRun = layoutTestsCanRun('the orphaned-heading layout test');
const FILLERS = Array.from({ length: 25 }, (_, i) => i + 10);
const HEADING = 'II. NHIỆM VỤ TRỌNG TÂM';

/** A báo cáo whose heading "II." follows `n` one-line paragraphs, then two items. */
function report(n: number): string {
  return [
    'kind: bao-cao',
    'agency: so-khcn-quang-binh',
    'issue_date: 2024-06-03',
    'summary: Kết quả công tác tháng 5 năm 2024',
    'items:',
    '  - title: Kết quả thực hiện',
    '    paragraphs:',
    ...Array.from({ length: n }, (_, i) => `      - Đoạn thứ ${i + 1} của phần kết quả thực hiện.`),
    '  - title: Nhiệm vụ trọng tâm',
    '    items:',
    '      - Hoàn thành các nhiệm vụ còn lại của quý II;',
    '      - Chuẩn bị báo cáo sáu tháng đầu năm.',
    'recipients:',
    '  - GĐ, các PGĐ Sở',
    'archive:',
    '  units: [VT, VP]',
    '',
  ].join('\n');
}

/** The body lines of a page, page number left out, top to bottom. */
const bodyLines = (layout: PdfLayout, page: number): string[] =>
  layout.pages[page]!.lines.filter((l) => !(/^\d+$/.test(l.text) && l.topMm < 20)).map((l) => l.text);

describe.skipIf(!canRun)('a heading at the foot of a page (LibreOffice)', () => {
  const controls = new Map<number, PdfLayout>();
  let shipped: PdfLayout;
  let shippedXml: string;

  beforeAll(async () => {
    const ws = makeWorkspace();
    const dir = tempFolder('vanban-orphan-');
    const docs: string[] = [];
    for (const n of FILLERS) {
      const rendered = await render(ws.write(`data/bc-${n}.yaml`, report(n)), { write: false });
      writeFileSync(join(dir, `bc-${n}.docx`), rendered.docx!);
      docs.push(join(dir, `bc-${n}.docx`));
    }
    const example = await render(join(REPO, 'data/2021-06-bao-cao-6-thang.yaml'), { write: false });
    writeFileSync(join(dir, 'bao-cao.docx'), example.docx!);
    shippedXml = unzip(example.docx!).get('word/document.xml')!.toString('utf8');
    await convertManyToPdf([...docs, join(dir, 'bao-cao.docx')], dir);
    for (const n of FILLERS) controls.set(n, await measurePdf(join(dir, `bc-${n}.pdf`)));
    shipped = await measurePdf(join(dir, 'bao-cao.pdf'));
  }, 300_000);

  it('never ends a page with the heading in plain documents: the keep is honoured', () => {
    let moved = 0;
    for (const [n, layout] of controls) {
      for (let p = 0; p < layout.pages.length; p++) {
        const lines = bodyLines(layout, p);
        expect(lines.at(-1), `${n} paragraphs: page ${p + 1} ends with the heading`).not.toBe(HEADING);
        if (p > 0 && lines[0] === HEADING) moved++;
      }
    }
    // Some of the 25 documents put the heading at the top of page 2: the case was met, not avoided.
    expect(moved).toBeGreaterThan(0);
  });

  it('marks the shipped báo cáo\'s heading "III." keep-with-next, followed by its first item', () => {
    const paragraphs = [...shippedXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const texts = paragraphTexts(shippedXml);
    const at = texts.findIndex((t) => t.startsWith('III. '));
    expect(paragraphs[at]).toContain('<w:keepNext/>');
    expect(texts[at + 1]).toMatch(/^1\. Đẩy nhanh/);
    expect(paragraphs[at]! + paragraphs[at + 1]!).not.toMatch(/w:type="page"|<w:sectPr/);
  });

  it('is left alone at the foot of page 1 of the báo cáo by LibreOffice (update this test when it is not)', () => {
    expect(bodyLines(shipped, 0).at(-1)).toMatch(/^III\. NHIỆM VỤ TRỌNG TÂM/);
    expect(bodyLines(shipped, 1)[0]).toMatch(/^1\. Đẩy nhanh/);
  });
});
