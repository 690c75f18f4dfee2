/** docs/lint.md lists every rule the linter has, with its clause, in both tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { HINTS } from '../../src/lint/hints.js';
import { REPO } from './support/fixtures.js';

it('docs/lint.md has a row per rule in the Vietnamese and the English table', () => {
  const doc = readFileSync(join(REPO, 'docs', 'lint.md'), 'utf8');
  for (const rule of RULES) {
    const rows = doc.split('\n').filter((line) => line.startsWith(`| ${rule.id} |`));
    expect(rows, rule.id).toHaveLength(2);
    for (const row of rows) expect(row, rule.id).toContain(`| ${rule.clause} |`);
  }
});

it('every rule has a hint', () => {
  expect(RULES.map((r) => r.id).filter((id) => !HINTS[id])).toEqual([]);
});

/** The spec's §10 rules a DOCX cannot show: listed as such in both tables, with the reason, never checked. */
const NOT_CHECKED = ['SG-08', 'LY-02'];

it('docs/lint.md lists the rules that cannot be checked from a DOCX, and says why', () => {
  const doc = readFileSync(join(REPO, 'docs', 'lint.md'), 'utf8');
  for (const id of NOT_CHECKED) {
    expect(RULES.map((r) => r.id)).not.toContain(id);
    const rows = doc.split('\n').filter((line) => line.startsWith(`| ${id} |`));
    expect(rows, id).toHaveLength(2);
    for (const row of rows) expect(row, id).toMatch(/\| — \| \*\*(Không|Not)/u);
  }
});
