/**
 * Thông báo (Mẫu 1.4, "TB"): a notice with free content — opening paragraphs, numbered items nested
 * as deep as needed, closing paragraphs — and optional appendices. Wording: templates/thong-bao.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { commonFields } from './commonFields.js';
import { appendicesField, contentFields } from './content.js';
import type { DocumentKind } from './documentKind.js';
import { checkCommon, commonView } from './commonView.js';
import { appendicesStructure, checkStructuredContent, structuredContentView } from './kindSupport.js';

export const numberingField = {
  numbering: s.optional(
    s
      .enumOf(['arabic', 'roman'] as const)
      .describe('Đánh số các mục: arabic (1., a), -, +) hoặc roman (I., 1., a), -, +)'),
  ),
};

export const thongBaoSchema = s
  .object('thong-bao', {
    ...commonFields,
    ...numberingField,
    ...contentFields,
    ...appendicesField,
  })
  .describe('Thông báo (Mẫu 1.4)');

export type ThongBao = Infer<typeof thongBaoSchema>;

export const thongBao: DocumentKind<ThongBao> = {
  id: 'thong-bao',
  description: 'Thông báo (Mẫu 1.4): các đoạn văn và mục đánh số tự do, có thể kèm phụ lục',
  typeName: 'THÔNG BÁO',
  typeAbbreviation: 'TB',
  template: 'thong-bao',
  schema: thongBaoSchema,
  reviewPaths: [['items'], ['intro']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    checkStructuredContent(data, ctx);
  },
  view(data, profile) {
    return {
      ...commonView(data, profile),
      ...structuredContentView(data, data.numbering ?? 'arabic'),
    };
  },
  structure(data) {
    return { appendices: appendicesStructure(data) };
  },
};
