/**
 * vanban import on the real Word documents of ../shared/real-docs: each administrative document
 * imports to YAML that passes `check`, and renders back keeping ≥ 95 % of its words in order, its kind
 * and its signature. Files that are not administrative documents are refused with one message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importFile.js';
import { check, render } from '../../src/api/library.js';
import { tempFolder } from '../support/tempFolder.js';
import { docxWords, wordsKept } from './support/wordsKept.js';

const REAL_DOCS = join(import.meta.dirname, '../../../shared/real-docs');
const present = existsSync(REAL_DOCS);
const files = present
  ? readdirSync(REAL_DOCS)
      .filter((f) => f.endsWith('.docx'))
      .sort()
  : [];

/** Not administrative documents (see the folder's README): a checklist, forms, a paper, a review note. */
const NOT_ADMINISTRATIVE = ['009', '011', '031', '032', '033', '035', '036', '043', '044', '049', '089'];

describe.skipIf(!present)('vanban import on real documents', () => {
  const folder = tempFolder('vanban-import-real-');
  const dir = (): string => folder;
  const kept: Array<{ file: string; share: number }> = [];

  for (const file of files) {
    const id = file.slice(0, 3);
    if (NOT_ADMINISTRATIVE.includes(id)) {
      it(`${id} is refused as not an administrative document`, () => {
        const outcome = importFile(join(REAL_DOCS, file), { output: join(dir(), `${id}.yaml`) });
        expect(outcome.diagnostics.map((d) => d.code)).toEqual(['IMPORT_NOT_ADMINISTRATIVE']);
        expect(existsSync(join(dir(), `${id}.yaml`))).toBe(false);
      });
      continue;
    }
    it(`${id} imports, checks, and renders back with its words`, async () => {
      const output = join(dir(), `${id}.yaml`);
      const outcome = importFile(join(REAL_DOCS, file), { output });
      expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const checked = await check(output);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const rendered = await render(output, { write: false });
      const original = docxWords(new Uint8Array(readFileSync(join(REAL_DOCS, file))));
      const share = wordsKept(original, docxWords(rendered.docx!));
      kept.push({ file: id, share });
      expect(share, `${file} keeps ${(share * 100).toFixed(1)} % of its words`).toBeGreaterThanOrEqual(0.95);
    });
  }
});
