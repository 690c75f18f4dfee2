/** Fields every document kind shares: who issues it, its number and date, who signs, who receives. */
import { s, type Infer } from '../schema/index.js';

export const AUTHORITIES = ['none', 'KT.', 'TL.', 'TM.', 'TUQ.', 'Q.', 'TM. KT.', 'TL. KT.'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const signerSchema = s.object('signer', {
  person: s.text().describe('Mã người ký trong hồ sơ cơ quan (people[].id)'),
  authority: s.optional(
    s
      .enumOf(AUTHORITIES)
      .describe(
        'Thẩm quyền ký: none (ký trực tiếp), KT. (ký thay), TL. (thừa lệnh), TM. (thay mặt), TUQ. (thừa ủy quyền), Q. (quyền), "TM. KT." (TM. tập thể / KT. người đứng đầu / chức vụ), "TL. KT." (TL. người đứng đầu / KT. trưởng đơn vị / chức vụ). Bỏ trống: vanban chọn theo chức vụ',
      ),
  ),
  title_lines: s.optional(
    s.list(s.text()).describe('Ghi đè các dòng chức vụ ở khối chữ ký (in hoa tự động)'),
  ),
  extra_title: s.optional(
    s.text().describe('Chức danh khác in thêm một dòng dưới chức vụ, ví dụ: Giám đốc Sở Tư pháp (ô 7b)'),
  ),
  title_above_name: s.optional(
    s
      .text()
      .describe(
        'Chức vụ của chính người ký in ngay trên họ tên, sau chỗ ký (ô 7b), ví dụ: Phó Chủ tịch UBND tỉnh (in hoa, đậm tự động)',
      ),
  ),
});

/** One more signer of a record (a member of a board or an inspection team): a profile person or a name. */
export const memberSchema = s.object('member', {
  name: s.optional(s.text().describe('Họ và tên người ký, khi người này không có trong hồ sơ cơ quan')),
  person: s.optional(s.text().describe('Hoặc: mã người ký trong hồ sơ cơ quan (people[].id)')),
  title_lines: s.optional(
    s.list(s.text()).describe('Các dòng chức danh trên chữ ký, ví dụ: [THÀNH VIÊN] (in hoa tự động)'),
  ),
});

export const taskSchema = s.either(
  s.text(),
  s.object('task', {
    text: s.text().describe('Nội dung nhiệm vụ'),
    items: s.optional(s.list(s.text()).describe('Các ý nhỏ của nhiệm vụ (in với dấu "+")')),
  }),
);

const recipientLines = () =>
  s
    .textOrLines()
    .describe(
      'Nơi nhận: một dòng, hoặc danh sách các dòng nếu muốn giữ nguyên cách xuống dòng, ví dụ: [Văn phòng UBND tỉnh, (Phòng Kinh tế ngành)]',
    );

const recipientFootnote = () =>
  s
    .text()
    .describe('Chú thích cuối trang; dấu chú thích in ngay sau nơi nhận (và ghi chú của nó), trước dấu ";"');

/** A member of a bracket group: its lines, or `{ name, footnote }`. */
const groupMemberSchema = s.either(
  recipientLines(),
  s.object('member', {
    name: recipientLines().describe('Nơi nhận trong nhóm (hoặc danh sách các dòng)'),
    footnote: s.optional(recipientFootnote()),
  }),
);

/** A recipient, one bracket group, or a recipient with its note: what a sub-group ("Bản điện tử:") lists. */
const recipientEntryFields = {
  name: s.optional(
    recipientLines().describe('Nơi nhận, ví dụ: Các phòng, đơn vị thuộc Sở (hoặc danh sách các dòng)'),
  ),
  group: s.optional(
    s
      .list(groupMemberSchema)
      .describe(
        'Nhóm nơi nhận chung một ghi chú (ngoặc gộp), ví dụ: [Bộ Công Thương, UBND tỉnh] với note: (để b/c); ghi chú in một lần, ở dòng giữa nhóm',
      ),
  ),
  note: s.optional(s.text().describe('Ghi chú, ví dụ: (để b/c)')),
  footnote: s.optional(recipientFootnote()),
};

export const recipientEntrySchema = s.either(recipientLines(), s.object('recipient', recipientEntryFields));

export const recipientSchema = s.either(
  recipientLines(),
  s.object('recipient', {
    ...recipientEntryFields,
    label: s.optional(
      s
        .text()
        .describe(
          'Tên nhóm con in trên một dòng riêng, ví dụ: "Bản điện tử:"; các nơi nhận của nhóm ghi ở items',
        ),
    ),
    items: s.optional(s.list(recipientEntrySchema).describe('Các nơi nhận của nhóm con (label)')),
  }),
);

/**
 * The Lưu line. Offices write it many ways ("VT, CN, M.Cường (02)", "VT, NN (2)NXT", "VT, CN. pvc 5"),
 * so besides the fields it may be one line of text, printed as written after "Lưu: ".
 */
export const archiveSchema = s.either(
  s.text(),
  s.object('archive', {
    units: s.list(s.text()).describe('Nơi lưu: VT (Văn thư) rồi đơn vị soạn thảo, ví dụ: [VT, VP]'),
    copies: s.optional(s.integer(1, 999).describe('Số bản lưu')),
    drafter: s.optional(
      s
        .pattern(/^[\p{L}.]+$/u, 'chữ cái và dấu chấm, ví dụ: NVA, T.Q.Hùng')
        .describe('Ký hiệu người soạn thảo, ví dụ: NVA hoặc T.Q.Hùng'),
    ),
    drafter_copies: s.optional(s.integer(1, 99999).describe('Số lượng bản phát hành')),
  }),
);

/** A variant of the kind's type name, for kinds whose name offices extend ("GIẤY MỜI HỌP"). */
export const typeNameField = {
  type_name: s.optional(
    s
      .text()
      .describe(
        'Tên loại in ở ô 5a nếu cơ quan viết khác tên mặc định, ví dụ: GIẤY MỜI HỌP (in hoa tự động); phải bắt đầu bằng tên loại của văn bản',
      ),
  ),
};

/** How several Kính gửi recipients are laid out (ô 9a); for the kinds that carry "Kính gửi:". */
export const kinhGuiLayoutField = {
  kinh_gui_layout: s.optional(
    s
      .enumOf(['list', 'inline'] as const)
      .describe(
        'Cách in nhiều nơi Kính gửi: list (mặc định, theo Nghị định: "Kính gửi:" một dòng, mỗi nơi một dòng "- …;" bên dưới, gạch đầu dòng thẳng dấu hai chấm) hoặc inline (nơi đầu tiên cùng dòng "Kính gửi: - …;", các nơi sau thẳng hàng bên dưới)',
      ),
  ),
};

export const SECRECY = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export const URGENCY = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;

export const marksSchema = s.object('marks', {
  secrecy: s.optional(s.enumOf(SECRECY).describe('Độ mật (ô 10a): MẬT, TỐI MẬT, TUYỆT MẬT')),
  urgency: s.optional(s.enumOf(URGENCY).describe('Độ khẩn (ô 10b): KHẨN, THƯỢNG KHẨN, HỎA TỐC')),
  circulation: s.optional(
    s.text().describe('Chỉ dẫn phạm vi lưu hành (ô 11), ví dụ: LƯU HÀNH NỘI BỘ, XEM XONG TRẢ LẠI'),
  ),
  draft: s.optional(s.text().describe('Dấu dự thảo, ví dụ: DỰ THẢO hoặc DỰ THẢO LẦN 2')),
});

export const commonFields = {
  kind: s.text().describe('Loại văn bản, ví dụ: thong-bao-ket-luan'),
  agency: s.text().describe('Mã hồ sơ cơ quan: tên tệp trong data/agencies/ (không có .yaml)'),
  template: s.optional(s.text().describe('Tên mẫu trong templates/ nếu khác mẫu mặc định của loại văn bản')),
  templates: s.optional(
    s
      .text()
      .describe(
        'Thư mục mẫu riêng cho văn bản này (tính từ thư mục chứa tệp); đứng trước mẫu của hồ sơ cơ quan',
      ),
  ),
  number: s.optional(s.integer(1, 99999).describe('Số văn bản; bỏ trống để văn thư điền sau khi ký')),
  issue_date: s.date().describe('Ngày ban hành, ví dụ: 2020-08-31'),
  blank_date: s.optional(
    s
      .enumOf(['day', 'day-month'] as const)
      .describe(
        'Để trống ngày (day) hoặc ngày và tháng (day-month) ở dòng ngày tháng cho văn thư điền khi ký; issue_date vẫn dùng để kiểm tra',
      ),
  ),
  summary: s.lines().describe('Trích yếu nội dung; một chuỗi, hoặc danh sách các dòng nếu muốn tự ngắt dòng'),
  signer: s.optional(
    signerSchema.describe('Người ký; bỏ trống: người đầu tiên trong danh sách people của hồ sơ cơ quan'),
  ),
  co_signer: s.optional(
    s
      .object('co_signer', { ...signerSchema.fields })
      .describe('Người ký thứ hai, in bên trái người ký (hai chữ ký cạnh nhau); Nơi nhận in bên dưới'),
  ),
  members: s.optional(
    s
      .list(memberSchema)
      .describe(
        'Người ký thêm (thành viên hội đồng, đoàn thẩm định): in thành hàng dưới chữ ký chính, mỗi hàng tối đa ba chữ ký',
      ),
  ),
  recipients: s.list(recipientSchema).describe('Nơi nhận (không gồm dòng "Lưu")'),
  recipients_lead: s.optional(
    s
      .enumOf(['auto', 'none'] as const)
      .describe(
        'Dòng "- Như trên;" (hoặc "- Như Điều …;") vanban tự thêm đầu Nơi nhận khi có Kính gửi: auto (mặc định; bỏ qua nếu Nơi nhận đã có một dòng "Như …") hoặc none (không thêm)',
      ),
  ),
  archive: archiveSchema.describe(
    'Dòng "Lưu": { units: [VT, VP] } hoặc viết nguyên dòng như cơ quan vẫn viết, ví dụ: VT, CN, M.Cường (02)',
  ),
  marks: s.optional(marksSchema.describe('Dấu độ mật, độ khẩn, phạm vi lưu hành, dự thảo')),
  compact: s.optional(
    s
      .enumOf(['yes', 'no'] as const)
      .describe(
        'yes: in gọn để văn bản bớt trang: chữ nội dung cỡ 13, giãn dòng đơn (vẫn trong giới hạn của Nghị định 30: cỡ 13–14, giãn dòng từ đơn đến 1,5)',
      ),
  ),
  font_size: s.optional(
    s
      .integer(13, 14)
      .describe(
        'Cỡ chữ nội dung: 13 hoặc 14 (Nghị định 30, Phụ lục I, mục II.6.e); bỏ trống: 14, hoặc 13 khi compact: yes',
      ),
  ),
  line_spacing: s.optional(
    s
      .decimal(1, 1.5)
      .describe(
        'Giãn dòng nội dung, tính bằng dòng: từ 1 (dòng đơn) đến 1,5 (Phụ lục I, mục II.6.e); bỏ trống: 1,15, hoặc 1 khi compact: yes',
      ),
  ),
  enclosure: s.optional(
    s
      .lines()
      .describe(
        'Dòng ghi chú sau dấu "./." kết thúc nội dung, in nghiêng, ví dụ: (Xin gửi kèm theo: Dự thảo Quyết định phê duyệt); một chuỗi hoặc danh sách các dòng',
      ),
  ),
  footer: s.optional(
    s
      .list(s.text())
      .describe(
        'Địa chỉ, điện thoại, thư điện tử … in cuối trang đầu dưới một đường kẻ (ô 13), mỗi mục một dòng',
      ),
  ),
};

export type Task = Infer<typeof taskSchema>;
export type Recipient = Infer<typeof recipientSchema>;
export type RecipientEntry = Infer<typeof recipientEntrySchema>;
export type GroupMember = Infer<typeof groupMemberSchema>;
export type Signer = Infer<typeof signerSchema>;
export type Member = Infer<typeof memberSchema>;
export type Archive = Infer<typeof archiveSchema>;
export type Marks = Infer<typeof marksSchema>;
