/**
 * The signer's own post printed between the signing space and the name (ô 7b) reads back into
 * `signer.title_above_name`, not into the title lines or the name; a name printed over a post does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, render } from '../../src/api/library.js';
import { importFile } from '../../src/import/importFile.js';
import { readSignature } from '../../src/import/signatureRead.js';
import { agencyFolder } from '../support/agencyFolder.js';
import { printed } from './support/printed.js';

const DATA = join(import.meta.dirname, '../../data');
const SIGNER = '  person: pho-chu-tich # Phó Chủ tịch phụ trách; thẩm quyền do vanban suy ra từ chức vụ\n';

describe('import of title_above_name', () => {
  it('gives back the post above the name', async () => {
    const dir = agencyFolder('ubnd-xa-hai-ninh');
    const text = readFileSync(join(DATA, '2023-03-ke-hoach-phong-chong-thien-tai.yaml'), 'utf8');
    expect(text).toContain(SIGNER);
    const source = join(dir, 'kh.yaml');
    writeFileSync(
      source,
      text.replace(SIGNER, '  person: pho-chu-tich\n  title_above_name: Phó Chủ tịch UBND xã\n'),
    );
    const original = await render(source, { write: false });
    const docx = join(dir, 'kh.docx');
    writeFileSync(docx, original.docx!);
    const output = join(dir, 'back', 'kh.yaml');
    const outcome = importFile(docx, { output });
    expect(outcome.diagnostics).toEqual([]);
    const signer = (parse(readFileSync(output, 'utf8')) as { signer: Record<string, unknown> }).signer;
    expect(signer.title_above_name).toBe('PHÓ CHỦ TỊCH UBND XÃ');
    expect(signer.title_lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    const back = await check(output);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(printed(back.model!)).toEqual(printed(original.model!));
    expect(back.model!.signature).toEqual(original.model!.signature);
  });

  it("gives back a co-signer's post too, not as one of its title lines", async () => {
    const dir = agencyFolder('ubnd-xa-hai-ninh');
    const text = readFileSync(join(DATA, '2023-03-ke-hoach-phong-chong-thien-tai.yaml'), 'utf8');
    const source = join(dir, 'kh.yaml');
    writeFileSync(
      source,
      text.replace(
        SIGNER,
        `${SIGNER}co_signer:\n  person: cong-chuc-van-phong\n  title_lines: [NGƯỜI LẬP]\n  title_above_name: Công chức Văn phòng\n`.replace(
          `${SIGNER}co_signer`,
          `${SIGNER.trimEnd()}\nco_signer`,
        ),
      ),
    );
    const original = await render(source, { write: false });
    expect(original.model?.secondSignature?.titleAboveName).toEqual(['CÔNG CHỨC VĂN PHÒNG']);
    const docx = join(dir, 'kh.docx');
    writeFileSync(docx, original.docx!);
    const output = join(dir, 'back', 'kh.yaml');
    expect(importFile(docx, { output }).diagnostics).toEqual([]);
    const coSigner = (parse(readFileSync(output, 'utf8')) as { co_signer: Record<string, unknown> })
      .co_signer;
    expect(coSigner.title_lines).toEqual(['NGƯỜI LẬP']);
    expect(coSigner.title_above_name).toBe('CÔNG CHỨC VĂN PHÒNG');
    const back = await check(output);
    expect(back.model!.secondSignature).toEqual(original.model!.secondSignature);
  });

  it('joins a post printed on two lines into one', () => {
    const read = readSignature(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Văn An', '', [
      'PHÓ GIÁM ĐỐC',
      'SỞ CÔNG THƯƠNG',
    ]);
    expect(read.titleAboveName).toBe('PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG');
    expect(read.title).not.toContain('SỞ');
    expect(readSignature(['GIÁM ĐỐC'], 'Nguyễn Văn An', '').titleAboveName).toBeUndefined();
  });
});
