/**
 * Golden files of the rendered example's XML parts. A change in layout shows up here as a readable
 * diff; regenerate on purpose with UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { prettyXml, unzip } from '../support/unzip.js';
import { EXAMPLE, REPO } from '../support/workspace.js';
import { SHIPPED_EXAMPLE_NAMES } from '../package/shipped.js';

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

/** The other kinds' examples: their own parts (styles and settings are shared with the notice above). */
const KIND_EXAMPLES = SHIPPED_EXAMPLE_NAMES.filter((f) => f !== '2020-08-giao-ban.yaml');

describe.each(KIND_EXAMPLES)('golden DOCX parts of data/%s', async (file) => {
  const name = file.replace(/\.yaml$/, '');
  const dir = join(REPO, 'test', 'golden', name);
  const result = loadDocument(join(REPO, 'data', file));
  const parts = unzip(await renderDocx(result.model!));
  const own = [...parts.keys()]
    .filter((p) => /^word\/(document|header\d+|footer\d+|footnotes)\.xml$/.test(p))
    .sort();

  it('has its body, header and (where used) footer and footnote parts', () => {
    expect(own).toContain('word/document.xml');
    // A part that appears or disappears (a footer, the footnotes) is a change to review too.
    if (process.env.UPDATE_GOLDEN !== '1') {
      expect(existsSync(dir), `${dir} missing: run with UPDATE_GOLDEN=1 once, and review it`).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(own.map(goldenName).sort());
    }
  });

  for (const part of own) {
    it(`${part} matches its golden file`, () => {
      const actual = prettyXml(parts.get(part)!.toString('utf8'));
      const path = join(dir, goldenName(part));
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, actual);
      }
      expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1 once, and review it`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});

function goldenName(part: string): string {
  return part.replace(/[[\]]/g, '_').replace(/\//g, '__');
}
