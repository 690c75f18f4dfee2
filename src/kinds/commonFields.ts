/** Fields every document kind shares: who issues it, its number and date, who signs, who receives. */
import { s, type Infer } from '../schema/index.js';

export const AUTHORITIES = ['none', 'KT.', 'TL.', 'TM.', 'TUQ.', 'Q.'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const signerSchema = s.object('signer', {
  person: s.text().describe('Mã người ký trong hồ sơ cơ quan (people[].id)'),
  authority: s.optional(
    s
      .enumOf(AUTHORITIES)
      .describe(
        'Thẩm quyền ký: none (ký trực tiếp), KT. (ký thay), TL. (thừa lệnh), TM. (thay mặt), TUQ. (thừa ủy quyền), Q. (quyền)',
      ),
  ),
  title_lines: s.optional(
    s.list(s.text()).describe('Ghi đè các dòng chức vụ ở khối chữ ký (in hoa tự động)'),
  ),
});

export const taskSchema = s.either(
  s.text(),
  s.object('task', {
    text: s.text().describe('Nội dung nhiệm vụ'),
    items: s.optional(s.list(s.text()).describe('Các ý nhỏ của nhiệm vụ (in với dấu "+")')),
  }),
);

export const recipientSchema = s.either(
  s.text(),
  s.object('recipient', {
    name: s.text().describe('Nơi nhận, ví dụ: Các phòng, đơn vị thuộc Sở'),
    note: s.optional(s.text().describe('Ghi chú, ví dụ: (để b/c)')),
  }),
);

export const archiveSchema = s.object('archive', {
  units: s.list(s.text()).describe('Nơi lưu: VT (Văn thư) rồi đơn vị soạn thảo, ví dụ: [VT, VP]'),
  copies: s.optional(s.integer(1, 999).describe('Số bản lưu')),
  drafter: s.optional(
    s.pattern(/^[\p{Lu}.]+$/u, 'chữ in hoa, ví dụ: NVA').describe('Ký hiệu người soạn thảo'),
  ),
  drafter_copies: s.optional(s.integer(1, 99999).describe('Số lượng bản phát hành')),
});

export const commonFields = {
  kind: s.text().describe('Loại văn bản, ví dụ: thong-bao-ket-luan'),
  agency: s.text().describe('Mã hồ sơ cơ quan: tên tệp trong data/agencies/ (không có .yaml)'),
  template: s.optional(s.text().describe('Tên mẫu trong templates/ nếu khác mẫu mặc định của loại văn bản')),
  number: s.optional(s.integer(1, 99999).describe('Số văn bản; bỏ trống để văn thư điền sau khi ký')),
  issue_date: s.date().describe('Ngày ban hành, ví dụ: 2020-08-31'),
  summary: s.lines().describe('Trích yếu nội dung; một chuỗi, hoặc danh sách các dòng nếu muốn tự ngắt dòng'),
  signer: signerSchema.describe('Người ký'),
  recipients: s.list(recipientSchema).describe('Nơi nhận (không gồm dòng "Lưu")'),
  archive: archiveSchema.describe('Dòng "Lưu: VT, …"'),
};

export type Task = Infer<typeof taskSchema>;
export type Recipient = Infer<typeof recipientSchema>;
export type Signer = Infer<typeof signerSchema>;
export type Archive = Infer<typeof archiveSchema>;
