/** The style checks every element rule shares: size, bold, italic, case, alignment, column. */
import type { Finding, Localized, Where } from '../finding.js';
import type { Column, Segment } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { hasLowercase, isAllUpper, snippet } from '../text.js';
import { alignName, columnName, PROPERTY, pt, ptRange, VALUE } from '../words.js';

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
  if (exp.align && !sameAlign(seg.align, exp.align))
    add(PROPERTY.align, alignName(exp.align), alignName(seg.align));
  if (exp.column && seg.column !== exp.column)
    add(PROPERTY.column, columnName(exp.column), columnName(seg.column));
  return out;
}

function sameAlign(found: string, expected: string): boolean {
  // A justified line that does not fill its width prints flush left.
  if (expected === 'both' || expected === 'left')
    return found === expected || found === 'both' || found === 'distribute';
  return found === expected;
}
