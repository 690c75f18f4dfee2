/**
 * One judgement for `check` and `lint` (issue 12): the DOCX that `check` would let through is rendered in
 * memory and linted; each error lint would report becomes a warning of `check`, with lint's rule, clause
 * and message. A clerk then hears about it before printing, not from the văn thư.
 */
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { OfficialDocument } from '../model/document.js';
import { emphasisPlainText } from '../text/emphasis.js';

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

type Path = Array<string | number>;

/** Text as compared: the inline markup, footnotes and spacing of the YAML gone, lower case. */
function comparable(text: string): string {
  return emphasisPlainText(text).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The printed label before a paragraph's words: "c) ", "2.1. ", "- ", "Điều 3. ", "II. ". */
const PRINTED_LABEL = /^(?:điều \d+\.|[ivxlc]+\.|\d+(?:\.\d+)*[.)]?|[a-zđ]\)|[-+–])\s+/u;

/** Fewest characters a field must share with the paragraph to be taken for its source. */
const MIN_MATCH = 6;

/** The first string of the data the paragraph starting `printed` was made from, by its opening words. */
function pathOfText(data: unknown, printed: string): Path | undefined {
  const probe = comparable(printed.replace(/…$/u, '')).replace(PRINTED_LABEL, '').slice(0, 30);
  if (probe.length < MIN_MATCH) return undefined;
  const walk = (value: unknown, path: Path): Path | undefined => {
    if (typeof value === 'string') {
      const text = comparable(value);
      const hit = text.length >= MIN_MATCH && (text.startsWith(probe) || probe.startsWith(text));
      return hit ? path : undefined;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) {
        const found = walk(v, [...path, i]);
        if (found) return found;
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const found = walk(v, [...path, k]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(data, []);
}

function placeOf(
  rule: string,
  input: string,
  locate: Locate | undefined,
  found?: { data: unknown; text: string | undefined },
): SourceLocation {
  // The field the paragraph was written in, when its words tell; else the rule's field.
  const path = found?.text !== undefined ? pathOfText(found.data, found.text) : undefined;
  const exact = path ? locate?.(path) : undefined;
  if (exact) return exact;
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
  data?: unknown,
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
      placeOf(f.rule, input, locate, data === undefined ? undefined : { data, text: f.where.text }),
    ),
  );
}
