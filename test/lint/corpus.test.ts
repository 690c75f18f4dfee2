/**
 * vanban lint on real Word documents (../shared/real-docs, beside the checkout; skipped when absent).
 * Every finding on them was judged by hand against the spec and the printed page (LibreOffice render),
 * and the verdicts are kept as data in test/lint/data/real-docs-verdicts.json (file, rule, paragraph, a
 * short quote of the value found, verdict, reason). The test fails when a finding judged false comes back,
 * when one judged true disappears, when a finding nobody has judged appears, or when precision falls
 * below 95 %. One-change mutants of real documents, one per rule, must each be caught.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/finding.js';
import { lintDocx } from '../../src/lint/lint.js';
import { REPO, repack, unpack } from './support/fixtures.js';

const REAL_DOCS = join(REPO, '..', 'shared', 'real-docs');
const present = existsSync(REAL_DOCS);

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

/** One change to document.xml (or the package) of a real document, and the rule that must catch it. */
interface Mutant {
  rule: string;
  file: string;
  change: (xml: string) => string;
}

const MUTANTS: Mutant[] = [
  {
    rule: 'PG-01',
    file: '007',
    change: (x) => x.replace(/<w:pgSz w:w="\d+" w:h="\d+"/u, '<w:pgSz w:w="12240" w:h="15840"'),
  },
  { rule: 'PG-05', file: '007', change: (x) => x.replace(/w:left="\d+"(?=[^>]*w:header)/u, 'w:left="1134"') },
  {
    rule: 'QH-01',
    file: '007',
    change: (x) => x.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  },
  {
    rule: 'TN-01',
    file: '034',
    change: (x) => x.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc'),
  },
  {
    rule: 'TN-03',
    file: '007',
    change: (x) => x.replace('<wp:extent cx="2105025" cy="0"/>', '<wp:extent cx="0" cy="0"/>'),
  },
  {
    rule: 'FN-02',
    file: '007',
    change: (x) =>
      x.replace(
        '<w:t>SỞ CÔNG THƯƠNG</w:t>',
        '<w:t>SỞ CÔNG THƯƠNG</w:t></w:r><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>X</w:t>',
      ),
  },
  { rule: 'BD-11', file: '014', change: (x) => x.replace('Điều 3', 'Điều 3:') },
  { rule: 'NN-04', file: '007', change: (x) => x.replace(/- Lưu: VT/u, '- Lưu VT') },
];

function mutate(
  file: string,
  change: (xml: string) => string,
): { original: Uint8Array; changed: Uint8Array } {
  const name = readdirSync(REAL_DOCS).find((f) => f.startsWith(file))!;
  const original = new Uint8Array(readFileSync(join(REAL_DOCS, name)));
  const parts = unpack(original);
  const xml = parts.get('word/document.xml') as string;
  const next = change(xml);
  expect(next, `the mutant of ${file} changes the document`).not.toBe(xml);
  parts.set('word/document.xml', next);
  return { original, changed: repack(parts) };
}

describe.skipIf(!present)('one-change mutants of real documents are caught', () => {
  for (const m of MUTANTS)
    it(`${m.rule} on ${m.file}`, () => {
      const { original, changed } = mutate(m.file, m.change);
      const count = (bytes: Uint8Array): number => lintDocx(bytes).filter((f) => f.rule === m.rule).length;
      expect(count(changed)).toBeGreaterThan(count(original));
    });
});
