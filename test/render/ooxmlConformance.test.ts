/**
 * Word opens vanban's files without a repair prompt: every shipped and public example, and one notice
 * with every optional mark, keeps the child order, table shape, numbers and package links ECMA-376
 * requires (see test/support/ooxmlConformance.ts). LibreOffice forgives these mistakes, so only this test
 * would see them; the checker itself is tested on broken samples below.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { conformanceProblems } from '../support/ooxmlConformance.js';
import { unzip } from '../support/unzip.js';
import { example, kindWorkspace, loadClean } from '../kinds/support.js';
import { REPO } from '../support/workspace.js';
import { SHIPPED_EXAMPLES } from '../package/shipped.js';

const EXAMPLES = [
  ...SHIPPED_EXAMPLES,
  ...readdirSync(join(REPO, 'data', 'public')).map((f) => join(REPO, 'data', 'public', f)),
].filter((f) => f.endsWith('.yaml'));

async function rendered(path: string): Promise<Uint8Array> {
  const result = loadDocument(path);
  expect(result.model, path).toBeDefined();
  return renderDocx(result.model!);
}

describe('the DOCX package conforms where Word is strict', () => {
  it.each(EXAMPLES.map((f) => [f.slice(REPO.length + 1), f]))('%s', async (_name, path) => {
    expect(conformanceProblems(await rendered(path))).toEqual([]);
  });

  it('with stamps, a draft mark, a footnote, a table, a landscape appendix and the address footer', async () => {
    const ws = kindWorkspace();
    const text = example('2021-03-thong-bao-tuyen-chon.yaml').replace(
      'issue_date: 2021-03-15',
      'issue_date: 2021-03-15\nmarks:\n  secrecy: MẬT\n  urgency: HỎA TỐC\n  circulation: Lưu hành nội bộ\n  draft: Dự thảo lần 2',
    );
    const { model } = loadClean(ws.write('data/moi-thu.yaml', text));
    const bytes = await renderDocx({
      ...model,
      footer: model.footer ?? { lines: ['Địa chỉ: 01 Hùng Vương, Đồng Hới; ĐT: 0232 3822 xxx'] },
    });
    const parts = unzip(bytes);
    // The sample really holds what it claims, or the test would prove nothing.
    const xml = parts.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('HỎA TỐC');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:footnoteReference');
    expect([...parts.keys()].some((p) => p.startsWith('word/footer'))).toBe(true);
    expect(conformanceProblems(bytes)).toEqual([]);
  });
});

describe('the conformance checker finds what Word would repair', () => {
  it('in a real document: one property moved out of place, one cell emptied', async () => {
    const parts = unzip(await rendered(EXAMPLES.find((f) => f.endsWith('2020-08-giao-ban.yaml'))!));
    const xml = parts.get('word/document.xml')!.toString('utf8');
    // In the first body paragraph, put <w:jc> in front of the properties before it; empty the first cell.
    const at = xml.lastIndexOf('<w:pPr>', xml.indexOf('Vào lúc'));
    const pPr = xml.slice(at, xml.indexOf('</w:pPr>', at));
    const jc = /<w:jc w:val="[a-z]+"\/>/.exec(pPr)![0];
    const moved = pPr.replace(jc, '').replace('<w:pPr>', `<w:pPr>${jc}`);
    expect(moved).not.toBe(pPr);
    const broken = (xml.slice(0, at) + moved + xml.slice(at + pPr.length)).replace(
      /(<w:tc>(?:<w:tcPr>[\s\S]*?<\/w:tcPr>)?)[\s\S]*?<\/w:tc>/,
      '$1</w:tc>',
    );
    expect(broken).not.toBe(xml);
    const files = Object.fromEntries([...parts].map(([k, v]) => [k, new Uint8Array(v)]));
    files['word/document.xml'] = strToU8(broken);
    const found = conformanceProblems(zipSync(files));
    expect(found.map((p) => p.problem)).toEqual(
      expect.arrayContaining([
        'a table cell must end with a paragraph',
        expect.stringMatching(/stands after an element the schema puts after it$/),
      ]),
    );
    expect(found).toHaveLength(2);
    expect(found.every((p) => p.part === 'word/document.xml' && p.where.startsWith('/w:body'))).toBe(true);
  });

  const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const docx = (body: string, extra: Record<string, string> = {}) =>
    zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    });
  const problems = (body: string, extra?: Record<string, string>) =>
    conformanceProblems(docx(body, extra)).map((p) => p.problem);

  it('accepts a well-ordered paragraph and table', () => {
    expect(
      problems(
        '<w:p><w:pPr><w:keepNext/><w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:sz w:val="28"/></w:rPr><w:t>a</w:t></w:r></w:p>' +
          '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="2500"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
      ),
    ).toEqual([]);
  });

  it('finds properties out of the schema order', () => {
    expect(problems('<w:p><w:pPr><w:jc w:val="both"/><w:spacing w:after="120"/></w:pPr></w:p>')).toEqual([
      '<w:spacing> stands after an element the schema puts after it',
    ]);
    expect(problems('<w:p><w:r><w:rPr><w:sz w:val="28"/><w:b/></w:rPr></w:r></w:p>')).toHaveLength(1);
    expect(problems('<w:p><w:r><w:t>a</w:t><w:rPr/></w:r></w:p>')).toEqual([]); // any run content after rPr …
    expect(problems('<w:p><w:r/><w:pPr/></w:p>')).toEqual([]); // … but a w:p's pPr must come first:
    expect(problems('<w:p><w:pPr/><w:pPr/></w:p>')).toEqual([]);
  });

  it('finds a cell without a closing paragraph, a row wider than the grid and a fractional size', () => {
    expect(
      problems(
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:tcPr/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:rPr><w:sz w:val="27.5"/></w:rPr></w:r></w:p>',
      ),
    ).toEqual([
      'a row spans 2 grid columns, the grid has 1',
      'a table cell must end with a paragraph',
      'w:val="27.5" is not a whole number',
    ]);
  });

  it('finds a relationship to a missing part and a part without a content type', () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/styles" Target="styles.xml"/><Relationship Id="rId1" Type="x/link" Target="http://example.com" TargetMode="External"/></Relationships>`;
    expect(problems('<w:p/>', { 'word/_rels/document.xml.rels': rels, 'word/media/a.png': 'x' })).toEqual([
      'the part has no content type',
      'the target word/styles.xml is not in the package',
      'a relationship id is used twice',
    ]);
  });
});
