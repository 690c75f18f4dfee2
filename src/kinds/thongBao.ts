/**
 * Thông báo (Mẫu 1.4, "TB"): a notice with free content — opening paragraphs, numbered items nested
 * as deep as needed, closing paragraphs — and optional appendices. Wording: templates/thong-bao.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { notedLines } from './notedText.js';
import { commonFields, typeNameField } from './commonFields.js';
import { appendicesField, contentFields } from './content.js';
import { numberingField, structuredKind } from './structuredKind.js';

export const thongBaoSchema = s
  .object('thong-bao', {
    ...commonFields,
    ...typeNameField,
    kinh_gui: s.optional(
      notedLines().describe(
        'Kính gửi (thông báo gửi đích danh): một nơi, hoặc danh sách; bỏ trống nếu không có; mỗi nơi có thể viết { name, footnote } để thêm chú thích cuối trang',
      ),
    ),
    ...numberingField,
    ...contentFields,
    ...appendicesField,
  })
  .describe('Thông báo (Mẫu 1.4)');

export type ThongBao = Infer<typeof thongBaoSchema>;

export const thongBao = structuredKind<ThongBao>(
  {
    id: 'thong-bao',
    description: 'Thông báo (Mẫu 1.4): các đoạn văn và mục đánh số tự do, có thể kèm phụ lục',
    typeName: 'THÔNG BÁO',
    typeAbbreviation: 'TB',
    template: 'thong-bao',
    schema: thongBaoSchema,
  },
  'arabic',
);
