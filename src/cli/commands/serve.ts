/**
 * `vanban serve [thư mục] [--port N] [--no-open]`: the local web editor (src/serve). Prints its address
 * with the run's token on the first line, opens the browser unless --no-open, stops on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface ServeCommandOptions {
  port?: string;
  open?: boolean;
  templates?: string;
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the address is printed.
  }
}

export async function runServe(
  workspace: string,
  options: ServeCommandOptions,
  io: Output,
  stopSignal: Promise<void> = new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }),
): Promise<number> {
  const port = Number(options.port ?? '0');
  if (!/^\d+$/.test(options.port ?? '0') || port > 65535) {
    io.err(`lỗi: --port cần một số từ 0 đến 65535, không phải "${options.port}".`);
    return EXIT.usage;
  }
  try {
    if (!statSync(workspace).isDirectory()) throw new Error('not a folder');
  } catch {
    io.err(`lỗi: không có thư mục "${workspace}".`);
    return EXIT.usage;
  }
  const { startServer } = await import('../../serve/server.js');
  let running;
  try {
    running = await startServer({ workspace, port, templatesDir: options.templates });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EADDRINUSE'
        ? `lỗi: cổng ${port} đang được dùng; chọn cổng khác (--port) hoặc bỏ --port.`
        : `lỗi: không mở được máy chủ: ${(error as Error).message}`,
    );
    return EXIT.usage;
  }
  io.out(running.url);
  io.out(`Trình soạn văn bản đang chạy cho thư mục ${workspace}. Bấm Ctrl-C để dừng.`);
  if (options.open !== false) openBrowser(running.url);
  await stopSignal;
  await running.close();
  io.out('Đã dừng.');
  return EXIT.ok;
}

export function registerServe(program: Command, io: Output, setExit: (code: number) => void): void {
  const serve = program
    .command('serve')
    .description('mở trình soạn văn bản trên trình duyệt (chỉ trên máy này)')
    .argument('[thư mục]', 'thư mục làm việc chứa các tệp YAML', '.')
    .option('--port <cổng>', 'cổng máy chủ (mặc định: một cổng trống)')
    .option('--no-open', 'không tự mở trình duyệt')
    .option('--templates <thư mục>', 'thư mục mẫu riêng');
  vietnameseHelp(serve);
  serve.action(async (workspace: string, opts: ServeCommandOptions) => {
    setExit(await runServe(workspace, opts, io));
  });
}
