/**
 * The shipped example reproduces the real notice the project started from (test/fixtures/seed, a copy
 * of ../shared/seed), word for word. Three deliberate differences, each asked for by the decree or an
 * issue: no space before a colon ("Sở :" → "Sở:"), the Lưu line names the văn thư ("- Lưu: VT, VP."),
 * and the period reported on says "tháng" ("trong 8/2020" → "trong tháng 8/2020", issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { EXAMPLE, REPO } from '../support/workspace.js';

const seed = readFileSync(
  join(REPO, 'test', 'fixtures', 'seed', 'thong-bao-giao-ban-thang-8-2020.txt'),
  'utf8',
).normalize('NFC');
const words = (text: string) =>
  text
    .replace(/ :/g, ':')
    .replace(/trong 8\/2020/g, 'trong tháng 8/2020')
    .split(/\s+/)
    .filter(Boolean);

const texts = paragraphTexts(
  unzip(await renderDocx(loadDocument(EXAMPLE).model!))
    .get('word/document.xml')!
    .toString('utf8'),
);

function between(all: string[], first: RegExp, last: RegExp): string[] {
  const from = all.findIndex((t) => first.test(t));
  const to = all.findIndex((t, i) => i >= from && last.test(t));
  return all.slice(from, to + 1);
}

describe('the shipped example reproduces the seed notice', () => {
  it('has the same body, word for word, with its numbering 1., 2., 2.1 … 2.7 and dashes', () => {
    const seedBody = seed.slice(
      seed.indexOf('Vào lúc'),
      seed.indexOf('thực hiện./.') + 'thực hiện./.'.length,
    );
    const rendered = between(texts, /^Vào lúc/, /\.\/\.$/).join(' ');
    expect(words(rendered)).toEqual(words(seedBody));
  });

  it('has the same type name and trích yếu', () => {
    expect(texts).toContain('THÔNG BÁO');
    const title = seed.slice(seed.indexOf('Kết luận'), seed.indexOf('Vào lúc'));
    const rendered = between(texts, /^Kết luận/, /9\/2020$/).join(' ');
    expect(words(rendered)).toEqual(words(title));
  });

  it('has the same recipients, signer title and name', () => {
    for (const item of [
      '- Các phòng, đơn vị thuộc Sở;',
      '- GĐ, các phó GĐ Sở;',
      'GIÁM ĐỐC',
      'Văn Công Thới',
    ]) {
      expect(seed).toContain(item);
      expect(texts).toContain(item);
    }
    expect(seed).toContain('- Lưu: VP.');
    expect(texts).toContain('- Lưu: VT, VP.');
  });
});
