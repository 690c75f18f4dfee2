/** The agency profile: who issues, where, its units and its people. One file per agency. */
import { s, type Infer } from '../schema/index.js';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = () => s.pattern(idPattern, 'chữ thường không dấu, số và dấu "-" (ví dụ: van-phong)');

export const unitSchema = s.object('units[]', {
  id: id().describe('Mã đơn vị dùng trong tệp văn bản, ví dụ: van-phong'),
  name: s.text().describe('Tên đơn vị như in trong văn bản, ví dụ: Văn phòng Sở'),
  abbreviation: s.optional(
    s
      .pattern(/^\p{Lu}[\p{L}\d&]*$/u, 'chữ viết tắt bắt đầu bằng chữ in hoa, ví dụ: VP')
      .describe('Chữ viết tắt dùng ở dòng "Lưu" và ký hiệu công văn, ví dụ: VP'),
  ),
});

export const personSchema = s.object('people[]', {
  id: id().describe('Mã người, ví dụ: van-cong-thoi'),
  name: s.text().describe('Họ và tên, ví dụ: Văn Công Thới'),
  title: s.text().describe('Chức vụ in ở khối chữ ký, ví dụ: Giám đốc'),
  title_in_text: s.optional(s.text().describe('Chức vụ khi nhắc trong nội dung, ví dụ: Giám đốc Sở')),
});

export const agencySchema = s
  .object('agency', {
    parent_agency: s.optional(
      s.text().describe('Tên cơ quan chủ quản, ví dụ: UBND TỈNH QUẢNG BÌNH (có thể viết tắt UBND, HĐND)'),
    ),
    name: s.text().describe('Tên đầy đủ của cơ quan ban hành, ví dụ: Sở Khoa học và Công nghệ'),
    header_lines: s.optional(
      s.list(s.text()).describe('Cách ngắt dòng tên cơ quan ở tiêu đề (nếu muốn tự chọn)'),
    ),
    short_name: s.optional(
      s
        .text()
        .describe(
          'Tên gọi tắt khi nhắc trong nội dung ("các phòng, đơn vị thuộc Sở"), ví dụ: Sở, Bộ, Ủy ban; mặc định suy ra từ tên',
        ),
    ),
    units_in_text: s.optional(
      s
        .text()
        .describe(
          'Cách gọi các đơn vị trực thuộc trong nội dung, ví dụ: các phòng, đơn vị thuộc Sở; các bộ phận thuộc Phòng; các ban, ngành, đoàn thể xã',
        ),
    ),
    head_in_text: s.optional(
      s
        .text()
        .describe('Chức danh người đứng đầu khi nhắc trong nội dung, ví dụ: Giám đốc Sở, Chủ tịch UBND xã'),
    ),
    templates: s.optional(
      s
        .text()
        .describe(
          'Thư mục mẫu riêng của cơ quan (tính từ thư mục chứa hồ sơ), ví dụ: ../templates; vanban dùng mẫu ở đây thay cho mẫu có sẵn cùng tên',
        ),
    ),
    abbreviation: s
      .pattern(/^[\p{Lu}\d&]+$/u, 'chữ in hoa, ví dụ: SKHCN')
      .describe('Chữ viết tắt tên cơ quan trong ký hiệu văn bản, ví dụ: SKHCN'),
    place: s.text().describe('Địa danh ở dòng ngày tháng, ví dụ: Quảng Bình'),
    head_title: s.text().describe('Chức danh người đứng đầu, ví dụ: Giám đốc (dùng cho KT., TL., TUQ., Q.)'),
    collective_name: s.optional(s.text().describe('Tên tập thể lãnh đạo cho TM., ví dụ: Ủy ban nhân dân')),
    units: s
      .list(unitSchema, 0)
      .describe('Các phòng, đơn vị; thứ tự ở đây là thứ tự in trong văn bản (có thể để trống: [])'),
    people: s.list(personSchema).describe('Lãnh đạo thường ký hoặc chủ trì'),
  })
  .describe('Hồ sơ cơ quan ban hành văn bản');

export type AgencyProfile = Infer<typeof agencySchema>;
export type Unit = Infer<typeof unitSchema>;
export type Person = Infer<typeof personSchema>;
