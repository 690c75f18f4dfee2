/**
 * Each shipped example loads without diagnostics, renders, and has the structure of its Mẫu:
 * giấy mời (1.7), kế hoạch and báo cáo (1.4), quyết định (1.2), biên bản (1.9).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KINDS } from '../../src/kinds/registry.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { bodyTexts, DATA, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';
import { SHIPPED_EXAMPLE_NAMES } from '../package/shipped.js';

const examples = SHIPPED_EXAMPLE_NAMES;

describe('shipped examples', () => {
  it('cover every kind and point editors at their kind’s schema', () => {
    const kinds = new Set<string>();
    for (const file of examples) {
      const text = example(file);
      const kind = /^kind: ([a-z-]+)/m.exec(text)![1]!;
      kinds.add(kind);
      expect(text.split('\n')[0], file).toBe(
        `# yaml-language-server: $schema=../schemas/${kind}.schema.json`,
      );
    }
    expect([...kinds].sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it.each(examples)('%s loads cleanly and renders', async (file) => {
    const { model } = loadClean(join(DATA, file));
    const r = await render(model);
    expect(r.texts.some((t) => t.endsWith('./.'))).toBe(true);
    expect(r.texts).toContain('Nơi nhận:');
  });
});

describe('giay-moi (Mẫu 1.7)', async () => {
  const { model } = loadClean(join(DATA, '2023-01-giay-moi-tong-ket.yaml'));
  const texts = bodyTexts(model);

  it('has GIẤY MỜI, ký hiệu GM and the invitation lines in order', () => {
    expect(model.title.typeName).toBe('GIẤY MỜI');
    expect(model.header.numberLine).toBe('Số:      /GM-SKHCN');
    expect(texts.slice(0, 6)).toEqual([
      'Sở Khoa học và Công nghệ trân trọng kính mời:',
      '- Đại diện lãnh đạo Ủy ban nhân dân tỉnh;',
      '- Lãnh đạo các sở, ban, ngành cấp tỉnh có liên quan;',
      '- Lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố;',
      '- Các tổ chức khoa học và công nghệ trên địa bàn tỉnh.',
      'Tới dự Hội nghị tổng kết công tác khoa học và công nghệ năm 2022, triển khai nhiệm vụ năm 2023.',
    ]);
    expect(texts).toContain('Chủ trì: đồng chí Văn Công Thới - Giám đốc Sở.');
    expect(texts).toContain('Thành phần: lãnh đạo Sở, trưởng các phòng, thủ trưởng các đơn vị thuộc Sở.');
    expect(texts).toContain('Thời gian: từ 08 giờ 00 đến 11 giờ 30, thứ Ba, ngày 10/01/2023.');
    expect(texts).toContain('Địa điểm: Hội trường Sở Khoa học và Công nghệ, thành phố Đồng Hới.');
    expect(texts.at(-1)).toBe('Rất mong các đồng chí tham dự đúng thời gian và thành phần./.');
    expect(model.recipients.items[0]).toBe('- Như thành phần mời;');
  });

  it('one invitee goes on the "kính mời:" line', () => {
    const ws = kindWorkspace();
    const text = example('2023-01-giay-moi-tong-ket.yaml').replace(
      /^invitees:\n( {2}- .*\n)+/m,
      'invitees: Ông Nguyễn Văn A, Giám đốc Công ty TNHH Mãng cầu Hải Ninh\n',
    );
    const { model: one } = loadClean(ws.write('data/mot-nguoi.yaml', text));
    expect(bodyTexts(one)[0]).toBe(
      'Sở Khoa học và Công nghệ trân trọng kính mời: Ông Nguyễn Văn A, Giám đốc Công ty TNHH Mãng cầu Hải Ninh',
    );
  });

  it('refuses an invitation issued after the event (EVENT_BEFORE_ISSUE)', () => {
    const ws = kindWorkspace();
    const text = example('2023-01-giay-moi-tong-ket.yaml').replace(
      'issue_date: 2023-01-04',
      'issue_date: 2023-01-12',
    );
    const result = loadDocument(ws.write('data/muon.yaml', text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['EVENT_BEFORE_ISSUE']);
  });
});

describe('ke-hoach (Mẫu 1.4, phần-mục-khoản-điểm)', async () => {
  const { model } = loadClean(join(DATA, '2023-03-ke-hoach-phong-chong-thien-tai.yaml'));
  const r = await render(model);
  const texts = bodyTexts(model);

  it('numbers mục I. … IV. in upper case bold, khoản 1., điểm a), then - and +', () => {
    const mucs = texts.filter((t) => /^[IVX]+\. /.test(t));
    expect(mucs).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    for (const m of mucs) expect(paragraphWith(r, m)).toMatch(/<w:keepNext\/>[\s\S]*<w:b\/>/);
    expect(texts).toContain('1. Mục đích');
    expect(texts).toContain(
      'b) Rà soát, cập nhật phương án ứng phó với các cấp độ rủi ro thiên tai, trong đó',
    );
    expect(texts).toContain('- địa điểm sơ tán tập trung');
    expect(texts).toContain('+ Trường Tiểu học Hải Ninh;');
  });

  it('is signed on three lines by the deputy chair of the commune', () => {
    expect(model.signature).toEqual({
      titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      name: 'Nguyễn Thị Lan',
    });
    expect(model.header.numberLine).toBe('Số:      /KH-UBND');
  });

  it('prints its appendix with the "(Kèm theo Kế hoạch …)" line', () => {
    expect(model.appendices![0]!.referenceLine).toMatch(
      /^\(Kèm theo Kế hoạch số [\u00a0]+\/KH-UBND ngày\u00a020\u00a0tháng\u00a03\u00a0năm\u00a02023 của Ủy ban nhân dân xã Hải Ninh\)$/,
    );
  });
});

describe('bao-cao (Mẫu 1.4, sent upward)', async () => {
  const { model } = loadClean(join(DATA, '2021-06-bao-cao-6-thang.yaml'));
  const r = await render(model);

  it('has BÁO CÁO, Số: 125/BC-SKHCN and Kính gửi on one line after the trích yếu', () => {
    expect(model.title.typeName).toBe('BÁO CÁO');
    expect(model.header.numberLine).toBe('Số: 125/BC-SKHCN');
    expect(model.addressees).toEqual({ label: 'Kính gửi:', items: ['Bộ Khoa học và Công nghệ'] });
    const kg = r.texts.indexOf('Kính gửi: Bộ Khoa học và Công nghệ');
    expect(kg).toBeGreaterThan(r.texts.indexOf('đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2021'));
    expect(kg).toBeLessThan(r.texts.findIndex((t) => t.startsWith('Thực hiện Công văn số 1234')));
    expect(model.recipients.items[0]).toBe('- Như trên;');
  });

  it('holds a table of figures inside a khoản, numbers centred', () => {
    const table = model.body.find((b) => b.type === 'table');
    expect(table).toBeDefined();
    if (table?.type !== 'table') return;
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]!.map((c) => c.runs[0]?.text)).toEqual([
      '1',
      'Nhiệm vụ cấp tỉnh được nghiệm thu',
      '12',
      '07',
      '58',
    ]);
    expect(table.rows[1]!.map((c) => c.align)).toEqual(['center', 'left', 'center', 'center', 'center']);
  });

  it('without kinh_gui there is no Kính gửi and no "Như trên"', () => {
    const ws = kindWorkspace();
    const text = example('2021-06-bao-cao-6-thang.yaml').replace(/^kinh_gui: .*\n/m, '');
    const { model: internal } = loadClean(ws.write('data/noi-bo.yaml', text));
    expect(internal.addressees).toBeUndefined();
    expect(internal.recipients.items[0]).toBe('- UBND tỉnh (b/c);');
  });
});

describe('quyet-dinh (Mẫu 1.2)', async () => {
  const { model } = loadClean(join(DATA, '2021-04-quyet-dinh-hoi-dong.yaml'));
  const r = await render(model);
  const texts = bodyTexts(model);

  it('has QUYẾT ĐỊNH, "Về việc …" and Số: 45/QĐ-SKHCN', () => {
    expect(model.title.typeName).toBe('QUYẾT ĐỊNH');
    expect(model.title.summaryLines[0]).toMatch(/^Về việc thành lập/);
    expect(model.header.numberLine).toBe('Số: 45/QĐ-SKHCN');
  });

  it('prints the issuing authority upper case bold centred, then the căn cứ lines in italic', () => {
    expect(texts[0]).toBe('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(paragraphWith(r, texts[0]!)).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
    const bases = model.body.slice(1, 5);
    expect(bases.map((b) => b.runs.map((x) => x.text).join(''))).toEqual([
      'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;',
      expect.stringMatching(/^Căn cứ Thông tư số 08\/2017\/TT-BKHCN .*quốc gia sử dụng ngân sách nhà nước;$/),
      expect.stringMatching(/^Căn cứ Quyết định số 512\/QĐ-UBND .*bắt đầu thực hiện năm 2021;$/),
      'Theo đề nghị của Trưởng phòng Quản lý Khoa học.',
    ]);
    for (const b of bases) expect(b.runs.every((x) => x.italic)).toBe(true);
  });

  it('then "QUYẾT ĐỊNH:" and the articles, "Điều 1." bold', () => {
    expect(texts[5]).toBe('QUYẾT ĐỊNH:');
    const article = model.body.find((b) => b.runs[0]?.text === 'Điều 1.')!;
    expect(article.runs.map((x) => !!x.bold)).toEqual([true, false]);
    expect(texts.filter((t) => t.startsWith('Điều '))).toHaveLength(3);
    expect(texts).toContain('1. Đánh giá hồ sơ đăng ký tuyển chọn theo tiêu chí quy định;');
  });

  it('starts the recipients with "- Như Điều 3;"', () => {
    expect(model.recipients.items[0]).toBe('- Như Điều 3;');
  });

  it('names its authority in the appendix\u2019s "(Kèm theo …)" line, the date kept on one line', () => {
    expect(model.appendices![0]!.referenceLine).toBe(
      '(Kèm theo Quyết định số 45/QĐ-SKHCN ngày\u00a005\u00a0tháng\u00a05\u00a0năm\u00a02021 của Giám đốc Sở Khoa học và Công nghệ)',
    );
    // Signed on behalf of a collective (TM.), the collective issues it.
    const ws = kindWorkspace();
    const commune = example('2021-04-quyet-dinh-hoi-dong.yaml')
      .replace('agency: so-khcn-quang-binh', 'agency: ubnd-xa-hai-ninh')
      .replace(/signer:[\s\S]*?\n(?=\S)/, '');
    const result = loadDocument(ws.write('data/xa.yaml', commune));
    expect(result.model?.appendices?.[0]?.referenceLine).toMatch(/ của Ủy ban nhân dân xã Hải Ninh\)$/);
  });

  it('refuses an executors_article past the last article (ARTICLE_UNKNOWN)', () => {
    const ws = kindWorkspace();
    const text = example('2021-04-quyet-dinh-hoi-dong.yaml').replace(
      'proposal:',
      'executors_article: 4\nproposal:',
    );
    const result = loadDocument(ws.write('data/dieu-4.yaml', text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['ARTICLE_UNKNOWN']);
  });
});

describe('bien-ban (Mẫu 1.9)', async () => {
  const { model } = loadClean(join(DATA, '2023-05-bien-ban-binh-xet.yaml'));
  const r = await render(model);
  const texts = bodyTexts(model);

  it('has no place-and-date line', () => {
    expect(model.header.placeDateLine).toBeUndefined();
    expect(r.texts.filter((t) => /, ngày \d\d tháng/.test(t) && !t.startsWith('Thời gian'))).toEqual([
      'Cuộc họp kết thúc vào 10 giờ 30, ngày 16 tháng 5 năm 2023./.',
    ]);
    expect(model.header.numberLine).toBe('Số:      /BB-UBND');
  });

  it('records time, place, attendees, chair and secretary, then the content', () => {
    expect(texts.slice(0, 7)).toEqual([
      'Thời gian bắt đầu: 08 giờ 00, ngày 16 tháng 5 năm 2023.',
      'Địa điểm: Hội trường Ủy ban nhân dân xã Hải Ninh.',
      'Thành phần tham dự:',
      '- Đại diện Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã;',
      '- Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể;',
      '- Trưởng các thôn và công chức Văn hóa - Xã hội.',
      'Chủ trì (chủ tọa): đồng chí Nguyễn Thị Lan - Phó Chủ tịch Ủy ban nhân dân xã.',
    ]);
    expect(texts).toContain(
      'Thư ký (người ghi biên bản): đồng chí Hoàng Thị Mai - Công chức Văn phòng - Thống kê.',
    );
    expect(texts).toContain('I. KẾT QUẢ RÀ SOÁT TẠI CÁC THÔN');
  });

  it('has THƯ KÝ signing left, CHỦ TỌA right, and the recipients below', () => {
    expect(model.secondSignature).toEqual({ titleLines: ['THƯ KÝ'], name: 'Hoàng Thị Mai' });
    expect(model.signature).toEqual({ titleLines: ['CHỦ TỌA'], name: 'Nguyễn Thị Lan' });
    const left = r.texts.indexOf('THƯ KÝ');
    expect(r.texts.indexOf('CHỦ TỌA')).toBeGreaterThan(left);
    expect(r.texts.indexOf('Nơi nhận:')).toBeGreaterThan(r.texts.indexOf('Nguyễn Thị Lan'));
    expect(model.recipients.items.at(-1)).toBe('- Lưu: VT, Hồ sơ.');
  });

  it('without meeting.end, ends with the clerk\'s own closing, "./." after it', async () => {
    const text = example('2023-05-bien-ban-binh-xet.yaml')
      .replace(/^ {2}end: '10:30'\n/m, '')
      .replace(
        /^recipients:/m,
        [
          'closing:',
          '  - Cuộc họp kết thúc vào 10 giờ 30 cùng ngày, nội dung đã được các thành viên dự họp thông qua.',
          '  - Biên bản được lập thành 03 bản có giá trị như nhau.',
          'recipients:',
        ].join('\n'),
      );
    const { model: own } = loadClean(kindWorkspace().write('data/bb.yaml', text));
    const ending = bodyTexts(own).slice(-2);
    expect(ending).toEqual([
      'Cuộc họp kết thúc vào 10 giờ 30 cùng ngày, nội dung đã được các thành viên dự họp thông qua.',
      'Biên bản được lập thành 03 bản có giá trị như nhau./.',
    ]);
    expect(bodyTexts(own).filter((t) => t.startsWith('Cuộc họp kết thúc'))).toHaveLength(1);
  });

  it('refuses signer and co_signer, which a biên bản would silently ignore (FIELD_UNKNOWN)', () => {
    const ws = kindWorkspace();
    const text = example('2023-05-bien-ban-binh-xet.yaml').replace(
      /^(issue_date: .*)$/m,
      '$1\nsigner: { person: nguyen-thi-lan }',
    );
    const result = loadDocument(ws.write('data/bb.yaml', text));
    expect(result.diagnostics.map((d) => [d.code, d.args.field])).toEqual([['FIELD_UNKNOWN', 'signer']]);
  });
});
