/**
 * A notice made the way offices make it in Word, not the way vanban does: every font and size comes from
 * styles.xml (no formatting on runs), the header is laid out with tab stops instead of a table, the rules
 * are line shapes (a DrawingML anchor under the agency, a VML line under the Tiêu ngữ, an inline DrawingML
 * line under the trích yếu), and the signature block is tabbed too. It conforms to ND30.
 */
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { mmToTwip } from '../../../src/layout/units.js';
import { textWidthMm } from '../../../src/measure/textWidth.js';
import { repack, unpack } from './fixtures.js';

export const AGENCY = 'SỞ TƯ PHÁP';
export const SUMMARY = 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 01/2021';
const LEFT_CENTRE_MM = 33;
const RIGHT_CENTRE_MM = 113;
const EMU_PER_MM = 36_000;
const PT_PER_MM = 72 / 25.4;

export interface OfficeOptions {
  /** Dash style of the VML line under the Tiêu ngữ. */
  mottoDash?: string;
  /** Length of the agency rule as a fraction of the agency name's width. */
  agencyRuleFraction?: number;
  /** Body paragraph alignment in the BodyText style. */
  bodyAlignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Whether the Quốc hiệu's character style is bold. */
  quocHieuBold?: boolean;
  /** A red "KHẨN" stamp in a text box under the Số line: DrawingML (with a VML fallback) or VML only. */
  stamp?: { widthMm: number; heightMm?: number; vmlOnly?: boolean };
}

const tabbed = (...parts: Array<string | { text: string; style: string }>): TextRun[] =>
  parts.map((p) =>
    typeof p === 'string'
      ? new TextRun({ children: [new Tab(), p] })
      : new TextRun({ children: [new Tab(), p.text], style: p.style }),
  );

/** Centre tab stops; docx writes them in styles although its style types do not list them. */
function tabStops(...centresMm: number[]): object {
  return { tabStops: centresMm.map((c) => ({ type: TabStopType.CENTER, position: mmToTwip(c) })) };
}

function build(o: OfficeOptions): Document {
  const bodyLine = (text: string): Paragraph =>
    new Paragraph({ style: 'BodyText', children: [new TextRun(text)] });
  const header = (children: TextRun[]): Paragraph => new Paragraph({ style: 'HeaderLine', children });
  return new Document({
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 28 } } },
      paragraphStyles: [
        {
          id: 'HeaderLine',
          name: 'Header Line',
          basedOn: 'Normal',
          run: { size: 26 },
          paragraph: { ...tabStops(LEFT_CENTRE_MM, RIGHT_CENTRE_MM), spacing: { before: 0, after: 0 } },
        },
        {
          id: 'TitleBase',
          name: 'Title Base',
          basedOn: 'Normal',
          run: { bold: true, size: 28 },
          paragraph: { alignment: AlignmentType.CENTER },
        },
        { id: 'TypeName', name: 'Type Name', basedOn: 'TitleBase', paragraph: { spacing: { before: 360 } } },
        { id: 'Summary', name: 'Summary', basedOn: 'TitleBase' },
        {
          id: 'BodyText',
          name: 'Body Text VB',
          basedOn: 'Normal',
          run: { size: 28 },
          paragraph: {
            alignment: o.bodyAlignment ?? AlignmentType.JUSTIFIED,
            indent: { firstLine: 567 },
            spacing: { before: 120, after: 0, line: 312, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: 'SignatureLine',
          name: 'Signature Line',
          basedOn: 'Normal',
          run: { size: 22 },
          paragraph: { ...tabStops(RIGHT_CENTRE_MM) },
        },
        {
          id: 'SignerName',
          name: 'Signer Name',
          basedOn: 'SignatureLine',
          paragraph: { spacing: { before: 1600 } },
        },
        {
          id: 'PageNo',
          name: 'Page Number VB',
          basedOn: 'Normal',
          run: { size: 28 },
          paragraph: { alignment: AlignmentType.CENTER },
        },
      ],
      characterStyles: [
        { id: 'Strong13', name: 'Strong 13', run: { bold: true, size: 26 } },
        { id: 'QuocHieuChar', name: 'Quoc Hieu', run: { bold: o.quocHieuBold ?? true, size: 26 } },
        { id: 'MottoChar', name: 'Motto', run: { bold: true, size: 28 } },
        { id: 'DateChar', name: 'Date', run: { italics: true, size: 28 } },
        { id: 'RecipientsLabel', name: 'Recipients Label', run: { bold: true, italics: true, size: 24 } },
        { id: 'SignerTitle', name: 'Signer Title', run: { bold: true, size: 28 } },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ style: 'PageNo', children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [
          header(
            tabbed('UBND TỈNH QUẢNG BÌNH', {
              text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
              style: 'QuocHieuChar',
            }),
          ),
          header(
            tabbed(
              { text: AGENCY, style: 'Strong13' },
              { text: 'Độc lập - Tự do - Hạnh phúc', style: 'MottoChar' },
            ),
          ),
          new Paragraph({ style: 'HeaderLine', children: [new TextRun('@@HEADER_RULES@@')] }),
          header(
            tabbed('Số: 15/TB-STP', { text: 'Quảng Bình, ngày 05 tháng 02 năm 2021', style: 'DateChar' }),
          ),
          ...(o.stamp ? [new Paragraph({ style: 'HeaderLine', children: [new TextRun('@@STAMP@@')] })] : []),
          new Paragraph({ style: 'TypeName', children: [new TextRun('THÔNG BÁO')] }),
          new Paragraph({ style: 'Summary', children: [new TextRun(SUMMARY)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('@@SUMMARY_RULE@@')] }),
          bodyLine(
            'Ngày 04 tháng 02 năm 2021, Sở Tư pháp tổ chức họp giao ban tháng 01/2021. Chủ trì: ông Nguyễn Văn A, Giám đốc Sở. Sau khi nghe các phòng báo cáo, Giám đốc Sở kết luận như sau:',
          ),
          bodyLine(
            '1. Các phòng, đơn vị tiếp tục thực hiện tốt nhiệm vụ được giao trong tháng 02/2021, bảo đảm tiến độ và chất lượng.',
          ),
          bodyLine(
            '2. Văn phòng Sở theo dõi, đôn đốc việc thực hiện và báo cáo Giám đốc Sở kết quả trước ngày 25 hằng tháng.',
          ),
          bodyLine('Sở Tư pháp thông báo để các phòng, đơn vị biết, thực hiện./.'),
          new Paragraph({
            style: 'SignatureLine',
            spacing: { before: 240 },
            children: [
              new TextRun({ text: 'Nơi nhận:', style: 'RecipientsLabel' }),
              ...tabbed({ text: 'GIÁM ĐỐC', style: 'SignerTitle' }),
            ],
          }),
          new Paragraph({
            style: 'SignatureLine',
            children: [new TextRun('- Giám đốc, các Phó Giám đốc Sở;')],
          }),
          new Paragraph({ style: 'SignatureLine', children: [new TextRun('- Các phòng, đơn vị thuộc Sở;')] }),
          new Paragraph({ style: 'SignatureLine', children: [new TextRun('- Lưu: VT, VP.')] }),
          new Paragraph({
            style: 'SignerName',
            children: tabbed({ text: 'Nguyễn Văn A', style: 'SignerTitle' }),
          }),
        ],
      },
    ],
  });
}

function mm(value: number): number {
  return Math.round(value * EMU_PER_MM);
}

/** DrawingML line anchored to the column (the text margin), `leftMm` from it. */
function anchoredLine(leftMm: number, lengthMm: number, id: number): string {
  return `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${mm(leftMm)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${mm(lengthMm)}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Line ${id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${mm(lengthMm)}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}

/** VML line from `leftMm` to `leftMm + lengthMm`, measured from the margin, as older Word versions write it. */
function vmlLine(leftMm: number, lengthMm: number, dash: string): string {
  const from = (leftMm * PT_PER_MM).toFixed(2);
  const to = ((leftMm + lengthMm) * PT_PER_MM).toFixed(2);
  return `<w:r><w:pict><v:line id="Line_motto" style="position:absolute;z-index:2;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" from="${from}pt,3pt" to="${to}pt,3pt" strokeweight=".5pt"><v:stroke dashstyle="${dash}"/></v:line></w:pict></w:r>`;
}

/** Inline DrawingML line: it sits in a centred empty paragraph, so it is centred on the page. */
function inlineLine(lengthMm: number): string {
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${mm(lengthMm)}" cy="0"/><wp:docPr id="9" name="Line 9"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${mm(lengthMm)}" cy="0"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:prstDash val="solid"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

const STAMP_TEXT =
  '<w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="FF0000"/><w:sz w:val="26"/></w:rPr><w:t>KHẨN</w:t></w:r></w:p></w:txbxContent>';

/** A text box holding the stamp, its centre in the left column under the Số line, the way Word draws it. */
function stampBox(widthMm: number, heightMm: number, vmlOnly: boolean): string {
  const left = LEFT_CENTRE_MM - widthMm / 2;
  const vml = `<w:pict><v:rect id="Stamp" o:spid="_x0000_s1030" style="position:absolute;margin-left:${(left * PT_PER_MM).toFixed(2)}pt;margin-top:2pt;width:${(widthMm * PT_PER_MM).toFixed(2)}pt;height:${(heightMm * PT_PER_MM).toFixed(2)}pt;z-index:3;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" strokecolor="#FF0000" strokeweight=".75pt"><v:textbox>${STAMP_TEXT}</v:textbox></v:rect></w:pict>`;
  if (vmlOnly) return `<w:r>${vml}</w:r>`;
  const drawing = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="4" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${mm(left)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>25400</wp:posOffset></wp:positionV><wp:extent cx="${mm(widthMm)}" cy="${mm(heightMm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="12" name="Stamp"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${mm(widthMm)}" cy="${mm(heightMm)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>${STAMP_TEXT}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

function replaceParagraph(xml: string, marker: string, runs: string): string {
  const re = new RegExp(`(<w:p>(?:(?!<w:p>).)*?)<w:r>(?:(?!<w:r>).)*?${marker}.*?</w:r>`, 's');
  if (!re.test(xml)) throw new Error(`fixture: ${marker} not found`);
  return xml.replace(re, `$1${runs}`);
}

export async function officeDocx(options: OfficeOptions = {}): Promise<Uint8Array> {
  const parts = unpack(new Uint8Array(await Packer.toBuffer(build(options))));
  const agencyWidth = textWidthMm(AGENCY, 13, { bold: true });
  const agencyRule = agencyWidth * (options.agencyRuleFraction ?? 0.4);
  const motto = textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, { bold: true });
  const summaryRule = textWidthMm(SUMMARY, 14, { bold: true }) * 0.4;
  let xml = parts.get('word/document.xml') as string;
  xml = replaceParagraph(
    xml,
    '@@HEADER_RULES@@',
    anchoredLine(LEFT_CENTRE_MM - agencyRule / 2, agencyRule, 7) +
      vmlLine(RIGHT_CENTRE_MM - motto / 2, motto, options.mottoDash ?? 'solid'),
  );
  xml = replaceParagraph(xml, '@@SUMMARY_RULE@@', inlineLine(summaryRule));
  if (options.stamp)
    xml = replaceParagraph(
      xml,
      '@@STAMP@@',
      stampBox(options.stamp.widthMm, options.stamp.heightMm ?? 8, options.stamp.vmlOnly ?? false),
    );
  parts.set('word/document.xml', xml);
  return repack(parts);
}
