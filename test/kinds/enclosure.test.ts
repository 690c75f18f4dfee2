/**
 * `enclosure:` — lines after the content's "./." ("(Xin gửi kèm theo: Dự thảo Quyết định …)"), as a tờ
 * trình or công văn adds them: printed in italic after the end mark, before the signature; lint passes
 * the page; import reads them back into the field.
 */
import { describe, expect, it } from 'vitest';
import { render as renderFile } from '../../src/api/library.js';
import { importDocx } from '../../src/import/importDocx.js';
import { lintDocx } from '../../src/lint/lint.js';
import { bodyTexts, example, kindWorkspace, loadClean } from './support.js';

const NOTE = '(Xin gửi kèm theo: Dự thảo Quyết định phê duyệt danh mục nhiệm vụ)';
const SUBMISSION = example('2024-05-to-trinh-phe-duyet.yaml').replace(
  /^recipients:/m,
  `enclosure: '${NOTE}'\nrecipients:`,
);

describe('enclosure: lines after "./."', () => {
  it('prints them in italic after the end mark, the content still ending "./."', () => {
    const { model } = loadClean(kindWorkspace().write('data/tt.yaml', SUBMISSION));
    const texts = bodyTexts(model);
    expect(texts.at(-1)).toBe(NOTE);
    expect(texts.at(-2)).toMatch(/\.\/\.$/u);
    const last = model.body.at(-1)!;
    expect(last.runs.every((r) => r.italic)).toBe(true);
  });

  it('renders to a DOCX lint passes, and import reads the line back into enclosure:', async () => {
    const rendered = await renderFile(kindWorkspace().write('data/tt.yaml', SUBMISSION), { write: false });
    const docx = new Uint8Array(rendered.docx!);
    expect(lintDocx(docx).map((f) => f.rule)).toEqual([]);
    expect(importDocx(docx).document.enclosure).toEqual([NOTE]);
  });
});
