/** The linter's vocabulary in both languages: element names, property names and common values. */
import { L, same, type Localized } from './finding.js';

export const ELEMENT = {
  document: L('Tệp DOCX', 'DOCX file'),
  page: L('Trang giấy', 'Page'),
  text: L('Chữ trong văn bản', 'Text'),
  quocHieu: L('Quốc hiệu', 'National title (Quốc hiệu)'),
  tieuNgu: L('Tiêu ngữ', 'Motto (Tiêu ngữ)'),
  tieuNguRule: L('Đường kẻ dưới Tiêu ngữ', 'Rule under the motto'),
  parentAgency: L('Tên cơ quan chủ quản', 'Parent agency'),
  agency: L('Tên cơ quan ban hành', 'Issuing agency'),
  agencyRule: L('Đường kẻ dưới tên cơ quan', 'Rule under the agency name'),
  number: L('Số, ký hiệu', 'Number and symbol (Số)'),
  date: L('Địa danh, ngày tháng năm', 'Place and date'),
  typeName: L('Tên loại văn bản', 'Document type name'),
  summary: L('Trích yếu', 'Summary (trích yếu)'),
  summaryRule: L('Đường kẻ dưới trích yếu', 'Rule under the summary'),
  vv: L('Trích yếu công văn (V/v)', 'Letter summary (V/v)'),
  body: L('Nội dung', 'Body text'),
  signatureTitle: L('Quyền hạn, chức vụ người ký', "Signer's authority and title"),
  signerName: L('Họ tên người ký', "Signer's name"),
  recipientsLabel: L('Chữ "Nơi nhận:"', 'The "Nơi nhận:" label'),
  recipientItem: L('Dòng nơi nhận', 'Recipient line'),
  archiveLine: L('Dòng "- Lưu: VT, …"', 'The "- Lưu: VT, …" line'),
  pageNumber: L('Số trang', 'Page number'),
  legalBasis: L('Căn cứ ban hành', 'Legal bases (căn cứ)'),
  partLabel: L('Phần, Chương', 'Part or chapter label (Phần, Chương)'),
  partTitle: L('Tên Phần, Chương', 'Part or chapter title'),
  sectionLabel: L('Mục, Tiểu mục', 'Section label (Mục, Tiểu mục)'),
  article: L('Điều', 'Article (Điều)'),
  clause: L('Khoản', 'Clause (khoản)'),
  point: L('Điểm', 'Point (điểm)'),
  romanHeading: L('Mục đánh số La Mã', 'Roman-numbered heading'),
  contentEnd: L('Kết thúc nội dung', 'End of the content'),
  kinhGui: L('"Kính gửi"', 'The "Kính gửi" block'),
  urgencyStamp: L('Dấu mức độ khẩn', 'Urgency stamp'),
  secrecyStamp: L('Dấu độ mật', 'Secrecy stamp'),
  circulationStamp: L('Chỉ dẫn phạm vi lưu hành', 'Circulation notice'),
  drafterCode: L('Ký hiệu người soạn thảo, số bản', "Drafter's initials and copies"),
  address: L('Địa chỉ, điện thoại, thư điện tử', 'Address, phone, e-mail'),
  orgSignatureInfo: L('Thông tin chữ ký số của cơ quan', "Organisation's digital-signature text"),
  copySignatureInfo: L('Thông tin chữ ký số bản sao điện tử', 'Digital-signature text of an e-copy'),
  appendixLabel: L('Chữ "Phụ lục"', 'The "Phụ lục" label'),
  appendixTitle: L('Tên phụ lục', 'Appendix title'),
  appendixReference: L('Dòng "(Kèm theo …)" của phụ lục', 'The appendix "(Kèm theo …)" line'),
  appendix: L('Phụ lục', 'Appendix'),
  headerTable: L('Bảng tiêu đề', 'Header table'),
  titleBlock: L('Tên loại và trích yếu', 'Type name and summary'),
  signatureBlock: L('Khối chữ ký', 'Signature block'),
  signatureImage: L('Ảnh chữ ký', 'Signature image'),
  sealImage: L('Ảnh con dấu', 'Seal image'),
} as const;

export const PROPERTY = {
  text: L('nội dung', 'text'),
  form: L('cách viết', 'form'),
  size: L('cỡ chữ', 'font size'),
  bold: L('chữ đậm', 'bold'),
  italic: L('chữ nghiêng', 'italic'),
  case: L('kiểu chữ', 'letter case'),
  align: L('căn lề', 'alignment'),
  column: L('vị trí', 'position'),
  presence: L('có mặt', 'presence'),
  rule: L('đường kẻ bên dưới', 'rule line below'),
  ruleStyle: L('nét kẻ', 'line style'),
  ruleLength: L('độ dài đường kẻ', 'rule length'),
  ruleCentre: L('vị trí đường kẻ', 'rule position'),
  font: L('phông chữ', 'font'),
  colour: L('màu chữ', 'text colour'),
  pageSize: L('khổ giấy', 'paper size'),
  orientation: L('hướng giấy', 'orientation'),
  marginTop: L('lề trên', 'top margin'),
  marginBottom: L('lề dưới', 'bottom margin'),
  marginLeft: L('lề trái', 'left margin'),
  marginRight: L('lề phải', 'right margin'),
  firstLine: L('thụt đầu dòng', 'first-line indent'),
  paragraphSpacing: L('khoảng cách giữa các đoạn', 'space between paragraphs'),
  lineSpacing: L('giãn dòng', 'line spacing'),
  punctuation: L('dấu cuối dòng', 'line-end punctuation'),
  abbreviation: L('chữ viết tắt tên loại', 'type abbreviation'),
  firstPage: L('trang đầu', 'first page'),
  location: L('vị trí', 'location'),
  format: L('kiểu số', 'number format'),
  encoding: L('bảng mã', 'encoding'),
  order: L('thứ tự', 'order'),
  numeral: L('kiểu chữ số', 'numerals'),
  ownLine: L('dòng riêng', 'own line'),
  content: L('nội dung', 'content'),
  border: L('khung viền', 'border'),
  boxSize: L('kích thước khung', 'box size'),
  imageFormat: L('định dạng ảnh', 'image format'),
  transparency: L('nền ảnh', 'image background'),
  inkColour: L('màu nét', 'ink colour'),
  width: L('độ rộng cột', 'column width'),
  page: L('trang', 'page'),
  mention: L('được nhắc tới', 'mentioned'),
  timeZone: L('múi giờ', 'time zone'),
} as const;

export const VALUE = {
  bold: L('đậm', 'bold'),
  notBold: L('không đậm', 'not bold'),
  italic: L('nghiêng', 'italic'),
  upright: L('đứng (không nghiêng)', 'upright'),
  upper: L('IN HOA', 'UPPERCASE'),
  notUpper: L('chữ thường (viết hoa chữ cái đầu)', 'sentence case'),
  hasLower: L('có chữ thường', 'has lower-case letters'),
  allUpper: L('IN HOA toàn bộ', 'all uppercase'),
  missing: L('không có', 'none'),
  notFound: L('không tìm thấy', 'not found'),
  present: L('có', 'present'),
  solid: L('nét liền', 'solid'),
  notSolid: L('không phải nét liền', 'not solid'),
  portrait: L('khổ dọc', 'portrait'),
  landscape: L('khổ ngang', 'landscape'),
  tnr: same('Times New Roman'),
  black: L('đen (auto hoặc 000000)', 'black (auto or 000000)'),
} as const;

const ALIGN: Record<string, Localized> = {
  center: L('căn giữa', 'centred'),
  left: L('căn trái', 'left'),
  right: L('căn phải', 'right'),
  both: L('căn đều hai bên', 'justified'),
  distribute: L('căn đều hai bên', 'justified'),
};

export function alignName(jc: string): Localized {
  return ALIGN[jc] ?? same(jc);
}

const COLUMN: Record<string, Localized> = {
  left: L('cột trái (bên trái trang)', 'left column'),
  right: L('cột phải (bên phải trang)', 'right column'),
  full: L('giữa trang, không nằm trong cột', 'full width, not in a column'),
};

export function columnName(column: string): Localized {
  return COLUMN[column] ?? same(column);
}

export function pt(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} pt`;
}

export function ptRange(min: number, max: number): Localized {
  return same(min === max ? pt(min) : `${min}–${max} pt`);
}

export function mm(value: number): string {
  return `${value.toFixed(1)} mm`;
}

export function quoted(text: string): Localized {
  return same(`"${text}"`);
}
