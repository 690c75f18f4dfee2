/**
 * Registers `vanban new`; the work (kinds, YAML, file writing) is in ./new.ts, imported when the
 * command runs so `vanban --help` does not load it.
 */
import type { Command } from 'commander';
import type { Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';
import type { NewOptions } from './new.js';

export function registerNew(program: Command, io: Output, setExit: (code: number) => void): void {
  const command = program
    .command('new')
    .description('tạo tệp YAML mới cho một loại văn bản, hoặc văn bản tháng sau từ văn bản tháng trước')
    .argument('<loại>', 'loại văn bản, ví dụ: thong-bao-ket-luan (xem: vanban templates)')
    .option(
      '--from <tệp.yaml|tệp.docx>',
      'văn bản trước (YAML, hoặc Word: nhập trước): giữ cơ quan, người ký, nơi nhận; dời ngày tháng',
    )
    .option('--month <yyyy-mm>', 'tháng của văn bản mới (mặc định: tháng sau văn bản trước, hoặc tháng này)')
    .option('-o, --output <tệp.yaml>', 'tên tệp mới (mặc định: tên tệp trước với tháng mới)')
    .option('--agency <mã>', 'mã hồ sơ cơ quan cho tệp mới (khi không dùng --from)')
    .option('-f, --force', 'ghi đè tệp đã có');
  vietnameseHelp(command);
  command.action(async (kindId: string, opts: NewOptions) => {
    const { runNew } = await import('./new.js');
    setExit(await runNew(kindId, opts, io));
  });
}
