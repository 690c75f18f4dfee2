/**
 * What vanban renders lints clean, for every example document under data/ (new kinds are picked up as
 * soon as the loader knows them), and so do the variants an office makes of it: a công văn with "V/v",
 * fonts inherited through the theme, the file re-saved by LibreOffice.
 */
import { basename } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { lintDocx } from '../../src/lint/lint.js';
import {
  describe,
  exampleDocuments,
  expectOnly,
  inParagraph,
  mutated,
  replaceOnce,
} from './support/fixtures.js';

group('vanban output lints clean', () => {
  for (const path of exampleDocuments()) {
    const loaded = loadDocument(path);
    // A kind added to data/ before the loader knows it is skipped, not failed.
    it.skipIf(!loaded.model)(basename(path), async () => {
      const findings = lintDocx(await renderDocx(loaded.model!));
      expect(findings, describe(findings)).toEqual([]);
    });
  }
});

const DOC = 'word/document.xml';

/** The example turned into a công văn: no type name and trích yếu, a "V/v" line under Số instead. */
function asCongVan(vvProps = ''): (xml: string) => string {
  return (xml) => {
    let x = replaceOnce(xml, '/TB-SKHCN', '/SKHCN-VP');
    x = inParagraph(x, '>THÔNG BÁO<', () => '');
    x = inParagraph(x, 'Kết luận của Giám đốc Sở', () => '');
    x = inParagraph(x, 'và nhiệm vụ trọng tâm', () => '');
    // The trích yếu's rule: the empty paragraph with the widest indents.
    x = replaceOnce(
      x,
      /<w:p><w:pPr><w:keepNext\/><w:pBdr>(?:(?!<\/w:p>).)*?w:left="3336"(?:(?!<\/w:p>).)*?<\/w:p>/s,
      '',
    );
    const vv = `<w:p><w:pPr><w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${vvProps}<w:sz w:val="24"/></w:rPr><w:t>V/v kết luận giao ban tháng 8/2020</w:t></w:r></w:p>`;
    return inParagraph(x, 'Số:', (p) => p + vv);
  };
}

group('office variants of conforming documents', () => {
  it('Quốc hiệu and Tiêu ngữ in one paragraph, split by a line break', async () => {
    const paragraphOf = (xml: string, text: string): string =>
      [...xml.matchAll(/<w:p>(?:(?!<w:p>).)*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text))!;
    const merged = await mutated(DOC, (x) => {
      const qh = paragraphOf(x, 'CỘNG HÒA XÃ HỘI');
      const tn = paragraphOf(x, 'Độc lập - Tự do');
      const tnRuns = tn.slice(tn.indexOf('</w:pPr>') + '</w:pPr>'.length, -'</w:p>'.length);
      return x.replace(tn, '').replace(qh, qh.replace(/<\/w:p>$/, `<w:r><w:br/></w:r>${tnRuns}</w:p>`));
    });
    expectOnly(merged);
  });

  it('a công văn with its "V/v" line under Số', async () => {
    expectOnly(await mutated(DOC, asCongVan()));
  });

  it('TY-03: a công văn whose "V/v" line is bold', async () => {
    expectOnly(await mutated(DOC, asCongVan('<w:b/>')), 'TY-03');
  });

  it('fonts inherited from the theme: clean when the theme font is Times New Roman', async () => {
    const bytes = await mutated(DOC, (x) => x.replace(/<w:rFonts [^>]*\/>/g, ''));
    const { unpack, repack } = await import('./support/fixtures.js');
    const parts = unpack(bytes);
    const styles = parts.get('word/styles.xml') as string;
    parts.set(
      'word/styles.xml',
      styles.replace(
        /<w:rFonts [^>]*\/>/,
        '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>',
      ),
    );
    const theme = parts.get('word/theme/theme1.xml') as string;
    expectOnly(repack(parts), 'FN-01');
    parts.set(
      'word/theme/theme1.xml',
      theme.replace(
        '<a:minorFont><a:latin typeface="Calibri"',
        '<a:minorFont><a:latin typeface="Times New Roman"',
      ),
    );
    expectOnly(repack(parts));
  });

  it('FN-01 names the theme font a run really gets, once for the whole document', async () => {
    const bytes = await mutated(DOC, (x) => x.replace(/<w:rFonts [^>]*\/>/g, ''));
    const { unpack, repack } = await import('./support/fixtures.js');
    const parts = unpack(bytes);
    const styles = parts.get('word/styles.xml') as string;
    parts.set(
      'word/styles.xml',
      styles.replace(/<w:rFonts [^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'),
    );
    const findings = expectOnly(repack(parts), 'FN-01');
    expect(findings.map((f) => f.found.en)).toEqual(['Calibri']);
    expect(findings[0]!.alsoAt!.length).toBeGreaterThan(50);
  });
});
