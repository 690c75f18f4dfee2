/** Shared check of a rule line under an element: present, solid, centred under the text, right length. */
import type { Finding, Localized } from '../finding.js';
import { same } from '../finding.js';
import type { Segment } from '../layout.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { ruleUnder } from '../ruleLines.js';
import { mm, PROPERTY, VALUE } from '../words.js';
import { whereOf } from './segmentStyle.js';

type RuleInfo = Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>;

/** Tolerance on rule lengths (spec §10: ±10 %) and on the rule's centre. */
const LENGTH_TOLERANCE = 0.1;
const CENTRE_TOLERANCE_MM = 3;

export interface RuleSpec {
  /** Rule id for presence, solidity and centring, and for the length. */
  shape: RuleInfo;
  length: RuleInfo;
  element: Localized;
  /** Required length as a fraction of the reference width: [min, max]. */
  fraction: readonly [number, number];
  describe: Localized;
}

export function checkRuleUnder(
  ctx: LintContext,
  lines: Segment[],
  referenceMm: number,
  spec: RuleSpec,
): Finding[] {
  const last = lines[lines.length - 1];
  if (!last) return [];
  const where = whereOf(last);
  const rule = ruleUnder(last, ctx.model.paragraphs, ctx.layout.textWidthMm, ctx.layout.byParagraph);
  const base = { element: spec.element, where };
  if (!rule) {
    return [
      findingOf(spec.shape, {
        ...base,
        property: PROPERTY.rule,
        expected: spec.describe,
        found: VALUE.missing,
      }),
    ];
  }
  const out: Finding[] = [];
  if (!rule.solid)
    out.push(
      findingOf(spec.shape, {
        ...base,
        property: PROPERTY.ruleStyle,
        expected: VALUE.solid,
        found: VALUE.notSolid,
      }),
    );
  const textCentre = (last.leftMm + last.rightMm) / 2;
  if (rule.centreMm !== undefined && Math.abs(rule.centreMm - textCentre) > CENTRE_TOLERANCE_MM) {
    const off = rule.centreMm - textCentre;
    out.push(
      findingOf(spec.shape, {
        ...base,
        property: PROPERTY.ruleCentre,
        expected: { vi: 'cân giữa dưới dòng chữ', en: 'centred under the text' },
        found: {
          vi: `lệch ${mm(Math.abs(off))} sang ${off > 0 ? 'phải' : 'trái'}`,
          en: `${mm(Math.abs(off))} to the ${off > 0 ? 'right' : 'left'}`,
        },
      }),
    );
  }
  const [lo, hi] = spec.fraction;
  const min = referenceMm * lo * (1 - LENGTH_TOLERANCE);
  const max = referenceMm * hi * (1 + LENGTH_TOLERANCE);
  if (referenceMm > 0 && (rule.lengthMm < min || rule.lengthMm > max)) {
    const expected = lo === hi ? mm(referenceMm * lo) : `${mm(referenceMm * lo)}–${mm(referenceMm * hi)}`;
    out.push(
      findingOf(spec.length, {
        ...base,
        property: PROPERTY.ruleLength,
        expected: { vi: `${expected} (${spec.describe.vi})`, en: `${expected} (${spec.describe.en})` },
        found: same(mm(rule.lengthMm)),
      }),
    );
  }
  return out;
}
