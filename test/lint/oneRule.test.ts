/**
 * One broken rule per fixture: vanban's own output with one thing changed, as a clerk's edit would
 * change it. Each case asserts that exactly its rule fires and nothing else does.
 */
import { describe as group, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { EXAMPLES, expectOnly, inParagraph, mutated, mutatedParts, replaceOnce } from './support/fixtures.js';
import { BLACK, sealImage, strokeImage, WHITE } from './support/png.js';
import {
  asCongVan,
  boxedStamp,
  headingParagraph,
  LEFT_CELL_TW,
  paragraph,
  RIGHT_CELL_TW,
  signWith,
  withKinhGui,
} from './support/variants.js';

const DOC = 'word/document.xml';
const HEADER = 'word/header1.xml';

const QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TN = 'Độc lập - Tự do - Hạnh phúc';
const BODY = 'Giám đốc Sở cơ bản thống nhất';
const SUMMARY = 'Kết luận của Giám đốc Sở';

/** The n-th empty rule paragraph (0: agency, 1: Tiêu ngữ, 2: trích yếu) gets new indents. */
function ruleIndent(xml: string, n: number, twips: number): string {
  let i = -1;
  return xml.replace(/<w:ind w:left="(\d+)" w:right="\1"\/>/g, (whole) =>
    ++i === n ? `<w:ind w:left="${twips}" w:right="${twips}"/>` : whole,
  );
}

const addRunProp = (prop: string) => (p: string) => p.replace(/<w:rFonts [^>]*\/>/g, (f) => f + prop);
const removeBold = (p: string) => p.replace(/<w:b\/><w:bCs\/>/g, '');
const removeItalic = (p: string) => p.replace(/<w:i\/><w:iCs\/>/g, '');
const setSize = (halfPoints: number) => (p: string) =>
  p.replace(
    /<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/g,
    `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`,
  );
const setJc = (jc: string) => (p: string) => p.replace(/<w:jc w:val="\w+"\/>/, `<w:jc w:val="${jc}"/>`);

/** Swaps the two cells of the first row of the n-th table, and its grid, so the columns trade places. */
function swapFirstRow(xml: string, table: number): string {
  let t = -1;
  return xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, (tbl) => {
    if (++t !== table) return tbl;
    const swappedGrid = tbl.replace(
      /<w:tblGrid><w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/><\/w:tblGrid>/,
      '<w:tblGrid><w:gridCol w:w="$2"/><w:gridCol w:w="$1"/></w:tblGrid>',
    );
    return swappedGrid.replace(
      /(<w:tr>(?:<w:trPr>.*?<\/w:trPr>)?)(<w:tc>.*?<\/w:tc>)(<w:tc>.*?<\/w:tc>)(<\/w:tr>)/s,
      '$1$3$2$4',
    );
  });
}

interface Case {
  rule: string;
  what: string;
  part?: string;
  /** The shipped example to start from (data/<name>); the notice by default. */
  example?: string;
  change?: (xml: string) => string;
  /** For fixtures that change more than one part. */
  build?: () => Promise<Uint8Array>;
  /** Rules that must fire alongside, when the change cannot break one rule alone. */
  with?: string[];
  /** The severity the finding must have when it is not the rule's own. */
  severity?: 'warning';
}

const CASES: Case[] = [
  {
    rule: 'PG-01',
    what: 'US Letter paper',
    change: (x) => replaceOnce(x, 'w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
  },
  {
    rule: 'PG-02',
    what: 'landscape',
    change: (x) => replaceOnce(x, 'w:orient="portrait"', 'w:orient="landscape"'),
  },
  { rule: 'PG-03', what: 'top margin 15 mm', change: (x) => replaceOnce(x, 'w:top="1134"', 'w:top="850"') },
  {
    rule: 'PG-04',
    what: 'bottom margin 30 mm',
    change: (x) => replaceOnce(x, 'w:bottom="1134"', 'w:bottom="1701"'),
  },
  {
    rule: 'PG-05',
    what: 'left margin 25 mm',
    change: (x) => replaceOnce(x, 'w:left="1701"', 'w:left="1417"'),
  },
  {
    rule: 'PG-06',
    what: 'right margin 25 mm',
    change: (x) => replaceOnce(x, 'w:right="850"', 'w:right="1418"'),
  },
  {
    rule: 'FN-01',
    what: 'a body run in Arial',
    change: (x) =>
      inParagraph(x, BODY, (p) =>
        p.replace(/<w:rFonts [^>]*\/>/, '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'),
      ),
  },
  {
    rule: 'FN-02',
    what: 'a red body run',
    change: (x) =>
      inParagraph(x, BODY, (p) => p.replace('<w:color w:val="000000"/>', '<w:color w:val="FF0000"/>')),
  },
  {
    rule: 'FN-04',
    what: 'a 16 pt note after the signature',
    change: (x) =>
      replaceOnce(
        x,
        '<w:sectPr>',
        '<w:p><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>Ghi chú</w:t></w:r></w:p><w:sectPr>',
      ),
  },
  { rule: 'PN-01', what: 'no "different first page"', change: (x) => replaceOnce(x, '<w:titlePg/>', '') },
  {
    rule: 'PN-02',
    what: 'page number left-aligned',
    part: HEADER,
    change: (x) => replaceOnce(x, '<w:jc w:val="center"/>', '<w:jc w:val="left"/>'),
  },
  { rule: 'PN-03', what: 'page number 12 pt', part: HEADER, change: setSize(24) },
  {
    rule: 'QH-01',
    what: 'a full stop after the Quốc hiệu',
    change: (x) => replaceOnce(x, `>${QH}<`, `>${QH}.<`),
  },
  { rule: 'QH-02', what: 'Quốc hiệu at 11 pt', change: (x) => inParagraph(x, QH, setSize(22)) },
  { rule: 'QH-02', what: 'Quốc hiệu not bold', change: (x) => inParagraph(x, QH, removeBold) },
  {
    rule: 'QH-03',
    what: 'Quốc hiệu at 14 pt wraps in its column',
    change: (x) => inParagraph(x, QH, setSize(28)),
    with: ['QH-02'],
  },
  // Position is judged where the text lands (±3 mm): a left-set Quốc hiệu that nearly fills its column
  // prints centred; one pushed 10 mm right by its indents does not.
  {
    rule: 'QH-03',
    what: 'Quốc hiệu pushed 10 mm right of its column centre',
    change: (x) =>
      inParagraph(x, QH, (p) => p.replace('<w:pPr>', '<w:pPr><w:ind w:left="567" w:right="-567"/>')),
  },
  {
    rule: 'TN-01',
    what: 'en dashes in the Tiêu ngữ',
    change: (x) => replaceOnce(x, TN, 'Độc lập – Tự do – Hạnh phúc'),
  },
  {
    rule: 'TN-02',
    what: 'Tiêu ngữ at 12 pt',
    change: (x) => inParagraph(x, TN, setSize(24)),
    with: ['TN-04'],
  },
  { rule: 'TN-02', what: 'Tiêu ngữ not bold', change: (x) => inParagraph(x, TN, removeBold) },
  {
    rule: 'TN-03',
    what: 'no rule under the Tiêu ngữ',
    change: (x) =>
      ruleIndent(x, 1, 1064).replace(
        /(<w:pBdr><w:bottom w:val=")single(" w:color="000000" w:sz="6" w:space="0"\/><\/w:pBdr><w:spacing w:after="0" w:before="60" w:line="40" w:lineRule="exact"\/><w:ind w:left="1064")/,
        '$1none$2',
      ),
  },
  {
    rule: 'TN-03',
    what: 'a dashed rule under the Tiêu ngữ',
    change: (x) =>
      x.replace(
        /(<w:bottom w:val=")single("[^>]*\/><\/w:pBdr><w:spacing[^>]*\/><w:ind w:left="1064")/,
        '$1dashed$2',
      ),
  },
  { rule: 'TN-04', what: 'a rule longer than the Tiêu ngữ', change: (x) => ruleIndent(x, 1, 500) },
  {
    rule: 'CQ-01',
    what: 'parent agency in bold',
    change: (x) => inParagraph(x, 'UBND TỈNH QUẢNG BÌNH', addRunProp('<w:b/><w:bCs/>')),
  },
  {
    rule: 'CQ-03',
    what: 'agency line in italic',
    change: (x) => inParagraph(x, 'SỞ KHOA HỌC', addRunProp('<w:i/><w:iCs/>')),
  },
  { rule: 'CQ-05', what: 'agency rule as long as the text', change: (x) => ruleIndent(x, 0, 400) },
  {
    rule: 'CQ-06',
    what: 'agency and Quốc hiệu columns swapped',
    change: (x) => swapFirstRow(x, 0),
    with: ['QH-03'],
  },
  {
    rule: 'SO-01',
    what: '"Số" without its colon',
    change: (x) => replaceOnce(x, 'Số:      /TB-SKHCN', 'Số      /TB-SKHCN'),
  },
  {
    rule: 'SO-01',
    what: 'a year in the symbol',
    change: (x) => replaceOnce(x, 'Số:      /TB-SKHCN', 'Số: 05/2020/TB-SKHCN'),
  },
  {
    rule: 'SO-02',
    what: 'number 5 without its zero',
    change: (x) => replaceOnce(x, 'Số:      /TB-SKHCN', 'Số: 5/TB-SKHCN'),
  },
  {
    rule: 'SO-04',
    what: 'spaces around the hyphen of the symbol',
    change: (x) => replaceOnce(x, 'Số:      /TB-SKHCN', 'Số: 05/TB - SKHCN'),
  },
  {
    rule: 'TY-05',
    what: 'the notice abbreviation in the wrong case',
    change: (x) => replaceOnce(x, '/TB-SKHCN', '/Tb-SKHCN'),
  },
  {
    rule: 'SO-06',
    what: 'a công văn numbered "CV"',
    change: asCongVan({ symbol: '/CV-SKHCN' }),
  },
  {
    rule: 'SO-03',
    what: 'Số line in bold',
    change: (x) => inParagraph(x, 'Số:', addRunProp('<w:b/><w:bCs/>')),
  },
  {
    rule: 'SO-05',
    what: 'QĐ symbol on a Thông báo',
    change: (x) => replaceOnce(x, '/TB-SKHCN', '/QĐ-SKHCN'),
  },
  { rule: 'SO-07', what: 'Số line left-aligned', change: (x) => inParagraph(x, 'Số:', setJc('left')) },
  {
    rule: 'DT-01',
    what: 'month 8 written 08',
    change: (x) => replaceOnce(x, 'tháng 8 năm 2020', 'tháng 08 năm 2020'),
  },
  {
    rule: 'DT-01',
    what: 'place name in lower case',
    change: (x) => replaceOnce(x, 'Quảng Bình, ngày', 'quảng Bình, ngày'),
  },
  {
    rule: 'DT-02',
    what: 'date line upright',
    change: (x) => inParagraph(x, 'Quảng Bình, ngày', removeItalic),
  },
  {
    rule: 'DT-03',
    what: 'date line right-aligned',
    change: (x) => inParagraph(x, 'Quảng Bình, ngày', setJc('right')),
  },
  { rule: 'TL-01', what: 'type name not bold', change: (x) => inParagraph(x, '>THÔNG BÁO<', removeBold) },
  {
    rule: 'TL-01',
    what: 'type name in lower case',
    change: (x) => replaceOnce(x, '>THÔNG BÁO<', '>Thông báo<'),
  },
  {
    rule: 'TY-01',
    what: 'trích yếu in italic',
    change: (x) => inParagraph(x, SUMMARY, addRunProp('<w:i/><w:iCs/>')),
  },
  { rule: 'TY-02', what: 'trích yếu rule too long', change: (x) => ruleIndent(x, 2, 1500) },
  {
    rule: 'TY-04',
    what: 'a V/v line on a Thông báo',
    change: (x) =>
      inParagraph(
        x,
        'Số:',
        (p) =>
          p +
          '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>V/v giao ban tháng 8</w:t></w:r></w:p>',
      ),
  },
  {
    rule: 'BD-01',
    what: 'a body paragraph left-aligned',
    change: (x) => inParagraph(x, BODY, setJc('left')),
  },
  { rule: 'BD-02', what: 'a body paragraph at 12 pt', change: (x) => inParagraph(x, BODY, setSize(24)) },
  {
    rule: 'BD-03',
    what: 'first-line indent 0.7 cm',
    change: (x) => inParagraph(x, BODY, (p) => p.replace('w:firstLine="567"', 'w:firstLine="400"')),
  },
  {
    rule: 'BD-04',
    what: 'no space before a paragraph',
    change: (x) => inParagraph(x, BODY, (p) => p.replace('w:before="120"', 'w:before="0"')),
  },
  {
    rule: 'BD-05',
    what: 'double line spacing',
    change: (x) => inParagraph(x, BODY, (p) => p.replace('w:line="276"', 'w:line="480"')),
  },
  {
    rule: 'BD-05',
    // "Exactly N pt" is judged as the multiple it prints: 12 pt on 14 pt text is under one line.
    what: 'exact line spacing tighter than single (a warning)',
    change: (x) =>
      inParagraph(x, BODY, (p) =>
        p.replace('w:line="276" w:lineRule="auto"', 'w:line="240" w:lineRule="exact"'),
      ),
    severity: 'warning',
  },
  { rule: 'SG-01', what: 'signer title not bold', change: (x) => inParagraph(x, '>GIÁM ĐỐC<', removeBold) },
  {
    rule: 'SG-03',
    what: 'signer name in capitals',
    change: (x) => replaceOnce(x, '>Văn Công Thới<', '>VĂN CÔNG THỚI<'),
  },
  {
    rule: 'SG-03',
    what: 'signer name in italic',
    change: (x) => inParagraph(x, '>Văn Công Thới<', addRunProp('<w:i/><w:iCs/>')),
  },
  { rule: 'NN-01', what: '"Nơi nhận:" not italic', change: (x) => inParagraph(x, 'Nơi nhận:', removeItalic) },
  {
    rule: 'NN-02',
    what: 'a recipient at 13 pt',
    change: (x) => inParagraph(x, 'GĐ, các phó GĐ Sở', setSize(26)),
  },
  {
    rule: 'NN-02',
    what: 'a recipient without its dash',
    change: (x) => replaceOnce(x, '- GĐ, các phó GĐ Sở;', 'GĐ, các phó GĐ Sở;'),
  },
  {
    rule: 'NN-03',
    what: 'a recipient without ";"',
    change: (x) => replaceOnce(x, '- GĐ, các phó GĐ Sở;', '- GĐ, các phó GĐ Sở'),
  },
  {
    rule: 'NN-04',
    what: 'no full stop after "Lưu"',
    change: (x) => replaceOnce(x, '- Lưu: VT, VP.', '- Lưu: VT, VP'),
  },
  {
    rule: 'NN-04',
    what: 'Lưu line without VT',
    change: (x) => replaceOnce(x, '- Lưu: VT, VP.', '- Lưu: VP.'),
  },
  {
    rule: 'NN-05',
    what: 'recipients and signature swapped',
    change: (x) => swapFirstRow(x, 1),
    with: ['SG-01'],
  },
  {
    rule: 'FN-03',
    what: 'a paragraph typed with combining marks (not NFC)',
    change: (x) => replaceOnce(x, BODY, BODY.normalize('NFD')),
  },
  {
    rule: 'FN-03',
    // TCVN3 text in the .VnTime font (Unicode text under a .Vn font name is FN-01's: converting it would
    // corrupt it).
    what: 'a run typed in TCVN3 in the legacy .VnTime font',
    change: (x) =>
      inParagraph(x, BODY, (p) =>
        p
          .replace(/<w:rFonts [^>]*\/>/g, '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime" w:cs=".VnTime"/>')
          .replace(/(<w:t(?: [^>]*)?>)[^<]*(<\/w:t>)/g, '$1Th«ng b¸o kÕt luËn cña Gi¸m ®èc Së$2'),
      ),
  },
  {
    rule: 'PN-04',
    what: 'the appendix section continues the page numbers',
    example: EXAMPLES.withAppendix,
    change: (x) => replaceOnce(x, '<w:pgNumType w:start="1"/>', '<w:pgNumType/>'),
  },
  {
    rule: 'CQ-02',
    what: 'a People’s Committee parent without its province',
    change: (x) => replaceOnce(x, '>UBND TỈNH QUẢNG BÌNH<', '>UBND TỈNH<'),
  },
  {
    rule: 'CQ-04',
    what: 'the issuing agency abbreviated',
    change: (x) => replaceOnce(x, '>VÀ CÔNG NGHỆ<', '>VÀ CN<'),
  },
  {
    rule: 'DT-04',
    what: 'an abbreviated place name',
    change: (x) => replaceOnce(x, 'Quảng Bình, ngày', 'TP. Đồng Hới, ngày'),
  },
  {
    rule: 'TL-02',
    what: 'a colon after the type name',
    change: (x) => replaceOnce(x, '>THÔNG BÁO<', '>THÔNG BÁO:<'),
  },
  {
    rule: 'MK-01',
    what: 'a KHẨN stamp printed black',
    change: (x) =>
      inParagraph(
        x,
        'Số:',
        (p) => p + boxedStamp('KHẨN', { widthTw: 1134, cellTw: LEFT_CELL_TW, colour: '000000' }),
      ),
  },
  {
    rule: 'MK-01',
    what: 'a KHẨN stamp box 40 mm wide',
    change: (x) =>
      inParagraph(
        x,
        'Số:',
        (p) => p + boxedStamp('KHẨN', { widthTw: 2268, cellTw: LEFT_CELL_TW, colour: 'FF0000' }),
      ),
  },
  {
    rule: 'MK-02',
    what: 'a KHẨN stamp above the Số line',
    change: (x) =>
      inParagraph(
        x,
        'Số:',
        (p) => boxedStamp('KHẨN', { widthTw: 1134, cellTw: LEFT_CELL_TW, colour: 'FF0000' }) + p,
      ),
  },
  {
    rule: 'LH-01',
    what: '"LƯU HÀNH NỘI BỘ" not bold',
    change: (x) =>
      inParagraph(
        x,
        '>CỘNG HÒA XÃ HỘI',
        (p) => boxedStamp('LƯU HÀNH NỘI BỘ', { widthTw: 3400, cellTw: RIGHT_CELL_TW, bold: false }) + p,
      ),
  },
  {
    rule: 'KG-01',
    what: '"Kính gửi" on a Thông báo',
    change: (x) => withKinhGui(x),
  },
  {
    rule: 'KG-02',
    what: 'the last "Kính gửi" line ending ";"',
    example: EXAMPLES.letter,
    change: (x) => replaceOnce(x, 'Trung ương.<', 'Trung ương;<'),
  },
  {
    rule: 'KG-01',
    what: 'a công văn without "Kính gửi"',
    example: EXAMPLES.letter,
    change: (x) =>
      [
        '>Kính gửi:<',
        '>- Ủy ban nhân dân các tỉnh, thành phố',
        '>- Sở Khoa học và Công nghệ các tỉnh, thành phố',
      ].reduce((doc, text) => inParagraph(doc, text, () => ''), x),
  },
  {
    rule: 'BD-06',
    what: 'one body paragraph at 13 pt among 14 pt ones (a warning)',
    change: (x) => inParagraph(x, BODY, setSize(26)),
  },
  {
    rule: 'BD-07',
    what: 'the "Theo đề nghị" line upright',
    example: EXAMPLES.decision,
    change: (x) => inParagraph(x, 'Theo đề nghị của', removeItalic),
  },
  {
    rule: 'BD-07',
    what: 'a căn cứ line without its ";"',
    example: EXAMPLES.decision,
    change: (x) =>
      replaceOnce(
        x,
        'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;',
        'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013',
      ),
  },
  {
    rule: 'BD-08',
    what: '"Phần 1" with an Arabic numeral',
    change: (x) =>
      inParagraph(x, BODY, (p) => p + headingParagraph('Phần 1') + headingParagraph('TÌNH HÌNH CHUNG')),
  },
  {
    rule: 'BD-09',
    what: 'a part title in lower case',
    change: (x) =>
      inParagraph(x, BODY, (p) => p + headingParagraph('Phần I') + headingParagraph('Tình hình chung')),
  },
  {
    rule: 'BD-10',
    what: 'a "Mục 1" label not bold',
    change: (x) =>
      inParagraph(
        x,
        BODY,
        (p) => p + headingParagraph('Mục 1', { bold: false }) + headingParagraph('NHIỆM VỤ CHUNG'),
      ),
  },
  {
    rule: 'BD-11',
    what: '"Điều 2:" with a colon',
    example: EXAMPLES.decision,
    change: (x) => replaceOnce(x, '>Điều 2.<', '>Điều 2:<'),
  },
  {
    rule: 'BD-12',
    what: 'a clause numbered "1)"',
    change: (x) => replaceOnce(x, '>1. Nhiệm vụ chung', '>1) Nhiệm vụ chung'),
  },
  {
    rule: 'BD-12',
    what: 'a clause that is content set in bold',
    example: EXAMPLES.decision,
    change: (x) => inParagraph(x, '1. Đánh giá hồ sơ', addRunProp('<w:b/><w:bCs/>')),
  },
  {
    rule: 'BD-13',
    what: 'points "d)" then "e)", skipping "đ)"',
    example: EXAMPLES.withAppendix,
    change: (x) => replaceOnce(x, '>đ) Văn bản xác nhận', '>e) Văn bản xác nhận'),
  },
  {
    rule: 'BD-14',
    what: 'a Roman-numbered heading in lower case',
    example: EXAMPLES.report,
    change: (x) => replaceOnce(x, '>II. TỒN TẠI, HẠN CHẾ<', '>II. Tồn tại, hạn chế<'),
  },
  {
    rule: 'BD-15',
    what: 'no "./." at the end of the content (a warning)',
    change: (x) => replaceOnce(x, 'chủ động triển khai thực hiện./.', 'chủ động triển khai thực hiện.'),
  },
  {
    rule: 'SG-02',
    what: '"KT" without its full stop',
    change: (x) => replaceOnce(x, '>GIÁM ĐỐC<', '>KT GIÁM ĐỐC<'),
  },
  {
    rule: 'SG-04',
    what: '"Ông" before the signer’s name',
    change: (x) => replaceOnce(x, '>Văn Công Thới<', '>Ông Văn Công Thới<'),
  },
  {
    rule: 'SG-05',
    what: 'the signer’s title set lower than "Nơi nhận:"',
    change: (x) => inParagraph(x, '>GIÁM ĐỐC<', (p) => p.replace('w:before="240"', 'w:before="1200"')),
  },
  {
    rule: 'SG-06',
    what: 'a signature image in black ink',
    build: () =>
      mutatedParts((parts) => signWith(parts, [{ name: 'signature.png', bytes: strokeImage(BLACK) }])),
  },
  {
    rule: 'SG-06',
    what: 'a signature image as JPEG',
    build: () =>
      mutatedParts((parts) =>
        signWith(parts, [
          { name: 'signature.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) },
        ]),
      ),
  },
  {
    rule: 'SG-07',
    what: 'a seal image on a white background',
    build: () => mutatedParts((parts) => signWith(parts, [{ name: 'seal.png', bytes: sealImage(WHITE) }])),
  },
  {
    rule: 'NN-06',
    what: 'a báo cáo with "Kính gửi" whose list does not start "- Như trên;"',
    example: EXAMPLES.report,
    change: (x) => replaceOnce(x, '>- Như trên;<', '>- Bộ Khoa học và Công nghệ;<'),
  },
  {
    rule: 'KH-01',
    what: 'drafter initials in lower case',
    change: (x) => replaceOnce(x, '- Lưu: VT, VP.', '- Lưu: VT, VP. pl(05).'),
  },
  {
    rule: 'AD-01',
    what: 'an address with no line above it',
    change: (x) =>
      x.replace(
        '<w:sectPr>',
        paragraph('Địa chỉ: 02 Hùng Vương, Đồng Hới; ĐT: 0232.3822.xxx', { size: 11, before: 240 }) +
          '<w:sectPr>',
      ),
  },
  {
    rule: 'PL-01',
    what: '"PHỤ LỤC" in capitals',
    example: EXAMPLES.withAppendix,
    change: (x) => replaceOnce(x, '>Phụ lục<', '>PHỤ LỤC<'),
  },
  {
    rule: 'PL-02',
    what: 'the appendix title not bold',
    example: EXAMPLES.withAppendix,
    change: (x) => inParagraph(x, '>DANH MỤC NHIỆM VỤ KHOA HỌC', removeBold),
  },
  {
    rule: 'PL-03',
    what: 'the "(Kèm theo …)" line upright',
    example: EXAMPLES.withAppendix,
    change: (x) => inParagraph(x, '(Kèm theo Thông báo', removeItalic),
  },
  {
    rule: 'PL-04',
    what: 'the appendix on the same page (continuous section break)',
    example: EXAMPLES.withAppendix,
    change: (x) =>
      replaceOnce(x, '<w:pgNumType w:start="1"/>', '<w:type w:val="continuous"/><w:pgNumType w:start="1"/>'),
  },
  {
    rule: 'PL-05',
    what: 'an appendix the text never mentions',
    example: EXAMPLES.withAppendix,
    change: (x) => replaceOnce(x, '(chi tiết tại Phụ lục kèm theo)', '(chi tiết kèm theo)'),
  },
  {
    rule: 'ES-01',
    what: 'the signing time without "+07:00"',
    change: (x) =>
      x.replace(
        '<w:body>',
        '<w:body>' + paragraph('Số: 05/TB-SKHCN; 31/08/2020; 14:30:00', { size: 10, jc: 'right' }),
      ),
  },
  {
    rule: 'ES-02',
    what: 'the e-copy signature text at 12 pt',
    change: (x) =>
      x.replace(
        '<w:body>',
        '<w:body>' +
          paragraph('SAO Y; Sở Khoa học và Công nghệ; 2020-09-01T08:00:00+07:00', { size: 12, jc: 'right' }),
      ),
  },
  {
    rule: 'LY-01',
    what: 'a header table whose agency column is the wider (a warning)',
    change: (x) =>
      ruleIndent(
        replaceOnce(
          x,
          '<w:gridCol w:w="3685"/><w:gridCol w:w="5669"/>',
          '<w:gridCol w:w="5700"/><w:gridCol w:w="5669"/>',
        ),
        0,
        2383,
      ).replace(/<w:tcW w:type="dxa" w:w="3685"\/>/g, '<w:tcW w:type="dxa" w:w="5700"/>'),
  },
  {
    rule: 'LY-03',
    what: 'the type name set in the right half of the page',
    change: (x) => inParagraph(x, '>THÔNG BÁO<', (p) => p.replace('<w:jc ', '<w:ind w:left="5669"/><w:jc ')),
  },
  {
    rule: 'CAP-01',
    what: 'the agency name without diacritics',
    change: (x) =>
      replaceOnce(replaceOnce(x, '>SỞ KHOA HỌC<', '>SO KHOA HOC<'), '>VÀ CÔNG NGHỆ<', '>VA CONG NGHE<'),
  },
  {
    rule: 'CAP-02',
    what: 'an agency name in title case in the text',
    change: (x) =>
      replaceOnce(x, '>Sở Khoa học và Công nghệ thông báo', '>Sở Khoa Học Và Công Nghệ thông báo'),
  },
];

group('one broken rule, one finding', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.what}`, async () => {
      const bytes = c.build ? await c.build() : await mutated(c.part ?? DOC, c.change!, c.example);
      const findings = expectOnly(bytes, c.rule, ...(c.with ?? []));
      const own = findings.filter((f) => f.rule === c.rule);
      expect(own.map((f) => f.severity)).toEqual(
        own.map(() => c.severity ?? RULES.find((r) => r.id === c.rule)!.severity),
      );
    });
  }

  it('covers every rule the linter has', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    // TY-03 (công văn V/v style) has its own fixture in clean.test.ts.
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id) && id !== 'TY-03');
    expect(missing).toEqual([]);
  });
});
