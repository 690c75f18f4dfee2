/**
 * ES-01, ES-02: the text an organisation's digital signature shows, on a separately filed attachment
 * (Số and ký hiệu, signing time) or on an electronic copy (SAO Y / SAO LỤC / TRÍCH SAO, the copying body,
 * the time): top right of page 1, no image, Times New Roman 10 pt upright, the time in ISO 8601 with the
 * Vietnam offset +07:00 (PL1-II.8.b, PL1-III.1.d, PL1 Phần II.I.3).
 */
import type { Paragraph } from '../docxModel.js';
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { layoutPart, type Segment } from '../layout.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { snippet } from '../text.js';
import { columnName, ELEMENT, PROPERTY, VALUE } from '../words.js';

const TIME = /\b\d{1,2}:\d{2}:\d{2}\b/u;
const ZONE = /\+07:?00\b/u;
const COPY = /\b(SAO Y|SAO LỤC|TRÍCH SAO)\b/iu;

interface Block {
  kind: 'org' | 'copy';
  segments: Segment[];
  inHeader: boolean;
}

/** Groups a part's top segments by container (a text box, a cell, the page) and keeps the timed ones. */
function blocksIn(segments: Segment[], inHeader: boolean): Block[] {
  const groups = new Map<unknown, Segment[]>();
  for (const s of segments) {
    const key = s.para.frame ?? s.para.cell ?? 'page';
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const out: Block[] = [];
  for (const list of groups.values()) {
    const text = list.map((s) => s.text).join(' ');
    if (!TIME.test(text) && !/\d{4}-\d{2}-\d{2}T/u.test(text)) continue;
    out.push({ kind: COPY.test(text) ? 'copy' : 'org', segments: list, inHeader });
  }
  return out;
}

function blocks(ctx: LintContext): Block[] {
  const e = ctx.elements;
  const limit = e.quocHieu?.para.number ?? Math.min(10, ctx.model.paragraphs.length);
  const top = ctx.layout.segments.filter(
    (s) => (s.para.anchor ?? s.para.number) <= limit && s.para.part === ctx.model.paragraphs[0]?.part,
  );
  const out = blocksIn(
    top.filter((s) => s.para !== e.quocHieu?.para),
    false,
  );
  const section = ctx.model.sections[0];
  const header = section?.headers.get(section.titlePg ? 'first' : 'default');
  if (header) out.push(...blocksIn(layoutPart(ctx.model.parts.get(header) ?? [], ctx.model), true));
  return out;
}

function whereOf(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

function checkBlock(
  rule: Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>,
  b: Block,
  ctx: LintContext,
): Finding[] {
  const out: Finding[] = [];
  const first = b.segments[0]!.para;
  const add = (p: Paragraph, property: Localized, expected: Localized, found: Localized): void => {
    out.push(findingOf(rule, { property, expected, found, where: whereOf(p) }));
  };
  for (const s of b.segments) {
    const pieces = s.pieces.filter((x) => x.text.trim() !== '');
    const size = pieces.find((x) => x.props.sizeHalfPt !== 20);
    if (size) add(s.para, PROPERTY.size, same('10 pt'), same(`${size.props.sizeHalfPt / 2} pt`));
    if (pieces.some((x) => x.props.italic)) add(s.para, PROPERTY.italic, VALUE.upright, VALUE.italic);
    if (pieces.some((x) => x.props.bold)) add(s.para, PROPERTY.bold, VALUE.notBold, VALUE.bold);
  }
  const paragraphs = [...new Set(b.segments.map((s) => s.para))];
  if (paragraphs.some((p) => p.pictures.length > 0))
    add(first, PROPERTY.presence, L('không có hình ảnh', 'no image'), L('có hình ảnh', 'an image'));
  const column = columnOf(b.segments[0]!, ctx);
  if (column !== 'right') add(first, PROPERTY.column, columnName('right'), columnName(column));
  const text = b.segments.map((s) => s.text).join(' ');
  if (!ZONE.test(text))
    add(
      first,
      PROPERTY.timeZone,
      L('giờ Việt Nam theo ISO 8601 ("+07:00")', 'Vietnam time per ISO 8601 ("+07:00")'),
      L('không ghi múi giờ +07:00', 'no +07:00 offset'),
    );
  return out;
}

function columnOf(s: Segment, ctx: LintContext): 'left' | 'right' | 'full' {
  const f = s.para.frame;
  const width = ctx.layout.textWidthMm;
  if (f?.centreMm !== undefined && f.relativeTo !== 'page') return f.centreMm < width / 2 ? 'left' : 'right';
  if (f?.align === 'right') return 'right';
  if (f?.align === 'left') return 'left';
  if (s.para.props.jc === 'right') return 'right';
  return s.column;
}

const attachment: LintRule = {
  id: 'ES-01',
  clause: 'PL1-II.8.b, PL1-III.1.d',
  severity: 'error',
  element: ELEMENT.orgSignatureInfo,
  requirement: L(
    'Góc phải trên trang đầu, không hình ảnh; số, ký hiệu và thời gian ký (ISO 8601, +07:00); Times New Roman 10, đứng',
    'Top right of page 1, no image; number, symbol and signing time (ISO 8601, +07:00); Times New Roman 10 pt, upright',
  ),
  check: (ctx) =>
    blocks(ctx)
      .filter((b) => b.kind === 'org')
      .flatMap((b) => {
        const out = checkBlock(attachment, b, ctx);
        const text = b.segments.map((s) => s.text).join(' ');
        if (!/\/[^\s/]+-\S/u.test(text))
          out.push(
            findingOf(attachment, {
              property: PROPERTY.content,
              expected: L(
                'số, ký hiệu văn bản ("Số: 05/TB-SKHCN")',
                'the number and symbol ("Số: 05/TB-SKHCN")',
              ),
              found: L('không có', 'none'),
              where: whereOf(b.segments[0]!.para),
            }),
          );
        return out;
      }),
};

const copy: LintRule = {
  id: 'ES-02',
  clause: 'PL1 Phần II.I.3',
  severity: 'error',
  element: ELEMENT.copySignatureInfo,
  requirement: L(
    'Góc phải trên trang đầu, không hình ảnh; hình thức sao, cơ quan sao, thời gian ký (ISO 8601, +07:00); Times New Roman 10, đứng',
    'Top right of page 1, no image; copy form, copying body, signing time (ISO 8601, +07:00); Times New Roman 10 pt, upright',
  ),
  check: (ctx) =>
    blocks(ctx)
      .filter((b) => b.kind === 'copy')
      .flatMap((b) => checkBlock(copy, b, ctx)),
};

export const E_SIGNATURE_RULES: LintRule[] = [attachment, copy];
