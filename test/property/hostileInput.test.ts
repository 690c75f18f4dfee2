/**
 * Arbitrary input never crashes the loader, and every diagnostic it gives has a catalogued code and a
 * position inside the file it names.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDocument } from '../../src/load/loadDocument.js';
import { CATALOG } from '../../src/diagnostics/catalog.js';
import { exampleText, makeWorkspace } from '../support/workspace.js';

const ws = makeWorkspace();
const example = exampleText();
const exampleLines = example.split('\n');

function checkDiagnostics(path: string, text: string): void {
  const lines = text.split('\n');
  const result = loadDocument(path);
  for (const d of result.diagnostics) {
    expect(Object.keys(CATALOG)).toContain(d.code);
    if (!d.location || d.location.file !== path) continue;
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.line).toBeLessThanOrEqual(lines.length);
    expect(d.location.column).toBeGreaterThanOrEqual(1);
    expect(d.location.column).toBeLessThanOrEqual((lines[d.location.line - 1]?.length ?? 0) + 1);
  }
}

/** Mutations a clerk's editing could make: drop, duplicate or damage lines, insert YAML-significant text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat(exampleLines.length - 1) }),
  fc.record({ kind: fc.constant('dup' as const), line: fc.nat(exampleLines.length - 1) }),
  fc.record({
    kind: fc.constant('insert' as const),
    line: fc.nat(exampleLines.length - 1),
    column: fc.nat(60),
    text: fc.oneof(
      fc.constantFrom(
        ':',
        '- ',
        '\t',
        '"',
        "'",
        '&a',
        '*a',
        '[',
        '{',
        '#',
        '|',
        '>',
        '  ',
        '\u0007',
        'ệ',
        '\u0301',
      ),
      fc.string(),
    ),
  }),
);

function apply(
  lines: string[],
  m: fc.Arbitrary<unknown> extends never
    ? never
    : { kind: string; line: number; column?: number; text?: string },
): string[] {
  const out = [...lines];
  if (m.kind === 'drop') out.splice(m.line, 1);
  else if (m.kind === 'dup') out.splice(m.line, 0, out[m.line] ?? '');
  else {
    const l = out[m.line] ?? '';
    const c = Math.min(m.column ?? 0, l.length);
    out[m.line] = l.slice(0, c) + (m.text ?? '') + l.slice(c);
  }
  return out;
}

describe('hostile input (property)', () => {
  it('never crashes on arbitrary text', () => {
    const path = ws.path('data/random.yaml');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        ws.write('data/random.yaml', text);
        checkDiagnostics(path, text);
      }),
      { numRuns: 150 },
    );
  });

  it('never crashes on a mutated example, and locates every problem inside the file', () => {
    const path = ws.path('data/mutated.yaml');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce((lines, m) => apply(lines, m), exampleLines).join('\n');
        ws.write('data/mutated.yaml', text);
        checkDiagnostics(path, text);
      }),
      { numRuns: 150 },
    );
  });
});
