/**
 * One judgement for `check` and `lint` (issue 12): the DOCX that `check` would let through is rendered in
 * memory and linted; each error lint would report becomes a warning of `check`, with lint's rule, clause
 * and message. A clerk then hears about it before printing, not from the văn thư.
 */
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { OfficialDocument } from '../model/document.js';

/** The YAML field a lint rule's element comes from, by the rule's prefix; the kind line otherwise. */
const FIELD_OF_RULE: Record<string, ReadonlyArray<ReadonlyArray<string>>> = {
  TY: [['summary']],
  KG: [['kinh_gui']],
  PL: [['appendices']],
  NN: [['recipients'], ['archive']],
  SG: [['signer']],
  TL: [['type_name'], ['kind']],
  BD: [['items'], ['articles'], ['intro'], ['tasks']],
  SO: [['number'], ['kind']],
  DT: [['issue_date']],
  MK: [['marks']],
  AD: [['footer']],
};

export type Locate = (path: ReadonlyArray<string | number>) => SourceLocation | undefined;

function placeOf(rule: string, input: string, locate: Locate | undefined): SourceLocation {
  for (const path of FIELD_OF_RULE[rule.split('-')[0]!] ?? []) {
    const at = locate?.(path);
    if (at) return at;
  }
  return locate?.(['kind']) ?? { file: input, line: 1, column: 1 };
}

export async function lintDisagreements(
  model: OfficialDocument,
  input: string,
  locate?: Locate,
): Promise<Diagnostic[]> {
  const { renderDocx } = await import('../render/docx/renderDocx.js');
  const { lintDocx } = await import('../lint/lint.js');
  const { messageOf } = await import('../lint/report.js');
  const findings = lintDocx(await renderDocx(model)).filter((f) => f.severity === 'error');
  return findings.map((f) =>
    diagnostic(
      'LINT_WOULD_REPORT',
      {
        rule: f.rule,
        clause: f.clause,
        messageVi: messageOf(f, 'vi'),
        messageEn: messageOf(f, 'en'),
      },
      placeOf(f.rule, input, locate),
    ),
  );
}
