/**
 * The signature block never stands on a page alone and never splits: notices of growing length push it
 * across the page break, and on every one "Nơi nhận:", the signer's title and name share a page with
 * body text above them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import {
  layoutTestsCanRun,
  measurePdf,
  renderDocxToPdfForTest,
  type PdfLayout,
} from '../support/pdfLayout.js';
import { exampleText, makeWorkspace } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';

const canRun = layoutTestsCanRun('the keep-together layout test');
const EXTRA = [0, 2, 4, 6, 8, 10, 12, 14];

describe.skipIf(!canRun)('signature block at a page break (LibreOffice)', () => {
  const layouts = new Map<number, PdfLayout>();

  beforeAll(async () => {
    const ws = makeWorkspace();
    const base = parse(exampleText()) as { general_tasks: string[] };
    const dir = tempFolder('vanban-keep-');
    for (const extra of EXTRA) {
      const tasks = [
        ...base.general_tasks,
        ...Array.from(
          { length: extra },
          (_, i) => `Nhiệm vụ bổ sung số ${i + 1} để đẩy khối chữ ký xuống dưới trang.`,
        ),
      ];
      const path = ws.write(`data/keep-${extra}.yaml`, stringify({ ...base, general_tasks: tasks }));
      const docx = join(dir, `keep-${extra}.docx`);
      writeFileSync(docx, await renderDocx(loadDocument(path).model!));
      layouts.set(extra, await measurePdf(await renderDocxToPdfForTest(docx)));
    }
  }, 300_000);

  it.each(EXTRA)('with %i extra tasks the block is whole and follows body text', (extra) => {
    const layout = layouts.get(extra)!;
    const page = layout.pages.find((p) => p.lines.some((l) => l.text === 'Nơi nhận:'))!;
    expect(page, 'page with Nơi nhận').toBeDefined();
    const label = page.lines.find((l) => l.text === 'Nơi nhận:')!;
    for (const text of ['GIÁM ĐỐC', 'Văn Công Thới', '- Lưu: VT, VP.']) {
      expect(
        page.lines.some((l) => l.text === text),
        `${text} on the page of Nơi nhận`,
      ).toBe(true);
    }
    const body = page.lines.filter((l) => l.topMm < label.topMm && l.sizePt === 14 && !/^\d+$/.test(l.text));
    expect(
      body.some((l) => l.text.endsWith('./.')),
      'the closing sentence is on the same page',
    ).toBe(true);
  });

  it('covers the case where the block had to move to a new page', () => {
    const pageOf = (extra: number) =>
      layouts.get(extra)!.pages.findIndex((p) => p.lines.some((l) => l.text === 'Nơi nhận:'));
    const pages = EXTRA.map(pageOf);
    expect(new Set(pages).size, `signature pages ${pages.join(',')}`).toBeGreaterThan(1);
  });
});
