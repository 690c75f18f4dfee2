/**
 * Quyết định cá biệt (Mẫu 1.2, "QĐ"): the issuing authority in upper case, the "Căn cứ …;" lines in
 * italic (the last line of the block ends "."), "Theo đề nghị của …", "QUYẾT ĐỊNH:", then the articles
 * ("Điều 1." bold) with their khoản and điểm; recipients start "- Như Điều <n>;".
 * Wording: templates/quyet-dinh.hbs.
 */
import { s, type Infer } from '../schema/index.js';
import { commonFields } from './commonFields.js';
import {
  appendicesField,
  flatten,
  LIST_LEVELS,
  nodeSchema,
  contentLine,
  type ContentLine,
  withoutTypedLabel,
} from './content.js';
import type { DocumentKind } from './documentKind.js';
import { checkCommon, commonView } from './commonView.js';
import { diagnostic } from '../diagnostics/make.js';
import { vietnameseUpper } from '../text/case.js';
import { signatureFor } from '../model/buildParts.js';
import type { AgencyProfile } from '../profile/agencySchema.js';
import {
  appendicesStructure,
  appendicesView,
  checkAppendicesMentioned,
  linesText,
  checkTables,
  checkTypedLabels,
} from './kindSupport.js';

const ARTICLE_LEVELS = ['arabic', 'letter', 'dash', 'plus'] as const;

export const quyetDinhSchema = s
  .object('quyet-dinh', {
    ...commonFields,
    issuer: s.optional(
      s
        .text()
        .describe(
          'Thẩm quyền ban hành in hoa dưới trích yếu; bỏ trống: "<chức danh người đứng đầu> <tên cơ quan>", hoặc tên cơ quan khi ký TM.',
        ),
    ),
    bases: s.list(s.text()).describe('Các dòng "Căn cứ …" (vanban thêm ";" và "." ở dòng cuối)'),
    proposal: s.optional(
      s
        .text()
        .describe(
          'Theo đề nghị của …: người/đơn vị đề nghị, ví dụ: Chánh Văn phòng Sở (hoặc cả câu "Xét đề nghị của …")',
        ),
    ),
    articles: s
      .list(nodeSchema(ARTICLE_LEVELS.length + 1, { lists: true, ownTitleStyle: false }))
      .describe('Các điều: một chuỗi, hoặc title/text/paragraphs/items (khoản 1., điểm a) …)'),
    executors_article: s.optional(
      s
        .integer(1, 99)
        .describe('Điều giao trách nhiệm thi hành, cho dòng "- Như Điều …;" (mặc định: điều cuối)'),
    ),
    ...appendicesField,
  })
  .describe('Quyết định (Mẫu 1.2)');

export type QuyetDinh = Infer<typeof quyetDinhSchema>;

/** The căn cứ block: each line ends ";", the block's last line "." (PL1-II.6.a). */
export function basisLines(bases: string[], proposal: string | undefined): string[] {
  const lines = [
    ...bases,
    ...(proposal ? [/^(theo|xét) đề nghị/iu.test(proposal) ? proposal : `Theo đề nghị của ${proposal}`] : []),
  ].map((l) => l.replace(/[\s;.,]+$/, ''));
  return lines.map((l, i) => `${l}${i === lines.length - 1 ? '.' : ';'}`);
}

/** "Giám đốc Sở Khoa học và Công nghệ"; the collective's name when the signer signs on its behalf (TM.). */
export function issuerName(data: QuyetDinh, profile: AgencyProfile): string {
  if (data.issuer) return data.issuer;
  const onBehalf = signatureFor(profile, data.signer).titleLines[0]?.startsWith('TM.') ?? false;
  return onBehalf ? profile.name : `${profile.head_title} ${profile.name}`;
}

/** The issuing authority under the trích yếu, upper case: "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
export function issuerLine(data: QuyetDinh, profile: AgencyProfile): string {
  return vietnameseUpper(issuerName(data, profile));
}

export interface ArticleView {
  label: string;
  title: string | null;
  text: string | null;
  keep: boolean;
  note: string | null;
  lines: ContentLine[];
}

export function articleViews(articles: QuyetDinh['articles']): ArticleView[] {
  return articles.map((node, i) => {
    const label = `Điều ${i + 1}.`;
    // "Điều 4." typed by the clerk as well (LABEL_TYPED) is printed once.
    const item = withoutTypedLabel(typeof node === 'string' ? { text: node } : node, label);
    const lines: ContentLine[] = [];
    for (const p of item.paragraphs ?? []) lines.push(contentLine({ text: p }));
    // An article may hold a dash list directly (`list: dash`) instead of khoản 1., 2.
    flatten(item.items ?? [], item.list ? LIST_LEVELS[item.list] : ARTICLE_LEVELS, 0, lines);
    return {
      label,
      title: item.title ?? null,
      text: item.text ?? null,
      keep: item.text === undefined,
      note: item.note ?? null,
      lines,
    };
  });
}

export const quyetDinh: DocumentKind<QuyetDinh> = {
  id: 'quyet-dinh',
  description: 'Quyết định cá biệt (Mẫu 1.2): thẩm quyền ban hành, căn cứ, QUYẾT ĐỊNH:, các điều',
  typeName: 'QUYẾT ĐỊNH',
  typeAbbreviation: 'QĐ',
  template: 'quyet-dinh',
  schema: quyetDinhSchema,
  reviewPaths: [['articles'], ['bases']],
  crossCheck(data, profile, ctx) {
    checkCommon(data, profile, ctx);
    checkTables(data, ctx);
    checkTypedLabels(data, ctx);
    if (data.executors_article !== undefined && data.executors_article > data.articles.length) {
      ctx.diagnostics.push(
        diagnostic(
          'ARTICLE_UNKNOWN',
          { article: data.executors_article, count: data.articles.length },
          ctx.locate(['executors_article']),
        ),
      );
    }
    const views = articleViews(data.articles);
    checkAppendicesMentioned(
      data,
      views.flatMap((a) => [a.title, a.text, ...linesText(a.lines)]),
      ctx,
    );
  },
  view(data, profile) {
    return {
      ...commonView(data, profile),
      issuer: issuerLine(data, profile),
      bases: basisLines(data.bases, data.proposal),
      articles: articleViews(data.articles),
      appendices: appendicesView(data),
    };
  },
  structure(data, profile) {
    return {
      leadingRecipients: [`Như Điều ${data.executors_article ?? data.articles.length}`],
      appendices: appendicesStructure(data),
      // "(Kèm theo Quyết định số … của Giám đốc Sở …)": a quyết định is issued by its authority (Mẫu 1.2).
      issuerInText: issuerName(data, profile),
    };
  },
};
