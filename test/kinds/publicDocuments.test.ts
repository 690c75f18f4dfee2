/**
 * Real published documents typed into data/public/ as a clerk would (issue 4): each loads without a
 * diagnostic, renders to a DOCX the linter finds clean, and keeps the structure of its original.
 *
 * Every expected value below is copied by hand from the source page named at the top of the YAML file
 * (number line, type name, trích yếu, numbered parts, Kính gửi, signature, Nơi nhận), never read back
 * from the YAML. Where vanban prints the original differently on purpose (Nghị định 30 spelling of dates
 * and times, "./." at the end), the comment next to the expectation quotes the original. What the stored
 * pages cut off (signature blocks, Nơi nhận of excerpts) is not asserted.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocx } from '../../src/lint/lint.js';
import type { OfficialDocument } from '../../src/model/document.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { vietnameseUpper } from '../../src/text/case.js';
import { bodyTexts, DATA, loadClean } from './support.js';

const PUBLIC = join(DATA, 'public');
const FILES = readdirSync(PUBLIC)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function load(file: string): OfficialDocument {
  return loadClean(join(PUBLIC, file)).model;
}

/** The trích yếu as one upper-case line: the source pages print it in capitals or wrap it elsewhere. */
function summaryOf(model: OfficialDocument): string {
  return vietnameseUpper(model.title.summaryLines.join(' '));
}

/** Body paragraphs numbered at the top level ("I.", "1." or "Điều 1."), as printed. */
function numbered(texts: string[], pattern: RegExp): string[] {
  return texts.filter((t) => pattern.test(t));
}

describe('data/public: real documents', () => {
  it.each(FILES)('%s names its source and points editors at its schema', (file) => {
    const text = readFileSync(join(PUBLIC, file), 'utf8');
    const kind = /^kind: ([a-z-]+)/m.exec(text)![1]!;
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../schemas/${kind}.schema.json`);
    expect(text).toMatch(/^# Văn bản thật: /m);
    expect(text).toMatch(/^# Nguồn[^:]*: https?:\/\/\S+$/m);
  });

  it.each(FILES)('%s loads cleanly and renders to a DOCX with no lint finding', async (file) => {
    const findings = lintDocx(await renderDocx(load(file)));
    expect(findings.map((f) => `${f.rule} ${f.element.vi}: ${f.found.vi}`)).toEqual([]);
  });

  it('covers the kinds for which a published document was found', () => {
    const kinds = FILES.map((f) => /^kind: ([a-z-]+)/m.exec(readFileSync(join(PUBLIC, f), 'utf8'))![1]);
    // No báo cáo, biên bản or thông báo kết luận giao ban was found in the stored public pages.
    expect([...new Set(kinds)].sort()).toEqual([
      'cong-van',
      'giay-moi',
      'ke-hoach',
      'quyet-dinh',
      'thong-bao',
    ]);
  });
});

describe('Công văn số 4844/VPCP-QHQT ngày 14/6/2013 (Văn phòng Chính phủ)', () => {
  const model = load('cong-van-vpcp-2013.yaml');
  const texts = bodyTexts(model);

  it('has the header of the original', () => {
    expect(model.header.parentAgency).toBeUndefined();
    expect(model.header.agencyLines).toEqual(['VĂN PHÒNG CHÍNH PHỦ']);
    expect(model.header.numberLine).toBe('Số: 4844/VPCP-QHQT');
    // Original: "Hà Nội, ngày 14 tháng 06 năm 2013"; Nghị định 30 puts a 0 only before months 1 and 2.
    expect(model.header.placeDateLine).toBe('Hà Nội, ngày 14 tháng 6 năm 2013');
    expect(model.title.typeName).toBe('');
    expect(model.header.subjectLines!.join(' ')).toBe(
      'V/v tổ chức Hội nghị Bộ trưởng lao động và phúc lợi xã hội Việt Nam - Lào',
    );
  });

  it('sends to the four ministries, in order', () => {
    expect(model.addressees).toEqual({
      label: 'Kính gửi:',
      items: [
        '- Bộ Lao động - Thương binh và Xã hội;',
        '- Bộ Ngoại giao;',
        '- Bộ Tài chính;',
        '- Bộ Công an.',
      ],
    });
  });

  it('keeps the opening, the two numbered points and the closing sentence', () => {
    expect(texts[0]).toMatch(
      /^Xét đề nghị của Bộ Lao động - Thương binh và Xã hội tại văn bản số 2029\/LĐTBXH /,
    );
    expect(texts[0]).toMatch(/Thủ tướng Chính phủ có ý kiến như sau:$/);
    const points = numbered(texts, /^\d+\. /);
    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(/^1\. Đồng ý Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị Bộ trưởng /);
    expect(points[0]).toMatch(
      /lần thứ 3 từ ngày 30 tháng 6 đến ngày 03 tháng 7 năm 2013 tại thành phố Huế\.$/,
    );
    expect(points[1]).toMatch(/^2\. Đồng ý Bộ Lao động - Thương binh và Xã hội đón đoàn Bộ trưởng /);
    // Original: "… biết, thực hiện." without "./.".
    expect(texts.at(-1)).toBe('Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.');
  });

  it('is signed by the Phó Chủ nhiệm for the Bộ trưởng, Chủ nhiệm', () => {
    expect(model.signature).toEqual({
      titleLines: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'],
      name: 'Nguyễn Văn Tùng',
    });
  });

  it('lists the Nơi nhận of the original, in order', () => {
    expect(model.recipients.items).toEqual([
      '- Như trên;',
      '- Thủ tướng, các Phó Thủ tướng CP;',
      '- VPCP: Bộ trưởng, Chủ nhiệm, các PCN, Trợ lý TTg, các Vụ: TH, KGVX, Cổng TTĐT;',
      // Original: "- Lưu: VT, QHQT (3)." with a space before the number of copies.
      '- Lưu: VT, QHQT(3).',
    ]);
  });
});

describe('Công văn số 454/UBND-NCTH ngày 06/4/2011 (UBND tỉnh Hậu Giang)', () => {
  const model = load('cong-van-ubnd-hau-giang-2011.yaml');
  const texts = bodyTexts(model);

  it('has the header of the original', () => {
    expect(model.header.agencyLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HẬU GIANG']);
    expect(model.header.numberLine).toBe('Số: 454/UBND-NCTH');
    // Original: "Vị Thanh, ngày 6 tháng 4 năm 2011"; Nghị định 30 puts a 0 before days below 10.
    expect(model.header.placeDateLine).toBe('Vị Thanh, ngày 06 tháng 4 năm 2011');
    expect(model.header.subjectLines!.join(' ')).toBe(
      'V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới',
    );
  });

  it('sends to the four heads, in order', () => {
    expect(model.addressees!.items).toEqual([
      '- Giám đốc Sở Văn hóa, Thể thao và Du lịch;',
      '- Giám đốc Sở Thông tin và Truyền thông;',
      '- Giám đốc Đài Phát thanh - Truyền hình Hậu Giang;',
      '- Chủ tịch UBND huyện, thị xã, thành phố.',
    ]);
  });

  it('keeps its two paragraphs, the second ending with "./."', () => {
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(
      /^Ủy ban nhân dân tỉnh nhận được Công văn số 847\/UBND-VX1 ngày 22 tháng 3 năm 2011 /,
    );
    expect(texts[0]).toMatch(/Chủ tịch UBND tỉnh có ý kiến như sau:$/);
    expect(texts[1]).toMatch(/^Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, /);
    expect(texts[1]).toMatch(/theo yêu cầu tại Công văn nêu trên\.\/\.$/);
  });

  it('is signed by the Phó Chủ tịch for the Chủ tịch', () => {
    expect(model.signature).toEqual({ titleLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Trần Thành Lập' });
  });

  it('lists the Nơi nhận of the original, in order', () => {
    expect(model.recipients.items).toEqual([
      '- Như trên;',
      '- TT. HĐND, UBND tỉnh;',
      '- VP. Tỉnh ủy;',
      '- Ban TG Tỉnh ủy;',
      '- UBMTTQVN và các đoàn thể tỉnh;',
      '- Sở, ban, ngành tỉnh;',
      // Original: "- Lưu: VT, NCTH.HH" (the drafter's initials joined to the unit, no final stop).
      '- Lưu: VT, NCTH. HH.',
    ]);
  });
});

describe('Quyết định số 1209/QĐ-UBND ngày 24/6/2013 (Chủ tịch UBND tỉnh Hà Giang; excerpt)', () => {
  const model = load('quyet-dinh-ubnd-ha-giang-2013.yaml');
  const texts = bodyTexts(model);

  it('has the header, type name and trích yếu of the original', () => {
    expect(model.header.agencyLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ GIANG']);
    expect(model.header.numberLine).toBe('Số: 1209/QĐ-UBND');
    // Original: "Hà Giang, ngày 24 tháng 06 năm 2013".
    expect(model.header.placeDateLine).toBe('Hà Giang, ngày 24 tháng 6 năm 2013');
    expect(model.title.typeName).toBe('QUYẾT ĐỊNH');
    expect(summaryOf(model)).toBe(
      'VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH TỈNH HÀ GIANG, GIAI ĐOẠN 2013-2015',
    );
  });

  it('keeps the issuing authority and the four căn cứ lines', () => {
    expect(texts[0]).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG');
    const bases = texts.slice(1, texts.indexOf('QUYẾT ĐỊNH:'));
    expect(bases).toHaveLength(4);
    expect(bases[0]).toBe('Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;');
    expect(bases[1]).toMatch(/^Căn cứ Quyết định số 1567\/2009\/QĐ-UBND ngày 01 tháng 6 năm 2009 /);
    expect(bases[2]).toMatch(/^Căn cứ Quyết định số 807\/QĐ-UBND ngày 06 tháng 5 năm 2013 /);
    // Original ends the block with ","; Nghị định 30 ends it with ".".
    expect(bases[3]).toMatch(
      /^Xét đề nghị của Sở Y tế tại Tờ trình số 66\/TTr-SYT ngày 17 tháng 5 năm 2013 .*Hà Giang\.$/,
    );
  });

  it('keeps its two articles and the separate effect paragraph', () => {
    const articles = numbered(texts, /^Điều \d+\. /);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatch(
      /^Điều 1\. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo /,
    );
    expect(articles[1]).toMatch(
      /^Điều 2\. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Ban, ngành, /,
    );
    expect(texts.at(-1)).toBe('Quyết định này có hiệu lực kể từ ngày ký ban hành./.');
  });

  it('lists the Nơi nhận the stored page shows, in order, after the "Như Điều 2" vanban always adds', () => {
    expect(model.recipients.items.slice(1, 5)).toEqual([
      '- Bộ Y tế;',
      '- T.Cục DS-KHHGĐ Bộ Y tế;',
      '- TTr Tỉnh ủy; TTr HĐND tỉnh;',
      '- Chủ tịch, các PCT UBND tỉnh;',
    ]);
    // Not in the original's first place (the page is cut at the fifth item, "- CVP, c…").
    expect(model.recipients.items[0]).toBe('- Như Điều 2;');
  });
});

describe('Kế hoạch số 29/KH-UBND ngày 07/02/2024 (UBND tỉnh Hưng Yên; excerpt)', () => {
  const model = load('ke-hoach-ubnd-hung-yen-2024.yaml');
  const texts = bodyTexts(model);

  it('has the header, type name and trích yếu of the original', () => {
    expect(model.header.agencyLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN']);
    expect(model.header.numberLine).toBe('Số: 29/KH-UBND');
    expect(model.header.placeDateLine).toBe('Hưng Yên, ngày 07 tháng 02 năm 2024');
    expect(model.title.typeName).toBe('KẾ HOẠCH');
    expect(summaryOf(model)).toBe(
      'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG NGÀY 21/12/2023 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG CÔNG TÁC BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG CHO LỨA TUỔI HỌC SINH TRONG TÌNH HÌNH MỚI',
    );
  });

  it('keeps the opening paragraph, mục I, khoản 1 and the three dashed points directly under it', () => {
    expect(texts[0]).toMatch(/^Thực hiện Chỉ thị số 31\/CT-TTg ngày 21\/12\/2023 của Thủ tướng Chính phủ /);
    expect(texts[0]).toMatch(/trong tình hình mới như sau:$/);
    expect(numbered(texts, /^[IVX]+\. /)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU']);
    expect(numbered(texts, /^\d+\. /)).toEqual(['1. Mục đích']);
    // The original has no điểm a), b) under "1. Mục đích": its points are "- …".
    expect(numbered(texts, /^[a-zđ]\) /)).toEqual([]);
    const points = texts.filter((t) => t.startsWith('- '));
    expect(points).toHaveLength(3);
    // One "- " each: the dash is vanban's list marker, not typed into the text.
    for (const point of points) expect(point).not.toMatch(/^- -/);
    expect(points[0]).toMatch(/^- Xác định rõ các nội dung, biện pháp và trách nhiệm /);
    expect(points[1]).toMatch(/^- Đề ra các giải pháp hữu hiệu để ngăn chặn, /);
    expect(points[2]).toMatch(/^- Chỉ đạo và tổ chức triển khai thực hiện quyết liệt, /);
    expect(texts.indexOf('1. Mục đích')).toBe(texts.indexOf(points[0]!) - 1);
  });
});

describe('Thông báo của Sở Du lịch Quảng Bình về nghỉ Lễ Quốc khánh 2018 (body only)', () => {
  const model = load('thong-bao-so-du-lich-quang-binh-2018.yaml');
  const texts = bodyTexts(model);

  it('has the agency, type name and trích yếu of the original', () => {
    expect(model.header.parentAgency).toBe('UBND TỈNH QUẢNG BÌNH');
    expect(model.header.agencyLines).toEqual(['SỞ DU LỊCH']);
    expect(model.title.typeName).toBe('THÔNG BÁO');
    expect(summaryOf(model)).toBe('VỀ VIỆC TREO QUỐC KỲ VÀ NGHỈ LỄ QUỐC KHÁNH NGÀY 02 THÁNG 9 NĂM 2018');
  });

  it('keeps the căn cứ paragraph and the three numbered points with their paragraphs', () => {
    expect(texts[0]).toMatch(/^Căn cứ Thông báo số 1400\/TB-UBND ngày 22 tháng 8 năm 2018 của UBND tỉnh /);
    const points = numbered(texts, /^\d+\. /);
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(/^1\. Về treo Quốc kỳ: Tại trụ sở Sở Du lịch /);
    expect(points[1]).toBe('2. Về thời gian nghỉ lễ ngày Quốc khánh 02 tháng 9:');
    expect(points[2]).toBe('3. Về bố trí phân công trực trong các ngày nghỉ lễ:');
    const afterTwo = texts.slice(texts.indexOf(points[1]!) + 1, texts.indexOf(points[2]!));
    expect(afterTwo).toHaveLength(2);
    expect(afterTwo[0]).toMatch(/^Cán bộ, công chức, viên chức và người lao động khối Văn phòng Sở /);
    expect(afterTwo[1]).toMatch(/^Do ngày Quốc khánh \(ngày 02 tháng 9\) trùng vào ngày Chủ Nhật /);
    expect(texts.at(-1)).toBe(
      'Bố trí đồng chí Hoàng Minh Ký và đồng chí Lê Thanh Tiến - Lái xe cơ quan đảm nhận trực cơ quan trong ngày nghỉ lễ./.',
    );
  });
});

describe('Giấy mời của UBND tỉnh Hải Dương dự Lễ phát động Tết trồng cây 2018 (body only)', () => {
  const model = load('giay-moi-ubnd-hai-duong-2018.yaml');
  const texts = bodyTexts(model);

  it('has the agency, type name and trích yếu of the original', () => {
    expect(model.header.agencyLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HẢI DƯƠNG']);
    expect(model.title.typeName).toBe('GIẤY MỜI');
    expect(model.title.summaryLines.join(' ')).toBe(
      'Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018',
    );
  });

  it('opens with the paragraph of the original, before the numbered parts', () => {
    // Original: "… tổ chức Lễ phát động“Tết trồng cây …" (no space before the quote on the stored page).
    expect(texts[0]).toBe(
      'Hưởng ứng phong trào “Mùa xuân là Tết trồng cây” do Bác Hồ phát động; Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018.',
    );
    expect(texts.some((t) => t.includes('trân trọng kính mời') || t.startsWith('Tới dự '))).toBe(false);
  });

  it('numbers its three parts "1. Thành phần mời:", "2. Thời gian:", "3. Địa điểm:"', () => {
    expect(numbered(texts, /^\d+\. /).map((t) => t.replace(/:.*$/, ':'))).toEqual([
      '1. Thành phần mời:',
      '2. Thời gian:',
      '3. Địa điểm:',
    ]);
    expect(texts[1]).toBe('1. Thành phần mời:');
  });

  it('invites the eleven guests of "1. Thành phần mời", in order', () => {
    const invitees = texts.slice(
      texts.indexOf('1. Thành phần mời:') + 1,
      texts.findIndex((t) => t.startsWith('2. ')),
    );
    expect(invitees).toEqual([
      '- Đồng chí Nguyễn Thị Kim Ngân, Uỷ viên Bộ Chính trị, Chủ Tịch Quốc Hội Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;',
      '- Thường trực Tổng liên đoàn lao động Việt Nam;',
      '- Văn phòng Quốc Hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;',
      '- Một số cơ quan Trung ương;',
      '- Các đồng chí Thường trực Tỉnh uỷ, Thường vụ Tỉnh uỷ;',
      '- Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh;',
      '- Lãnh đạo các Văn phòng: Tỉnh uỷ, HĐND, Đoàn Đại biểu Quốc hội, UBND tỉnh;',
      '- Đại diện Lãnh đạo các sở, ban, ngành, các tổ chức chính trị xã hội;',
      '- Bí thư, Chủ tịch UBND các huyện, thành phố, thị xã;',
      '- Huyện uỷ, UBND huyện Cẩm Giàng, đại diện các phòng, ban, tổ chức đoàn thể của huyện; lãnh đạo Đảng uỷ, HĐND, UBMTTQ, UBND xã Cẩm Điền (do UBND huyện mời);',
      // Original ends this last line with ";" too.
      '- Đại diện các cơ quan thông tấn báo chí trong và ngoài tỉnh.',
    ]);
  });

  it('keeps the time, place and closing sentence', () => {
    // Original: "2. Thời gian:  ½ ngày, từ 7h30 -9h00, Thứ ba, ngày 06/02/2018."
    expect(texts).toContain('2. Thời gian: từ 07 giờ 30 đến 09 giờ 00, thứ Ba, ngày 06/02/2018.');
    expect(texts).toContain('3. Địa điểm: Tại Văn Miếu Mao Điền, huyện Cẩm Giàng.');
    expect(texts.at(-1)).toBe('Kính mời các đại biểu về dự để buổi Lễ thành công tốt đẹp./.');
  });
});
