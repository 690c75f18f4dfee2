/** commander prints its own words in English; the office user reads Vietnamese. */
import { Help, type Command } from 'commander';

const TITLES: Array<[RegExp, string]> = [
  [/^Usage:/m, 'Cách dùng:'],
  [/^Options:/m, 'Tuỳ chọn:'],
  [/^Commands:/m, 'Lệnh:'],
  [/^Arguments:/m, 'Tham số:'],
  [/\[options\]/g, '[tuỳ chọn]'],
  [/\[command\]/g, '[lệnh]'],
  [/\(default: /g, '(mặc định: '],
  [/\(choices: /g, '(chọn một trong: '],
  [/, default: /g, '; mặc định: '],
];

export function vietnameseHelp(command: Command): void {
  command.configureHelp({
    formatHelp: (cmd, helper) =>
      TITLES.reduce(
        (text, [re, vi]) => text.replace(re, vi),
        Help.prototype.formatHelp.call(helper, cmd, helper),
      ),
  });
  command.helpOption('-h, --help', 'xem hướng dẫn');
  // Only the program has commands to explain; a command's own help should not list "help [lệnh]".
  if (command.parent) command.helpCommand(false);
  else command.helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh');
}

const ERRORS: Array<[RegExp, string]> = [
  [/^error: unknown option '(.+)'/, "lỗi: không có tuỳ chọn '$1'"],
  [/^error: unknown command '(.+)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.+)'/, "lỗi: thiếu tham số '$1'"],
  [/^error: option '(.+)' argument missing/, "lỗi: tuỳ chọn '$1' cần một giá trị"],
  [/^error: too many arguments.*/, 'lỗi: thừa tham số'],
  [
    /^error: option '(.+)' argument '(.+)' is invalid\.(.*)/,
    "lỗi: giá trị '$2' của tuỳ chọn '$1' không hợp lệ.$3",
  ],
  [/\(Did you mean (.+)\?\)/, '(Có phải ý bạn là $1?)'],
  [/ Allowed choices are (.+)\.$/m, ' Chỉ được chọn: $1.'],
];

export function translateCommanderError(text: string): string {
  return ERRORS.reduce((t, [re, vi]) => t.replace(re, vi), text);
}
