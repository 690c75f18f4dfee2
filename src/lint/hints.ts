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
  LINT_UNREADABLE: L(
    'Mở tệp bằng Word hoặc LibreOffice rồi lưu lại dạng .docx.',
    'Open it in Word or LibreOffice and save it as .docx again.',
  ),
  LINT_FILE_NOT_FOUND: L('Kiểm tra lại đường dẫn và tên tệp.', 'Check the path and file name.'),
};
