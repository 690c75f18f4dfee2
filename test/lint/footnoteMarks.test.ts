/**
 * A footnote mark is a run with no text (w:footnoteReference): the reader still finds "Kính gửi:" and
 * Nơi nhận with marks inside them, reads the same text, and vanban's output with marks lints clean.
 */
import { describe, expect, it } from 'vitest';
import { contextOf, lintDocx } from '../../src/lint/lint.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { describe as describeFindings } from './support/fixtures.js';
import { example, kindWorkspace, loadClean } from '../kinds/support.js';

const LETTER = example('2021-05-cong-van-de-xuat-nhiem-vu.yaml');

const WITH_NOTES = LETTER.replace(
  '  - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n',
  '  - name: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n    footnote: Trừ Hà Nội.\n',
)
  .replace('    note: (để b/c)\n', '    note: (để b/c)\n    footnote: Qua Văn phòng.\n')
  .replace('  - Văn phòng Bộ\n', '  - { name: Văn phòng Bộ, footnote: Bản điện tử. }\n')
  .replace('phối hợp thực hiện.', 'phối hợp thực hiện^[Trước ngày 30/6.].');

async function read(text: string) {
  const { model } = loadClean(kindWorkspace().write('data/cv.yaml', text));
  const bytes = await renderDocx(model);
  const el = contextOf(bytes).elements;
  return {
    findings: lintDocx(bytes),
    kinhGui: el.kinhGui.map((p) => p.text),
    recipients: el.recipientItems.map((item) => item.map((s) => s.text).join(' ')),
    marks: el.kinhGui.flatMap((p) => p.runs).filter((r) => r.footnotes).length,
  };
}

describe('footnote marks in Kính gửi and Nơi nhận', () => {
  it('are read as the same elements, with the same text', async () => {
    const plain = await read(LETTER);
    const noted = await read(WITH_NOTES);
    expect(WITH_NOTES).not.toBe(LETTER);
    expect(noted.kinhGui).toEqual(plain.kinhGui);
    expect(noted.recipients).toEqual(plain.recipients);
    expect(noted.recipients).toContain('- Bộ trưởng (để b/c);');
    expect(noted.marks).toBe(1);
  });

  it('lint clean', async () => {
    const { findings } = await read(WITH_NOTES);
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
