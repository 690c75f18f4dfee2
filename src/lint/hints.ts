/** What to do about each rule, in the words of Word's menus (Vietnamese first), printed under a finding. */
import { L, type Localized } from './finding.js';

export const HINTS: Readonly<Record<string, Localized>> = {
  'PG-01': L('Word: Bố cục (Layout) > Khổ giấy (Size) > A4.', 'Word: Layout > Size > A4.'),
  'PG-02': L(
    'Word: Bố cục > Hướng (Orientation) > Dọc (Portrait).',
    'Word: Layout > Orientation > Portrait.',
  ),
  'PG-03': L(
    'Word: Bố cục > Lề > Lề tùy chỉnh: lề trên 2–2,5 cm.',
    'Word: Layout > Margins > Custom: top 2–2.5 cm.',
  ),
  'PG-04': L(
    'Word: Bố cục > Lề > Lề tùy chỉnh: lề dưới 2–2,5 cm.',
    'Word: Layout > Margins > Custom: bottom 2–2.5 cm.',
  ),
  'PG-05': L(
    'Word: Bố cục > Lề > Lề tùy chỉnh: lề trái 3–3,5 cm.',
    'Word: Layout > Margins > Custom: left 3–3.5 cm.',
  ),
  'PG-06': L(
    'Word: Bố cục > Lề > Lề tùy chỉnh: lề phải 1,5–2 cm.',
    'Word: Layout > Margins > Custom: right 1.5–2 cm.',
  ),
  'FN-01': L(
    'Chọn toàn bộ (Ctrl+A) rồi chọn phông Times New Roman; sửa cả kiểu (Style) Normal để đoạn mới không đổi phông.',
    'Select all (Ctrl+A) and pick Times New Roman; change the Normal style too so new text keeps it.',
  ),
  'FN-02': L(
    'Chọn đoạn chữ, Màu phông (Font Color) > Tự động hoặc Đen.',
    'Select the text, Font Color > Automatic or Black.',
  ),
  'FN-04': L(
    'Các thành phần dùng cỡ 11–14; cỡ 10 chỉ cho thông tin chữ ký số.',
    'Elements use 11–14 pt; 10 pt only for e-signature text.',
  ),
  'PN-01': L(
    'Nhấp đúp vào đầu trang, bật "Trang đầu khác" (Different First Page) và để trống đầu trang của trang 1.',
    'Double-click the header, tick "Different First Page" and leave the page-1 header empty.',
  ),
  'PN-02': L(
    'Chèn > Số trang > Đầu trang > Số thường 2 (giữa); xoá số trang ở chân trang.',
    'Insert > Page Number > Top of Page > Plain Number 2 (centre); remove footer numbers.',
  ),
  'PN-03': L(
    'Số trang dùng kiểu 1, 2, 3, bắt đầu từ 1, cỡ 13–14, không đậm, không nghiêng.',
    'Use 1, 2, 3 format starting at 1, 13–14 pt, not bold or italic.',
  ),
  'QH-01': L(
    'Gõ lại đúng: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
    'Retype it: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
  ),
  'QH-02': L('Quốc hiệu: IN HOA, đậm, cỡ 12 hoặc 13.', 'Quốc hiệu: capitals, bold, 12 or 13 pt.'),
  'QH-03': L(
    'Đặt Quốc hiệu ở ô bên phải của bảng tiêu đề, căn giữa; nới rộng cột nếu bị xuống dòng.',
    'Put it in the right cell of the header table, centred; widen the column if it wraps.',
  ),
  'TN-01': L(
    'Dùng dấu gạch nối "-" (phím trừ) có một dấu cách hai bên, không dùng "–".',
    'Use the hyphen key "-" with one space each side, not "–".',
  ),
  'TN-02': L(
    'Tiêu ngữ: đậm, cỡ 13 hoặc 14, căn giữa dưới Quốc hiệu.',
    'Motto: bold, 13 or 14 pt, centred under the Quốc hiệu.',
  ),
  'TN-03': L(
    'Kẻ một đường nét liền ngay dưới Tiêu ngữ (đường viền dưới hoặc hình đường thẳng).',
    'Draw a solid line right under the motto (bottom border or a line shape).',
  ),
  'TN-04': L('Đường kẻ dài bằng dòng chữ Tiêu ngữ.', 'Make the rule as long as the motto text.'),
  'CQ-01': L(
    'Cơ quan chủ quản: IN HOA, không đậm, cỡ 12–13.',
    'Parent agency: capitals, not bold, 12–13 pt.',
  ),
  'CQ-03': L(
    'Tên cơ quan ban hành: IN HOA, đậm, cỡ 12–13, căn giữa.',
    'Issuing agency: capitals, bold, 12–13 pt, centred.',
  ),
  'CQ-05': L(
    'Đường kẻ dưới tên cơ quan: nét liền, dài 1/3–1/2 dòng chữ, căn giữa.',
    'Rule under the agency: solid, 1/3–1/2 of the text, centred.',
  ),
  'CQ-06': L(
    'Tên cơ quan ở ô bên trái, Quốc hiệu ở ô bên phải.',
    'Agency in the left cell, Quốc hiệu in the right cell.',
  ),
  'SO-01': L(
    'Viết "Số: 05/TB-SKHCN": số dưới 10 thêm số 0, không có năm, các nhóm nối bằng "-".',
    'Write "Số: 05/TB-SKHCN": pad numbers below 10, no year, groups joined by "-".',
  ),
  'SO-03': L('Dòng "Số:" cỡ 13, không đậm, không nghiêng.', 'The "Số:" line: 13 pt, not bold or italic.'),
  'SO-05': L(
    'Ký hiệu bắt đầu bằng chữ viết tắt của tên loại theo Phụ lục III (Thông báo → TB).',
    'Start the symbol with the type abbreviation from Phụ lục III (Thông báo → TB).',
  ),
  'SO-07': L(
    'Đặt dòng "Số:" ở ô bên trái, căn giữa dưới tên cơ quan.',
    'Put the "Số:" line in the left cell, centred under the agency.',
  ),
  'DT-01': L(
    'Viết "Quảng Bình, ngày 05 tháng 02 năm 2020": ngày 1–9 và tháng 1, 2 thêm số 0.',
    'Write "Quảng Bình, ngày 05 tháng 02 năm 2020": pad days 1–9 and months 1, 2.',
  ),
  'DT-02': L(
    'Dòng địa danh, ngày tháng: nghiêng, không đậm, cỡ 13–14.',
    'Place and date: italic, not bold, 13–14 pt.',
  ),
  'DT-03': L(
    'Đặt dòng ngày tháng ở ô bên phải, cùng hàng với dòng "Số:", căn giữa.',
    'Put the date in the right cell, on the row of "Số:", centred.',
  ),
  'TL-01': L(
    'Tên loại: IN HOA, đậm, cỡ 13–14, căn giữa trang (không nằm trong bảng).',
    'Type name: capitals, bold, 13–14 pt, centred on the page (not in a table).',
  ),
  'TY-01': L(
    'Trích yếu: chữ thường, đậm, cỡ 13–14, căn giữa, ngay dưới tên loại.',
    'Summary: sentence case, bold, 13–14 pt, centred, under the type name.',
  ),
  'TY-02': L(
    'Kẻ đường nét liền dưới trích yếu, dài 1/3–1/2 dòng chữ, căn giữa.',
    'Draw a solid rule under the summary, 1/3–1/2 of the text, centred.',
  ),
  'TY-03': L(
    '"V/v …": cỡ 12–13, không đậm, căn giữa dưới dòng "Số:".',
    '"V/v …": 12–13 pt, not bold, centred under "Số:".',
  ),
  'TY-04': L('Văn bản có tên loại thì không ghi "V/v".', 'A document with a type name has no "V/v" line.'),
  'BD-01': L(
    'Chọn đoạn văn, bấm Ctrl+J (căn đều hai bên).',
    'Select the paragraphs and press Ctrl+J (justify).',
  ),
  'BD-02': L('Nội dung văn bản cỡ 13 hoặc 14.', 'Body text 13 or 14 pt.'),
  'BD-03': L(
    'Đoạn văn > Thụt lề đặc biệt: Dòng đầu (First line) 1 cm hoặc 1,27 cm.',
    'Paragraph > Special: First line, 1 cm or 1.27 cm.',
  ),
  'BD-04': L('Đoạn văn > Khoảng cách Trước (Before) 6 pt.', 'Paragraph > Spacing Before 6 pt.'),
  'BD-05': L(
    'Đoạn văn > Giãn dòng: Single, 1,5 lines hoặc Multiple từ 1 đến 1,5.',
    'Paragraph > Line spacing: Single, 1.5 lines or Multiple 1–1.5.',
  ),
  'SG-01': L(
    'Quyền hạn, chức vụ người ký: IN HOA, đậm, cỡ 13–14, căn giữa ở ô bên phải.',
    'Authority and title: capitals, bold, 13–14 pt, centred in the right cell.',
  ),
  'SG-03': L(
    'Họ tên người ký: viết hoa chữ cái đầu mỗi tiếng, đậm, cỡ 13–14, căn giữa.',
    "Signer's name: initial capitals, bold, 13–14 pt, centred.",
  ),
  'NN-01': L('"Nơi nhận:" cỡ 12, đậm, nghiêng, sát lề trái.', '"Nơi nhận:" 12 pt, bold italic, flush left.'),
  'NN-02': L(
    'Mỗi nơi nhận một dòng, bắt đầu "- ", cỡ 11, không đậm.',
    'One recipient per line, starting "- ", 11 pt, regular.',
  ),
  'NN-03': L(
    'Mỗi dòng nơi nhận (trừ dòng cuối) kết thúc bằng dấu chấm phẩy.',
    'End every recipient line but the last with a semicolon.',
  ),
  'NN-04': L(
    'Dòng cuối: "- Lưu: VT, <viết tắt đơn vị soạn thảo>." có dấu chấm cuối.',
    'Last line: "- Lưu: VT, <unit abbreviation>." with a full stop.',
  ),
  'NN-05': L(
    'Đặt "Nơi nhận:" ở ô bên trái của bảng chữ ký.',
    'Put "Nơi nhận:" in the left cell of the signature table.',
  ),
  'FN-03': L(
    'Chuyển mã sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, TCVN3/VNI → Unicode) rồi đặt phông Times New Roman.',
    'Convert the text to precomposed Unicode (Unikey converter, TCVN3/VNI → Unicode), then set Times New Roman.',
  ),
  'PN-04': L(
    'Đặt mỗi phụ lục sau một ngắt phần (Bố cục > Ngắt > Trang tiếp theo), Số trang > Định dạng: Bắt đầu từ 1.',
    'Put each appendix after a section break (Layout > Breaks > Next Page); Page Number > Format: Start at 1.',
  ),
  'CQ-02': L(
    'Ghi cơ quan chủ quản địa phương kèm tên địa phương: "UBND TỈNH QUẢNG BÌNH".',
    'Give a local parent agency with its locality: "UBND TỈNH QUẢNG BÌNH".',
  ),
  'CQ-04': L(
    'Viết đầy đủ tên cơ quan ban hành, không viết tắt: "SỞ KHOA HỌC VÀ CÔNG NGHỆ".',
    'Write the issuing agency in full: "SỞ KHOA HỌC VÀ CÔNG NGHỆ".',
  ),
  'SO-02': L(
    'Số dưới 10 thêm số 0 ở trước: 01, 02, … 09.',
    'Pad numbers below 10 with a zero: 01, 02, … 09.',
  ),
  'SO-04': L(
    'Viết liền: "05/TB-SKHCN" (không có dấu cách, nối các nhóm bằng dấu "-").',
    'Write it without spaces: "05/TB-SKHCN", groups joined by "-".',
  ),
  'TY-05': L(
    'Viết chữ viết tắt tên loại đúng như Phụ lục III: TTr (tờ trình), CTr (chương trình), QyĐ (quy định).',
    'Spell the type abbreviation as Appendix III does: TTr, CTr, QyĐ.',
  ),
  'SO-06': L(
    'Công văn không có chữ viết tắt tên loại: "Số: 05/SKHCN-VP".',
    'A letter has no type abbreviation: "Số: 05/SKHCN-VP".',
  ),
  'DT-04': L(
    'Ghi đầy đủ tên đơn vị hành chính nơi cơ quan đóng trụ sở, không viết tắt ("Thành phố Hồ Chí Minh").',
    'Write the full name of the administrative unit of the seat, no abbreviations ("Thành phố Hồ Chí Minh").',
  ),
  'TL-02': L(
    'Dùng đúng tên loại của Điều 7 Nghị định 30, không thêm dấu câu (THÔNG BÁO, KẾ HOẠCH, …).',
    'Use an Article 7 type name, without punctuation (THÔNG BÁO, KẾ HOẠCH, …).',
  ),
  'MK-01': L(
    'Dấu khẩn: khung viền đơn (HỎA TỐC 30 × 8, THƯỢNG KHẨN 40 × 8, KHẨN 20 × 8 mm), chữ IN HOA đậm cỡ 13–14 màu đỏ.',
    'Urgency stamp: single-line box (30 × 8, 40 × 8, 20 × 8 mm), capitals, bold, 13–14 pt, red.',
  ),
  'MK-02': L(
    'Đặt dấu độ mật, mức độ khẩn ở cột trái, ngay dưới số, ký hiệu (dấu mật trên, dấu khẩn dưới).',
    'Put secrecy and urgency stamps in the left column under the number (secrecy above urgency).',
  ),
  'LH-01': L(
    'Chỉ dẫn phạm vi lưu hành: IN HOA đậm cỡ 13–14 trong khung viền đơn, góc trên bên phải, trên Quốc hiệu.',
    'Circulation notice: capitals, bold, 13–14 pt, single-line box, top right above the Quốc hiệu.',
  ),
  'KG-01': L(
    '"Kính gửi" chỉ dùng cho công văn, tờ trình, báo cáo gửi cấp trên và giấy mời; thông báo, quyết định… ghi nơi nhận ở "Nơi nhận:".',
    '"Kính gửi" only on letters, submissions, upward reports and invitations; other documents list recipients under "Nơi nhận:".',
  ),
  'KG-02': L(
    '"Kính gửi:" cỡ 13–14; một nơi nhận thì ghi cùng dòng; nhiều nơi thì mỗi nơi một dòng "- …;", dòng cuối dấu chấm, thụt lề cho gạch đầu dòng thẳng dấu hai chấm.',
    '"Kính gửi:" 13–14 pt; one recipient on the same line; several on "- …;" lines, the last with a full stop, dashes under the colon.',
  ),
  'BD-06': L(
    'Dùng một cỡ chữ (13 hoặc 14) cho toàn bộ nội dung.',
    'Use one size (13 or 14 pt) for the whole body.',
  ),
  'BD-07': L(
    'Các dòng căn cứ in nghiêng, mỗi căn cứ một dòng kết thúc bằng ";", dòng cuối cùng kết thúc bằng ".".',
    'Legal bases in italic, one per line ending ";", the last ending ".".',
  ),
  'BD-08': L(
    '"Phần I", "Chương I": một dòng riêng, căn giữa, đậm, số La Mã; tên ở dòng dưới.',
    '"Phần I", "Chương I": own line, centred, bold, Roman numeral; the title below.',
  ),
  'BD-09': L(
    'Tên phần, chương: dòng riêng, căn giữa, IN HOA, đậm.',
    'Part or chapter title: own line, centred, capitals, bold.',
  ),
  'BD-10': L(
    '"Mục 1": một dòng riêng, căn giữa, đậm, số Ả Rập; tên mục ở dòng dưới IN HOA, đậm.',
    '"Mục 1": own line, centred, bold, Arabic numeral; the title below in bold capitals.',
  ),
  'BD-11': L(
    'Viết "Điều 1." (số Ả Rập, dấu chấm) và in đậm.',
    'Write "Điều 1." (Arabic numeral, full stop) in bold.',
  ),
  'BD-12': L(
    'Khoản đánh số "1.", "2."; chỉ in đậm số và tên khoản khi khoản có tiêu đề riêng một dòng.',
    'Number clauses "1.", "2."; bold only a clause title on its own line.',
  ),
  'BD-13': L(
    'Điểm đánh a), b), c), d), đ), e), g)… (không có f, j, w, z), chữ thường, không đậm.',
    'Points a), b), c), d), đ), e), g)… (no f, j, w, z), regular.',
  ),
  'BD-14': L(
    'Mục của báo cáo, kế hoạch: "I. TÊN MỤC" IN HOA, đậm.',
    'Report sections: "I. TITLE" in bold capitals.',
  ),
  'BD-15': L(
    'Kết thúc nội dung bằng "./." ngay sau chữ cuối cùng.',
    'End the content with "./." right after the last word.',
  ),
  'SG-02': L(
    'Viết quyền hạn ký "TM.", "KT.", "TL.", "TUQ.", "Q." rồi một dấu cách: "KT. GIÁM ĐỐC".',
    'Write the authority "TM.", "KT.", "TL.", "TUQ.", "Q." and a space: "KT. GIÁM ĐỐC".',
  ),
  'SG-04': L(
    'Chỉ ghi họ và tên người ký; bỏ học hàm, học vị, "Ông/Bà" (trừ ngành được phép).',
    'Give the signer\'s name alone; drop degrees, ranks, "Ông/Bà" (sector exceptions aside).',
  ),
  'SG-05': L(
    'Đặt "Nơi nhận:" và dòng chức vụ đầu tiên trên cùng một hàng của bảng chữ ký.',
    'Put "Nơi nhận:" and the first title line on the same row of the signature table.',
  ),
  'SG-06': L(
    'Ảnh chữ ký: tệp PNG nền trong suốt, nét màu xanh, đặt giữa dòng chức vụ và họ tên.',
    'Signature image: a PNG with a transparent background, blue ink, between the title and the name.',
  ),
  'SG-07': L(
    'Ảnh dấu: tệp PNG nền trong suốt, màu đỏ, đúng kích thước dấu, trùm khoảng 1/3 chữ ký về bên trái.',
    'Seal image: a PNG, transparent, red, actual size, over about 1/3 of the signature on the left.',
  ),
  'NN-06': L(
    'Khi có "Kính gửi", dòng đầu tiên của "Nơi nhận:" là "- Như trên;".',
    'With a "Kính gửi" block, the first recipient line is "- Như trên;".',
  ),
  'KH-01': L(
    'Ký hiệu người soạn thảo IN HOA, số bản bằng chữ số, cỡ 11: "PL.(300)".',
    'Drafter initials in capitals, copies in figures, 11 pt: "PL.(300)".',
  ),
  'AD-01': L(
    'Đặt địa chỉ, điện thoại ở chân trang của trang đầu (bật "Trang đầu khác"), cỡ 11–12, dưới đường kẻ hết chiều ngang.',
    'Put the address in the first-page footer ("Different First Page"), 11–12 pt, under a full-width line.',
  ),
  'PL-01': L(
    'Dòng "Phụ lục I": căn giữa, cỡ 14, đậm, một dòng riêng.',
    'The "Phụ lục I" line: centred, 14 pt, bold, on its own.',
  ),
  'PL-02': L(
    'Tên phụ lục: căn giữa, IN HOA, đậm, cỡ 13–14.',
    'Appendix title: centred, capitals, bold, 13–14 pt.',
  ),
  'PL-03': L(
    'Dưới tên phụ lục: "(Kèm theo <tên loại> số …/… ngày … tháng … năm … của …)", nghiêng, căn giữa.',
    'Under the title: "(Kèm theo <type> số …/… ngày … tháng … năm … của …)", italic, centred.',
  ),
  'PL-04': L(
    'Chèn ngắt trang (Ctrl+Enter) hoặc ngắt phần trước mỗi phụ lục.',
    'Insert a page or section break before each appendix.',
  ),
  'PL-05': L(
    'Nhắc tới phụ lục trong nội dung: "(chi tiết tại Phụ lục I kèm theo)".',
    'Refer to the appendix in the text: "(chi tiết tại Phụ lục I kèm theo)".',
  ),
  'ES-01': L(
    'Thông tin chữ ký số: góc phải trên, Times New Roman 10, không hình ảnh, thời gian dạng ISO 8601 +07:00.',
    'Signature text: top right, Times New Roman 10 pt, no image, time as ISO 8601 +07:00.',
  ),
  'ES-02': L(
    'Chữ ký số bản sao: góc phải trên, Times New Roman 10, không hình ảnh, thời gian dạng ISO 8601 +07:00.',
    'E-copy signature: top right, Times New Roman 10 pt, no image, time as ISO 8601 +07:00.',
  ),
  'LY-01': L(
    'Bảng tiêu đề: cột trái khoảng 40 % (mẫu: 67,5 mm), cột phải khoảng 60 % (100 mm).',
    'Header table: left about 40 % (sample: 67.5 mm), right about 60 % (100 mm).',
  ),
  'LY-03': L(
    'Đặt tên loại và trích yếu ngoài bảng tiêu đề, căn giữa cả trang.',
    'Put the type name and summary outside the header table, centred on the page.',
  ),
  'CAP-01': L(
    'Gõ lại bằng chữ IN HOA có dấu (bật Caps Lock khi gõ Unikey, hoặc Shift+F3 trên chữ đã có dấu).',
    'Retype in capitals with diacritics (or Shift+F3 on text that has them).',
  ),
  'CAP-02': L(
    'Viết hoa theo Phụ lục II: "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Quảng Bình", "Thành phố Hồ Chí Minh".',
    'Capitalise per Appendix II: "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Quảng Bình", "Thành phố Hồ Chí Minh".',
  ),
  LINT_UNREADABLE: L(
    'Mở tệp bằng Word hoặc LibreOffice rồi lưu lại dạng .docx.',
    'Open it in Word or LibreOffice and save it as .docx again.',
  ),
  NOT_ADMINISTRATIVE: L(
    'Nếu đây là văn bản hành chính, thêm Quốc hiệu, Tiêu ngữ và tên loại theo Điều 7 (Mẫu 1.1–1.9).',
    'If this is an administrative document, add the Quốc hiệu, the motto and a type name of Điều 7 (Mẫu 1.1–1.9).',
  ),
  LINT_FILE_NOT_FOUND: L('Kiểm tra lại đường dẫn và tên tệp.', 'Check the path and file name.'),
  LINT_LIMIT_EXCEEDED: L(
    'Giới hạn này cao hơn nhiều lần văn bản hành chính thật lớn nhất (docs/lint.md, mục "Giới hạn"): tệp có thể bị hỏng hoặc được tạo ra để làm treo chương trình. Nếu đúng là văn bản thật, hãy tách thành nhiều tệp.',
    'The bound is many times what the largest real administrative document needs (docs/lint.md, "Limits"): the file may be damaged or made to hang programs. If it is a real document, split it into several files.',
  ),
};
