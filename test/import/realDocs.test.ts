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
import { contextOf } from '../../src/lint/lint.js';
import { labelOf } from '../../src/import/labels.js';
import { tidy } from '../../src/import/runsMarkup.js';

/** What a reader checks besides the words: type, signature, Kính gửi, Nơi nhận, the body's numbering. */
function structure(bytes: Uint8Array): Record<string, unknown> {
  const { elements: e } = contextOf(bytes);
  const text = (s: { text: string } | undefined): string => tidy(s?.text ?? '');
  return {
    type: e.documentType?.name ?? (e.vv.length > 0 ? 'CÔNG VĂN' : text(e.typeName)),
    signature: [...e.signatureTitles.map(text), text(e.signerName)],
    kinhGui: e.kinhGui.length > 0,
    recipients: e.recipientItems.length,
    labels: e.body
      // As a reader sees it: Word's automatic list number before the text.
      .map((p) => labelOf(tidy(`${p.listLabel ?? ''} ${p.text}`))?.text)
      .filter((l): l is string => l !== undefined && l !== '-' && l !== '+'),
  };
}

const REAL_DOCS = join(import.meta.dirname, '../../../shared/real-docs');
const present = existsSync(REAL_DOCS);
const files = present
  ? readdirSync(REAL_DOCS)
      .filter((f) => f.endsWith('.docx'))
      .sort()
  : [];

/** Not administrative documents (see the folder's README): a checklist, forms, a paper, a review note. */
const NOT_ADMINISTRATIVE = ['009', '011', '031', '032', '033', '035', '036', '043', '044', '049', '089'];

/**
 * Where the copy differs on purpose, and why. Each entry names the compared part it leaves out.
 */
const KNOWN_DIFFERENCES: Record<string, Record<string, string>> = {
  // A blank form: the signature has no name, so the draft profile gets one to fill in (# XEM LẠI).
  '038': { signature: 'no signer name in the original', recipients: 'no Nơi nhận: "Như trên" and Lưu added' },
  // The original numbers its articles Điều 1, Điều 3, Điều 3; vanban numbers them in order (# XEM LẠI).
  '048': { labels: 'article numbers repeat in the original' },
  // Biên bản kept on file without a Nơi nhận: vanban still prints the "Lưu:" line of ô 9b.
  '030': { recipients: 'Lưu line added' },
  '034': { recipients: 'Lưu line added' },
  '039': { recipients: 'Lưu line added' },
  '040': { recipients: 'Lưu line added' },
  '041': { recipients: 'Lưu line added' },
  '045': { recipients: 'Lưu line added' },
};

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
      const source = new Uint8Array(readFileSync(join(REAL_DOCS, file)));
      const [got, want] = [structure(rendered.docx!), structure(source)];
      for (const key of Object.keys(KNOWN_DIFFERENCES[id] ?? {})) {
        delete got[key];
        delete want[key];
      }
      expect(got).toEqual(want);
      kept.push({ file: id, share });
      expect(share, `${file} keeps ${(share * 100).toFixed(1)} % of its words`).toBeGreaterThanOrEqual(0.95);
    });
  }
});
