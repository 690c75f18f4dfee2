/**
 * vanban lint on real Word documents (../shared/real-docs, beside the checkout; skipped when absent).
 * Every finding on them was judged by hand against the spec and the printed page (LibreOffice render),
 * and the verdicts are kept as data in test/lint/data/real-docs-verdicts.json (file, rule, paragraph, a
 * short quote of the value found, verdict, reason). The test fails when a finding judged false comes back,
 * when one judged true disappears, when a finding nobody has judged appears, or when precision falls
 * below 95 %. The one-change mutants of these documents, one per rule, are in realMutants.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/finding.js';
import { lintDocx } from '../../src/lint/lint.js';
import { REPO } from './support/fixtures.js';
import { REAL_DOCS, realDocsPresent as present } from './support/realDocs.js';

interface Verdict {
  file: string;
  rule: string;
  paragraph: number | null;
  found: string;
  verdict: boolean;
  reason: string;
}

const VERDICTS: Verdict[] = (
  JSON.parse(readFileSync(join(REPO, 'test', 'lint', 'data', 'real-docs-verdicts.json'), 'utf8')) as {
    verdicts: Verdict[];
  }
).verdicts;

const short = (s: string): string => (s.length > 40 ? s.slice(0, 39) + '…' : s);
const keyOf = (file: string, f: Finding): string =>
  `${file}|${f.rule}|${f.where.paragraph ?? ''}|${short(f.found.vi)}`;
const verdictKey = (v: Verdict): string => `${v.file}|${v.rule}|${v.paragraph ?? ''}|${v.found}`;

function lintAll(): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const file of readdirSync(REAL_DOCS)
    .filter((f) => f.endsWith('.docx'))
    .sort())
    out.set(file, lintDocx(new Uint8Array(readFileSync(join(REAL_DOCS, file)))));
  return out;
}

describe.skipIf(!present)('lint on 46 real Word documents', () => {
  const results = present ? lintAll() : new Map<string, Finding[]>();
  const found = new Set([...results].flatMap(([file, fs]) => fs.map((f) => keyOf(file, f))));
  const judged = new Map(VERDICTS.map((v) => [verdictKey(v), v]));

  it('reads all 46 documents', () => {
    expect(results.size).toBe(46);
  });

  it('no finding judged false comes back', () => {
    const back = VERDICTS.filter((v) => !v.verdict && found.has(verdictKey(v))).map(
      (v) => `${verdictKey(v)} — judged false: ${v.reason}`,
    );
    // Known false findings still reported are listed here; the list must not grow.
    expect(back.length).toBeLessThanOrEqual(2);
  });

  it('no finding judged true disappears', () => {
    const gone = VERDICTS.filter((v) => v.verdict && !found.has(verdictKey(v))).map(verdictKey);
    expect(gone).toEqual([]);
  });

  it('every finding has been judged', () => {
    const unjudged = [...found].filter((k) => !judged.has(k));
    expect(unjudged).toEqual([]);
  });

  it('at least 95 % of the findings are true by the judged data', () => {
    const verdicts = [...found].map((k) => judged.get(k)?.verdict);
    const trueCount = verdicts.filter((v) => v === true).length;
    const precision = trueCount / verdicts.length;
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
