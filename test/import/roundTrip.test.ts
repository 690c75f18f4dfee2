/**
 * import(render(example)) gives back the example: for every shipped example, the DOCX vanban renders
 * is imported, and the imported YAML (with its drafted agency profile) builds the same Decree-30 model
 * — header, title, Kính gửi, body, signature, Nơi nhận, appendices — as the example did. Compared as
 * printed: runs of the same emphasis are joined, and keep-with-next (a pagination hint) is left out.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, render } from '../../src/api/library.js';
import { importFile } from '../../src/import/importFile.js';
import type { ContentBlock, OfficialDocument, TextRun } from '../../src/model/document.js';
import { SHIPPED_EXAMPLES } from '../package/shipped.js';
import { tempFolder } from '../support/tempFolder.js';

function runs(list: readonly TextRun[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const r of list) {
    const style = `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}${r.footnote ? `[${r.footnote}]` : ''}`;
    const last = out.at(-1);
    if (last && last[1] === style && !style.includes('[')) last[0] += r.text;
    else out.push([r.text, style]);
  }
  // Spaces at a style boundary belong to either side as printed.
  return out.map(([t, s]) => [t.replace(/\s+/g, ' '), s] as [string, string]).filter(([t]) => t !== '');
}

function blocks(list: readonly ContentBlock[]): unknown[] {
  return list.map((b) =>
    b.type === 'table'
      ? {
          table: b.rows.map((row) =>
            row.map((c) =>
              runs(c.runs)
                .map(([t]) => t)
                .join(''),
            ),
          ),
        }
      : { runs: runs(b.runs), align: b.align, indent: b.indent },
  );
}

export function printed(model: OfficialDocument): unknown {
  const { header, title, signature, recipients, addressees, secondSignature, footer, appendices } = model;
  return {
    header,
    title,
    addressees,
    body: blocks(model.body),
    signature,
    secondSignature,
    recipients,
    footer,
    appendices: appendices?.map((a) => ({ ...a, body: blocks(a.body) })),
  };
}

describe('import(render(example)) gives back the example', () => {
  const dir = tempFolder('vanban-import-round-');
  for (const example of SHIPPED_EXAMPLES) {
    it(basename(example), async () => {
      const original = await render(example, { write: false });
      expect(original.docx).toBeDefined();
      const docx = join(dir, basename(example).replace(/\.yaml$/, '.docx'));
      writeFileSync(docx, original.docx!);
      const output = join(dir, basename(example));
      const outcome = importFile(docx, { output });
      expect(outcome.diagnostics).toEqual([]);
      const back = await check(output);
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(printed(back.model!)).toEqual(printed(original.model!));
    });
  }
});
