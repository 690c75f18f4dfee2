/**
 * Công văn (Mẫu 1.5): no type name; ký hiệu <agency>-<unit>; the trích yếu as "V/v …" under the Số
 * line; "Kính gửi:"; recipients starting "- Như trên;". Wording: templates/cong-van.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { notedLines } from './notedText.js';
import { commonFields, kinhGuiLayoutField } from './commonFields.js';
import { appendicesField, contentFields } from './content.js';
import type { DocumentKind } from './documentKind.js';
import { checkCommon, checkUnit, commonView, findUnit } from './commonView.js';
import { diagnostic } from '../diagnostics/make.js';
import {
  addresseeStructure,
  appendicesStructure,
  checkStructuredContent,
  structuredContentView,
} from './kindSupport.js';
import { numberingField } from './structuredKind.js';

export const kinhGuiField = {
  // Mẫu 1.5 has it; a letter without one is printed as written, and check warns with lint's rule.
  kinh_gui: s.optional(
    notedLines().describe(
      'Kính gửi: một nơi (in cùng dòng), hoặc danh sách (mỗi nơi một dòng "- …;", dòng cuối "- …."); mỗi nơi có thể viết { name, footnote } để thêm chú thích cuối trang',
    ),
  ),
};

export const congVanSchema = s
  .object('cong-van', {
    ...commonFields,
    unit: s.optional(
      s
        .text()
        .describe(
          'Mã đơn vị soạn thảo trong hồ sơ cơ quan; chữ viết tắt của nó vào ký hiệu: Số: 05/BKHCN-VP. Bỏ trống: ký hiệu chỉ có tên cơ quan (Số: 05/BKHCN), như cơ quan không chia đơn vị',
        ),
    ),
    ...kinhGuiField,
    ...kinhGuiLayoutField,
    ...numberingField,
    ...contentFields,
    ...appendicesField,
  })
  .describe('Công văn (Mẫu 1.5)');

export type CongVan = Infer<typeof congVanSchema>;

export const congVan: DocumentKind<CongVan> = {
  id: 'cong-van',
  description: 'Công văn (Mẫu 1.5): V/v dưới số, ký hiệu cơ quan-đơn vị, Kính gửi, Nơi nhận "Như trên"',
  typeName: '',
  typeAbbreviation: '',
  template: 'cong-van',
  nameInText: 'Công văn',
  schema: congVanSchema,
  reviewPaths: [['items'], ['intro']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    if (data.unit !== undefined) checkUnit(profile, data.unit, ['unit'], ctx);
    const unit = data.unit === undefined ? undefined : findUnit(profile, data.unit);
    if (unit && !unit.abbreviation)
      ctx.diagnostics.push(
        diagnostic('UNIT_ABBREVIATION_MISSING', { unit: data.unit ?? '' }, ctx.locate(['unit'])),
      );
    checkStructuredContent(data, ctx);
  },
  view(data, profile) {
    return {
      ...commonView(data, profile),
      ...structuredContentView(data, data.numbering ?? 'arabic'),
    };
  },
  structure(data, profile) {
    const unit = data.unit === undefined ? undefined : findUnit(profile, data.unit);
    return {
      // PL3: the unit's abbreviation follows the agency's where the agency has units; a Phòng or a
      // small office without them numbers "399/PGD&ĐT".
      symbolGroups: [
        profile.abbreviation,
        ...(data.unit === undefined ? [] : [unit?.abbreviation ?? data.unit]),
      ],
      subjectInHeader: true,
      ...addresseeStructure(data),
      appendices: appendicesStructure(data),
    };
  },
};
