/**
 * Random hostile YAML through the library's check (renderFile with dryRun, what `vanban check` runs):
 * it never throws, never takes long, keeps memory bounded, gives only catalogued codes located inside
 * the file, and what it would print holds no raw terminal control character.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderFile } from '../../src/api/renderFile.js';
import { CATALOG } from '../../src/diagnostics/catalog.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { DocumentLoader } from '../../src/load/loadDocument.js';
import { EXAMPLE, makeWorkspace } from '../support/workspace.js';

const example = readFileSync(EXAMPLE, 'utf8');
// One folder for the whole file (property runs rewrite one document); removed at the end.
const ws = makeWorkspace();
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));
const loader = new DocumentLoader();

/** Printed text may hold line breaks and tabs, nothing else below U+0020, no C1 or bidi control. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

async function checkText(text: string): Promise<void> {
  const path = ws.write('data/random.yaml', text);
  const lines = text.split('\n');
  const started = Date.now();
  const result = await renderFile(path, loader, { dryRun: true });
  expect(Date.now() - started).toBeLessThan(3000);
  expect(process.memoryUsage().heapUsed).toBeLessThan(768 * 1024 * 1024);
  for (const d of result.diagnostics) {
    expect(Object.hasOwn(CATALOG, d.code)).toBe(true);
    if (!d.location || d.location.file !== path) continue;
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.line).toBeLessThanOrEqual(lines.length);
  }
  for (const lang of ['vi', 'en'] as const)
    expect(formatDiagnostics(result.diagnostics, lang)).not.toMatch(RAW_CONTROL);
}

const hostileWords = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '\u202eabc',
  '\u001b]0;x\u0007',
  '\u001b[2J',
  '\u009b31m',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '1850-01-01',
  '2020-02-30',
  'Lưu ý: x',
  '- a',
  '#',
  "'",
  '"',
  '\\u202E',
);

const plain = fc.oneof(
  hostileWords.map((w) => JSON.stringify(w)),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('a', 'Treo cờ', '2020-08-31', '14:00', '1', 'true', 'null', '~'),
);

const TAGS = ['!!binary', '!!timestamp', '!!str', '!!set', '!!int', '!foo', '!!map', '!!seq'];

/** Flow-style YAML with anchors, aliases and tags, nested. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plain,
    fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(
        fc.tuple(
          fc.oneof(
            hostileWords.map((w) => JSON.stringify(w)),
            fc.constantFrom('kind', 'agency', 'summary', 'time', 'x'),
          ),
          tie('node'),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc.tuple(fc.nat(3), tie('node')).map(([n, v]) => `&a${n} ${v}`),
    fc.nat(3).map((n) => `*a${n}`),
    fc.tuple(fc.constantFrom(...TAGS), plain).map(([t, v]) => `${t} ${v}`),
  ),
}));

/** Top-level fields of the example the random value replaces or joins. */
const FIELDS = ['summary', 'conclusions', 'general_tasks', 'closing', 'meeting', 'recipients', 'issue_date'];

function replaceField(field: string, value: string): string {
  const lines = example.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${field}:`));
  let end = start + 1;
  while (end < lines.length && !/^[a-z_]+:/.test(lines[end]!)) end++;
  lines.splice(start, end - start, `${field}: ${value}`);
  return lines.join('\n');
}

describe('random hostile YAML through check', () => {
  it('replaces the fields it names', () => {
    for (const field of FIELDS) expect(replaceField(field, 'X')).toMatch(new RegExp(`^${field}: X$`, 'm'));
  });

  it('a random flow value in place of a field of the example', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), node, async (field, value) => {
        await checkText(replaceField(field, value));
      }),
      { numRuns: 120 },
    );
  });

  it('random extra lines: hostile keys, anchors, aliases, tags, deep brackets', async () => {
    const line = fc.oneof(
      fc.tuple(hostileWords, node).map(([k, v]) => `${JSON.stringify(k)}: ${v}`),
      fc.nat(400).map((n) => `deep: ${'['.repeat(n)}${']'.repeat(n)}`),
      fc.nat(120).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 5 }), async (lines) => {
        await checkText(`${lines.join('\n')}\n${example}`);
      }),
      { numRuns: 80 },
    );
  });

  it('random alias amplification (levels, fan-out, string size) is refused or accepted fast', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60_000 }),
        async (levels, fanOut, length) => {
          const anchors = [`l0: &l0 "${'x'.repeat(length)}"`];
          for (let i = 1; i < levels; i++)
            anchors.push(
              `l${i}: &l${i} [${Array(fanOut)
                .fill(`*l${i - 1}`)
                .join(', ')}]`,
            );
          await checkText(
            `${anchors.join('\n')}\n${example.replace(/^closing:.*$/m, `closing: *l${levels - 1}`)}`,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
