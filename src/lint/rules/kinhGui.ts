/**
 * KG-01, KG-02: the "Kính gửi" block (ô 9a) only on công văn, tờ trình, báo cáo and giấy mời; "Kính gửi:" 13–14 pt
 * upright, one recipient on the same line, several as "- …;" lines ending "." with the dashes under the
 * colon (PL1-II.9.b–d).
 */
import type { Paragraph } from '../docxModel.js';
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintRule } from '../rule.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { snippet } from '../text.js';
import { ELEMENT, mm, PROPERTY, quoted, VALUE } from '../words.js';

/**
 * PL1-II.9.b names công văn, tờ trình and báo cáo sent upward; it forbids "Kính gửi" nowhere. A giấy mời
 * họp addressed to its invitees ("Kính gửi: - Ủy ban nhân dân các huyện …") is how offices write one, so
 * it passes too. A thông báo does not: it is announced, not sent to someone (spec §2.3(9)).
 */
const ADDRESSED = new Set(['TỜ TRÌNH', 'BÁO CÁO', 'GIẤY MỜI']);
const KINH_GUI = /^kính\s*gửi\b/iu;
/** How far right of the colon of "Kính gửi:" a dash may start, mm; Mẫu 1.5 itself starts them under "gửi". */
const DASH_AFTER_COLON_MM = 4;
/** Dashes line up with each other within this, mm. */
const DASH_ALIGN_MM = 1;

function whereOf(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

const presence: LintRule = {
  id: 'KG-01',
  clause: 'PL1-II.9.b',
  severity: 'error',
  element: ELEMENT.kinhGui,
  requirement: L(
    '"Kính gửi" chỉ có ở công văn, tờ trình, báo cáo (gửi cấp trên), giấy mời; công văn phải có',
    '"Kính gửi" only on letters, submissions and reports (upward), invitations; a letter must have it',
  ),
  check: ({ elements: e, model }) => {
    const first = e.kinhGui[0];
    if (first && e.documentType && !ADDRESSED.has(e.documentType.name))
      return [
        findingOf(presence, {
          property: PROPERTY.presence,
          expected: L(
            `không có (văn bản là ${e.documentType.name})`,
            `none (the document is a ${e.documentType.name})`,
          ),
          found: quoted(snippet(first.text, 40)),
          where: whereOf(first),
        }),
      ];
    // A công văn: no type name, a "V/v" line. Its "Kính gửi" may sit anywhere above the body.
    if (first || e.typeName || e.vv.length === 0) return [];
    const bodyStart = e.body[0]?.number ?? Infinity;
    const anywhere = model.paragraphs.some((p) => p.number < bodyStart && KINH_GUI.test(p.text.trim()));
    if (anywhere) return [];
    return [
      findingOf(presence, {
        property: PROPERTY.presence,
        expected: L('"Kính gửi: …" dưới phần tiêu đề', '"Kính gửi: …" under the header'),
        found: VALUE.notFound,
        where: e.vv[0] ? { part: e.vv[0].para.part, paragraph: e.vv[0].para.number } : {},
      }),
    ];
  },
};

const form: LintRule = {
  id: 'KG-02',
  clause: 'PL1-II.9.d',
  severity: 'error',
  element: ELEMENT.kinhGui,
  requirement: L(
    '"Kính gửi:" cỡ 13–14, đứng; một nơi nhận ghi cùng dòng; nhiều nơi: mỗi nơi một dòng "- …;", dòng cuối ".", gạch đầu dòng thẳng dấu hai chấm',
    '"Kính gửi:" 13–14 pt, upright; one recipient on the same line; several: "- …;" lines, the last ending ".", dashes under the colon',
  ),
  check: ({ elements: e, layout }) => {
    const [first, ...lines] = e.kinhGui;
    if (!first) return [];
    // Lines without a dash continue the item above: an item is judged by its last line's end.
    const groups: Paragraph[][] = [];
    for (const p of lines) {
      if (/^[-–]/u.test(p.text.trim()) || groups.length === 0) groups.push([p]);
      else groups[groups.length - 1]!.push(p);
    }
    const items = groups.map((g) => g[0]!);
    const lastLines = groups.map((g) => g[g.length - 1]!);
    const out: Finding[] = [];
    const add = (p: Paragraph, property: Localized, expected: Localized, found: Localized): void => {
      out.push(findingOf(form, { property, expected, found, where: whereOf(p) }));
    };
    const text = first.text.trim();
    const m = /^(kính\s*gửi)(\s*:)?\s*(.*)$/iu.exec(text);
    if (!m || m[1] !== 'Kính gửi' || m[2] !== ':')
      add(first, PROPERTY.form, quoted('Kính gửi:'), quoted(snippet(text, 30)));
    else if (m[3] !== '' && !/^kính\s*gửi\s*:\s/iu.test(text))
      add(
        first,
        PROPERTY.form,
        quoted('Kính gửi: …'),
        L(
          `"${snippet(text, 30)}": thiếu dấu cách sau dấu hai chấm`,
          `"${snippet(text, 30)}": no space after the colon`,
        ),
      );
    for (const p of e.kinhGui) {
      const runs = p.runs.filter((r) => r.text.trim() !== '');
      const size = runs.find((r) => r.props.sizeHalfPt < 26 || r.props.sizeHalfPt > 28);
      if (size) add(p, PROPERTY.size, same('13–14 pt'), same(`${size.props.sizeHalfPt / 2} pt`));
      if (runs.some((r) => r.props.italic)) add(p, PROPERTY.italic, VALUE.upright, VALUE.italic);
    }
    const sameLine = (m?.[3] ?? '') !== '';
    if (items.length === 1 && !sameLine)
      add(
        items[0]!,
        PROPERTY.ownLine,
        L('một nơi nhận: ghi cùng dòng "Kính gửi: …"', 'one recipient: on the "Kính gửi: …" line'),
        L('xuống dòng, có gạch đầu dòng', 'on its own dashed line'),
      );
    if (items.length >= 2)
      lastLines.forEach((p, i) => {
        const want = i === lastLines.length - 1 ? '.' : ';';
        const end = p.text.trim().slice(-1);
        if (end !== want) add(p, PROPERTY.punctuation, same(`"${want}"`), quoted(end));
      });
    // The dashes stand under the colon of "Kính gửi:".
    const head = layout.byParagraph.get(first.number)?.[0];
    const style = head?.pieces.find((x) => x.text.trim() !== '')?.props;
    if (items.length >= 2 && head && style && m?.[2] === ':') {
      const width = textWidthMm('Kính gửi:', style.sizeHalfPt / 2, style);
      const colon = head.leftMm + width;
      // Under the words "Kính gửi:", towards the colon: from the middle of the label to just past the colon.
      const from = head.leftMm + width * 0.4;
      const first = layout.byParagraph.get(items[0]!.number)?.[0];
      for (const p of items) {
        const seg = layout.byParagraph.get(p.number)?.[0];
        if (!seg || !first) continue;
        const under = seg.leftMm >= from && seg.leftMm <= colon + DASH_AFTER_COLON_MM;
        const aligned = Math.abs(seg.leftMm - first.leftMm) <= DASH_ALIGN_MM;
        if (under && aligned) continue;
        add(
          p,
          PROPERTY.location,
          L(
            `gạch đầu dòng thẳng hàng, dưới dấu hai chấm (${mm(colon)})`,
            `dashes aligned under the colon (${mm(colon)})`,
          ),
          same(mm(seg.leftMm)),
        );
      }
    }
    return out;
  },
};

export const KINH_GUI_RULES: LintRule[] = [presence, form];
