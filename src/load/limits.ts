/**
 * The bounds on everything a YAML input can make vanban do. Each one is checked before the work it
 * bounds, and each has its own diagnostic naming the real cause (docs/diagnostics.md lists them).
 */

/** Bytes of one YAML file (a document, a member of a folder, an agency profile). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** YAML files of one folder (a document split in files, or a batch of documents). */
export const MAX_FOLDER_FILES = 1000;

/** Bytes of all files of a folder merged into one document. */
export const MAX_FOLDER_BYTES = 8 * MAX_SOURCE_BYTES;

/** Nesting of maps and lists (block indentation plus flow brackets); real documents use fewer than ten. */
export const MAX_NESTING_DEPTH = 64;

/** Nodes (maps, lists, keys, values) of a document, counted with every alias expanded. */
export const MAX_EXPANDED_NODES = 100_000;

/** UTF-8 bytes of all keys and values with every alias expanded: twice what a file may hold. */
export const MAX_EXPANDED_BYTES = 2 * MAX_SOURCE_BYTES;

/** Alias resolutions the schema check follows per document: real files use a handful. */
export const ALIAS_BUDGET = 1000;

const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

/** The section of docs/diagnostics.md that states these bounds. */
export function limitsMarkdown(): string[] {
  return [
    '## Giới hạn đầu vào (input limits)',
    '',
    'Mọi tệp YAML (văn bản, từng tệp trong thư mục, hồ sơ cơ quan) được kiểm tra trước khi đọc: chỉ tệp',
    'thường (regular file) mới được mở, không đọc FIFO, thiết bị (/dev/zero…), socket hay thư mục',
    '(`FILE_NOT_REGULAR`); tệp lớn hơn giới hạn bị từ chối mà không đọc (`FILE_TOO_LARGE`). Sau đó:',
    '',
    '| Giới hạn | Giá trị | Mã |',
    '|---|---|---|',
    `| Kích thước một tệp YAML | ${mib(MAX_SOURCE_BYTES)} (${MAX_SOURCE_BYTES} byte) | \`FILE_TOO_LARGE\` |`,
    `| Số tệp YAML trong một thư mục | ${MAX_FOLDER_FILES} | \`FOLDER_TOO_MANY_FILES\` |`,
    `| Tổng kích thước các tệp của một văn bản chia thành nhiều tệp | ${mib(MAX_FOLDER_BYTES)} | \`FOLDER_TOO_LARGE\` |`,
    `| Độ lồng nhau (thụt lề và ngoặc [ ] { }) | ${MAX_NESTING_DEPTH} cấp | \`YAML_TOO_DEEP\` |`,
    `| Số mục (nút) sau khi bung mọi tham chiếu (alias) | ${MAX_EXPANDED_NODES} | \`YAML_TOO_MANY_NODES\`, \`YAML_ALIAS_EXPANSION\` |`,
    `| Dung lượng chữ sau khi bung mọi tham chiếu (alias) | ${mib(MAX_EXPANDED_BYTES)} | \`YAML_ALIAS_EXPANSION\` |`,
    `| Số lần dùng tham chiếu (alias) | ${ALIAS_BUDGET} | \`YAML_TOO_COMPLEX\` |`,
    '',
    'Mỗi giới hạn được kiểm tra trước phần việc nó giới hạn: FIFO, thiết bị hay tệp 500 MB bị từ chối',
    'ngay, không đọc byte nào; độ sâu và số mục được ước từ văn bản trước khi phân tích cú pháp; alias được',
    'đo (không bung ra) trước khi kiểm tra trường. Đo trên máy 2 nhân: một tệp phá hoại gần 1 MiB (300 hay',
    '990 alias của tám chuỗi 120 KB, "billion laughs", 250 000 ngoặc lồng nhau, 260 000 mục) bị từ chối',
    'trong khoảng 2 giây ngoài thời gian khởi động, bộ nhớ dưới 130 MB (chạy được với',
    '`node --max-old-space-size=128`).',
    '',
  ];
}
