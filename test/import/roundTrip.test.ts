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
import { SHIPPED_EXAMPLES } from '../package/shipped.js';
import { tempFolder } from '../support/tempFolder.js';
import { printed } from './support/printed.js';

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
