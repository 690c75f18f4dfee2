/**
 * One-change mutants of the real Word documents (../shared/real-docs), one per rule (issue 13): take a
 * real document where the element is there and right, make one change a clerk could make in Word, and
 * the rule must now fire more often than on the original. Rules that cannot apply to any of these
 * documents are listed in NOT_APPLICABLE with the reason; together the two lists must name every rule,
 * so a new rule without a mutant fails here.
 */
import { describe, expect, it } from 'vitest';
import { lintDocx } from '../../src/lint/lint.js';
import { addMedia, repack, unpack, type Parts } from './support/fixtures.js';
import { sealImage, WHITE } from './support/png.js';
import { pictureParagraph } from './support/variants.js';
import { RULES } from '../../src/lint/rules/index.js';
import {
  all,
  bold,
  font,
  italic,
  jc,
  mutateReal,
  para,
  pPr,
  realDoc,
  realDocsPresent,
  runs,
  setProp,
  size,
  text,
} from './support/realDocs.js';

/** The relationship id of the pasted seal (set by its `paste`, used by its `change`). */
let sealId = '';

/** One change to one part (document.xml unless named) of a real document, and the rule that must catch it. */
interface Mutant {
  rule: string;
  file: string;
  what: string;
  part?: string;
  change: (xml: string) => string;
  /** A paste that brings its own part (a picture and its relationship), besides the change to the XML. */
  paste?: (parts: Parts) => void;
}

/** Swaps cells `a` and `b` of the first row of the table that holds `containing` (and their grid columns). */
const swapCells =
  (containing: string, a: number, b: number) =>
  (xml: string): string => {
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].filter((m) => m[0].includes(containing));
    const t = tables[0];
    if (!t) throw new Error(`mutant: no table holds "${containing}"`);
    const swap = <T>(items: T[]): T[] => {
      const out = [...items];
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out;
    };
    const table = t[0]
      .replace(
        /<w:tblGrid>(.*?)<\/w:tblGrid>/s,
        (_w, g: string) => `<w:tblGrid>${swap(g.match(/<w:gridCol [^>]*\/>/g)!).join('')}</w:tblGrid>`,
      )
      .replace(/(<w:tr(?: [^>]*)?>)(.*?)(<\/w:tr>)/s, (_w, open: string, row: string, close: string) => {
        const cells = row.match(/<w:tc>.*?<\/w:tc>/gs)!;
        const head = row.slice(0, row.indexOf(cells[0]!));
        return open + head + swap(cells).join('') + close;
      });
    return xml.slice(0, t.index) + table + xml.slice(t.index + t[0].length);
  };

const QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TN = 'Độc lập - Tự do - Hạnh phúc';
/** 005: a công văn of Sở Công Thương Lào Cai that lint finds nothing wrong with. */
const BODY_005 = 'Để có đầy đủ thông tin';

const MUTANTS: Mutant[] = [
  // Page (sectPr of the first section).
  {
    rule: 'PG-01',
    file: '007',
    what: 'Letter paper',
    change: (x) => x.replace(/<w:pgSz w:w="\d+" w:h="\d+"/u, '<w:pgSz w:w="12240" w:h="15840"'),
  },
  {
    rule: 'PG-02',
    file: '005',
    what: 'the letter’s own pages turned landscape (the appendix section already is)',
    change: (x) =>
      x.replace(/<w:pgSz w:w="11907" w:h="16840"/u, '<w:pgSz w:w="16840" w:h="11907" w:orient="landscape"'),
  },
  {
    rule: 'PG-03',
    file: '007',
    what: 'top margin 1 cm',
    change: (x) => x.replace('w:top="1134"', 'w:top="567"'),
  },
  {
    rule: 'PG-04',
    file: '007',
    what: 'bottom margin 1 cm',
    change: (x) => x.replace('w:bottom="1134"', 'w:bottom="567"'),
  },
  {
    rule: 'PG-05',
    file: '007',
    what: 'left margin 2 cm',
    change: (x) => x.replace(/w:left="\d+"(?=[^>]*w:header)/u, 'w:left="1134"'),
  },
  {
    rule: 'PG-06',
    file: '007',
    what: 'right margin 1 cm',
    change: (x) => x.replace('w:right="1134"', 'w:right="567"'),
  },
  // Fonts and encoding.
  {
    rule: 'FN-01',
    file: '005',
    what: 'a body paragraph in Arial',
    change: para(BODY_005, runs(font('Arial'))),
  },
  {
    rule: 'FN-02',
    file: '007',
    what: 'a red letter after the agency name',
    change: (x) =>
      x.replace(
        '<w:t>SỞ CÔNG THƯƠNG</w:t>',
        '<w:t>SỞ CÔNG THƯƠNG</w:t></w:r><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>X</w:t>',
      ),
  },
  {
    rule: 'FN-03',
    file: '005',
    what: 'a body paragraph pasted from a TCVN3 file (.VnTime, "§Ó cã ®Çy ®ñ")',
    change: para(
      BODY_005,
      all(runs(font('.VnTime')), text(/^Để có đầy đủ thông tin.*$/u, '§Ó cã ®Çy ®ñ th«ng tin, sè liÖu')),
    ),
  },
  {
    rule: 'FN-04',
    file: '005',
    what: 'the signer’s name at 16 pt',
    change: para('Hoàng Văn Thuân', runs(size(16))),
  },
  // Page numbers (header1.xml of 007 holds the PAGE field; the first page has its own empty header).
  {
    rule: 'PN-01',
    file: '007',
    what: '"different first page" switched off',
    change: (x) => x.replace('<w:titlePg/>', ''),
  },
  {
    rule: 'PN-02',
    file: '007',
    what: 'the page number set right',
    part: 'word/header1.xml',
    change: (x) =>
      x.replace(
        '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        '<w:pStyle w:val="Header"/><w:jc w:val="right"/>',
      ),
  },
  {
    rule: 'PN-02',
    file: '014',
    what: 'the number of the even-page header (odd and even pages differ) set left',
    part: 'word/header1.xml',
    change: (x) =>
      x.replace(
        '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        '<w:pStyle w:val="Header"/><w:jc w:val="left"/>',
      ),
  },
  {
    rule: 'PN-03',
    file: '007',
    what: 'the printed page number (the field result) at 10 pt',
    part: 'word/header1.xml',
    change: (x) =>
      x.replace(/<w:rPr><w:noProof\/><\/w:rPr><w:t>/u, '<w:rPr><w:noProof/><w:sz w:val="20"/></w:rPr><w:t>'),
  },
  // Quốc hiệu and Tiêu ngữ.
  {
    rule: 'QH-01',
    file: '007',
    what: '"HÕA" for "HÒA"',
    change: (x) => x.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  },
  { rule: 'QH-02', file: '005', what: 'the Quốc hiệu not bold', change: para(QH, runs(bold(false))) },
  { rule: 'QH-03', file: '005', what: 'the Quốc hiệu set left', change: para(QH, jc('left')) },
  {
    rule: 'TN-01',
    file: '034',
    what: 'hyphens without spaces',
    change: (x) => x.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc'),
  },
  { rule: 'TN-02', file: '005', what: 'the Tiêu ngữ not bold', change: para(TN, runs(bold(false))) },
  {
    rule: 'TN-03',
    file: '007',
    what: 'the rule under the Tiêu ngữ removed (zero length)',
    change: (x) => x.replace('<wp:extent cx="2105025" cy="0"/>', '<wp:extent cx="0" cy="0"/>'),
  },
  {
    rule: 'TN-04',
    file: '005',
    what: 'the rule under the Tiêu ngữ half as long',
    change: (x) =>
      x
        .replace(/<wp:extent cx="2090057" cy="0"\/>/u, '<wp:extent cx="1045028" cy="0"/>')
        .replace(/<a:ext cx="2090057" cy="0"\/>/u, '<a:ext cx="1045028" cy="0"/>'),
  },
  // Agency.
  {
    rule: 'CQ-01',
    file: '005',
    what: 'the parent agency in bold',
    change: para('UBND TỈNH LÀO CAI', runs(bold(true))),
  },
  {
    rule: 'CQ-02',
    file: '005',
    what: 'the parent agency without its province',
    change: para('UBND TỈNH LÀO CAI', text('UBND TỈNH LÀO CAI', 'ỦY BAN NHÂN DÂN')),
  },
  {
    rule: 'CQ-03',
    file: '005',
    what: 'the agency not bold',
    change: para('SỞ CÔNG THƯƠNG', runs(bold(false))),
  },
  {
    rule: 'CQ-04',
    file: '005',
    what: 'the agency abbreviated',
    change: para('SỞ CÔNG THƯƠNG', text('SỞ CÔNG THƯƠNG', 'SỞ CT')),
  },
  {
    rule: 'CQ-05',
    file: '005',
    what: 'the rule under the agency twice as long',
    change: (x) =>
      x
        .replace(/<wp:extent cx="698484" cy="0"\/>/u, '<wp:extent cx="1900000" cy="0"/>')
        .replace(/<a:ext cx="698484" cy="0"\/>/u, '<a:ext cx="1900000" cy="0"/>'),
  },
  {
    rule: 'CQ-06',
    file: '005',
    what: 'the header table’s two cells swapped',
    change: swapCells('UBND TỈNH LÀO CAI', 0, 1),
  },
  {
    rule: 'LY-01',
    file: '005',
    what: 'the agency column dragged wider than the Quốc hiệu column',
    change: (x) => x.replace(/w:w="3578"/gu, 'w:w="5600"').replace(/w:w="7037"/gu, 'w:w="5015"'),
  },
  // Number and symbol.
  { rule: 'SO-01', file: '005', what: '"Số" without its colon', change: para('/SCT-CN', text('Số:', 'Số')) },
  {
    rule: 'SO-02',
    file: '005',
    what: 'the number 5 not padded',
    change: para('/SCT-CN', text(/Số: +\//u, 'Số: 5/')),
  },
  { rule: 'SO-03', file: '005', what: 'the Số line in bold', change: para('/SCT-CN', runs(bold(true))) },
  {
    rule: 'SO-04',
    file: '005',
    what: 'spaces round "/"',
    change: para('/SCT-CN', text('/SCT-CN', ' / SCT-CN')),
  },
  {
    rule: 'SO-05',
    file: '014',
    what: 'a decision numbered as a notice',
    change: para('/QĐ-SCT', text(/^QĐ-$/u, 'TB-')),
  },
  {
    rule: 'TY-05',
    file: '054',
    what: '"TTR" for "TTr"',
    change: para('/TTr-SCT', text('/TTr-SCT', '/TTR-SCT')),
  },
  {
    rule: 'SO-06',
    file: '005',
    what: 'a letter with a type abbreviation',
    change: para('/SCT-CN', text('/SCT-CN', '/CV-SCT')),
  },
  { rule: 'SO-07', file: '005', what: 'the Số line set left', change: para('/SCT-CN', jc('left')) },
  // Place and date.
  {
    rule: 'DT-01',
    file: '005',
    what: '"ngày 5 tháng 6"',
    change: para('Lào Cai, ngày', text(/ngày +tháng/u, 'ngày 5 tháng')),
  },
  {
    rule: 'DT-02',
    file: '005',
    what: 'the date line upright',
    change: para('Lào Cai, ngày', runs(italic(false))),
  },
  { rule: 'DT-03', file: '005', what: 'the date line set left', change: para('Lào Cai, ngày', jc('left')) },
  {
    rule: 'DT-03',
    file: '054',
    what: 'space above the date line, so it prints lower than the Số line',
    change: para('Lào Cai, ngày', pPr(setProp('spacing', '<w:spacing w:before="720"/>'))),
  },
  {
    rule: 'DT-04',
    file: '005',
    what: 'the place abbreviated',
    change: para('Lào Cai, ngày', text('Lào Cai, ngày', 'L.Cai, ngày')),
  },
  // Type name and summary.
  {
    rule: 'TL-01',
    file: '014',
    what: 'the type name not bold',
    change: para('QUYẾT ĐỊNH', runs(bold(false))),
  },
  {
    rule: 'TL-02',
    file: '050',
    what: 'a type name with a colon',
    change: para('THÔNG BÁO', text(/^THÔNG BÁO$/u, 'THÔNG BÁO:')),
  },
  { rule: 'TY-01', file: '014', what: 'the summary not bold', change: para('Kiểm', runs(bold(false))) },
  {
    rule: 'TY-01',
    file: '002',
    what: 'a summary of two printed lines set left (its last line shows it)',
    change: para('Kết quả triển khai Chiến lược', jc('left')),
  },
  {
    rule: 'TY-02',
    file: '054',
    what: 'the rule under the summary drawn twice as long, still centred',
    change: (x) => {
      const at = x.indexOf('Về việc phê duyệt');
      return (
        x.slice(0, at) +
        x
          .slice(at)
          .replace('<wp:posOffset>1875790</wp:posOffset>', '<wp:posOffset>811157</wp:posOffset>')
          .replace(/cx="2070735"/gu, 'cx="4200000"')
      );
    },
  },
  { rule: 'TY-03', file: '005', what: 'the V/v line in bold', change: para('V/v', runs(bold(true))) },
  {
    rule: 'LY-03',
    file: '014',
    what: 'the type name indented into the right half',
    change: para('QUYẾT ĐỊNH', pPr(setProp('ind', '<w:ind w:left="4800"/>'))),
  },
  // Kính gửi.
  {
    rule: 'KG-01',
    file: '005',
    what: 'the "Kính gửi:" of a letter deleted',
    change: para('Kính gửi:', text('Kính gửi: ', '')),
  },
  {
    rule: 'KG-02',
    file: '005',
    what: '"Kính gửi" without its colon',
    change: para('Kính gửi:', text('Kính gửi: ', 'Kính gửi ')),
  },
  {
    rule: 'TY-04',
    file: '014',
    what: '"V/v" before a decision’s summary',
    change: para('Kiểm', text(/^Kiểm$/u, 'V/v kiểm')),
  },
  // Body.
  { rule: 'BD-01', file: '005', what: 'a body paragraph set left', change: para(BODY_005, jc('left')) },
  { rule: 'BD-02', file: '005', what: 'a body paragraph at 12 pt', change: para(BODY_005, runs(size(12))) },
  {
    rule: 'BD-03',
    file: '005',
    what: 'a body paragraph without its first-line indent',
    change: para(BODY_005, pPr(setProp('ind', '<w:ind w:firstLine="0"/>'))),
  },
  {
    rule: 'BD-04',
    file: '005',
    what: 'no space before or after a body paragraph',
    change: para(BODY_005, pPr(setProp('spacing', '<w:spacing w:before="0" w:after="0"/>'))),
  },
  {
    rule: 'BD-05',
    file: '005',
    what: 'a body paragraph double-spaced',
    change: para(
      BODY_005,
      pPr(setProp('spacing', '<w:spacing w:before="120" w:line="480" w:lineRule="auto"/>')),
    ),
  },
  { rule: 'BD-06', file: '005', what: 'one body paragraph at 13 pt', change: para(BODY_005, runs(size(13))) },
  {
    rule: 'BD-07',
    file: '014',
    what: 'a legal basis upright',
    change: para('Căn cứ Luật Hóa chất', runs(italic(false))),
  },
  {
    rule: 'BD-11',
    file: '014',
    what: '"Điều 3:" for "Điều 3."',
    change: para('Điều 3. Đoàn', text(/^\. $/u, ': ')),
  },
  {
    rule: 'BD-12',
    file: '014',
    what: 'a clause numbered "1)"',
    change: para('1. Ông:', text('1. Ông:', '1) Ông:')),
  },
  {
    rule: 'BD-13',
    file: '050',
    what: 'a point lettered "d."',
    change: para('d) Mô tả các thông số', text('d) Mô tả', 'd. Mô tả')),
  },
  {
    rule: 'BD-14',
    file: '054',
    what: 'a Roman heading not bold',
    change: para('I. TÌNH HÌNH', runs(bold(false))),
  },
  {
    rule: 'BD-15',
    file: '005',
    what: 'the "./." left off',
    change: para('Đây là nội dung quan trọng', text('trên./.', 'trên.')),
  },
  // Signature.
  {
    rule: 'SG-01',
    file: '005',
    what: 'the signer’s title not bold',
    change: para('PHÓ GIÁM ĐỐC', runs(bold(false))),
  },
  {
    rule: 'SG-02',
    file: '005',
    what: '"KT" without its full stop',
    change: para('KT. ', text('KT. ', 'KT ')),
  },
  {
    rule: 'SG-03',
    file: '005',
    what: 'the signer’s name not bold',
    change: para('Hoàng Văn Thuân', runs(bold(false))),
  },
  {
    rule: 'SG-04',
    file: '005',
    what: 'a degree before the signer’s name',
    change: para('Hoàng Văn Thuân', text('Hoàng Văn Thuân', 'ThS. Hoàng Văn Thuân')),
  },
  // Nơi nhận.
  { rule: 'NN-01', file: '005', what: '"Nơi nhận:" upright', change: para('Nơi nhận:', runs(italic(false))) },
  {
    rule: 'NN-02',
    file: '005',
    what: 'a recipient line at 13 pt',
    change: para('- Lãnh đạo Sở', runs(size(13))),
  },
  {
    rule: 'NN-03',
    file: '005',
    what: 'a recipient line without its ";"',
    change: para('- Lãnh đạo Sở', text('- Lãnh đạo Sở;', '- Lãnh đạo Sở')),
  },
  { rule: 'NN-04', file: '007', what: '"- Lưu VT"', change: (x) => x.replace(/- Lưu: VT/u, '- Lưu VT') },
  // Elements these drafts do not carry, added the way a clerk types them: one added line each.
  {
    rule: 'MK-01',
    file: '007',
    what: 'a "KHẨN" typed under the V/v as a plain line (no box, not bold, not red)',
    change: para('phúc đáp', (p) => `${p}<w:p><w:r><w:t>KHẨN</w:t></w:r></w:p>`),
  },
  {
    rule: 'LH-01',
    file: '007',
    what: 'a "LƯU HÀNH NỘI BỘ" typed under the V/v as a plain line',
    change: para('phúc đáp', (p) => `${p}<w:p><w:r><w:t>LƯU HÀNH NỘI BỘ</w:t></w:r></w:p>`),
  },
  {
    rule: 'MK-02',
    file: '007',
    what: 'a "KHẨN" stamp put in the right column, under the date',
    change: para(
      'ngày',
      (p) =>
        `${p}<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t>KHẨN</w:t></w:r></w:p>`,
    ),
  },
  {
    rule: 'BD-08',
    file: '014',
    what: 'a "Chương I" heading typed as a plain body line',
    change: para('Thời kỳ kiểm tra', (p) => `<w:p><w:r><w:t>Chương I</w:t></w:r></w:p>${p}`),
  },
  {
    rule: 'BD-09',
    file: '014',
    what: 'a chapter title under "Chương I" left in lower case, not bold',
    change: para(
      'Thời kỳ kiểm tra',
      (p) =>
        `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Chương I</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Quy định chung</w:t></w:r></w:p>${p}`,
    ),
  },
  {
    rule: 'BD-10',
    file: '014',
    what: 'a "Mục 1" heading typed as a plain body line',
    change: para('Thời kỳ kiểm tra', (p) => `<w:p><w:r><w:t>Mục 1</w:t></w:r></w:p>${p}`),
  },
  {
    rule: 'ES-01',
    file: '007',
    what: "the agency's digital-signature text typed at the top of page 1 at 12 pt, without the number",
    change: (x) =>
      x.replace(
        '<w:body>',
        '<w:body><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>Sở Công Thương, 05.06.2026 10:20:11 +07:00</w:t></w:r></w:p>',
      ),
  },
  {
    rule: 'ES-02',
    file: '007',
    what: 'an electronic copy notice typed at the top of page 1 at 12 pt',
    change: (x) =>
      x.replace(
        '<w:body>',
        '<w:body><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>SAO Y, Sở Công Thương, 05.06.2026 10:20:11 +07:00</w:t></w:r></w:p>',
      ),
  },
  {
    rule: 'AD-01',
    file: '007',
    what: 'the address and telephone typed after the signature at 14 pt, with no line above',
    change: (x) => {
      const at = x.lastIndexOf('<w:sectPr');
      const line =
        '<w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>Địa chỉ: Số 1 đường Hoàng Liên, Lào Cai; Điện thoại: 0214 3840000</w:t></w:r></w:p>';
      return x.slice(0, at) + line + x.slice(at);
    },
  },
  {
    rule: 'SG-06',
    file: '054',
    what: 'a picture pasted into the signature block (one of the document’s own WMF images, not a PNG)',
    change: (x) => {
      const picture =
        /<w:r(?: [^>]*)?>(?:(?!<\/w:r>)[\s\S])*?(?:<v:imagedata|<a:blip)\b[\s\S]*?<\/w:r>/u.exec(x)?.[0];
      if (!picture) throw new Error('mutant: no picture run in 054');
      return para('PHÓ GIÁM ĐỐC', (p) => p.replace(/<\/w:p>$/u, `${picture}</w:p>`))(x);
    },
  },
  {
    rule: 'SG-07',
    file: '054',
    what: 'a seal image on a white background pasted under the signer’s title',
    paste: (parts) => {
      sealId = addMedia(parts, 'seal.png', sealImage(WHITE), 'image/png');
    },
    change: (x) => para('PHÓ GIÁM ĐỐC', (p) => p + pictureParagraph(sealId, 35, 35))(x),
  },
  {
    rule: 'KH-01',
    file: '007',
    what: 'the drafter and copy count added in lower case under the Lưu line',
    change: para(
      '- Lưu: VT',
      (p) => `${p}<w:p><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t>loan(05).</w:t></w:r></w:p>`,
    ),
  },
  {
    rule: 'NN-06',
    file: '005',
    what: 'a letter whose first recipient is not "- Như trên;"',
    change: para('- Như trên;', text('- Như trên;', '- Bộ Công Thương;')),
  },
  {
    rule: 'NN-05',
    file: '005',
    what: '"Nơi nhận" and the signature swapped',
    change: swapCells('Nơi nhận:', 0, 2),
  },
  {
    rule: 'SG-05',
    file: '005',
    what: 'space added above the signer’s title',
    change: para('KT. ', pPr(setProp('spacing', '<w:spacing w:before="480"/>'))),
  },
  // Appendix.
  {
    rule: 'PL-01',
    file: '002',
    what: 'the "Phụ lục" label not bold',
    change: para('Phụ lục', runs(bold(false))),
  },
  {
    rule: 'PL-02',
    file: '002',
    what: 'the appendix title not bold',
    change: para('DANH M', runs(bold(false))),
  },
  {
    rule: 'PL-04',
    file: '050',
    what: 'the page break before the appendix deleted',
    change: para('Phụ lục 01', (p) => p.replace('<w:br w:type="page"/>', ''), 1),
  },
  {
    rule: 'PN-04',
    file: '088',
    what: 'the last appendix no longer restarts at 1',
    change: (x) => {
      const at = x.lastIndexOf('<w:pgNumType w:start="1"/>');
      return x.slice(0, at) + x.slice(at + '<w:pgNumType w:start="1"/>'.length);
    },
  },
  {
    rule: 'PL-03',
    file: '014',
    what: 'the "(Kèm theo …)" line upright',
    change: para('(Kèm theo', runs(italic(false))),
  },
  {
    rule: 'PL-05',
    file: '050',
    what: 'the text no longer mentions Phụ lục 01',
    change: para('Xem chi tiết Phụ lục 01', text('Phụ lục 01', 'bảng')),
  },
  // Capitals.
  {
    rule: 'CAP-01',
    file: '005',
    what: 'the agency name without diacritics',
    change: para('SỞ CÔNG THƯƠNG', text('SỞ CÔNG THƯƠNG', 'SO CONG THUONG')),
  },
  {
    rule: 'CAP-02',
    file: '005',
    what: '"Tỉnh Lào Cai" capitalised in the text',
    change: para('Sở Công Thương nhận được', text('quân sự tỉnh Lào Cai', 'quân sự Tỉnh Lào Cai')),
  },
  {
    rule: 'CAP-02',
    file: '054',
    what: '"Uỷ Ban Nhân Dân" capitalised in the Kính gửi line',
    change: para('Kính gửi:', text('Uỷ ban nhân dân tỉnh', 'Uỷ Ban Nhân Dân tỉnh')),
  },
];

/** Rules no real document here can carry, one line of reason each; each has its mutant in oneRule.test.ts. */
const NOT_APPLICABLE: Record<string, string> = {};

/** A real document with a pasted picture: its media part added, then the change that places it. */
function pasted(m: Mutant): Uint8Array {
  const parts = unpack(realDoc(m.file));
  m.paste!(parts);
  parts.set('word/document.xml', m.change(parts.get('word/document.xml') as string));
  return repack(parts);
}

const count = (bytes: Uint8Array, rule: string): number =>
  lintDocx(bytes).filter((f) => f.rule === rule).length;

describe.skipIf(!realDocsPresent)('one-change mutants of real documents are caught', () => {
  for (const m of MUTANTS)
    it(`${m.rule} on ${m.file}: ${m.what}`, () => {
      const changed = m.paste ? pasted(m) : mutateReal(m.file, m.change, m.part);
      expect(count(changed, m.rule)).toBeGreaterThan(count(realDoc(m.file), m.rule));
    });
});

describe('every rule has a real-document mutant or a reason why none can apply', () => {
  it('covered + explained = all rule ids', () => {
    const covered = new Set(MUTANTS.map((m) => m.rule));
    const explained = Object.keys(NOT_APPLICABLE);
    expect(
      explained.filter((id) => covered.has(id)),
      'explained and covered at once',
    ).toEqual([]);
    expect([...new Set([...covered, ...explained])].sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
