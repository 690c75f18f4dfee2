/**
 * Three shipped agency profiles of different shapes. Switching only `agency:` changes the header, the
 * ký hiệu, the place and the default signer; the content stays as written.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyShortName } from '../../src/kinds/commonView.js';
import { signatureTitleLines, defaultAuthority, signatureFor } from '../../src/model/buildParts.js';
import { loadAgency } from '../../src/load/loadAgency.js';
import type { AgencyProfile } from '../../src/profile/agencySchema.js';
import { AGENCIES, bodyTexts, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';
import { SHIPPED_AGENCY_IDS } from '../package/shipped.js';

const NOTICE = example('2021-03-thong-bao-tuyen-chon.yaml');

function profile(id: string): AgencyProfile {
  const loaded = loadAgency(id, [AGENCIES], undefined);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.profile!;
}

const CASES = [
  {
    agency: 'so-khcn-quang-binh',
    parent: 'UBND TỈNH QUẢNG BÌNH',
    agencyLines: ['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ'],
    printed: ['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ'],
    number: 'Số:      /TB-SKHCN',
    date: 'Quảng Bình, ngày 15 tháng 3 năm 2021',
    titles: ['GIÁM ĐỐC'],
    name: 'Văn Công Thới',
  },
  {
    agency: 'ubnd-xa-hai-ninh',
    parent: undefined,
    agencyLines: ['ỦY BAN NHÂN DÂN', 'XÃ HẢI NINH'],
    printed: ['ỦY BAN NHÂN DÂN', 'XÃ HẢI NINH'],
    number: 'Số:      /TB-UBND',
    date: 'Hải Ninh, ngày 15 tháng 3 năm 2021',
    titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    name: 'Trần Văn Hòa',
  },
  {
    agency: 'bo-khcn',
    parent: undefined,
    agencyLines: ['BỘ KHOA HỌC', 'VÀ CÔNG NGHỆ'],
    printed: ['BỘ KHOA HỌC', 'VÀ CÔNG NGHỆ'],
    number: 'Số:      /TB-BKHCN',
    date: 'Hà Nội, ngày 15 tháng 3 năm 2021',
    titles: ['BỘ TRƯỞNG'],
    name: 'Phạm Quốc Khánh',
  },
] as const;

describe('shipped agency profiles', () => {
  it('are at least the Sở, a commune People’s Committee and a central body, all valid', () => {
    const ids = SHIPPED_AGENCY_IDS;
    expect(ids).toEqual(expect.arrayContaining(CASES.map((c) => c.agency)));
    for (const id of ids) expect(profile(id).people.length).toBeGreaterThan(0);
  });

  describe.each(CASES)('a notice of $agency', (c) => {
    const ws = kindWorkspace();
    const text = NOTICE.replace(/^agency: .*$/m, `agency: ${c.agency}`);
    const { model } = loadClean(ws.write(`data/${c.agency}.yaml`, text));

    it('gets the header, ký hiệu and place from the profile', () => {
      expect(model.header.parentAgency).toBe(c.parent);
      expect(model.header.agencyLines).toEqual(c.agencyLines);
      expect(model.header.numberLine).toBe(c.number);
      expect(model.header.placeDateLine).toBe(c.date);
    });

    it('is signed by the profile’s first person with the authority their title implies', () => {
      expect(model.signature).toEqual({ titleLines: c.titles, name: c.name });
    });

    it('keeps the content as written', () => {
      expect(model.body[0]!.runs[0]!.text).toMatch(/^Thực hiện Quyết định số 512\/QĐ-UBND/);
      expect(model.title.summaryLines[0]).toBe(
        'Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học',
      );
    });

    it('prints the header lines, bold agency, regular parent, in document.xml', async () => {
      const r = await render(model);
      for (const line of c.printed) expect(paragraphWith(r, line)).toMatch(/<w:b\/>/);
      if (c.parent) expect(paragraphWith(r, c.parent)).not.toMatch(/<w:b\/>/);
      else expect(r.texts).not.toContain('UBND TỈNH QUẢNG BÌNH');
      expect(paragraphWith(r, c.number)).toMatch(/<w:sz w:val="26"\/>/);
      expect(paragraphWith(r, c.date)).toMatch(/<w:i\/>/);
      for (const line of c.titles) expect(paragraphWith(r, line)).toMatch(/<w:b\/>/);
      expect(paragraphWith(r, c.name)).toMatch(/<w:b\/>/);
    });
  });
});

describe('signature forms (PL1-II.7.b)', () => {
  const so = profile('so-khcn-quang-binh');
  const xa = profile('ubnd-xa-hai-ninh');
  const bo = profile('bo-khcn');
  const person = (p: AgencyProfile, id: string) => p.people.find((x) => x.id === id)!;

  it('infers the authority from the title when the document does not give one', () => {
    expect(defaultAuthority(so, person(so, 'van-cong-thoi'))).toBe('none');
    expect(defaultAuthority(xa, person(xa, 'chu-tich'))).toBe('TM.');
    expect(defaultAuthority(xa, person(xa, 'pho-chu-tich'))).toBe('TM. KT.');
    expect(defaultAuthority(bo, person(bo, 'thu-truong'))).toBe('KT.');
    expect(defaultAuthority(bo, person(bo, 'chanh-van-phong'))).toBe('TL.');
    expect(defaultAuthority(bo, person(bo, 'pho-chanh-van-phong'))).toBe('TL. KT.');
  });

  it('prints two or three authority lines', () => {
    expect(signatureFor(xa, { person: 'pho-chu-tich' }).titleLines).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureFor(bo, { person: 'thu-truong' }).titleLines).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    expect(signatureFor(bo, { person: 'chanh-van-phong' }).titleLines).toEqual([
      'TL. BỘ TRƯỞNG',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signatureFor(bo, { person: 'pho-chanh-van-phong' }).titleLines).toEqual([
      'TL. BỘ TRƯỞNG',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
    ]);
    expect(signatureTitleLines('Q.', so, 'Phó Giám đốc')).toEqual(['Q. Giám đốc']);
  });

  it('an explicit authority wins, and an extra title line goes under the titles (ô 7b)', () => {
    expect(signatureFor(xa, { person: 'chu-tich', authority: 'none' }).titleLines).toEqual(['CHỦ TỊCH']);
    expect(
      signatureFor(so, { person: 'van-cong-thoi', authority: 'none', extra_title: 'Chủ tịch Hội đồng' }),
    ).toEqual({ titleLines: ['GIÁM ĐỐC', 'CHỦ TỊCH HỘI ĐỒNG'], name: 'Văn Công Thới' });
  });

  it('two signers side by side: the second signs left and the recipients go below', async () => {
    const ws = kindWorkspace();
    const text = NOTICE.replace(/^agency: .*$/m, 'agency: ubnd-xa-hai-ninh').replace(
      /^recipients:/m,
      'signer:\n  person: pho-chu-tich\nco_signer:\n  person: chu-tich\n  authority: none\nrecipients:',
    );
    const { model } = loadClean(ws.write('data/hai-chu-ky.yaml', text));
    expect(model.secondSignature).toEqual({ titleLines: ['CHỦ TỊCH'], name: 'Trần Văn Hòa' });
    expect(model.signature.titleLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    const r = await render(model);
    const left = r.texts.indexOf('CHỦ TỊCH');
    const right = r.texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    const label = r.texts.indexOf('Nơi nhận:');
    // Same table row: left cell first; "Nơi nhận:" after both signatures, outside the table.
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(left);
    expect(label).toBeGreaterThan(r.texts.indexOf('Nguyễn Thị Lan'));
    const signaturesEnd = r.documentXml.indexOf('</w:tbl>', r.documentXml.indexOf('Nguyễn Thị Lan'));
    expect(r.documentXml.indexOf('Nơi nhận:')).toBeGreaterThan(signaturesEnd);
  });
});

describe('how the body names the agency itself', () => {
  it('is the first word of a Sở or Bộ, the whole name otherwise, or the profile’s short_name', () => {
    expect(agencyShortName(profile('so-khcn-quang-binh'))).toBe('Sở');
    expect(agencyShortName(profile('bo-khcn'))).toBe('Bộ');
    expect(agencyShortName(profile('ubnd-xa-hai-ninh'))).toBe(profile('ubnd-xa-hai-ninh').name);
    expect(agencyShortName({ ...profile('ubnd-xa-hai-ninh'), short_name: 'Ủy ban' })).toBe('Ủy ban');
  });

  it('reaches the monthly notice’s heading "… thuộc Sở", so another agency’s profile changes it', () => {
    const ws = kindWorkspace();
    const profilePath = join(ws.dir, 'data', 'agencies', 'so-khcn-quang-binh.yaml');
    writeFileSync(
      profilePath,
      readFileSync(profilePath, 'utf8').replace(/^name: .*$/m, (line) => `${line}\nshort_name: Sở KH&CN`),
    );
    const { model } = loadClean(ws.write('data/giao-ban.yaml', example('2020-08-giao-ban.yaml')));
    expect(bodyTexts(model)).toContain('1. Nhiệm vụ chung của các phòng, đơn vị thuộc Sở KH&CN:');
  });
});

describe('a small agency', () => {
  it('may have no units at all, and still issues a notice', () => {
    const ws = kindWorkspace();
    const profilePath = join(ws.dir, 'data', 'agencies', 'bo-khcn.yaml');
    const text = readFileSync(profilePath, 'utf8');
    writeFileSync(profilePath, text.replace(/^units:\n(?: {2}.*\n| {4}.*\n|\n)*/m, 'units: []\n'));
    const loaded = loadAgency('bo-khcn', [join(ws.dir, 'data', 'agencies')], undefined);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.profile!.units).toEqual([]);
    const { model } = loadClean(ws.write('data/tb.yaml', NOTICE.replace(/^agency: .*$/m, 'agency: bo-khcn')));
    expect(model.header.agencyLines).toEqual(['BỘ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
  });
});
