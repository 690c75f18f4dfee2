/**
 * Kế hoạch ("KH") and Báo cáo ("BC"), Mẫu 1.4 with the "phần, mục, khoản, điểm" structure of documents
 * without articles (PL1-V 6b): I. MỤC (upper case bold) → 1. khoản → a) điểm → - → +. A báo cáo sent
 * upward may carry "Kính gửi:" (PL1-II.9.b), and then its recipients start "- Như trên;".
 * Wording: templates/ke-hoach.hbs and templates/bao-cao.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { notedLines } from './notedText.js';
import { commonFields, kinhGuiLayoutField, typeNameField } from './commonFields.js';
import { appendicesField, contentFields } from './content.js';
import { numberingField, structuredKind } from './structuredKind.js';

export const keHoachSchema = s
  .object('ke-hoach', {
    ...commonFields,
    ...typeNameField,
    ...numberingField,
    ...contentFields,
    ...appendicesField,
  })
  .describe('Kế hoạch (Mẫu 1.4)');

export const baoCaoSchema = s
  .object('bao-cao', {
    ...commonFields,
    ...typeNameField,
    kinh_gui: s.optional(
      notedLines().describe(
        'Kính gửi (báo cáo gửi cấp trên): một nơi, hoặc danh sách; bỏ trống nếu không có; mỗi nơi có thể viết { name, footnote } để thêm chú thích cuối trang',
      ),
    ),
    ...kinhGuiLayoutField,
    ...numberingField,
    ...contentFields,
    ...appendicesField,
  })
  .describe('Báo cáo (Mẫu 1.4)');

export type KeHoach = Infer<typeof keHoachSchema>;
export type BaoCao = Infer<typeof baoCaoSchema>;

export const keHoach = structuredKind<KeHoach>(
  {
    id: 'ke-hoach',
    description: 'Kế hoạch (Mẫu 1.4): các mục I., II. … đánh số tự động, có thể kèm phụ lục',
    typeName: 'KẾ HOẠCH',
    typeAbbreviation: 'KH',
    template: 'ke-hoach',
    schema: keHoachSchema,
  },
  'roman',
);

export const baoCao = structuredKind<BaoCao>(
  {
    id: 'bao-cao',
    description: 'Báo cáo (Mẫu 1.4): các mục I., II. … đánh số tự động; Kính gửi khi gửi cấp trên',
    typeName: 'BÁO CÁO',
    typeAbbreviation: 'BC',
    template: 'bao-cao',
    schema: baoCaoSchema,
  },
  'roman',
);
