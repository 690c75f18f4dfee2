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
  EXAMPLES,
  expectOnly,
  inParagraph,
  mutated,
  mutatedParts,
  replaceOnce,
} from './support/fixtures.js';
import { BLUE, sealImage, strokeImage } from './support/png.js';
import {
  asCongVan,
  bodyParagraph,
  boxedStamp,
  headingParagraph,
  LEFT_CELL_TW,
  paragraph,
  RIGHT_CELL_TW,
  run,
  signWith,
} from './support/variants.js';

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
    expectOnly(await mutated(DOC, asCongVan({ vvProps: '<w:b/>' })), 'TY-03');
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

  it('a red KHẨN stamp boxed 20 × 8 mm under Số, as vanban and offices set it', async () => {
    const stamp = boxedStamp('KHẨN', { widthTw: 1134, cellTw: LEFT_CELL_TW, colour: 'FF0000' });
    expectOnly(await mutated(DOC, (x) => inParagraph(x, 'Số:', (p) => p + stamp)));
  });

  it('"LƯU HÀNH NỘI BỘ" boxed above the Quốc hiệu', async () => {
    const stamp = boxedStamp('LƯU HÀNH NỘI BỘ', { widthTw: 3400, cellTw: RIGHT_CELL_TW });
    expectOnly(await mutated(DOC, (x) => inParagraph(x, '>CỘNG HÒA XÃ HỘI', (p) => stamp + p)));
  });

  it('a signature image (blue, transparent PNG) and a red transparent seal', async () => {
    const bytes = await mutatedParts((parts) =>
      signWith(parts, [
        { name: 'seal.png', bytes: sealImage() },
        { name: 'signature.png', bytes: strokeImage(BLUE) },
      ]),
    );
    expectOnly(bytes);
  });

  it('the digital-signature text of an attachment, top right, 10 pt, +07:00', async () => {
    const info = paragraph('Số: 05/TB-SKHCN; 31/08/2020; 14:30:00 +07:00', { size: 10, jc: 'right' });
    expectOnly(await mutated(DOC, (x) => x.replace('<w:body>', `<w:body>${info}`)));
  });

  it('"Phần I" and its title, a titled clause, "Điều 1." in bold, points a) b) c)', async () => {
    const article = bodyParagraph('Điều 1. Các phòng, đơn vị thực hiện nhiệm vụ sau:').replace(
      /<w:r>.*<\/w:r>/s,
      run('Điều 1.', { bold: true }) + run(' Các phòng, đơn vị thực hiện nhiệm vụ sau:'),
    );
    const added =
      headingParagraph('Phần I') +
      headingParagraph('TÌNH HÌNH CHUNG') +
      article +
      bodyParagraph('a) Rà soát kế hoạch;') +
      bodyParagraph('b) Báo cáo kết quả;') +
      bodyParagraph('c) Đề xuất nhiệm vụ năm sau.');
    expectOnly(await mutated(DOC, (x) => inParagraph(x, 'Giám đốc Sở cơ bản thống nhất', (p) => p + added)));
  });

  it('the drafter and copies after the Lưu line: "PL.(05)"', async () => {
    expectOnly(await mutated(DOC, (x) => replaceOnce(x, '- Lưu: VT, VP.', '- Lưu: VT, VP. PL.(05).')));
  });

  it('the address under a full-width line after the signature, 11 pt', async () => {
    const address =
      paragraph('Địa chỉ: 02 Hùng Vương, Đồng Hới, Quảng Bình', {
        size: 11,
        before: 240,
        extra: '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>',
      }) + paragraph('ĐT: 0232.3822.xxx; E-mail: skhcn@quangbinh.gov.vn', { size: 11 });
    expectOnly(await mutated(DOC, (x) => x.replace('<w:sectPr>', `${address}<w:sectPr>`)));
  });

  it('the appendix example with its section, numbering, label, title and reference', async () => {
    const { exampleDocx } = await import('./support/fixtures.js');
    expectOnly(await exampleDocx(EXAMPLES.withAppendix));
  });

  it('"Kính gửi" set as Mẫu 1.5 sets it: label at 3.5 cm, dashes at 4.5 cm', async () => {
    const block =
      paragraph('Kính gửi:', { indLeft: 1984, before: 240 }) +
      paragraph('- Các phòng, đơn vị thuộc Sở;', { indLeft: 2551 }) +
      paragraph('- Trung tâm Thông tin và Ứng dụng tiến bộ khoa học và công nghệ.', { indLeft: 2551 });
    const bytes = await mutated(DOC, (x) => {
      const letter = asCongVan()(x);
      return inParagraph(letter, 'Kính gửi: Các phòng', () => block);
    });
    expectOnly(bytes);
  });

  it('running text the capitalisation and encoding checks must leave alone', async () => {
    const text =
      'Đoàn cán bộ y tế, cán bộ tư pháp - hộ tịch cùng Tỉnh Đoàn và Tỉnh Hội Nông dân kiểm tra 1.200 m², 300 m², 40 m³ và 25 m³ kho của Ủy ban nhân dân tỉnh Quảng Bình, Bộ Công Thương tại Thành phố Hồ Chí Minh.';
    const added =
      bodyParagraph(text) +
      bodyParagraph('Hồ sơ gồm:') +
      bodyParagraph('a) Đơn đề nghị;') +
      bodyParagraph('b) Bản sao giấy tờ.') +
      bodyParagraph('Thời hạn nộp:') +
      bodyParagraph('a) Đợt 1: tháng 9;') +
      bodyParagraph('b) Đợt 2: tháng 10.');
    expectOnly(await mutated(DOC, (x) => inParagraph(x, 'Giám đốc Sở cơ bản thống nhất', (p) => p + added)));
  });

  it('a district of the Central Highlands: its name is no abbreviation', async () => {
    const bytes = await mutated(
      DOC,
      (x) =>
        replaceOnce(
          replaceOnce(x, '>XÃ HẢI NINH<', '>HUYỆN KRÔNG PẮC<'),
          '>Hải Ninh, ngày',
          '>Krông Pắc, ngày',
        ),
      EXAMPLES.plan,
    );
    expectOnly(bytes);
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
