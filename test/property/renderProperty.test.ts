/**
 * Arbitrary valid documents render to a DOCX whose XML parts are well-formed and which holds each
 * task's text exactly once, as written (less the emphasis markers it uses).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { normalizeText, findControlCharacter } from '../../src/text/normalize.js';
import { emphasisPlainText } from '../../src/text/emphasis.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { xmlProblem } from '../support/xmlWellFormed.js';
import { exampleText, makeWorkspace } from '../support/workspace.js';

const ws = makeWorkspace();
const base = parse(exampleText()) as Record<string, unknown>;

/** Any printable text a clerk could type or paste, including markup characters and list markers. */
const taskText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
    fc.constantFrom(
      '- đã có gạch',
      '1. đánh số',
      '<b>đậm</b>',
      'a & b',
      ']]>',
      '{{x}}',
      'Điều 1.',
      '+ ý nhỏ',
      '&amp;',
      '**Chủ trì cuộc họp:** đồng chí A',
      '*(trích)* và \\*',
    ),
  )
  .map(normalizeText)
  .filter((t) => t !== '' && findControlCharacter(t) === undefined);

describe('rendering arbitrary valid documents (property)', () => {
  it('gives well-formed XML holding each task exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(taskText, { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(taskText, { minLength: 1, maxLength: 5 }),
        async (general, unit) => {
          const data = { ...base, general_tasks: general, unit_tasks: { 'van-phong': unit } };
          const path = ws.write('data/property.yaml', stringify(data));
          const result = loadDocument(path);
          expect(result.diagnostics).toEqual([]);
          const parts = unzip(await renderDocx(result.model!));
          for (const [name, bytes] of parts) {
            if (name.endsWith('.xml') || name.endsWith('.rels'))
              expect(xmlProblem(bytes.toString('utf8')), name).toBeUndefined();
          }
          const texts = paragraphTexts(parts.get('word/document.xml')!.toString('utf8'));
          // A task prints as written but for its emphasis markers (**đậm**, *nghiêng*), which style runs.
          const printed = [...general, ...unit].map(emphasisPlainText);
          for (const task of printed) {
            const expected = `- ${task}`;
            expect(
              texts.filter(
                (t) => t === expected || t === `${expected.replace(/(\.\/\.|[.;:,])?\s*$/, '')}./.`,
              ),
            ).toHaveLength(printed.filter((other) => other === task).length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
