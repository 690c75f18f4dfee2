/**
 * Vietnamese line breaking (issue #11): real agency names, parent agencies, trích yếu, V/v and signature
 * titles, each with the lines offices print. Names are the official names of Sở, Phòng, Bộ and UBND
 * (Nghị định 107/2020, 108/2020, 45/2025, 150/2025); the trích yếu and V/v come from the public documents
 * in ../shared/real-docs (Sở Công Thương Lào Cai), the examples in data/ and data/public/, and the issue.
 * Where a real document shows the break (the seed, data/2021-03 …), the expectation is that break.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenLines, type LineBlock } from '../../src/model/printedLines.js';
import { LINE_WIDTH_MM } from '../../src/layout/lineWidths.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import { breakLines } from '../../src/text/lineBreaker.js';
import { breakGaps, tokenize } from '../../src/text/vietnameseBreaks.js';
import { indexWords, shippedWords, syllableKey } from '../../src/text/vietnameseWords.js';

/** [text as written, printed lines, size when not the block's default]. */
type Case = [string, string[], number?];

const block = (b: Omit<LineBlock, 'vi' | 'en' | 'path'>): LineBlock => ({ vi: '', en: '', path: [], ...b });
const AGENCY = block({
  widthMm: LINE_WIDTH_MM.headerLeft,
  sizePt: 13,
  style: { bold: true },
  upper: true,
  smallerPt: 12,
});
const PARENT = block({ widthMm: LINE_WIDTH_MM.headerLeft, sizePt: 13, upper: true, smallerPt: 12 });
const SUMMARY = block({ widthMm: LINE_WIDTH_MM.summary, sizePt: 14, style: { bold: true } });
const SUBJECT = block({ widthMm: LINE_WIDTH_MM.headerLeft, sizePt: 12 });
const SIGNATURE = block({ widthMm: LINE_WIDTH_MM.signature, sizePt: 14, style: { bold: true }, upper: true });

const AGENCY_NAMES: Case[] = [
  ['Sở Khoa học và Công nghệ', ['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']],
  ['Sở Lao động - Thương binh và Xã hội', ['SỞ', 'LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']],
  ['Sở Văn hóa, Thể thao và Du lịch', ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH']],
  ['Sở Thông tin và Truyền thông', ['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']],
  ['Sở Nông nghiệp và Phát triển nông thôn', ['SỞ NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN'], 12],
  ['Sở Tài nguyên và Môi trường', ['SỞ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG']],
  ['Sở Kế hoạch và Đầu tư', ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ']],
  ['Sở Công Thương', ['SỞ CÔNG THƯƠNG']],
  ['Sở Giáo dục và Đào tạo', ['SỞ GIÁO DỤC VÀ ĐÀO TẠO']],
  ['Sở Giao thông vận tải', ['SỞ GIAO THÔNG VẬN TẢI']],
  ['Sở Xây dựng', ['SỞ XÂY DỰNG']],
  ['Sở Tài chính', ['SỞ TÀI CHÍNH']],
  ['Sở Nội vụ', ['SỞ NỘI VỤ']],
  ['Sở Tư pháp', ['SỞ TƯ PHÁP']],
  ['Sở Y tế', ['SỞ Y TẾ']],
  ['Sở Ngoại vụ', ['SỞ NGOẠI VỤ']],
  ['Sở Du lịch', ['SỞ DU LỊCH']],
  ['Sở Nông nghiệp và Môi trường', ['SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']],
  ['Sở Dân tộc và Tôn giáo', ['SỞ DÂN TỘC VÀ TÔN GIÁO']],
  ['Sở Văn hóa và Thể thao', ['SỞ VĂN HÓA VÀ THỂ THAO']],
  ['Thanh tra tỉnh', ['THANH TRA TỈNH']],
  ['Văn phòng Ủy ban nhân dân tỉnh', ['VĂN PHÒNG', 'ỦY BAN NHÂN DÂN TỈNH']],
  ['Văn phòng Hội đồng nhân dân tỉnh', ['VĂN PHÒNG', 'HỘI ĐỒNG NHÂN DÂN TỈNH']],
  [
    'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    ['VĂN PHÒNG', 'ĐOÀN ĐẠI BIỂU QUỐC HỘI', 'VÀ HỘI ĐỒNG NHÂN DÂN', 'TỈNH'],
  ],
  ['Ban Dân tộc', ['BAN DÂN TỘC']],
  ['Ban Quản lý các khu công nghiệp', ['BAN QUẢN LÝ', 'CÁC KHU CÔNG NGHIỆP']],
  ['Ban Quản lý Khu kinh tế tỉnh', ['BAN QUẢN LÝ', 'KHU KINH TẾ TỈNH']],
  ['Trung tâm Phục vụ hành chính công', ['TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG']],
  ['Ủy ban nhân dân tỉnh Quảng Bình', ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH']],
  ['Ủy ban nhân dân tỉnh Lào Cai', ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']],
  ['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', ['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU']],
  ['Ủy ban nhân dân thành phố Hồ Chí Minh', ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH']],
  ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', ['ỦY BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ']],
  ['Ủy ban nhân dân huyện Quảng Ninh', ['ỦY BAN NHÂN DÂN', 'HUYỆN QUẢNG NINH']],
  ['Ủy ban nhân dân xã Hải Ninh', ['ỦY BAN NHÂN DÂN', 'XÃ HẢI NINH']],
  ['Hội đồng nhân dân tỉnh Quảng Ninh', ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH QUẢNG NINH']],
  ['Bộ Chỉ huy Quân sự tỉnh', ['BỘ CHỈ HUY QUÂN SỰ TỈNH']],
  ['Công an tỉnh Lào Cai', ['CÔNG AN TỈNH LÀO CAI']],
  ['Phòng Tài chính - Kế hoạch', ['PHÒNG', 'TÀI CHÍNH - KẾ HOẠCH']],
  ['Phòng Giáo dục và Đào tạo', ['PHÒNG GIÁO DỤC', 'VÀ ĐÀO TẠO']],
  ['Phòng Lao động - Thương binh và Xã hội', ['PHÒNG', 'LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']],
  ['Phòng Tài nguyên và Môi trường', ['PHÒNG TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG']],
  ['Phòng Nông nghiệp và Phát triển nông thôn', ['PHÒNG NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN'], 12],
  ['Phòng Văn hóa và Thông tin', ['PHÒNG VĂN HÓA', 'VÀ THÔNG TIN']],
  ['Phòng Kinh tế và Hạ tầng', ['PHÒNG KINH TẾ VÀ HẠ TẦNG'], 12],
  ['Phòng Quản lý đô thị', ['PHÒNG QUẢN LÝ ĐÔ THỊ']],
  ['Phòng Tư pháp', ['PHÒNG TƯ PHÁP']],
  ['Phòng Nội vụ', ['PHÒNG NỘI VỤ']],
  [
    'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    ['VĂN PHÒNG', 'HỘI ĐỒNG NHÂN DÂN', 'VÀ ỦY BAN NHÂN DÂN'],
  ],
  ['Phòng Kinh tế, Hạ tầng và Đô thị', ['PHÒNG KINH TẾ,', 'HẠ TẦNG VÀ ĐÔ THỊ']],
  ['Phòng Văn hóa - Xã hội', ['PHÒNG VĂN HÓA - XÃ HỘI']],
  ['Bộ Khoa học và Công nghệ', ['BỘ KHOA HỌC', 'VÀ CÔNG NGHỆ']],
  ['Văn phòng Chính phủ', ['VĂN PHÒNG CHÍNH PHỦ']],
  ['Bộ Lao động - Thương binh và Xã hội', ['BỘ', 'LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']],
  ['Cục Hóa chất', ['CỤC HÓA CHẤT']],
  ['Chi cục Quản lý thị trường', ['CHI CỤC QUẢN LÝ', 'THỊ TRƯỜNG']],
  ['Chi cục Kiểm lâm', ['CHI CỤC KIỂM LÂM']],
  ['Trung tâm Kiểm soát bệnh tật', ['TRUNG TÂM', 'KIỂM SOÁT BỆNH TẬT']],
  ['Chi cục Tiêu chuẩn Đo lường Chất lượng', ['CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG']],
  ['Liên đoàn Lao động tỉnh', ['LIÊN ĐOÀN LAO ĐỘNG TỈNH'], 12],
  ['Hội Liên hiệp Phụ nữ tỉnh', ['HỘI LIÊN HIỆP PHỤ NỮ TỈNH'], 12],
  ['Kho bạc Nhà nước tỉnh', ['KHO BẠC NHÀ NƯỚC TỈNH']],
  ['Ban Chỉ huy Phòng thủ dân sự tỉnh', ['BAN CHỈ HUY', 'PHÒNG THỦ DÂN SỰ TỈNH']],
  ['Trung tâm Thông tin Xúc tiến Du lịch', ['TRUNG TÂM THÔNG TIN', 'XÚC TIẾN DU LỊCH']],
  ['Bộ Tài nguyên và Môi trường', ['BỘ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG']],
  ['Bộ Giao thông vận tải', ['BỘ GIAO THÔNG VẬN TẢI']],
];

const PARENT_AGENCIES: Case[] = [
  ['UBND TỈNH QUẢNG BÌNH', ['UBND TỈNH QUẢNG BÌNH']],
  ['UBND TỈNH LÀO CAI', ['UBND TỈNH LÀO CAI']],
  ['UBND TỈNH THỪA THIÊN HUẾ', ['UBND TỈNH THỪA THIÊN HUẾ'], 12],
  ['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', ['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU']],
  ['Bộ Lao động - Thương binh và Xã hội', ['BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'], 12],
  ['Bộ Công Thương', ['BỘ CÔNG THƯƠNG']],
];

const SUMMARIES: Case[] = [
  [
    'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 và nhiệm vụ trọng tâm tháng 9/2020',
    ['Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8', 'và nhiệm vụ trọng tâm tháng 9/2020'],
  ],
  [
    'Tháo gỡ khó khăn, vướng mắc trong đầu tư hạ tầng khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh',
    [
      'Tháo gỡ khó khăn, vướng mắc trong đầu tư hạ tầng',
      'khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh',
    ],
  ],
  [
    'Tăng cường công tác quản lý nhà nước đối với hoạt động vật liệu nổ công nghiệp và tiền chất thuốc nổ',
    [
      'Tăng cường công tác quản lý nhà nước',
      'đối với hoạt động vật liệu nổ công nghiệp và tiền chất thuốc nổ',
    ],
  ],
  [
    'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban tháng 12 năm 2025',
    ['Kết luận của Chủ tịch Ủy ban nhân dân tỉnh', 'tại cuộc họp giao ban tháng 12 năm 2025'],
  ],
  [
    'Kết quả triển khai Chiến lược phát triển ngành công nghiệp hóa chất Việt Nam đến năm 2030, tầm nhìn đến năm 2040',
    [
      'Kết quả triển khai Chiến lược phát triển ngành công nghiệp hóa chất',
      'Việt Nam đến năm 2030, tầm nhìn đến năm 2040',
    ],
  ],
  [
    'Kết quả kiểm tra công tác nghiệm thu hoàn thành hạng mục công trình xây dựng kho chứa vật liệu nổ công nghiệp phục vụ thi công các công trình xây dựng thuộc dự án “thủy điện Móng Sến 1” tại xã Tả Phìn, tỉnh Lào Cai',
    [
      'Kết quả kiểm tra công tác nghiệm thu hoàn thành hạng mục',
      'công trình xây dựng kho chứa vật liệu nổ công nghiệp',
      'phục vụ thi công các công trình xây dựng',
      'thuộc dự án “thủy điện Móng Sến 1” tại xã Tả Phìn, tỉnh Lào Cai',
    ],
  ],
  [
    'Kết quả kiểm tra việc chấp hành các quy định của pháp luật',
    ['Kết quả kiểm tra việc chấp hành các quy định của pháp luật'],
  ],
  [
    'Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện năm 2021',
    [
      'Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học',
      'và công nghệ cấp tỉnh bắt đầu thực hiện năm 2021',
    ],
  ],
  [
    'Về việc thành lập Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2021',
    [
      'Về việc thành lập Hội đồng tư vấn tuyển chọn tổ chức, cá nhân',
      'chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2021',
    ],
  ],
  [
    'Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2021',
    ['Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm,', 'nhiệm vụ trọng tâm 6 tháng cuối năm 2021'],
  ],
  [
    'Dự Hội nghị tổng kết công tác khoa học và công nghệ năm 2022',
    ['Dự Hội nghị tổng kết công tác khoa học và công nghệ năm 2022'],
  ],
  [
    'Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023',
    ['Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023'],
  ],
  [
    'Hội nghị rà soát, bình xét hộ nghèo, hộ cận nghèo giữa năm 2023',
    ['Hội nghị rà soát, bình xét hộ nghèo, hộ cận nghèo giữa năm 2023'],
  ],
  [
    'Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018',
    ['Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn', 'Bác Hồ” Xuân Mậu Tuất 2018'],
  ],
  [
    'Triển khai thực hiện Chỉ thị số 31/CT-TTg ngày 21/12/2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh trong tình hình mới',
    [
      'Triển khai thực hiện Chỉ thị số 31/CT-TTg ngày 21/12/2023',
      'của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự,',
      'an toàn giao thông cho lứa tuổi học sinh trong tình hình mới',
    ],
  ],
  [
    'Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang, giai đoạn 2013-2015',
    [
      'Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác',
      'Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang, giai đoạn 2013-2015',
    ],
  ],
  [
    'Về việc treo Quốc kỳ và nghỉ Lễ Quốc khánh ngày 02 tháng 9 năm 2018',
    ['Về việc treo Quốc kỳ và nghỉ Lễ Quốc khánh ngày 02 tháng 9 năm 2018'],
  ],
  [
    'Về việc phê duyệt phương án nổ mìn tại khu vực có công trình cần bảo vệ',
    ['Về việc phê duyệt phương án nổ mìn tại khu vực có công trình cần bảo vệ'],
  ],
  [
    'Về việc thành lập Đoàn kiểm tra công tác quản lý an toàn hóa chất năm 2026',
    ['Về việc thành lập Đoàn kiểm tra công tác', 'quản lý an toàn hóa chất năm 2026'],
  ],
  [
    'Kế hoạch kiểm tra lần thứ 15 việc chấp hành pháp luật về an toàn thực phẩm quý I năm 2026',
    ['Kế hoạch kiểm tra lần thứ 15 việc chấp hành pháp luật', 'về an toàn thực phẩm quý I năm 2026'],
  ],
  [
    'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Quảng Bình',
    [
      'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức',
      'của Sở Khoa học và Công nghệ tỉnh Quảng Bình',
    ],
  ],
  [
    'Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026',
    ['Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội', 'và dự toán ngân sách nhà nước năm 2026'],
  ],
  [
    'Sơ kết 6 tháng đầu năm thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    [
      'Sơ kết 6 tháng đầu năm thực hiện Nghị quyết số 57-NQ/TW',
      'của Bộ Chính trị về đột phá phát triển khoa học,',
      'công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    ],
  ],
  [
    'Triển khai thi hành Luật Hóa chất số 69/2025/QH15 và các văn bản quy định chi tiết thi hành trên địa bàn tỉnh',
    [
      'Triển khai thi hành Luật Hóa chất số 69/2025/QH15',
      'và các văn bản quy định chi tiết thi hành trên địa bàn tỉnh',
    ],
  ],
  [
    'Công khai dự toán ngân sách năm 2026 của Sở Tài chính',
    ['Công khai dự toán ngân sách năm 2026 của Sở Tài chính'],
  ],
  [
    'Tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9',
    ['Tổ chức các hoạt động kỷ niệm 80 năm', 'Cách mạng tháng Tám và Quốc khánh 2/9'],
  ],
  [
    'Thực hiện Điều 3 Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh Lào Cai',
    ['Thực hiện Điều 3 Quyết định số 1696/QĐ-UBND', 'ngày 15/5/2026 của Ủy ban nhân dân tỉnh Lào Cai'],
  ],
  [
    'Ban hành Quy chế làm việc của Ban Chỉ đạo chuyển đổi số tỉnh giai đoạn 2026-2030',
    ['Ban hành Quy chế làm việc của Ban Chỉ đạo', 'chuyển đổi số tỉnh giai đoạn 2026-2030'],
  ],
  [
    'Phân công nhiệm vụ các thành viên Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh năm 2026',
    [
      'Phân công nhiệm vụ các thành viên Ban Chỉ đạo',
      'phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh năm 2026',
    ],
  ],
  [
    'Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Công Thương về tình hình sản xuất công nghiệp',
    [
      'Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc',
      'với Sở Công Thương về tình hình sản xuất công nghiệp',
    ],
  ],
  [
    'Tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026',
    ['Tổng kết công tác thi đua, khen thưởng năm 2025', 'và phương hướng, nhiệm vụ năm 2026'],
  ],
  [
    'Tăng cường kiểm soát hoạt động vật liệu nổ công nghiệp và tiền chất thuốc nổ trên địa bàn tỉnh trong dịp Tết Nguyên đán Bính Ngọ 2026',
    [
      'Tăng cường kiểm soát hoạt động vật liệu nổ công nghiệp',
      'và tiền chất thuốc nổ trên địa bàn tỉnh',
      'trong dịp Tết Nguyên đán Bính Ngọ 2026',
    ],
  ],
];

const SUBJECTS: Case[] = [
  [
    'V/v cập nhật công tác quản lý hoạt động hóa chất năm 2025',
    ['V/v cập nhật công tác quản lý', 'hoạt động hóa chất năm 2025'],
  ],
  [
    'V/v cung cấp thực trạng sản xuất, lưu trữ hóa chất công nghiệp',
    ['V/v cung cấp thực trạng sản xuất,', 'lưu trữ hóa chất công nghiệp'],
  ],
  [
    'V/v báo cáo thực trạng sản xuất, lưu trữ, vận chuyển hóa chất',
    ['V/v báo cáo thực trạng sản xuất,', 'lưu trữ, vận chuyển hóa chất'],
  ],
  [
    'V/v hoàn thiện, bổ sung hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm',
    ['V/v hoàn thiện, bổ sung', 'hồ sơ đề nghị cấp Giấy phép', 'vận chuyển hàng hóa nguy hiểm'],
  ],
  [
    'V/v cử cán bộ tham gia hội đồng thẩm định Kế hoạch phòng ngừa ứng phó sự cố hóa chất',
    ['V/v cử cán bộ tham gia hội đồng', 'thẩm định Kế hoạch phòng ngừa', 'ứng phó sự cố hóa chất'],
  ],
  [
    'V/v từ chối cấp giấy chứng nhận đủ điều kiện kinh doanh hóa chất có điều kiện',
    ['V/v từ chối cấp giấy chứng nhận', 'đủ điều kiện kinh doanh', 'hóa chất có điều kiện'],
  ],
  [
    'V/v đáp ứng quy chuẩn đối với kho bảo quản Vật liệu nổ công nghiệp Làng Mới, xã Bảo Ái của Công ty CP Mông Sơn',
    [
      'V/v đáp ứng quy chuẩn đối với kho',
      'bảo quản Vật liệu nổ công nghiệp',
      'Làng Mới, xã Bảo Ái',
      'của Công ty CP Mông Sơn',
    ],
  ],
  [
    'V/v báo cáo định kỳ hoạt động hóa chất trên hệ thống cơ sở dữ liệu chuyên ngành hóa chất',
    ['V/v báo cáo định kỳ hoạt động', 'hóa chất trên hệ thống cơ sở dữ liệu', 'chuyên ngành hóa chất'],
  ],
  [
    'V/v triển khai thực hiện các Nghị định của Chính phủ và Thông tư của Bộ Công Thương về lĩnh vực Hóa chất',
    [
      'V/v triển khai thực hiện',
      'các Nghị định của Chính phủ',
      'và Thông tư của Bộ Công Thương',
      'về lĩnh vực Hóa chất',
    ],
  ],
  [
    'V/v kiểm tra phục vụ công tác thẩm định hồ sơ cấp giấy chứng nhận đủ điều kiện kinh doanh hóa chất có điều kiện',
    [
      'V/v kiểm tra phục vụ',
      'công tác thẩm định hồ sơ cấp',
      'giấy chứng nhận đủ điều kiện',
      'kinh doanh hóa chất có điều kiện',
    ],
  ],
  [
    'V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới',
    [
      'V/v tiếp tục phối hợp tuyên truyền',
      'và tham gia bầu chọn Vịnh Hạ Long',
      'là kỳ quan thiên nhiên thế giới',
    ],
  ],
  [
    'V/v tổ chức Hội nghị Bộ trưởng lao động và phúc lợi xã hội Việt Nam - Lào',
    ['V/v tổ chức Hội nghị', 'Bộ trưởng lao động và phúc lợi', 'xã hội Việt Nam - Lào'],
  ],
  [
    'V/v xác nhận Đề cương kiểm định chất lượng công trình Kho chứa vật liệu nổ công nghiệp tại Mỏ đá Mông Sơn, xã Bảo Ái, tỉnh Lào Cai',
    [
      'V/v xác nhận Đề cương kiểm định',
      'chất lượng công trình Kho chứa',
      'vật liệu nổ công nghiệp tại Mỏ đá',
      'Mông Sơn, xã Bảo Ái, tỉnh Lào Cai',
    ],
  ],
];

const SIGNATURE_TITLES: Case[] = [
  [
    'KT. GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    ['KT. GIÁM ĐỐC SỞ', 'LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
  ],
  ['TM. ỦY BAN NHÂN DÂN', ['TM. ỦY BAN NHÂN DÂN']],
  [
    'TM. BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN',
    ['TM. BAN CHỈ ĐẠO PHÒNG, CHỐNG', 'THIÊN TAI VÀ TÌM KIẾM CỨU NẠN'],
  ],
  ['KT. CHÁNH VĂN PHÒNG', ['KT. CHÁNH VĂN PHÒNG']],
];

function check(name: string, cases: Case[], b: LineBlock) {
  describe(name, () => {
    it.each(cases)('%s', (text, lines, size) => {
      const report = { diagnostics: [] };
      const set = brokenLines(text, b, report);
      expect(set.lines).toEqual(lines);
      expect(set.sizePt).toBe(size ?? b.sizePt);
      expect(report.diagnostics).toEqual([]);
      for (const line of set.lines)
        expect(textWidthMm(line, set.sizePt, b.style)).toBeLessThanOrEqual(b.widthMm);
    });
  });
}

describe('the test corpus', () => {
  it('has at least 50 agency names and 30 trích yếu', () => {
    expect(AGENCY_NAMES.length + PARENT_AGENCIES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(AGENCY_NAMES.map((c) => c[0])).size).toBe(AGENCY_NAMES.length);
    expect(SUMMARIES.length + SUBJECTS.length).toBeGreaterThanOrEqual(30);
    expect(SUMMARIES.length).toBeGreaterThanOrEqual(30);
  });
});

check('agency names (ô 2, 13 pt bold, 12 pt when that saves a line)', AGENCY_NAMES, AGENCY);
check('parent agencies (ô 2, 13 pt)', PARENT_AGENCIES, PARENT);
check('trích yếu (ô 5a, 14 pt bold across the page)', SUMMARIES, SUMMARY);
check('V/v (ô 5b, 12 pt in the left column)', SUBJECTS, SUBJECT);
check('signature title lines (ô 7a, 14 pt bold)', SIGNATURE_TITLES, SIGNATURE);

describe('the splits of issue #11 no longer happen', () => {
  const printed = [
    ...AGENCY_NAMES.map((c) => brokenLines(c[0], AGENCY, { diagnostics: [] }).lines),
    ...SUMMARIES.map((c) => brokenLines(c[0], SUMMARY, { diagnostics: [] }).lines),
    ...SUBJECTS.map((c) => brokenLines(c[0], SUBJECT, { diagnostics: [] }).lines),
  ].map((lines) => lines.join(' / ').toUpperCase());
  it.each([
    ['TÀI CHÍNH', '- KẾ HOẠCH'],
    ['THƯƠNG', 'BINH'],
    ['THỂ', 'THAO'],
    ['GIÁO', 'DỤC'],
    ['HỘI', 'ĐỒNG'],
    ['ĐẦU', 'TƯ'],
    ['VẬT', 'LIỆU'],
    ['THÁNG', '12'],
    ['TỈNH TẠI', 'CUỘC'],
  ])('never "%s / %s"', (end, start) => {
    for (const p of printed) expect(p).not.toContain(`${end} / ${start}`);
  });
});

describe('break rules', () => {
  const words = indexWords(['giáo dục', 'đào tạo', 'vật liệu nổ', 'phòng, chống']);
  const forbiddenAfter = (text: string, after: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === after);
    return breakGaps(tokens, words)[i]?.forbidden;
  };

  it('keys syllables without case or tone placement: hòa = hoà = HOÀ, thủy = thuỷ', () => {
    expect(syllableKey('hòa')).toBe(syllableKey('hoà'));
    expect(syllableKey('HOÀ')).toBe(syllableKey('hòa'));
    expect(syllableKey('thuỷ')).toBe(syllableKey('thủy'));
    expect(syllableKey('hoa')).not.toBe(syllableKey('hòa'));
    expect(syllableKey('ho\u0300a')).toBe(syllableKey('hòa'));
  });

  it('never splits a listed word, in any case or tone placement', () => {
    expect(forbiddenAfter('Phòng Giáo dục và Đào tạo', 'Giáo')).toBe('word');
    expect(forbiddenAfter('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'ĐÀO')).toBe('word');
    expect(forbiddenAfter('hoạt động vật liệu nổ', 'liệu')).toBe('word');
    expect(forbiddenAfter('Ban Chỉ đạo phòng, chống thiên tai', 'phòng,')).toBe('word');
    expect(forbiddenAfter('Khánh Hoà', 'Khánh')).toBe('word');
  });

  it('keeps a number with its label or what it counts', () => {
    expect(forbiddenAfter('giao ban tháng 12 năm 2025', 'tháng')).toBe('number');
    expect(forbiddenAfter('giao ban tháng 12 năm 2025', '12')).toBe('number');
    expect(forbiddenAfter('giao ban tháng 12 năm 2025', 'năm')).toBe('number');
    expect(forbiddenAfter('báo cáo quý I năm 2026', 'quý')).toBe('number');
    expect(forbiddenAfter('kiểm tra lần thứ 15 việc', 'thứ')).toBe('number');
    expect(forbiddenAfter('theo Điều 3 Quyết định', 'Điều')).toBe('number');
    expect(forbiddenAfter('kiểm tra 04 đơn vị', '04')).toBe('number');
    expect(forbiddenAfter('tháng 8 và nhiệm vụ', '8')).toBeUndefined();
  });

  it('never ends a line with a word that opens the next phrase, or with a dash', () => {
    for (const w of ['và', 'của', 'về', 'tại', 'các', 'cho', 'trong', 'với', 'để'])
      expect(forbiddenAfter(`nhiệm vụ ${w} kết quả`, w), w).toBe('opener');
    expect(forbiddenAfter('V/v cung cấp', 'V/v')).toBe('opener');
    expect(forbiddenAfter('Tài chính - Kế hoạch', '-')).toBe('dash');
    expect(forbiddenAfter('Tài chính - Kế hoạch', 'chính')).toBe('dash');
    expect(forbiddenAfter('Sở ,Y tế', 'Sở')).toBe('dash');
    expect(forbiddenAfter('giấy tờ kèm theo của', 'theo')).toBeUndefined();
  });

  it('keeps a place name with its unit: tỉnh Quảng Bình, TỈNH BÀ RỊA', () => {
    expect(forbiddenAfter('Ủy ban nhân dân tỉnh Hải Dương', 'tỉnh')).toBe('word');
    expect(forbiddenAfter('ỦY BAN NHÂN DÂN XÃ HẢI NINH', 'XÃ')).toBe('word');
    expect(forbiddenAfter('ỦY BAN NHÂN DÂN XÃ HẢI NINH', 'HẢI')).toBe('word');
    expect(forbiddenAfter('Ủy ban nhân dân tỉnh tại cuộc họp', 'tỉnh')).toBeUndefined();
  });

  it('prefers the office break before "và" among good breaks', () => {
    const measure = (s: string) => textWidthMm(s, 13, { bold: true });
    expect(
      breakLines('Sở Văn hóa, Thể thao và Du lịch', { maxWidthMm: 63, measure, words: shippedWords() }).lines,
    ).toEqual(['Sở Văn hóa, Thể thao', 'và Du lịch']);
  });
});

describe('whatever the text', () => {
  const syllable = fc.constantFrom(
    'sở',
    'khoa',
    'học',
    'và',
    'công',
    'nghệ',
    'tháng',
    '12',
    '-',
    'của',
    'Quảng',
    'Bình',
    'tỉnh',
    'a,',
    'xã',
  );
  it('gives back every token once, in order, and warns for each line that breaks a rule or overflows', () => {
    fc.assert(
      fc.property(
        fc.array(syllable, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 10, max: 160 }),
        (ws, width) => {
          const text = ws.join(' ');
          const measure = (s: string) => textWidthMm(s, 13);
          const r = breakLines(text, { maxWidthMm: width, measure });
          expect(r.lines.join(' ')).toBe(text);
          const overflowing = r.lines.filter((l) => measure(l) > width + 1e-6);
          expect(r.badBreaks.filter((b) => b.rule === 'overflow').map((b) => b.line)).toEqual(overflowing);
          for (const line of overflowing) expect(line.split(' ')).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
