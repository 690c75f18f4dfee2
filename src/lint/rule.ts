/** The shape of one lint rule and the helper that builds its findings with the rule's id, clause and severity. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Elements } from './elements.js';
import type { Finding, Localized, Where } from './finding.js';
import type { DocxModel } from './docxModel.js';
import type { Layout } from './layout.js';

export interface LintContext {
  model: DocxModel;
  layout: Layout;
  elements: Elements;
}

export interface LintRule {
  /** Id from the spec's §10 table. */
  id: string;
  /** Decree clause (the table's source column). */
  clause: string;
  /** error for [N] rules, warning for [S]/[P]. */
  severity: Severity;
  element: Localized;
  /** The requirement in one line, for docs and --list. */
  requirement: Localized;
  check(ctx: LintContext): Finding[];
}

export interface FindingParts {
  property: Localized;
  expected: Localized;
  found: Localized;
  where: Where;
  element?: Localized;
  severity?: Severity;
  message?: Localized;
}

export function findingOf(
  rule: Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>,
  parts: FindingParts,
): Finding {
  const f: Finding = {
    rule: rule.id,
    clause: rule.clause,
    severity: parts.severity ?? rule.severity,
    element: parts.element ?? rule.element,
    property: parts.property,
    expected: parts.expected,
    found: parts.found,
    where: parts.where,
  };
  if (parts.message) f.message = parts.message;
  return f;
}
