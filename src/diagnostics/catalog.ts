/**
 * The one catalogue of diagnostic codes. Codes are stable (tests and docs refer to them); wording may
 * change. Placeholders in braces are filled from Diagnostic.args. docs/diagnostics.md documents each
 * code; a test keeps the two in step.
 */
import type { Severity } from './diagnostic.js';

export interface CatalogEntry {
  severity: Severity;
  vi: string;
  en: string;
  hintVi?: string;
  hintEn?: string;
}

export const CATALOG = {
  // Reading files
  FILE_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy tệp "{path}".',
    en: 'File "{path}" not found.',
    hintVi: 'Kiểm tra lại đường dẫn và tên tệp.',
    hintEn: 'Check the path and file name.',
  },
  FILE_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({size} byte, tối đa {limit} byte).',
    en: 'File too large ({size} bytes, limit {limit} bytes).',
    hintVi: 'Một văn bản không cần tệp lớn như vậy; kiểm tra xem có dán nhầm nội dung không.',
    hintEn: 'A document never needs a file this large; check for pasted content.',
  },
  FILE_NOT_READABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp "{path}" ({reason}).',
    en: 'File "{path}" cannot be read ({reason}).',
    hintVi:
      'Kiểm tra quyền đọc tệp (EACCES: không có quyền) hoặc tệp có đang bị chương trình khác khoá không.',
    hintEn:
      'Check the read permission (EACCES: permission denied) or whether another program locks the file.',
  },
  IMPORT_NOT_ADMINISTRATIVE: {
    severity: 'error',
    vi: 'Không nhập "{path}": {why}',
    en: 'Not imported "{path}": {why}',
    hintVi: 'vanban import đọc văn bản hành chính (Điều 7): có Quốc hiệu, tên loại, chữ ký, nơi nhận.',
    hintEn:
      'vanban import reads administrative documents (Điều 7): Quốc hiệu, type name, signature, Nơi nhận.',
  },
  IMPORT_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được "{path}" như một tệp DOCX ({why}).',
    en: 'Could not read "{path}" as a DOCX file ({why}).',
    hintVi: 'Mở tệp trong Word hoặc LibreOffice và lưu lại dạng .docx (Word 2007 trở lên) rồi nhập lại.',
    hintEn: 'Open the file in Word or LibreOffice, save it as .docx (Word 2007 or later), then import again.',
  },
  FILE_NOT_REGULAR: {
    severity: 'error',
    vi: 'Đây không phải tệp thường mà là {typeVi}, nên vanban không đọc.',
    en: 'This is not a regular file but {typeEn}, so vanban does not read it.',
    hintVi:
      'Chỉ đưa cho vanban tệp .yaml thật; xoá hoặc đổi tên mục này (một liên kết tới /dev/…, một đường ống hay thư mục mang đuôi .yaml).',
    hintEn:
      'Give vanban real .yaml files only; remove or rename this entry (a link to /dev/…, a pipe or a folder named .yaml).',
  },
  FILE_NOT_UTF8: {
    severity: 'error',
    vi: 'Tệp không ở bảng mã UTF-8 (có vẻ là {encoding}).',
    en: 'The file is not UTF-8 (it looks like {encoding}).',
    hintVi:
      'Mở tệp bằng trình soạn thảo (VS Code, Notepad++) và lưu lại với bảng mã UTF-8; văn bản cũ dùng {encoding} cần chuyển mã (Unikey: Công cụ chuyển mã).',
    hintEn: 'Re-save the file as UTF-8; text in {encoding} must be converted first (e.g. Unikey converter).',
  },
  FILE_UTF16: {
    severity: 'error',
    vi: 'Tệp được lưu ở bảng mã {encoding} (Notepad gọi là "Unicode"), không phải UTF-8.',
    en: 'The file is saved as {encoding} (Notepad calls it "Unicode"), not UTF-8.',
    hintVi:
      'Lưu lại tệp với bảng mã UTF-8. Notepad: Tệp > Lưu thành… (File > Save As…), ở ô Mã hóa (Encoding) chọn UTF-8 rồi Lưu; VS Code: bấm "{encoding}" ở thanh dưới cùng > Lưu với bảng mã (Save with Encoding) > UTF-8.',
    hintEn:
      'Save the file as UTF-8. Notepad: File > Save As…, set Encoding to UTF-8 and save; VS Code: click "{encoding}" in the status bar > Save with Encoding > UTF-8.',
  },
  FILE_BINARY: {
    severity: 'error',
    vi: 'Tệp không phải văn bản YAML mà là {typeVi}.',
    en: 'The file is not YAML text but {typeEn}.',
    hintVi:
      'Kiểm tra xem có chọn nhầm tệp không: vanban đọc tệp .yaml soạn bằng trình soạn thảo văn bản (VS Code, Notepad++), không đọc tệp Word, PDF hay ảnh.',
    hintEn:
      'Check that this is the right file: vanban reads .yaml files written in a text editor, not Word files, PDFs or images.',
  },
  FILE_EMPTY: {
    severity: 'error',
    vi: 'Tệp trống hoặc chỉ có chú thích (dòng bắt đầu bằng #), chưa có trường nào.',
    en: 'The file is empty or holds only comments (lines starting with #); it has no fields.',
    hintVi:
      'Sao chép một tệp ví dụ trong thư mục data/ rồi sửa, hoặc chạy "vanban new <loại>" (ví dụ: vanban new thong-bao-ket-luan) để có tệp mẫu đủ các trường.',
    hintEn:
      'Copy an example from the data/ folder and edit it, or run "vanban new <kind>" (e.g. vanban new thong-bao-ket-luan) for a file with every field.',
  },
  FOLDER_FILE_EMPTY: {
    severity: 'warning',
    vi: 'Tệp trống hoặc chỉ có chú thích nên được bỏ qua khi gộp các tệp của thư mục.',
    en: 'The file is empty or holds only comments, so it is skipped when the folder is merged.',
    hintVi:
      'Nếu tệp này lẽ ra có nội dung (ví dụ nhiệm vụ của một đơn vị), hãy điền vào; nếu không cần, xoá tệp.',
    hintEn: 'If it should hold content (e.g. the tasks of a unit), fill it in; otherwise delete the file.',
  },
  FOLDER_TOO_MANY_FILES: {
    severity: 'error',
    vi: 'Thư mục có {count} tệp YAML, quá số vanban đọc cho một lần chạy ({limit}).',
    en: 'The folder holds {count} YAML files, more than vanban reads in one run ({limit}).',
    hintVi: 'Kiểm tra xem có chọn nhầm thư mục không; chia các văn bản ra nhiều thư mục nhỏ hơn.',
    hintEn: 'Check that this is the right folder; split the documents into smaller folders.',
  },
  FOLDER_TOO_LARGE: {
    severity: 'error',
    vi: 'Các tệp YAML của thư mục cộng lại quá lớn (tối đa {limit} byte); vanban dừng ở tệp này.',
    en: 'The YAML files of the folder are too large together (limit {limit} bytes); vanban stops at this file.',
    hintVi:
      'Một văn bản không cần nhiều nội dung như vậy; kiểm tra xem có tệp nào được chép nhầm vào thư mục không.',
    hintEn: 'A document never needs this much; check for files copied into the folder by mistake.',
  },
  CONTROL_CHARACTER: {
    severity: 'error',
    vi: 'Có ký tự điều khiển không in được ({char}) trong nội dung.',
    en: 'An unprintable control character ({char}) is in the text.',
    hintVi: 'Xoá ký tự này (thường do dán từ tệp khác) rồi gõ lại đoạn chữ.',
    hintEn: 'Delete the character (usually pasted from another file) and retype the text.',
  },
  TEXT_INVISIBLE_CHARACTER: {
    severity: 'warning',
    vi: 'Có ký tự vô hình {char} ({nameVi}) trong "{field}"; nó đi thẳng vào văn bản Word mà không ai nhìn thấy.',
    en: 'An invisible character {char} ({nameEn}) is in "{field}"; it goes into the Word file unseen.',
    hintVi:
      'Xoá ký tự này (thường do dán từ web hoặc tin nhắn): đặt con trỏ ở vị trí được chỉ, xoá vài ký tự quanh đó rồi gõ lại; trong VS Code bật View > Render Control Characters để thấy nó.',
    hintEn:
      'Delete it (usually pasted from the web or a chat): put the cursor at the place shown, delete the characters around it and retype them; VS Code shows it with View > Render Control Characters.',
  },
  // YAML
  YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML: {detailVi}.',
    en: 'YAML syntax error: {detailEn}',
    hintVi:
      'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu ":" sau tên trường và dấu "-" đầu mỗi mục.',
    hintEn: 'Check indentation (spaces, not tabs), the ":" after each key and the "-" before each item.',
  },
  YAML_TAB_INDENT: {
    severity: 'error',
    vi: 'Thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách.',
    en: 'Indented with a tab; YAML accepts only spaces.',
    hintVi: 'Thay Tab bằng dấu cách (thường 2 dấu cách mỗi cấp).',
    hintEn: 'Replace the tab with spaces (usually 2 per level).',
  },
  YAML_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Trường "{key}" được khai báo hai lần.',
    en: 'Key "{key}" is given twice.',
    hintVi: 'Giữ một lần khai báo và xoá lần còn lại.',
    hintEn: 'Keep one and delete the other.',
  },
  YAML_TOO_COMPLEX: {
    severity: 'error',
    vi: 'Tệp YAML dùng tham chiếu (alias) *tên quá nhiều lần (hơn {limit} lần).',
    en: 'The YAML uses aliases (*name) too many times (more than {limit}).',
    hintVi: 'Viết nội dung trực tiếp thay vì dùng &neo/*alias.',
    hintEn: 'Write the content out instead of using &anchors/*aliases.',
  },
  YAML_ALIAS_EXPANSION: {
    severity: 'error',
    vi: 'Các tham chiếu (alias) làm nội dung bung ra quá giới hạn ({what}); tệp chỉ có {fileBytes} byte.',
    en: 'The aliases expand the content past the limit ({whatEn}); the file itself has only {fileBytes} bytes.',
    hintVi:
      'Tham chiếu *tên chép lại cả khối &tên mỗi lần được dùng. Viết nội dung trực tiếp, hoặc bớt các tham chiếu lồng nhau.',
    hintEn:
      'Each *name copies the whole &name block again. Write the content out, or use fewer nested aliases.',
  },
  YAML_TOO_DEEP: {
    severity: 'error',
    vi: 'Tệp YAML lồng nhau quá sâu (hơn {limit} cấp thụt lề hoặc ngoặc [ ] { }).',
    en: 'The YAML is nested too deeply (more than {limit} levels of indentation or [ ] { } brackets).',
    hintVi: 'Một văn bản chỉ cần vài cấp; kiểm tra dấu ngoặc chưa đóng hoặc thụt lề tăng dần do dán nhầm.',
    hintEn:
      'A document needs only a few levels; look for unclosed brackets or pasted, ever-deeper indentation.',
  },
  YAML_TOO_MANY_NODES: {
    severity: 'error',
    vi: 'Tệp YAML có quá nhiều mục (hơn {limit} trường, giá trị và mục danh sách).',
    en: 'The YAML has too many entries (more than {limit} keys, values and list items).',
    hintVi: 'Một văn bản không có nhiều mục như vậy; kiểm tra xem có dán nhầm dữ liệu không.',
    hintEn: 'No document has that many entries; check for pasted data.',
  },
  YAML_TAG: {
    severity: 'error',
    vi: 'Giá trị có thẻ YAML "{tag}"; vanban chỉ đọc chữ, số và danh sách viết thường.',
    en: 'The value has the YAML tag "{tag}"; vanban reads only plain text, numbers and lists.',
    hintVi: 'Xoá "{tag}" và viết giá trị như chữ bình thường (ví dụ ngày: 2020-08-31).',
    hintEn: 'Delete "{tag}" and write the value as plain text (e.g. a date: 2020-08-31).',
  },
  // Schema
  FIELD_UNKNOWN: {
    severity: 'error',
    vi: 'Trường "{field}" không có trong mẫu "{where}".',
    en: 'Unknown field "{field}" in "{where}".',
    hintVi: '{suggestVi}Các trường hợp lệ: {known}.',
    hintEn: '{suggestEn}Known fields: {known}.',
  },
  TEXT_HAS_COLON: {
    severity: 'error',
    vi: 'Dòng chữ ở "{field}" có dấu ": " nên YAML hiểu nhầm thành "tên trường: giá trị".',
    en: 'The text at "{field}" contains ": ", so YAML reads it as "key: value".',
    hintVi:
      "Đặt cả dòng trong dấu nháy đơn, ví dụ: - 'Hỗ trợ Đảng bộ: Mô hình …' (nháy đơn trong nội dung viết thành '').",
    hintEn: "Put the whole line in single quotes, e.g. - 'Text: more text' (write a quote inside as '').",
  },
  TEXT_SWALLOWED_ITEM: {
    severity: 'error',
    vi: 'Dòng "- …" này bị gộp vào đoạn chữ ở trên (bắt đầu từ dòng {startLine}), không thành một mục riêng.',
    en: 'This "- …" line is merged into the text above (which starts on line {startLine}); it does not become an item of its own.',
    hintVi:
      'Thụt lề các dấu "-" thẳng hàng với các mục khác trong danh sách (mục ở dòng {startLine} đang thụt lề khác các mục còn lại); nếu đây thật sự là một đoạn chữ liền, đặt cả đoạn trong dấu nháy.',
    hintEn:
      'Indent the dashes evenly with the other items of the list (the item on line {startLine} is indented differently); if this is really one text, put the whole text in quotes.',
  },
  TEXT_STARTS_WITH_QUOTE: {
    severity: 'error',
    vi: 'Dòng chữ bắt đầu bằng dấu nháy ({quote}) nên YAML hiểu phần trong nháy là cả giá trị, phần "{rest}" sau đó thành thừa.',
    en: 'The text starts with a quote ({quote}), so YAML takes the quoted part as the whole value and "{rest}" after it is left over.',
    hintVi:
      "Đặt cả dòng trong dấu nháy đơn, nháy đơn bên trong viết thành hai dấu (''), ví dụ: - '\"Tháng hành động …\" năm 2020.'",
    hintEn:
      "Put the whole line in single quotes and write a single quote inside as two (''), e.g. - '\"Action month …\" in 2020.'",
  },
  TEXT_STARTS_WITH_ASTERISK: {
    severity: 'error',
    vi: 'Dòng bắt đầu bằng dấu "*" (chữ đậm, nghiêng): YAML hiểu "*" đầu giá trị là một tham chiếu (alias).',
    en: 'The line starts with "*" (bold, italic): YAML reads a "*" at the start of a value as an alias.',
    hintVi:
      "Đặt cả dòng trong dấu nháy đơn, ví dụ: - '**Chủ trì cuộc họp:** đồng chí …' (dấu nháy đơn bên trong viết hai lần: '').",
    hintEn:
      "Put the whole line in single quotes, e.g. - '**Chủ trì cuộc họp:** đồng chí …' (write a single quote inside as '').",
  },
  TEXT_STARTS_WITH_BRACKET: {
    severity: 'error',
    vi: 'Dòng chữ bắt đầu bằng dấu ngoặc "{bracket}" nên YAML hiểu phần trong ngoặc là một danh sách/nhóm trường, phần "{rest}" sau đó thành thừa.',
    en: 'The text starts with a bracket "{bracket}", so YAML reads the bracketed part as a list or map and "{rest}" after it is left over.',
    hintVi: "Đặt cả dòng trong dấu nháy đơn (nháy đơn bên trong viết thành ''), ví dụ: - '[Khẩn] Báo cáo …'",
    hintEn:
      "Put the whole line in single quotes (write a single quote inside as ''), e.g. - '[Urgent] Report …'",
  },
  TEXT_ENDS_WITH_COLON: {
    severity: 'error',
    vi: 'Dòng chữ ở "{field}" kết thúc bằng dấu ":" nên YAML hiểu nhầm cả câu thành một tên trường chưa có giá trị.',
    en: 'The text at "{field}" ends with ":", so YAML reads the whole sentence as a key with no value.',
    hintVi:
      "Đặt cả dòng trong dấu nháy đơn, ví dụ: - 'Triển khai cụ thể như sau:' (nháy đơn trong nội dung viết thành '').",
    hintEn:
      "Put the whole line in single quotes, e.g. - 'Details are as follows:' (write a quote inside as '').",
  },
  FLOW_MAP_COMMA: {
    severity: 'error',
    vi: 'Trong "{ … }" dấu phẩy ngăn cách các trường, nên "{part}" sau dấu phẩy này bị hiểu thành một tên trường mới thay vì là phần tiếp của "{key}".',
    en: 'Inside "{ … }" a comma separates fields, so "{part}" after this comma is read as a new key instead of the rest of "{key}".',
    hintVi:
      "Đặt giá trị trong dấu nháy đơn: {key}: '{value}, {part}' (nháy đơn trong nội dung viết thành '').",
    hintEn: "Put the value in single quotes: {key}: '{value}, {part}' (write a single quote inside as '').",
  },
  TEXT_CUT_BY_COMMENT: {
    severity: 'warning',
    vi: 'Dòng chữ bị cắt ở " #": YAML coi "#{comment}" là ghi chú nên văn bản chỉ còn "{kept}".',
    en: 'The text is cut at " #": YAML takes "#{comment}" as a comment, so the document keeps only "{kept}".',
    hintVi:
      'Nếu "#{comment}" là nội dung, đặt cả dòng trong dấu nháy đơn (nháy đơn bên trong viết thành \'\'); nếu là ghi chú, viết "# " có dấu cách để khỏi bị cảnh báo.',
    hintEn:
      'If "#{comment}" is content, put the whole line in single quotes (write a single quote inside as \'\'); if it is a note, write "# " with a space to silence this warning.',
  },
  FIELD_MISSING: {
    severity: 'error',
    vi: 'Thiếu trường bắt buộc "{field}".',
    en: 'Required field "{field}" is missing.',
    hintVi: 'Thêm "{field}:" ({description}).',
    hintEn: 'Add "{field}:" ({description}).',
  },
  FIELD_TYPE: {
    severity: 'error',
    vi: 'Trường "{field}" phải là {expected}, nhưng đang là {found}.',
    en: 'Field "{field}" must be {expectedEn}, found {foundEn}.',
    hintVi: 'Sửa giá trị theo đúng kiểu {expected}.',
    hintEn: 'Change the value to {expectedEn}.',
  },
  VALUE_EMPTY: {
    severity: 'error',
    vi: 'Trường "{field}" không được để trống.',
    en: 'Field "{field}" must not be empty.',
    hintVi: 'Nhập nội dung cho "{field}" hoặc xoá trường nếu nó không bắt buộc.',
    hintEn: 'Fill in "{field}" or remove it if it is optional.',
  },
  VALUE_NOT_ALLOWED: {
    severity: 'error',
    vi: 'Giá trị "{value}" của "{field}" không hợp lệ.',
    en: 'Value "{value}" is not allowed for "{field}".',
    hintVi: 'Các giá trị hợp lệ: {allowed}',
    hintEn: 'Allowed values: {allowed}',
  },
  VALUE_FORMAT: {
    severity: 'error',
    vi: 'Giá trị "{value}" của "{field}" sai định dạng.',
    en: 'Value "{value}" of "{field}" has the wrong form.',
    hintVi: 'Viết theo dạng {expected}.',
    hintEn: 'Write it as {expected}.',
  },
  DATE_INVALID: {
    severity: 'error',
    vi: 'Ngày "{value}" không có thật.',
    en: 'Date "{value}" does not exist.',
    hintVi: 'Viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-08-31, và kiểm tra số ngày của tháng.',
    hintEn: 'Write dates as YYYY-MM-DD, e.g. 2020-08-31, and check the days of the month.',
  },
  DATE_YEAR_RANGE: {
    severity: 'error',
    vi: 'Năm {year} trong ngày "{value}" nằm ngoài khoảng vanban chấp nhận ({min}–{max}).',
    en: 'The year {year} of date "{value}" is outside the range vanban accepts ({min}–{max}).',
    hintVi: 'Kiểm tra lại năm (thường do gõ thừa hoặc thiếu chữ số).',
    hintEn: 'Check the year (usually a digit too many or too few).',
  },
  TIME_INVALID: {
    severity: 'error',
    vi: 'Giờ "{value}" không hợp lệ.',
    en: 'Time "{value}" is not valid.',
    hintVi: 'Viết giờ theo dạng 14:00 hoặc 14h00 (đặt trong dấu nháy: "14:00").',
    hintEn: 'Write times as "14:00" or 14h00.',
  },
  DATE_ORDER: {
    severity: 'error',
    vi: 'Ngày ban hành {issued} sớm hơn ngày họp {meeting}.',
    en: 'Issue date {issued} is before the meeting date {meeting}.',
    hintVi: 'Thông báo kết luận được ban hành sau cuộc họp: sửa issue_date hoặc meeting.date.',
    hintEn: 'A conclusion notice is issued after the meeting: fix issue_date or meeting.date.',
  },
  // References between files
  AGENCY_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy hồ sơ cơ quan "{agency}" ({path}).',
    en: 'Agency profile "{agency}" not found ({path}).',
    hintVi: 'Các hồ sơ hiện có: {known}.',
    hintEn: 'Known profiles: {known}.',
  },
  AGENCY_FILE_OUTSIDE: {
    severity: 'error',
    vi: 'Hồ sơ cơ quan "{path}" là liên kết (symlink) trỏ ra ngoài thư mục {dir}, nên vanban không đọc.',
    en: 'Agency profile "{path}" is a symbolic link to a place outside {dir}, so vanban does not read it.',
    hintVi: 'Chép tệp hồ sơ thật vào thư mục {dir} thay cho liên kết.',
    hintEn: 'Copy the real profile file into {dir} instead of linking to it.',
  },
  AGENCY_SHADOWED: {
    severity: 'warning',
    vi: 'Có nhiều hồ sơ cơ quan "{agency}" khác nhau; vanban dùng {winner}, bỏ qua {others}.',
    en: 'Several different agency profiles "{agency}" exist; vanban uses {winner} and ignores {others}.',
    hintVi:
      'Thứ tự tìm: thư mục --agencies, rồi agencies/ và data/agencies/ cạnh văn bản và ở tối đa ba cấp thư mục cha, cuối cùng là hồ sơ có sẵn của vanban. Xoá hoặc đổi mã hồ sơ thừa để chắc chắn dùng đúng hồ sơ.',
    hintEn:
      'Search order: the --agencies folder, then agencies/ and data/agencies/ beside the document and up to three parent folders, then the profiles shipped with vanban. Delete or rename the extra profile to be sure the right one is used.',
  },
  KIND_UNKNOWN: {
    severity: 'error',
    vi: 'Không có loại văn bản "{kind}".',
    en: 'Unknown document kind "{kind}".',
    hintVi: 'Các loại hiện có: {known}.',
    hintEn: 'Known kinds: {known}.',
  },
  UNIT_UNKNOWN: {
    severity: 'error',
    vi: 'Đơn vị "{unit}" không có trong hồ sơ cơ quan.',
    en: 'Unit "{unit}" is not in the agency profile.',
    hintVi:
      '{suggestVi}Các đơn vị hiện có: {known}. Cơ quan, đơn vị ngoài cơ quan thì khai báo trong outside_units (mã: tên).',
    hintEn: '{suggestEn}Known units: {known}. Bodies outside the agency go under outside_units (id: name).',
  },
  PERIOD_ASSUMED: {
    severity: 'warning',
    vi: 'Chưa ghi kỳ báo cáo; vanban in "{period}" theo ngày họp {date}, nhưng họp giao ban đầu tháng thường báo cáo tháng trước.',
    en: 'No reporting period given; vanban prints "{period}" from the meeting date {date}, but an early-month briefing usually reports on the month before.',
    hintVi: 'Ghi rõ kỳ báo cáo trong meeting, ví dụ: period: tháng 4/2024',
    hintEn: 'Give the period under meeting, e.g. period: tháng 4/2024',
  },
  UNITS_IN_TEXT_ASSUMED: {
    severity: 'warning',
    vi: 'Hồ sơ cơ quan chưa ghi cách gọi các đơn vị trực thuộc; vanban in "{phrase}".',
    en: 'The agency profile does not say how its units are named in text; vanban prints "{phrase}".',
    hintVi: 'Thêm vào hồ sơ cơ quan một dòng, ví dụ: units_in_text: các ban, ngành, đoàn thể xã',
    hintEn: 'Add a line to the agency profile, e.g. units_in_text: các ban, ngành, đoàn thể xã',
  },
  PERSON_UNKNOWN: {
    severity: 'error',
    vi: 'Người ký/chủ trì "{person}" không có trong hồ sơ cơ quan.',
    en: 'Person "{person}" is not in the agency profile.',
    hintVi: '{suggestVi}Những người hiện có: {known}.',
    hintEn: '{suggestEn}Known people: {known}.',
  },
  MERGE_CONFLICT: {
    severity: 'error',
    vi: 'Trường "{key}" được khai báo ở hai tệp.',
    en: 'Key "{key}" is given in two files.',
    hintVi: 'Giữ trường này ở một tệp; tệp kia: {other}.',
    hintEn: 'Keep it in one file; the other is {other}.',
  },
  // Templates
  TEMPLATES_FOLDER_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy thư mục mẫu "{path}".',
    en: 'Template folder "{path}" not found.',
    hintVi:
      'Đường dẫn ở "templates:" tính từ thư mục chứa tệp khai báo nó; sửa lại đường dẫn hoặc xoá dòng này để dùng mẫu có sẵn.',
    hintEn:
      'A "templates:" path is relative to the folder of the file that gives it; fix it, or remove the line to use the built-in templates.',
  },
  TEMPLATE_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy mẫu "{template}".',
    en: 'Template "{template}" not found.',
    hintVi: 'Các mẫu hiện có: {known}.',
    hintEn: 'Known templates: {known}.',
  },
  TEMPLATE_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi trong mẫu: {detail}',
    en: 'Template error: {detail}',
    hintVi: 'Kiểm tra cặp {{ }} và các khối {{#each}}…{{/each}} trong mẫu.',
    hintEn: 'Check the {{ }} pairs and {{#each}}…{{/each}} blocks.',
  },
  TEMPLATE_FIELD_UNKNOWN: {
    severity: 'error',
    vi: 'Mẫu dùng trường "{field}" không có trong dữ liệu.',
    en: 'The template uses field "{field}", which the data does not have.',
    hintVi: 'Sửa tên trường trong mẫu hoặc thêm trường vào tệp YAML.',
    hintEn: 'Fix the field name in the template or add it to the YAML.',
  },
  TEMPLATE_MARKUP: {
    severity: 'error',
    vi: 'Mẫu tạo ra đánh dấu không hợp lệ: {detail}',
    en: 'The template produced invalid markup: {detail}',
    hintVi:
      'Mẫu chỉ được dùng các thẻ <type>, <summary><line>, <p>, <b>, <i>, <note>, <table><tr><th>/<td>, <appendix>; mỗi thẻ phải được đóng.',
    hintEn:
      'Templates may use only <type>, <summary><line>, <p>, <b>, <i>, <note>, <table><tr><th>/<td>, <appendix>; close every tag.',
  },
  TEMPLATE_UNESCAPED: {
    severity: 'error',
    vi: 'Mẫu in "{expression}" bằng {form}, không thoát ký tự: dữ liệu như "</p><p>" sẽ thành thẻ.',
    en: 'The template prints "{expression}" with {form}, unescaped: data such as "</p><p>" would become tags.',
    hintVi:
      'Viết {{ }} (hai dấu ngoặc), ví dụ {{closing}}; thẻ <p>, <b>, <i>… phải do mẫu viết, không lấy từ dữ liệu.',
    hintEn:
      'Write {{ }} (two braces), e.g. {{closing}}; tags such as <p>, <b>, <i> must be written by the template, never taken from data.',
  },
  TEMPLATE_CHAR_REF: {
    severity: 'error',
    vi: 'Tham chiếu ký tự "{ref}" trong mẫu không dùng được: {reasonVi}.',
    en: 'Character reference "{ref}" in the template cannot be used: {reasonEn}.',
    hintVi:
      'Văn bản chỉ chứa được ký tự Unicode hợp lệ (trừ ký tự điều khiển, U+FFFE, U+FFFF); gõ thẳng ký tự cần in, hoặc xoá tham chiếu.',
    hintEn:
      'A document can hold only valid Unicode characters (not control characters, U+FFFE, U+FFFF); type the character itself or delete the reference.',
  },
  TEMPLATE_CHAR_INVALID: {
    severity: 'error',
    vi: 'Mẫu có ký tự {char} không được phép trong văn bản Word (DOCX).',
    en: 'The template holds character {char}, which a Word document (DOCX) cannot contain.',
    hintVi:
      'Xoá ký tự này (thường lẫn vào khi dán từ nơi khác); trình soạn thảo có thể hiển thị nó như ô trống.',
    hintEn: 'Delete it (it usually comes with pasted text); editors may show it as an empty box.',
  },
  TEMPLATE_FILE_INVALID: {
    severity: 'error',
    vi: 'Không dùng được tệp mẫu "{path}": {reasonVi}.',
    en: 'Cannot use template file "{path}": {reasonEn}.',
    hintVi: 'Tệp mẫu (.hbs) phải là tệp văn bản thường, UTF-8, không quá {limit} byte.',
    hintEn: 'A template (.hbs) must be a regular UTF-8 text file of at most {limit} bytes.',
  },
  TEMPLATE_OUTPUT_TOO_LARGE: {
    severity: 'error',
    vi: 'Mẫu "{template}" tạo ra văn bản quá lớn (hơn {limit} ký tự).',
    en: 'Template "{template}" produced too much text (more than {limit} characters).',
    hintVi:
      'Không văn bản nào dài như vậy: kiểm tra các khối {{#each}} lồng nhau trong mẫu và dữ liệu lặp lại (neo & và bí danh * trong YAML).',
    hintEn:
      'No document is this long: check nested {{#each}} blocks in the template and repeated data (YAML anchors & and aliases *).',
  },
  TEMPLATE_DATA_CHAR_REMOVED: {
    severity: 'warning',
    vi: 'Trường "{field}" có ký tự {char} không được phép trong văn bản Word (DOCX); ký tự này đã được bỏ.',
    en: 'Field "{field}" holds character {char}, which a Word document (DOCX) cannot contain; it was left out.',
    hintVi: 'Xoá ký tự này trong tệp YAML (thường lẫn vào khi dán từ Word hoặc trang web).',
    hintEn: 'Delete it from the YAML file (it usually comes with text pasted from Word or a web page).',
  },
  // Conventions (warnings)
  ARCHIVE_WITHOUT_VT: {
    severity: 'warning',
    vi: 'Dòng "Lưu" không bắt đầu bằng VT (Văn thư) như Nghị định 30 quy định ("- Lưu: VT, …").',
    en: 'The archive line does not start with VT as Decree 30 requires ("- Lưu: VT, …").',
    hintVi: 'Viết archive.units: [VT, <đơn vị soạn thảo>], ví dụ [VT, VP].',
    hintEn: 'Write archive.units: [VT, <drafting unit>], e.g. [VT, VP].',
  },
  LINT_WOULD_REPORT: {
    severity: 'warning',
    vi: 'Tệp DOCX sẽ bị "vanban lint" báo lỗi {rule} ({clause}): {messageVi}',
    en: 'The DOCX would fail "vanban lint" rule {rule} ({clause}): {messageEn}',
    hintVi:
      'Sửa dữ liệu cho đúng thể thức ở mục đó (xem docs/lint.md, quy tắc {rule}); nếu cho rằng vanban lint sai, xin báo lỗi kèm tệp YAML.',
    hintEn:
      'Fix the data for that element (see docs/lint.md, rule {rule}); if you think vanban lint is wrong, please report it with the YAML file.',
  },
  REVIEW_MARKERS_LEFT: {
    severity: 'warning',
    vi: 'Còn {count} chỗ đánh dấu "# XEM LẠI" chưa được xem lại (nội dung chép hoặc dời từ văn bản trước).',
    en: '{count} "# XEM LẠI" (review) marker(s) are still in the file (content carried over from the previous document).',
    hintVi:
      'Xem lại mục ngay dưới (hoặc cạnh) mỗi dòng "# XEM LẠI": sửa hoặc xoá mục đó, rồi xoá dòng đánh dấu. Cảnh báo không chặn việc tạo tệp, trừ khi dùng --strict.',
    hintEn:
      'Review the entry below (or beside) each "# XEM LẠI" mark: edit or delete it, then delete the mark. Warnings do not stop rendering unless --strict is given.',
  },
  MEETING_ON_SUNDAY: {
    severity: 'warning',
    vi: 'Ngày {date} ở "{field}" là Chủ nhật.',
    en: 'The date {date} in "{field}" is a Sunday.',
    hintVi:
      'Kiểm tra lại ngày (có thể gõ nhầm, hoặc ngày dời từ tháng trước rơi vào Chủ nhật); nếu đúng là họp ngày Chủ nhật thì bỏ qua cảnh báo này.',
    hintEn:
      'Check the date (a typo, or a date carried over from last month that now falls on a Sunday); if the meeting really is on a Sunday, ignore this warning.',
  },
  // Line breaking (tên cơ quan, trích yếu, V/v, tiêu đề phụ lục, chức vụ ký, chân trang)
  LINE_TOO_WIDE: {
    severity: 'warning',
    vi: 'Dòng "{line}" ({elementVi}) rộng hơn chỗ in {overflowVi} mm; Word sẽ tự xuống dòng ở giữa.',
    en: 'The line "{line}" ({elementEn}) is {overflow} mm wider than its space; Word will break it wherever it falls.',
    hintVi:
      'vanban in các dòng đã ghi đúng như ghi, không tự ngắt lại: rút gọn dòng này hoặc tách thành hai dòng trong danh sách (ví dụ "- Sở Khoa học" và "- và Công nghệ").',
    hintEn:
      'Lines you give print exactly as given and are never re-broken: shorten this line or split it into two entries of the list.',
  },
  DATE_LINE_TOO_WIDE: {
    severity: 'warning',
    vi: 'Dòng "{line}" rộng hơn chỗ in {overflowVi} mm kể cả ở cỡ 13; Word sẽ tự xuống dòng ở giữa.',
    en: 'The line "{line}" is {overflow} mm wider than its space even at 13 pt; Word will break it wherever it falls.',
    hintVi:
      'Dòng địa danh, ngày tháng phải nằm trên một dòng: viết địa danh ngắn lại ở trường "place:" của hồ sơ cơ quan (Nghị định 30, Phụ lục I, mục II.4.a: tên đơn vị hành chính nơi cơ quan đóng trụ sở).',
    hintEn:
      'The place-and-date line stands on one line: shorten the place in the agency profile\'s "place:" field (ND30, Appendix I, II.4.a: the administrative unit where the agency sits).',
  },
  NO_GOOD_BREAK: {
    severity: 'warning',
    vi: 'Không ngắt được dòng {elementVi} mà không phạm quy tắc: dòng "{line}" {reasonVi}.',
    en: 'No good line break for the {elementEn}: the line "{line}" {reasonEn}.',
    hintVi:
      'Tự chọn chỗ ngắt bằng cách ghi thành danh sách các dòng; nếu vanban tách đôi một từ, thêm từ đó vào data/words/vi-words.txt (xem docs/line-breaking.md).',
    hintEn:
      'Choose the breaks yourself by writing the text as a list of lines; if vanban split a word, add it to data/words/vi-words.txt (see docs/line-breaking.md).',
  },
  // Document kinds (thông báo, giấy mời, công văn, kế hoạch, báo cáo, quyết định, biên bản)
  CONTENT_EMPTY: {
    severity: 'error',
    vi: 'Văn bản chưa có nội dung.',
    en: 'The document has no content.',
    hintVi: 'Thêm {fields}.',
    hintEn: 'Add {fields}.',
  },
  TYPE_NAME_UNKNOWN: {
    severity: 'error',
    vi: 'Tên loại "{name}" không có trong Phụ lục III nên vanban không biết chữ viết tắt để ghép ký hiệu.',
    en: 'The type name "{name}" is not in Phụ lục III, so vanban has no abbreviation for the symbol.',
    hintVi: 'Viết đúng một tên loại ({known}), hoặc thêm "type_abbreviation:", ví dụ: TTr.',
    hintEn: 'Use one of the type names ({known}), or add "type_abbreviation:", e.g. TTr.',
  },
  UNIT_ABBREVIATION_MISSING: {
    severity: 'error',
    vi: 'Đơn vị "{unit}" chưa có chữ viết tắt nên không ghép được ký hiệu công văn.',
    en: 'Unit "{unit}" has no abbreviation, which the công văn symbol needs.',
    hintVi: 'Thêm "abbreviation:" cho đơn vị này trong hồ sơ cơ quan, ví dụ: VP.',
    hintEn: 'Give the unit an "abbreviation:" in the agency profile, e.g. VP.',
  },
  EVENT_BEFORE_ISSUE: {
    severity: 'error',
    vi: 'Giấy mời ban hành ngày {issued}, sau ngày diễn ra {event}.',
    en: 'The invitation is issued on {issued}, after the event on {event}.',
    hintVi: 'Sửa issue_date hoặc event.date: giấy mời phải gửi trước ngày họp.',
    hintEn: 'Fix issue_date or event.date: an invitation goes out before the event.',
  },
  TABLE_SHAPE: {
    severity: 'error',
    vi: 'Dòng {row} của bảng có {cells} ô, nhưng bảng có {columns} cột.',
    en: 'Row {row} of the table has {cells} cells, but the table has {columns} columns.',
    hintVi:
      "Trong danh sách [a, b, c] dấu phẩy ngăn các ô: ô có dấu phẩy phải đặt trong nháy, ví dụ 'Áo phao, đèn pin'.",
    hintEn: 'In a [a, b, c] list commas separate cells: quote a cell that holds a comma.',
  },
  LABEL_TYPED: {
    severity: 'warning',
    vi: 'Mục bắt đầu bằng số "{typed}" gõ tay, trong khi vanban tự đánh số các mục: trùng số vanban đánh thì vanban chỉ in một lần, khác thì văn bản in cả hai.',
    en: 'The item starts with a typed number "{typed}" while vanban numbers items itself: the same number is printed once, another one beside vanban\'s.',
    hintVi:
      "Bỏ số ở đầu mục để vanban tự đánh; muốn in số khác thì ghi riêng, ví dụ label: '2.1.' (xem docs/kinds.md, mục label:).",
    hintEn: "Drop the number at the item's start; to print another one, give it apart, e.g. label: '2.1.'.",
  },
  TABLE_COLUMNS_LONGER: {
    severity: 'warning',
    vi: 'Dòng tiêu đề bảng (columns) có {columns} cột, nhưng mọi dòng của bảng có {cells} ô.',
    en: 'The table heading (columns) has {columns} columns, but every row has {cells} cells.',
    hintVi:
      "Tên cột có dấu phẩy phải đặt trong nháy đơn, ví dụ 'Chức vụ, đơn vị công tác'; nếu không, dấu phẩy tách thành hai cột.",
    hintEn:
      "Quote a column name that holds a comma, e.g. 'Chức vụ, đơn vị công tác'; otherwise the comma splits it in two.",
  },
  TABLE_ROW_SHORT: {
    severity: 'warning',
    vi: 'Dòng {row} của bảng có {cells} ô, bảng có {columns} cột: vanban thêm {missing} ô trống ở cuối dòng.',
    en: 'Row {row} of the table has {cells} cells and the table {columns} columns: vanban adds {missing} empty cells at its end.',
    hintVi:
      'Ghi ô trống bằng \'\' cho đủ số cột, hoặc ghi cả dòng trong một ô để ô đó trải hết chiều ngang bảng (như dòng "Tổng cộng: …").',
    hintEn:
      "Write empty cells as '' to fill the columns, or the whole row as one cell to span the table's width (a \"Total: …\" row).",
  },
  TABLE_WIDTHS: {
    severity: 'error',
    vi: '"widths" có {count} số, nhưng bảng có {columns} cột.',
    en: '"widths" has {count} numbers, but the table has {columns} columns.',
    hintVi: 'Ghi một số cho mỗi cột; tiêu đề cột có dấu phẩy phải đặt trong nháy.',
    hintEn: 'Give one number per column; quote a column heading that holds a comma.',
  },
  APPENDIX_NOT_MENTIONED: {
    severity: 'warning',
    vi: 'Nội dung văn bản không nhắc tới phụ lục kèm theo.',
    en: 'The text does not mention its appendix.',
    hintVi:
      'Nghị định 30 yêu cầu văn bản phải có chỉ dẫn về phụ lục, ví dụ: "(chi tiết tại Phụ lục kèm theo)".',
    hintEn: 'Decree 30 requires the text to refer to each appendix, e.g. "(chi tiết tại Phụ lục kèm theo)".',
  },
  RECIPIENT_SHAPE: {
    severity: 'error',
    vi: 'Mục nơi nhận này {problemVi}.',
    en: 'This recipient entry {problemEn}.',
    hintVi:
      'Mỗi mục ghi một trong ba cách: name (một nơi nhận, có thể kèm note), group (nhóm nơi nhận chung một note, ví dụ group: [Bộ Công Thương, UBND tỉnh] và note: (để b/c)), hoặc label với items (nhóm con, ví dụ label: "Bản điện tử:").',
    hintEn:
      'Write each entry one of three ways: name (one recipient, with an optional note), group (recipients sharing one note, e.g. group: [Bộ Công Thương, UBND tỉnh] with note: (để b/c)), or label with items (a sub-group, e.g. label: "Bản điện tử:").',
  },
  MEMBER_SHAPE: {
    severity: 'error',
    vi: 'Người ký thêm này cần đúng một trong hai trường: name hoặc person.',
    en: 'This additional signer needs exactly one of two fields: name or person.',
    hintVi:
      'Ghi name: Nguyễn Văn An cho người không có trong hồ sơ cơ quan, hoặc person: <mã> cho người có trong people của hồ sơ; kèm title_lines: [THÀNH VIÊN] nếu cần.',
    hintEn:
      'Write name: Nguyễn Văn An for someone not in the agency profile, or person: <id> for someone in its people; add title_lines: [THÀNH VIÊN] if needed.',
  },
  TYPE_NAME_VARIANT: {
    severity: 'warning',
    vi: 'Tên loại "{written}" không bắt đầu bằng "{typeName}", tên loại của {kind}.',
    en: 'The type name "{written}" does not start with "{typeName}", the type name of {kind}.',
    hintVi:
      'type_name chỉ để thêm vào tên loại, ví dụ "{typeName} HỌP"; muốn loại văn bản khác thì đổi kind.',
    hintEn:
      'type_name only extends the type name, e.g. "{typeName} HỌP"; for another type of document change kind.',
  },
  ARTICLE_UNKNOWN: {
    severity: 'error',
    vi: 'Nơi nhận bắt đầu bằng "Như Điều {article}" nhưng quyết định chỉ có {count} điều.',
    en: 'The recipients start with "Như Điều {article}" but the decision has {count} articles.',
    hintVi: 'Sửa executors_article cho đúng điều giao trách nhiệm thi hành.',
    hintEn: 'Set executors_article to the article that names who carries the decision out.',
  },
  // Output
  OUTPUT_EXISTS: {
    severity: 'error',
    vi: 'Tệp "{path}" đã có; vanban không ghi đè khi chưa được phép.',
    en: 'File "{path}" already exists; vanban does not overwrite it unless asked.',
    hintVi: 'Thêm --force để ghi đè, hoặc chọn tên khác với -o.',
    hintEn: 'Add --force to overwrite, or choose another name with -o.',
  },
  OUTPUT_NOT_WRITABLE: {
    severity: 'error',
    vi: 'Không ghi được tệp "{path}": {detail}',
    en: 'Cannot write "{path}": {detail}',
    hintVi: 'Kiểm tra quyền ghi thư mục, dung lượng đĩa, hoặc tệp đang mở trong Word.',
    hintEn: 'Check folder permissions, free disk space, or whether the file is open in Word.',
  },
  OUTPUT_DISK_FULL: {
    severity: 'error',
    vi: 'Không ghi được tệp "{path}": ổ đĩa đã đầy (hoặc hết hạn mức dung lượng). Tệp cũ (nếu có) vẫn giữ nguyên, không có tệp ghi dở nào bị để lại.',
    en: 'Cannot write "{path}": the disk is full (or the quota is used up). Any earlier file is kept as it was, and no half-written file was left.',
    hintVi:
      'Giải phóng dung lượng ổ đĩa (xoá tệp không cần, dọn Thùng rác) hoặc ghi ra ổ khác bằng -o, rồi chạy lại.',
    hintEn:
      'Free some disk space (delete unneeded files, empty the bin) or write elsewhere with -o, then run again.',
  },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof CATALOG;

export const DIAGNOSTIC_CODES = Object.keys(CATALOG) as DiagnosticCode[];
