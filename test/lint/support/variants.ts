/**
 * Pieces of WordprocessingML the fixtures add to vanban's output: paragraphs set the way vanban sets body
 * text, boxed stamps, pictures, a "Kính gửi" block, and the công văn variant of the notice.
 */
import { addMedia, inParagraph, replaceOnce, type Parts } from './fixtures.js';

const FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
}

export function run(text: string, s: RunStyle = {}): string {
  const props = [
    FONT,
    s.bold ? '<w:b/><w:bCs/>' : '',
    s.italic ? '<w:i/><w:iCs/>' : '',
    `<w:color w:val="${s.colour ?? '000000'}"/>`,
    `<w:sz w:val="${(s.size ?? 14) * 2}"/><w:szCs w:val="${(s.size ?? 14) * 2}"/>`,
  ].join('');
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export interface ParagraphStyle extends RunStyle {
  jc?: string;
  /** First-line indent in twips (body text: 567). */
  firstLine?: number;
  before?: number;
  indLeft?: number;
  indRight?: number;
  /** Extra w:pPr content (borders …). */
  extra?: string;
}

export function paragraph(content: string, s: ParagraphStyle = {}): string {
  const ind =
    s.firstLine !== undefined || s.indLeft !== undefined || s.indRight !== undefined
      ? `<w:ind w:left="${s.indLeft ?? 0}" w:right="${s.indRight ?? 0}" w:firstLine="${s.firstLine ?? 0}"/>`
      : '';
  const pPr = `<w:pPr>${s.extra ?? ''}<w:spacing w:before="${s.before ?? 0}" w:after="0"/>${ind}<w:jc w:val="${s.jc ?? 'left'}"/></w:pPr>`;
  return `<w:p>${pPr}${content.startsWith('<w:r>') ? content : run(content, s)}</w:p>`;
}

/** A body paragraph as vanban sets it: 14 pt, justified, 1 cm first line, 6 pt before, 1.15 lines. */
export function bodyParagraph(text: string, s: RunStyle = {}): string {
  return `<w:p><w:pPr><w:spacing w:after="0" w:before="120" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>${run(text, s)}</w:p>`;
}

/** A centred heading line of the body. */
export function headingParagraph(text: string, s: RunStyle = { bold: true }): string {
  return paragraph(text, { ...s, jc: 'center', before: 120 });
}

const BOX = (style = 'single'): string =>
  `<w:pBdr>${['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="${style}" w:sz="8" w:space="1" w:color="auto"/>`).join('')}</w:pBdr>`;

/** A stamp as a paragraph with four borders, `widthTw` wide inside a cell `cellTw` wide (content). */
export function boxedStamp(
  text: string,
  s: RunStyle & { widthTw: number; cellTw: number; border?: string },
): string {
  const side = Math.round((s.cellTw - s.widthTw) / 2);
  return paragraph(text, {
    size: 13,
    bold: true,
    ...s,
    jc: 'center',
    indLeft: side,
    indRight: side,
    extra: BOX(s.border),
  });
}

/** Content width of the header table's left cell in vanban's notice (3685 twips less 2 × 57 margins). */
export const LEFT_CELL_TW = 3571;
export const RIGHT_CELL_TW = 5555;

/** An inline picture paragraph, centred, `widthMm` × `heightMm`, for relationship `relId`. */
export function pictureParagraph(relId: string, widthMm = 40, heightMm = 20, jc = 'center'): string {
  const cx = Math.round(widthMm * 36000);
  const cy = Math.round(heightMm * 36000);
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="${jc}"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${relId.length + 40}" name="${relId}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="${relId}.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

/** Puts images between the notice's signer title and name, as an e-signed document shows them. */
export function signWith(
  parts: Parts,
  images: Array<{ name: string; bytes: Uint8Array; jc?: string }>,
): void {
  const paragraphs = images
    .map((image) => {
      const type = image.name.endsWith('.png') ? 'image/png' : 'image/jpeg';
      return pictureParagraph(addMedia(parts, image.name, image.bytes, type), 40, 20, image.jc);
    })
    .join('');
  const doc = parts.get('word/document.xml') as string;
  parts.set(
    'word/document.xml',
    inParagraph(doc, '>GIÁM ĐỐC<', (p) => p + paragraphs),
  );
}

/** A "Kính gửi:" line right after the trích yếu's rule, before the body. */
export function withKinhGui(xml: string, text = 'Kính gửi: Các phòng, đơn vị thuộc Sở'): string {
  return inParagraph(
    xml,
    'Vào lúc 14h00',
    (p) => paragraph(text, { size: 14, jc: 'left', before: 240, firstLine: 0, indLeft: 1984 }) + p,
  );
}

/** The notice turned into a công văn: no type name or trích yếu, a "V/v" line under Số, "Kính gửi", "Như trên". */
export function asCongVan({
  vvProps = '',
  symbol = '/SKHCN-VP',
}: { vvProps?: string; symbol?: string } = {}): (xml: string) => string {
  return (xml) => {
    let x = replaceOnce(xml, '/TB-SKHCN', symbol);
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
    x = inParagraph(x, 'Số:', (p) => p + vv);
    x = withKinhGui(x);
    return replaceOnce(x, '>- Các phòng, đơn vị thuộc Sở;<', '>- Như trên;<');
  };
}
