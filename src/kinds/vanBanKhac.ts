/**
 * Any other type of Điều 7 (tờ trình, hướng dẫn, chương trình, phương án, biên bản as an office writes
 * it …): the type name the clerk gives, its PL3-I abbreviation in the ký hiệu, and the free content of
 * Mẫu 1.4 — opening paragraphs, numbered items, closing, appendices, optional "Kính gửi:". It is also
 * what `vanban import` writes when a document fits no kind with fields of its own.
 * Wording: templates/van-ban-khac.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { notedLines } from './notedText.js';
import { diagnostic } from '../diagnostics/make.js';
import { vietnameseUpper } from '../text/case.js';
import { DOCUMENT_TYPES, documentTypeOf, documentTypePrefixOf } from '../lint/text.js';
import { commonFields, kinhGuiLayoutField, recipientSchema } from './commonFields.js';
import { appendicesField, contentFields } from './content.js';
import { numberingField } from './structuredKind.js';
import {
  addresseeStructure,
  appendicesStructure,
  checkStructuredContent,
  structuredContentView,
} from './kindSupport.js';
import { checkCommon, checkUnit, commonView, findUnit } from './commonView.js';
import type { DocumentKind } from './documentKind.js';

export const vanBanKhacSchema = s
  .object('van-ban-khac', {
    ...commonFields,
    type_name: s
      .text()
      .describe(
        'Tên loại văn bản (Điều 7), in hoa tự động, ví dụ: Tờ trình, Hướng dẫn, Giấy mời họp; chữ viết tắt lấy theo Phụ lục III',
      ),
    type_abbreviation: s.optional(
      s
        .pattern(/^[\p{L}\d&]+$/u, 'chữ cái, ví dụ: TTr')
        .describe('Chữ viết tắt tên loại trong ký hiệu khi tên loại không có trong Phụ lục III, ví dụ: TTr'),
    ),
    unit: s.optional(
      s.text().describe('Mã đơn vị soạn thảo; chữ viết tắt của nó thêm vào cuối ký hiệu: 05/TTr-SCT-VP'),
    ),
    date_line: s.optional(
      s.enumOf(['yes', 'no'] as const).describe('no: không in dòng địa danh, ngày tháng (một số biên bản)'),
    ),
    kinh_gui: s.optional(
      notedLines().describe(
        'Kính gửi: một nơi (in cùng dòng), hoặc danh sách; bỏ trống nếu không có; mỗi nơi có thể viết { name, footnote } để thêm chú thích cuối trang',
      ),
    ),
    ...kinhGuiLayoutField,
    ...numberingField,
    ...contentFields,
    ...appendicesField,
    // Some papers of this kind (a biên bản kept on file) go to nobody: only the "Lưu:" line is printed.
    recipients: s.list(recipientSchema, 0).describe('Nơi nhận (không gồm dòng "Lưu"); có thể để trống: []'),
  })
  .describe('Văn bản khác theo Điều 7 (tờ trình, hướng dẫn, chương trình …)');

export type VanBanKhac = Infer<typeof vanBanKhacSchema>;

/** The Điều 7 type the name is, or starts with ("GIẤY MỜI HỌP" is a giấy mời). */
export function typeOfName(name: string): { name: string; abbreviation?: string } | undefined {
  return documentTypeOf(name) ?? documentTypePrefixOf(name);
}

function abbreviationOf(data: VanBanKhac): string {
  return data.type_abbreviation ?? typeOfName(data.type_name)?.abbreviation ?? '';
}

export const vanBanKhac: DocumentKind<VanBanKhac> = {
  id: 'van-ban-khac',
  description:
    'Văn bản khác theo Điều 7 (tờ trình, hướng dẫn, chương trình …): tên loại tự ghi, nội dung đánh số tự do',
  typeName: '',
  typeAbbreviation: '',
  template: 'van-ban-khac',
  schema: vanBanKhacSchema,
  reviewPaths: [['items'], ['intro']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    if (data.unit !== undefined) checkUnit(profile, data.unit, ['unit'], ctx);
    if (data.type_abbreviation === undefined && typeOfName(data.type_name)?.abbreviation === undefined)
      ctx.diagnostics.push(
        diagnostic(
          'TYPE_NAME_UNKNOWN',
          {
            name: data.type_name,
            known: DOCUMENT_TYPES.filter((t) => t.abbreviation)
              .map((t) => t.name)
              .join(', '),
          },
          ctx.locate(['type_name']),
        ),
      );
    checkStructuredContent(data, ctx);
  },
  view(data, profile) {
    return {
      ...commonView(data, profile),
      type_name_upper: vietnameseUpper(data.type_name),
      ...structuredContentView(data, data.numbering ?? 'arabic'),
    };
  },
  structure(data, profile) {
    const unit =
      data.unit === undefined ? undefined : (findUnit(profile, data.unit)?.abbreviation ?? data.unit);
    return {
      symbolGroups: [abbreviationOf(data), profile.abbreviation, ...(unit ? [unit] : [])],
      ...(data.date_line === 'no' ? { dateLine: false } : {}),
      ...addresseeStructure(data),
      appendices: appendicesStructure(data),
    };
  },
};
