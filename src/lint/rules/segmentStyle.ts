/** The style checks every element rule shares: size, bold, italic, case, alignment, column. */
import type { Finding, Localized, Where } from '../finding.js';
import { L } from '../finding.js';
import { printedLineWidthsMm, type Column, type Segment } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { hasLowercase, isAllUpper, snippet } from '../text.js';
import { alignName, columnName, mm, PROPERTY, pt, ptRange, VALUE } from '../words.js';

export interface StyleExpectation {
  /** Allowed sizes in points, inclusive. */
  sizes?: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  case?: 'upper' | 'notUpper';
  align?: 'center' | 'left' | 'both';
  column?: Column;
}

type RuleInfo = Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>;

export function whereOf(seg: Segment): Where {
  return { part: seg.para.part, paragraph: seg.para.number, text: snippet(seg.text) };
}

/**
 * The pieces a reader judges the line by. A bold space is invisible; a lone colon or full stop, or a
 * superscript or subscript (drafter initials, a footnote mark), takes the look of the words around it.
 */
export function visible(seg: Segment): Segment['pieces'] {
  const printed = seg.pieces.filter((p) => p.text.trim() !== '');
  const words = printed.filter((p) => /[\p{L}\p{N}]/u.test(p.text) && !p.props.vertAlign);
  return words.length > 0 ? words : printed;
}

export function checkStyle(
  rule: RuleInfo,
  seg: Segment,
  exp: StyleExpectation,
  element?: Localized,
): Finding[] {
  const out: Finding[] = [];
  const where = whereOf(seg);
  const add = (property: Localized, expected: Localized, found: Localized): void => {
    out.push(findingOf(rule, { property, expected, found, where, ...(element ? { element } : {}) }));
  };
  const pieces = visible(seg);
  if (exp.sizes) {
    const [min, max] = exp.sizes;
    const wrong = pieces.find((p) => p.props.sizeHalfPt / 2 < min || p.props.sizeHalfPt / 2 > max);
    if (wrong)
      add(PROPERTY.size, ptRange(min, max), {
        vi: pt(wrong.props.sizeHalfPt / 2),
        en: pt(wrong.props.sizeHalfPt / 2),
      });
  }
  if (exp.bold !== undefined && pieces.some((p) => p.props.bold !== exp.bold))
    add(PROPERTY.bold, exp.bold ? VALUE.bold : VALUE.notBold, exp.bold ? VALUE.notBold : VALUE.bold);
  if (exp.italic !== undefined && pieces.some((p) => p.props.italic !== exp.italic))
    add(
      PROPERTY.italic,
      exp.italic ? VALUE.italic : VALUE.upright,
      exp.italic ? VALUE.upright : VALUE.italic,
    );
  if (exp.case === 'upper' && hasLowercase(seg.text)) add(PROPERTY.case, VALUE.upper, VALUE.hasLower);
  if (exp.case === 'notUpper' && isAllUpper(seg.text) && seg.text.length > 3)
    add(PROPERTY.case, VALUE.notUpper, VALUE.allUpper);
  if (exp.align === 'center') {
    const off = centreOffsetMm(seg);
    if (off !== undefined && Math.abs(off) > CENTRE_TOLERANCE_MM) {
      const side = off > 0 ? L('phải', 'right') : L('trái', 'left');
      const set = alignName(seg.align);
      add(
        PROPERTY.align,
        L(`căn giữa (lệch tối đa ${CENTRE_TOLERANCE_MM} mm)`, `centred (within ${CENTRE_TOLERANCE_MM} mm)`),
        L(
          `lệch ${mm(Math.abs(off)).replace('.', ',')} sang ${side.vi} (${set.vi})`,
          `${mm(Math.abs(off))} to the ${side.en} (${set.en})`,
        ),
      );
    }
  } else if (exp.align && !sameAlign(seg.align, exp.align))
    add(PROPERTY.align, alignName(exp.align), alignName(seg.align));
  if (exp.column && seg.column !== exp.column)
    add(PROPERTY.column, columnName(exp.column), columnName(seg.column));
  return out;
}

/** Spec §10 / issue: position is judged where the text lands, ±3 mm. */
export const CENTRE_TOLERANCE_MM = 3;

/**
 * How far the printed text's centre stands from the centre of the box it should be centred in, mm
 * (positive: to the right), whatever the setting that put it there (spaces, tabs, indents, jc).
 * Undefined when the line fills its box (a wrapping line is as centred as it can be).
 */
export function centreOffsetMm(seg: Segment): number | undefined {
  const width = seg.rightMm - seg.leftMm;
  if (width >= seg.boxWidthMm * 0.97) return wrappedOffsetMm(seg);
  return (seg.leftMm + seg.rightMm) / 2 - (seg.boxLeftMm + seg.boxWidthMm / 2);
}

/**
 * A wrapping line: its last printed line shows the setting. Set left (or justified, whose last line prints
 * flush left) or right, it stands off the centre by half of what it leaves empty; centred, it is centred.
 */
function wrappedOffsetMm(seg: Segment): number | undefined {
  const lines = printedLineWidthsMm(seg);
  if (lines.length < 2 || seg.align === 'center') return undefined;
  const spare = seg.boxWidthMm - lines[lines.length - 1]!;
  if (seg.align === 'right' || seg.align === 'end') return spare / 2;
  if (['left', 'start', 'both', 'distribute'].includes(seg.align)) return -spare / 2;
  return undefined;
}

function sameAlign(found: string, expected: string): boolean {
  // A justified line that does not fill its width prints flush left.
  if (expected === 'both' || expected === 'left')
    return found === expected || found === 'both' || found === 'distribute';
  return found === expected;
}
