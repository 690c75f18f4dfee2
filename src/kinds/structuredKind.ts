/**
 * The kinds made of free, numbered content and appendices (thông báo, kế hoạch, báo cáo): the same
 * checks, view and structure, differing in their default numbering and in whether "Kính gửi:" exists.
 */
import { s } from '../schema/index.js';
import type { DocumentKind } from './documentKind.js';
import type { NotedText } from './notedText.js';
import { checkCommon, checkTypeName, commonView, type CommonDocumentData } from './commonView.js';
import {
  addresseeStructure,
  appendicesStructure,
  checkStructuredContent,
  structuredContentView,
  type StructuredData,
} from './kindSupport.js';

export const numberingField = {
  numbering: s.optional(
    s
      .enumOf(['arabic', 'roman'] as const)
      .describe('Đánh số các mục: arabic (1., a), -, +) hoặc roman (I., 1., a), -, +)'),
  ),
};

type StructuredKindData = CommonDocumentData &
  StructuredData & {
    numbering?: 'arabic' | 'roman';
    kinh_gui?: NotedText[];
    kinh_gui_layout?: 'list' | 'inline';
  };

/** A kind whose body is its numbered content; with "Kính gửi:", its recipients start "- Như trên;". */
export function structuredKind<D extends StructuredKindData>(
  spec: Pick<DocumentKind<D>, 'id' | 'description' | 'typeName' | 'typeAbbreviation' | 'template' | 'schema'>,
  defaultNumbering: 'arabic' | 'roman',
): DocumentKind<D> {
  return {
    ...spec,
    reviewPaths: [['items'], ['intro']],
    crossCheck(data, profile, ctx) {
      checkCommon(data, profile, ctx);
      checkTypeName(data, spec.typeName, spec.id, ctx);
      checkStructuredContent(data, ctx);
    },
    view(data, profile) {
      return {
        ...commonView(data, profile),
        ...structuredContentView(data, data.numbering ?? defaultNumbering),
      };
    },
    structure(data) {
      return { ...addresseeStructure(data), appendices: appendicesStructure(data) };
    },
  };
}
