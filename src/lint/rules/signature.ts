/**
 * SG-01..07: the authority and title lines, the signer's name, where the block stands beside "Nơi nhận:",
 * and the signature and seal images of an electronic document (PL1-II.7, II.8.a).
 */
import type { Paragraph, Picture } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import type { Segment } from '../layout.js';
import { imageFormat, readPng, type PngInfo } from '../png.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { foldTones } from '../text.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

const titles: LintRule = {
  id: 'SG-01',
  clause: 'PL1-II.7.đ',
  severity: 'error',
  element: ELEMENT.signatureTitle,
  requirement: L(
    'IN HOA, đậm, đứng, cỡ 13–14, căn giữa ở cột phải',
    'UPPERCASE, bold, upright, 13–14 pt, centred in the right column',
  ),
  check: ({ elements: e }) => {
    if (e.signatureTitles.length === 0)
      return [
        findingOf(titles, {
          property: PROPERTY.presence,
          expected: L(
            'chức vụ người ký IN HOA ở cột phải, cuối văn bản',
            "the signer's title in capitals, right column, at the end",
          ),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    // The post above the name (ô 7b) is set like the title lines (PL1-II.7.đ).
    return [...e.signatureTitles, ...e.titleAboveName].flatMap((s) =>
      checkStyle(titles, s, {
        sizes: [13, 14],
        bold: true,
        italic: false,
        case: 'upper',
        align: 'center',
        column: 'right',
      }),
    );
  },
};

const name: LintRule = {
  id: 'SG-03',
  clause: 'PL1-II.7.đ',
  severity: 'error',
  element: ELEMENT.signerName,
  requirement: L(
    'Chữ thường (viết hoa chữ đầu), đậm, đứng, cỡ 13–14, căn giữa dưới chức vụ',
    'Normal capitalisation, bold, upright, 13–14 pt, centred under the title',
  ),
  check: ({ elements: e }) => {
    if (e.signatureTitles.length === 0) return [];
    if (!e.signerName)
      return [
        findingOf(name, {
          property: PROPERTY.presence,
          expected: L('họ tên người ký dưới chức vụ', "the signer's name under the title"),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    return checkStyle(name, e.signerName, {
      sizes: [13, 14],
      bold: true,
      italic: false,
      case: 'notUpper',
      align: 'center',
    });
  },
};

/** The five authority prefixes, with a full stop and a space: "TM. ", "KT. ", "TL. ", "TUQ. ", "Q. ". */
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\. \S/u;
/** Something that means to be one: "T/M", "K/T", "KT ", "KT.GIÁM ĐỐC", "THAY MẶT", "KÝ THAY" … */
const AUTHORITY_LIKE =
  /^(T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|T\s*[/.]\s*U\s*[/.]\s*Q|TM|KT|TL|TUQ|Q|THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN|QUYỀN)(?=[\s./:]|$)/u;

const prefix: LintRule = {
  id: 'SG-02',
  clause: 'PL1-II.7.b',
  severity: 'error',
  element: ELEMENT.signatureTitle,
  requirement: L(
    'Quyền hạn ký viết tắt "TM.", "KT.", "TL.", "TUQ.", "Q." và một dấu cách trước chức vụ',
    'Authority written "TM.", "KT.", "TL.", "TUQ.", "Q." and a space before the title',
  ),
  check: ({ elements: e }) =>
    e.signatureTitles.flatMap((s) => {
      const text = s.text;
      const folded = foldTones(text);
      if (AUTHORITY.test(text) || !AUTHORITY_LIKE.test(folded)) return [];
      // "QUYỀN" on its own is a word of some titles; only "QUYỀN GIÁM ĐỐC" means "Q.".
      if (/^QUYỀN\s/u.test(folded) && !/^QUYỀN (GIÁM|CHỦ|CHÁNH|TRƯỞNG|BỘ|CỤC|VIỆN|THỦ)/u.test(folded))
        return [];
      return [
        findingOf(prefix, {
          property: PROPERTY.form,
          expected: same('"TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "'),
          found: quoted(text),
          where: whereOf(s),
        }),
      ];
    }),
};

/** Ranks, degrees and forms of address that must not precede the signer's name. */
const HONORIFIC = /^(ông|bà|đồng chí|đ\/c|anh|chị)\s/iu;
const DEGREE =
  /^(gs|pgs|ts|ths|tskh|ks|bs|ds|ls|cn|nsnd|nsưt|ngnd|ngưt|thầy thuốc|giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|kỹ sư|bác sĩ|dược sĩ|luật sư|cử nhân|nhà giáo|nghệ sĩ|đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy)(\.|\s|\.\s)/iu;

const nameContent: LintRule = {
  id: 'SG-04',
  clause: 'PL1-II.7.c',
  severity: 'error',
  element: ELEMENT.signerName,
  requirement: L(
    'Không ghi học hàm, học vị, danh hiệu, "Ông/Bà" trước họ tên (trừ ngành được phép)',
    'No rank, degree, honour or "Ông/Bà" before the name (sector exceptions aside)',
  ),
  check: ({ elements: e }) => {
    const s = e.signerName;
    if (!s) return [];
    const honorific = HONORIFIC.exec(s.text);
    const degree = DEGREE.exec(s.text);
    const hit = honorific ?? degree;
    if (!hit) return [];
    return [
      findingOf(nameContent, {
        property: PROPERTY.content,
        expected: L('chỉ họ và tên ("Nguyễn Văn A")', 'the name alone ("Nguyễn Văn A")'),
        found: quoted(s.text),
        where: whereOf(s),
        // Sector heads may allow degrees and military ranks (armed forces, education, health, science).
        ...(honorific ? {} : { severity: 'warning' as const }),
      }),
    ];
  },
};

/** Two-party documents sign side by side, and a biên bản puts "Nơi nhận" under both signatures. */
const SIDE_BY_SIDE = new Set(['BIÊN BẢN', 'HỢP ĐỒNG', 'BẢN GHI NHỚ', 'BẢN THỎA THUẬN']);
/** A line's worth of vertical tolerance, twips. */
const LEVEL_TOLERANCE_TWIPS = 240;

/** How far down its cell a paragraph starts: the blank paragraphs and spacing above it, twips. */
function offsetInCell(p: Paragraph, paragraphs: Paragraph[]): number | undefined {
  let offset = p.props.before;
  for (let n = p.number - 1; n >= 1; n--) {
    const q = paragraphs[n - 1];
    if (!q || q.cell !== p.cell) break;
    if (q.text.trim() !== '') return undefined;
    offset += q.props.before + q.props.after + 280;
  }
  return offset;
}

function level(a: Segment, b: Segment, paragraphs: Paragraph[]): boolean {
  if (a.para === b.para) return a.line === b.line;
  const ca = a.para.cell;
  const cb = b.para.cell;
  if (!ca || !cb || ca.table !== cb.table || ca.row !== cb.row || ca === cb) return false;
  if (a.line !== 0 || b.line !== 0) return false;
  const oa = offsetInCell(a.para, paragraphs);
  const ob = offsetInCell(b.para, paragraphs);
  return oa !== undefined && ob !== undefined && Math.abs(oa - ob) <= LEVEL_TOLERANCE_TWIPS;
}

const blockPosition: LintRule = {
  id: 'SG-05',
  clause: 'PL1-II.9.d, PL1-IV',
  severity: 'error',
  element: ELEMENT.signatureBlock,
  requirement: L(
    'Khối chữ ký ở cột phải, dòng đầu ngang hàng chữ "Nơi nhận:"',
    'Signature block in the right column, its first line level with "Nơi nhận:"',
  ),
  check: ({ elements: e, model }) => {
    const label = e.recipientsLabel;
    const first = e.signatureTitles[0];
    if (!label || !first || (e.documentType && SIDE_BY_SIDE.has(e.documentType.name))) return [];
    if (level(label, first, model.paragraphs)) return [];
    return [
      findingOf(blockPosition, {
        property: PROPERTY.column,
        expected: L('ngang hàng dòng "Nơi nhận:"', 'level with "Nơi nhận:"'),
        found: L(
          first.para.number < label.para.number ? 'cao hơn "Nơi nhận:"' : 'thấp hơn "Nơi nhận:"',
          first.para.number < label.para.number ? 'above "Nơi nhận:"' : 'below "Nơi nhận:"',
        ),
        where: whereOf(first),
      }),
    ];
  },
};

interface BlockImage {
  para: Paragraph;
  picture: Picture;
  bytes: Uint8Array;
  format: string;
  png?: PngInfo;
}

/** Pictures set in the signature block: from the first title line to the name, and in their cell. */
function blockImages(ctx: LintContext): BlockImage[] {
  const e = ctx.elements;
  const first = e.signatureTitles[0];
  if (!first) return [];
  const last = e.signerName?.para.number ?? e.signatureTitles[e.signatureTitles.length - 1]!.para.number;
  const cell = first.para.cell;
  const paragraphs = ctx.model.paragraphs.filter(
    (p) =>
      p.part === first.para.part &&
      ((p.number >= first.para.number && p.number <= last) || (cell !== undefined && p.cell === cell)),
  );
  return paragraphs.flatMap((para) =>
    para.pictures.flatMap((picture) => {
      const bytes = picture.target ? ctx.model.media(picture.target) : undefined;
      if (!bytes) return [];
      const image: BlockImage = { para, picture, bytes, format: imageFormat(bytes) };
      const png = readPng(bytes);
      if (png) image.png = png;
      return [image];
    }),
  );
}

const isSeal = (image: BlockImage): boolean => image.png?.ink === 'red';

function whereImage(image: BlockImage): Finding['where'] {
  return {
    part: image.para.part,
    paragraph: image.para.number,
    text: image.picture.target ?? '',
  };
}

/** A transparent background: an alpha channel, and (when decoded) a good share of see-through pixels. */
function transparent(image: BlockImage): boolean {
  const png = image.png;
  if (!png?.hasAlpha) return false;
  return png.transparentShare === undefined || png.transparentShare >= 0.2;
}

const signatureImage: LintRule = {
  id: 'SG-06',
  clause: 'PL1-II.7.d',
  severity: 'error',
  element: ELEMENT.signatureImage,
  requirement: L(
    'Ảnh chữ ký (văn bản điện tử): PNG nền trong suốt, nét màu xanh, căn giữa giữa chức vụ và họ tên',
    'Signature image (e-documents): PNG, transparent background, blue ink, centred between title and name',
  ),
  check: (ctx) =>
    blockImages(ctx)
      .filter((image) => !isSeal(image))
      .flatMap((image) => {
        const out: Finding[] = [];
        const where = whereImage(image);
        const add = (
          property: typeof PROPERTY.imageFormat,
          expected: Finding['expected'],
          found: Finding['found'],
        ) => out.push(findingOf(signatureImage, { property, expected, found, where }));
        if (image.format !== 'PNG') {
          add(PROPERTY.imageFormat, same('PNG'), same(image.format));
          return out;
        }
        if (!transparent(image))
          add(
            PROPERTY.transparency,
            L('trong suốt', 'transparent'),
            L('có nền (không trong suốt)', 'opaque'),
          );
        const ink = image.png?.ink;
        if (ink !== undefined && ink !== 'blue') add(PROPERTY.inkColour, L('xanh', 'blue'), inkName(ink));
        if (image.picture.relativeTo === 'inline' || image.picture.leftMm === undefined) {
          if (image.para.props.jc !== 'center')
            add(PROPERTY.align, L('căn giữa', 'centred'), L('không căn giữa', 'not centred'));
        }
        return out;
      }),
};

function inkName(ink: string): Finding['found'] {
  switch (ink) {
    case 'red':
      return L('đỏ', 'red');
    case 'black':
      return L('đen', 'black');
    case 'blue':
      return L('xanh', 'blue');
    default:
      return L('màu khác', 'another colour');
  }
}

const sealImage: LintRule = {
  id: 'SG-07',
  clause: 'PL1-II.8.a',
  severity: 'error',
  element: ELEMENT.sealImage,
  requirement: L(
    'Ảnh dấu (văn bản điện tử): PNG nền trong suốt, màu đỏ, trùm khoảng 1/3 ảnh chữ ký về bên trái',
    'Seal image (e-documents): PNG, transparent, red, over about 1/3 of the signature image on its left',
  ),
  check: (ctx) => {
    const images = blockImages(ctx);
    const signature = images.find((i) => !isSeal(i));
    return images.filter(isSeal).flatMap((seal) => {
      const out: Finding[] = [];
      const where = whereImage(seal);
      if (!transparent(seal))
        out.push(
          findingOf(sealImage, {
            property: PROPERTY.transparency,
            expected: L('trong suốt', 'transparent'),
            found: L('có nền (không trong suốt)', 'opaque'),
            where,
          }),
        );
      const s = signature?.picture;
      const p = seal.picture;
      if (
        s?.leftMm !== undefined &&
        s.widthMm !== undefined &&
        p.leftMm !== undefined &&
        p.widthMm !== undefined &&
        s.relativeTo === p.relativeTo &&
        s.widthMm > 0
      ) {
        const covered = (p.leftMm + p.widthMm - s.leftMm) / s.widthMm;
        if (p.leftMm > s.leftMm || covered < 0.15 || covered > 0.6)
          out.push(
            findingOf(sealImage, {
              property: PROPERTY.location,
              expected: L(
                'trùm khoảng 1/3 ảnh chữ ký, bên trái',
                'over about 1/3 of the signature, on its left',
              ),
              found:
                p.leftMm > s.leftMm
                  ? L('nằm bên phải mép trái chữ ký', 'right of the signature’s left edge')
                  : L(
                      `trùm ${Math.round(Math.max(0, covered) * 100)} % chữ ký`,
                      `covers ${Math.round(Math.max(0, covered) * 100)} % of the signature`,
                    ),
              where,
            }),
          );
      }
      return out;
    });
  },
};

export const SIGNATURE_RULES: LintRule[] = [
  titles,
  prefix,
  name,
  nameContent,
  blockPosition,
  signatureImage,
  sealImage,
];
