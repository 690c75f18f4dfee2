/**
 * `vanban import` on damaged real documents: paragraphs, tables and runs of document.xml removed or
 * emptied at random. Whatever survives, the importer gives data or says the file is not an administrative
 * document; it never fails on its own code (a TypeError would be a bug). The documents are read from
 * ../shared/real-docs beside the checkout; without them the property is skipped.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDocx, NotAdministrativeError } from '../../src/import/importDocx.js';
import { toYaml } from '../../src/import/writeYaml.js';
import { LimitError } from '../../src/lint/limits.js';
import { XmlError } from '../../src/lint/xml.js';
import { repack, unpack } from '../lint/support/fixtures.js';
import { importFile } from '../../src/import/importFile.js';
import { check } from '../../src/api/library.js';
import { tempFolder } from '../support/tempFolder.js';

const REAL_DOCS = join(import.meta.dirname, '..', '..', '..', 'shared', 'real-docs');
const files = existsSync(REAL_DOCS)
  ? readdirSync(REAL_DOCS)
      .filter((f) => f.endsWith('.docx'))
      .sort()
  : [];

/** Removes or empties the n-th element of a kind: the damage an editing slip or a converter does. */
function damage(xml: string, kind: 'w:p' | 'w:tbl' | 'w:r' | 'w:t', n: number, empty: boolean): string {
  const pattern = new RegExp(`<${kind}[ >][\\s\\S]*?</${kind}>`, 'g');
  let i = 0;
  const count = (xml.match(pattern) ?? []).length;
  if (count === 0) return xml;
  const target = n % count;
  return xml.replace(pattern, (whole) => {
    if (i++ !== target) return whole;
    return empty ? `<${kind}></${kind}>` : '';
  });
}

function damaged(
  index: number,
  damages: Array<{ kind: 'w:p' | 'w:tbl' | 'w:r' | 'w:t'; n: number; empty: boolean }>,
) {
  const parts = unpack(new Uint8Array(readFileSync(join(REAL_DOCS, files[index]!))));
  let xml = parts.get('word/document.xml') as string;
  for (const d of damages) xml = damage(xml, d.kind, d.n, d.empty);
  parts.set('word/document.xml', xml);
  return repack(parts);
}

const damages = fc.array(
  fc.record({
    kind: fc.constantFrom('w:p' as const, 'w:tbl' as const, 'w:r' as const, 'w:t' as const),
    n: fc.nat(400),
    empty: fc.boolean(),
  }),
  { minLength: 1, maxLength: 6 },
);

describe.skipIf(files.length === 0)('import on damaged real documents', () => {
  it('writes YAML that passes check whenever it imports (missing parts are marked, never invalid)', async () => {
    const dir = tempFolder('vanban-import-damaged-');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), damages, async (index, list) => {
        const docx = join(dir, `d${++n}.docx`);
        writeFileSync(docx, damaged(index, list));
        const outcome = importFile(docx, { output: join(dir, `d${n}.yaml`) });
        const codes = outcome.diagnostics.map((d) => d.code);
        if (codes.includes('IMPORT_NOT_ADMINISTRATIVE') || codes.includes('IMPORT_UNREADABLE')) return;
        expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const checked = await check(join(dir, `d${n}.yaml`));
        expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('gives data or a plain refusal, never an internal failure', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(
          fc.record({
            kind: fc.constantFrom('w:p' as const, 'w:tbl' as const, 'w:r' as const, 'w:t' as const),
            n: fc.nat(400),
            empty: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (index, damages) => {
          const parts = unpack(new Uint8Array(readFileSync(join(REAL_DOCS, files[index]!))));
          let xml = parts.get('word/document.xml') as string;
          for (const d of damages) xml = damage(xml, d.kind, d.n, d.empty);
          parts.set('word/document.xml', xml);
          try {
            const result = importDocx(repack(parts));
            expect(typeof toYaml(result.document, [], result.reviews)).toBe('string');
          } catch (error) {
            if (error instanceof NotAdministrativeError || error instanceof LimitError) return;
            // Removing the first <w:p> … </w:p> by pattern can cut across a nested one (a text box) and
            // leave the XML ill-formed: the reader's refusal, with part and place, is a plain one
            // (importFile reports it as IMPORT_UNREADABLE).
            if (error instanceof XmlError) return;
            throw error;
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
