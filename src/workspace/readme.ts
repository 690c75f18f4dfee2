/** The README a new workspace gets: for the clerk, in Vietnamese. */
import { WORKSPACE_FOLDERS as F, WORKSPACE_MARKER } from './workspace.js';

export interface ReadmeFacts {
  /** The profile ids copied into agencies/. */
  agencies: string[];
  /** The example document copied into the documents folder. */
  seed: string;
}

export function clerkReadme({ agencies, seed }: ReadmeFacts): string {
  const agency = agencies.includes('so-khcn-quang-binh') ? 'so-khcn-quang-binh' : (agencies[0] ?? '<mã>');
  const samples = agencies.length > 0 ? agencies.map((id) => `\`${id}\``).join(', ') : '(chưa có)';
  return `# Thư mục làm việc vanban

Thư mục này chứa mọi tệp của cơ quan: hồ sơ cơ quan, văn bản, lời văn riêng và các tệp Word đã tạo.
Chương trình vanban không nằm ở đây, nên cài lại hay cập nhật vanban không đụng tới tệp của bạn. Có thể
chép cả thư mục sang máy khác hoặc sao lưu như mọi thư mục tài liệu.

## Để tệp ở đâu

| Thư mục | Chứa gì |
|---|---|
| \`${F.agencies}/\` | hồ sơ cơ quan, mỗi cơ quan một tệp \`<mã>.yaml\`. Có sẵn hồ sơ mẫu ${samples}: sửa một hồ sơ cho đúng cơ quan mình (tên tệp là mã ghi ở dòng \`agency:\` của văn bản), xoá các hồ sơ không dùng |
| \`${F.documents}/\` | các văn bản (\`.yaml\`); có thể chia thư mục con theo năm, theo tháng |
| \`${F.templates}/\` | (không bắt buộc) lời văn riêng của cơ quan; \`vanban init . --templates\` chép các mẫu có sẵn vào đây để sửa. Có thư mục này thì mọi lệnh tự dùng |
| \`${F.out}/\` | tệp Word (\`.docx\`), PDF và ảnh xem trước do vanban tạo; xoá lúc nào cũng được, chạy lại lệnh là có |
| \`${F.schemas}/\`, \`.vscode/\` | để VS Code gợi ý tên trường và báo lỗi ngay khi gõ; không cần sửa |
| \`${WORKSPACE_MARKER}\` | đánh dấu đây là thư mục làm việc của vanban; đừng xoá |

## Làm một văn bản

Mở cửa sổ lệnh (Terminal) trong thư mục này rồi gõ:

1. Thử với văn bản mẫu: \`vanban render ${F.documents}/${seed}\` → tệp \`${F.out}/${seed.replace(/\.yaml$/, '.docx')}\`.
2. Tạo văn bản mới: \`vanban new thong-bao-ket-luan --agency ${agency}\` → tệp mới trong \`${F.documents}/\`,
   có sẵn mọi trường cần điền. Các loại văn bản khác (\`giay-moi\`, \`cong-van\`, \`quyet-dinh\` …): \`vanban templates\`.
   Văn bản tháng sau từ văn bản tháng trước: \`vanban new thong-bao-ket-luan --from ${F.documents}/${seed}\`
   (tệp mới nằm cạnh tệp cũ; sửa các chỗ đánh dấu \`# XEM LẠI\`).
3. Kiểm tra: \`vanban check ${F.documents}/<tệp>.yaml\`: báo từng lỗi kèm dòng, cột và cách sửa; không ghi gì.
4. Tạo tệp Word: \`vanban render ${F.documents}/<tệp>.yaml\` → \`${F.out}/<tệp>.docx\` (thêm \`--pdf\` để có cả PDF).
   Tệp đã có thì vanban không ghi đè; sửa dữ liệu rồi tạo lại thì thêm \`--force\`.
5. Xem trước từng trang: \`vanban preview ${F.documents}/<tệp>.yaml\` → ảnh \`${F.out}/<tệp>-1.png\`, \`-2.png\` …
   (PDF và xem trước cần LibreOffice).
6. Kiểm tra thể thức một tệp Word nhận được: \`vanban lint <tệp>.docx\`.

Các lệnh chạy được từ bất kỳ thư mục con nào: vanban tìm hồ sơ trong \`${F.agencies}/\` và ghi vào \`${F.out}/\`
của thư mục này. \`vanban --help\` (và \`vanban <lệnh> --help\`) cho hướng dẫn đầy đủ.

Máy chưa có lệnh \`vanban\`: cài Node.js 20 trở lên, rồi \`npm install -g <tệp vanban-….tgz>\` (tệp do bộ phận
kỹ thuật gửi). Đã cài vanban riêng cho một thư mục thì gõ \`npx vanban …\` thay cho \`vanban …\`.

## Soạn bằng VS Code

Mở cả thư mục này (File → Open Folder…). VS Code đề nghị cài tiện ích "YAML" (Red Hat): chọn cài. Từ đó,
khi gõ trong \`${F.documents}/\` và \`${F.agencies}/\`, VS Code gợi ý tên trường, giải thích từng trường và gạch đỏ
chỗ sai. Tệp luôn được lưu dạng UTF-8 (vanban không đọc bảng mã cũ TCVN3, VNI).

## Dấu nháy trong YAML (tóm tắt)

- Chữ có dấu hai chấm và dấu cách (\`: \`) thì đặt trong nháy đơn: \`- 'Công trình chào mừng: Mô hình …'\`.
  Quên thì vanban báo \`TEXT_HAS_COLON\` đúng dòng đó.
- Giờ viết trong nháy: \`time: '14:00'\`.
- Chữ có \` #\` (dấu cách rồi dấu thăng) ở giữa, hoặc bắt đầu bằng \`*\`, \`&\`, \`!\`, \`%\`, \`@\`, \`[\`, \`{\`, \`>\`, \`|\`,
  \`'\`, \`"\` thì cũng đặt trong nháy.
- Trong nháy đơn, dấu nháy đơn viết hai lần: \`'Mô hình ''Nông thôn mới'''\`; hoặc dùng nháy kép: \`"Mô hình 'Nông thôn mới'"\`.
- Thụt đầu dòng bằng dấu cách (hai dấu cách mỗi bậc), không dùng phím Tab.
- Chữ đậm \`**…**\`, nghiêng \`*…*\`, cả hai \`***…***\` (\`\\*\` để in dấu sao). Dòng bắt đầu bằng dấu sao thì đặt
  trong nháy đơn: \`- '**Chủ trì cuộc họp:** đồng chí …'\`.
- Chú thích cuối trang: \`^[lời chú thích]\` ngay sau chữ cần chú thích (\`\\^\` để in dấu mũ); ở Kính gửi,
  Nơi nhận: \`{ name: …, footnote: … }\`.
- Dòng bắt đầu bằng cụm trong ngoặc kép hay \`[Khẩn]\`, dòng kết thúc bằng dấu hai chấm, dấu phẩy trong \`{ … }\`
  và \` #\` dính liền chữ phía sau: vanban báo đúng chỗ và cách sửa (thường là đặt cả dòng trong nháy đơn).
`;
}
