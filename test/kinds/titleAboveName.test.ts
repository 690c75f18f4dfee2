/**
 * `signer.title_above_name` (issue 12): the signer's own post printed under the signing space, just
 * above the name (ô 7b), as a provincial UBND prints "PHÓ CHỦ TỊCH UBND TỈNH" over the name. Lint still
 * takes the name as the name, and `check` stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api/library.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { contextOf, lintDocx } from '../../src/lint/lint.js';
import { ND30 } from '../../src/layout/nd30.js';
import { mmToTwip } from '../../src/layout/units.js';
import { example, kindWorkspace, loadClean, render } from './support.js';

const KE_HOACH = example('2023-03-ke-hoach-phong-chong-thien-tai.yaml');
const SIGNER = '  person: pho-chu-tich # Phó Chủ tịch phụ trách; thẩm quyền do vanban suy ra từ chức vụ\n';

function withSigner(lines: string, text = KE_HOACH): string {
  expect(text).toContain(SIGNER);
  return text.replace(SIGNER, `  person: pho-chu-tich\n${lines}`);
}

describe('title_above_name', () => {
  const ws = kindWorkspace();
  const path = ws.write('data/kh.yaml', withSigner('  title_above_name: Phó Chủ tịch UBND xã\n'));

  it('prints the post upper case, bold, the name size, between the signing space and the name', async () => {
    const { model } = loadClean(path);
    expect(model.signature.titleAboveName).toEqual(['PHÓ CHỦ TỊCH UBND XÃ']);
    const r = await render(model);
    const titles = r.texts.indexOf('PHÓ CHỦ TỊCH');
    const post = r.texts.indexOf('PHÓ CHỦ TỊCH UBND XÃ');
    const name = r.texts.indexOf('Nguyễn Thị Lan');
    expect(titles).toBeGreaterThan(0);
    expect([post, name]).toEqual([titles + 1, titles + 2]);
    const space = `w:before="${mmToTwip(ND30.signature.signingSpaceMm)}"`;
    expect(r.paragraphs[post]).toContain(space);
    expect(r.paragraphs[name]).not.toContain(space);
    const size = `<w:sz w:val="${ND30.size.signerName * 2}"/>`;
    for (const p of [r.paragraphs[post]!, r.paragraphs[name]!]) {
      expect(p).toContain('<w:b/>');
      expect(p).toContain(size);
      expect(p).toContain('<w:jc w:val="center"/>');
    }
  });

  it('lint reads the post as the post and the name as the name, and finds nothing', async () => {
    const bytes = await renderDocx(loadClean(path).model);
    const e = contextOf(bytes).elements;
    expect(e.signatureTitles.map((s) => s.text)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(e.titleAboveName.map((s) => s.text)).toEqual(['PHÓ CHỦ TỊCH UBND XÃ']);
    expect(e.signerName?.text).toBe('Nguyễn Thị Lan');
    expect(lintDocx(bytes).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('check stays quiet', async () => {
    const result = await check(path);
    expect(result.diagnostics).toEqual([]);
  });

  it('a post too long for the column is broken into lines, still above the name', async () => {
    const long = ws.write(
      'data/kh-dai.yaml',
      withSigner(
        '  title_above_name: Phó Chủ tịch Ủy ban nhân dân xã kiêm Trưởng Ban Chỉ huy phòng, chống thiên tai\n',
      ),
    );
    const { model } = loadClean(long);
    const lines = model.signature.titleAboveName!;
    expect(lines.length).toBeGreaterThan(1);
    const bytes = await renderDocx(model);
    const e = contextOf(bytes).elements;
    expect(e.titleAboveName.map((s) => s.text)).toEqual(lines);
    expect(e.signerName?.text).toBe('Nguyễn Thị Lan');
    expect(lintDocx(bytes).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with a co-signer, blank lines keep the two names level', async () => {
    const two = ws.write(
      'data/kh-hai.yaml',
      withSigner(
        '  title_above_name: Phó Chủ tịch UBND xã\nco_signer:\n  person: chu-tich\n  authority: none\n',
      ),
    );
    const { model } = loadClean(two);
    expect(model.secondSignature?.titleAboveName).toBeUndefined();
    const r = await render(model);
    const left = r.texts.indexOf('Trần Văn Hòa');
    const right = r.texts.indexOf('Nguyễn Thị Lan');
    // Each cell: three title lines (blank ones under the shorter), one post line, the name.
    expect(r.texts.slice(left - 4, left + 1)).toEqual(['CHỦ TỊCH', '', '', '', 'Trần Văn Hòa']);
    expect(r.texts.slice(right - 4, right + 1)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'PHÓ CHỦ TỊCH UBND XÃ',
      'Nguyễn Thị Lan',
    ]);
    const e = contextOf(await renderDocx(model)).elements;
    expect(e.signerName?.text).toBe('Nguyễn Thị Lan');
  });
});
