/**
 * Golden files of the rendered example's XML parts. A change in layout shows up here as a readable
 * diff; regenerate on purpose with UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { prettyXml, unzip } from '../support/unzip.js';
import { EXAMPLE, REPO } from '../support/workspace.js';

const GOLDEN_DIR = join(REPO, 'test', 'golden', '2020-08-giao-ban');
const PARTS = [
  'word/document.xml',
  'word/styles.xml',
  'word/header1.xml',
  'word/header2.xml',
  'docProps/core.xml',
  '[Content_Types].xml',
];

describe('golden DOCX parts of the shipped example', async () => {
  const result = loadDocument(EXAMPLE);
  const parts = unzip(await renderDocx(result.model!));

  it('has the parts a Word document needs', () => {
    expect([...parts.keys()].sort()).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/settings.xml',
      ]),
    );
  });

  for (const part of PARTS) {
    it(`${part} matches its golden file`, () => {
      const actual = prettyXml(parts.get(part)!.toString('utf8'));
      const file = join(GOLDEN_DIR, part.replace(/[[\]]/g, '_').replace(/\//g, '__'));
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1 once, and review it`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
