/**
 * Word's automatic numbering: offices often let Word number their lists, so "1." or "-" is not in the
 * text at all but in numbering.xml. The reader computes those labels (src/lint/numbering.ts) and the
 * importer reads them as if typed: a document numbered by Word imports to the same printed model.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, render } from '../../src/api/library.js';
import { importFile } from '../../src/import/importFile.js';
import { contextOf } from '../../src/lint/lint.js';
import { repack, unpack } from '../lint/support/fixtures.js';
import { tempFolder } from '../support/tempFolder.js';
import { printed } from './support/printed.js';

const EXAMPLE = join(import.meta.dirname, '../../data/2021-03-thong-bao-tuyen-chon.yaml');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
</w:numbering>`;

/** The typed label taken out of the paragraph and the paragraph put in Word list `numId`. */
function numberByWord(xml: string, typed: RegExp, numId: number): string {
  return xml.replace(/<w:p>(<w:pPr>)(.*?)<\/w:p>/gs, (whole, open: string, rest: string) => {
    if (!typed.test(rest)) return whole;
    const untyped = rest.replace(typed, '<w:t xml:space="preserve">');
    return `<w:p>${open}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>${untyped}</w:p>`;
  });
}

describe('lists numbered by Word', () => {
  it('the reader shows the labels, and the import gives back the same document', async () => {
    const dir = tempFolder();
    const original = await render(EXAMPLE, { write: false });
    const parts = unpack(original.docx!);
    let xml = parts.get('word/document.xml') as string;
    xml = numberByWord(xml, /<w:t xml:space="preserve">[1-4]\. /u, 1);
    xml = numberByWord(xml, /<w:t xml:space="preserve">- (?=(báo giá|bảng tổng hợp))/u, 2);
    parts.set('word/document.xml', xml);
    parts.set('word/numbering.xml', NUMBERING);
    const bytes = repack(parts);

    const labels = contextOf(bytes)
      .model.paragraphs.filter((p) => p.listLabel !== undefined)
      .map((p) => `${p.listLabel} ${p.text.slice(0, 12)}`);
    expect(labels).toEqual([
      '1. Danh mục nhi',
      '2. Điều kiện th',
      '3. Hồ sơ đăng k',
      '- báo giá của ',
      '- bảng tổng hợ',
      '4. Thời hạn và ',
    ]);

    const docx = join(dir, 'word-numbered.docx');
    writeFileSync(docx, bytes);
    const output = join(dir, 'tb.yaml');
    expect(importFile(docx, { output }).diagnostics).toEqual([]);
    const back = await check(output);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(printed(back.model!)).toEqual(printed(original.model!));
  });
});
