/**
 * Turns a rendered DOCX into PDF (LibreOffice) and PDF pages into PNG images (poppler's pdftoppm), for
 * `vanban render --pdf` and `vanban preview`. Both are external programs, so every failure becomes a
 * ConversionError whose message tells an office clerk what to install or retry, in Vietnamese.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  killGroup,
  makeTemporaryFolder,
  removeTemporaryFolder,
  trackProcessGroup,
} from '../io/interruptCleanup.js';

export type ConversionErrorCode =
  'LIBREOFFICE_MISSING' | 'CONVERSION_TIMEOUT' | 'CONVERSION_FAILED' | 'POPPLER_MISSING';

export class ConversionError extends Error {
  constructor(
    readonly code: ConversionErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'ConversionError';
  }
}

/**
 * The wording of every conversion problem, {placeholders} filled per case. docs/diagnostics.md lists
 * these (src/diagnostics/catalogDoc.ts), so the table and the messages cannot drift apart.
 */
export const CONVERSION_MESSAGES = {
  libreofficeMissing: {
    code: 'LIBREOFFICE_MISSING',
    vi:
      'Không tìm thấy LibreOffice. Cài đặt: sudo apt-get install -y libreoffice-writer-nogui poppler-utils ' +
      'fonts-liberation2 (Debian/Ubuntu) hoặc tải từ libreoffice.org, rồi chạy lại.',
    en:
      'LibreOffice was not found ({detail}). Install it: sudo apt-get install -y libreoffice-writer-nogui ' +
      'poppler-utils fonts-liberation2 (Debian/Ubuntu) or download it from libreoffice.org, then run again.',
  },
  popplerMissing: {
    code: 'POPPLER_MISSING',
    vi:
      'Không tìm thấy pdftoppm (bộ công cụ poppler). Cài đặt: sudo apt-get install -y poppler-utils ' +
      '(Debian/Ubuntu), rồi chạy lại.',
    en:
      'pdftoppm (poppler) was not found. Install it: sudo apt-get install -y poppler-utils (Debian/Ubuntu), ' +
      'then run again.',
  },
  timeout: {
    code: 'CONVERSION_TIMEOUT',
    vi:
      'LibreOffice không chuyển xong tệp {path} sang PDF sau {seconds} giây nên đã bị dừng. ' +
      'Hãy đóng các cửa sổ LibreOffice đang mở rồi chạy lại.',
    en: 'LibreOffice did not finish converting {path} within {ms} ms and was killed.',
  },
  failed: {
    code: 'CONVERSION_FAILED',
    vi:
      'LibreOffice không chuyển được tệp {path} sang PDF. Hãy mở tệp bằng LibreOffice hoặc Word để ' +
      'kiểm tra, đóng các cửa sổ LibreOffice đang treo rồi chạy lại.',
    en: 'LibreOffice could not convert {path} to PDF: {detail}',
  },
  temporaryArea: {
    code: 'CONVERSION_FAILED',
    vi:
      'Không ghi được tệp tạm để chuyển {path} sang PDF ({detail}); không tệp nào của bạn bị thay đổi. ' +
      'Hãy giải phóng dung lượng ổ đĩa rồi chạy lại.',
    en: 'Could not write the temporary files to convert {path} to PDF ({detail}); none of your files changed.',
  },
  previewFailed: {
    code: 'CONVERSION_FAILED',
    vi: 'Không tạo được ảnh xem trước từ tệp {path}. Hãy kiểm tra tệp PDF rồi chạy lại.',
    en: 'pdftoppm failed on {path}: {detail}',
  },
} as const satisfies Record<string, { code: ConversionErrorCode; vi: string; en: string }>;

function conversionError(
  kind: keyof typeof CONVERSION_MESSAGES,
  args: Record<string, string | number> = {},
): ConversionError {
  const { code, vi, en } = CONVERSION_MESSAGES[kind];
  // A function replacer: a path holding "$&" must come out as written.
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
  return new ConversionError(code, fill(vi), fill(en));
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_DPI = 100;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Where LibreOffice usually lives when it is not on PATH (distribution packages, the official tarball, macOS). */
function wellKnownSofficePaths(): string[] {
  const optDirs = (() => {
    try {
      // /opt/libreoffice7.6/program/soffice: the official .deb/.rpm installs into a versioned folder.
      return readdirSync('/opt')
        .filter((name) => name.startsWith('libreoffice'))
        .sort()
        .reverse()
        .map((name) => join('/opt', name, 'program', 'soffice'));
    } catch {
      return [];
    }
  })();
  return [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    ...optDirs,
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
}

/**
 * The LibreOffice executable, or undefined. VANBAN_SOFFICE overrides the search (tests inject fakes,
 * offices with a portable LibreOffice point at it); when it is set but unusable we report "missing"
 * rather than silently using another copy.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const forced = env.VANBAN_SOFFICE;
  if (forced) return isExecutable(forced) ? forced : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = pathDirs.flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...wellKnownSofficePaths()].find(isExecutable);
}

function missingLibreOffice(detail: string): ConversionError {
  return conversionError('libreofficeMissing', { detail });
}

function missingPoppler(): ConversionError {
  return conversionError('popplerMissing');
}

interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: string;
}

/** After the program exits, how long its pipes may take to deliver the last output. */
const PIPE_GRACE_MS = 300;

/**
 * Runs a program without a shell and collects its output. We use spawn rather than execFile because
 * execFile cannot start a process group: the `soffice` script execs oosplash, which forks soffice.bin.
 * With `detached` the program gets a group of its own, which is killed whole on time-out, on Ctrl-C of
 * vanban (interruptCleanup.ts) and when the program returns, so nothing it started keeps running.
 * We resolve on the program's exit, not on its pipes closing: a grandchild that left the group could
 * hold them open forever. Rejects only when the program cannot be started (e.g. ENOENT).
 */
function run(file: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const posix = process.platform !== 'win32';
    const child = spawn(file, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: posix,
      windowsHide: true,
    });
    const group = child.pid;
    const release = group !== undefined ? trackProcessGroup(group) : () => undefined;
    let output = '';
    const collect = (chunk: Buffer): void => {
      // Keep only the start: enough to explain a failure, bounded if the program is chatty.
      if (output.length < 8000) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (group !== undefined) killGroup(group);
      else child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      // Whatever the program left behind in its group ends with it.
      if (group !== undefined && posix) killGroup(group);
      release();
      child.stdout.destroy();
      child.stderr.destroy();
      resolvePromise({ exitCode, signal, timedOut, output: output.trim() });
    };
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      release();
      reject(error);
    });
    child.on('exit', (exitCode, signal) => {
      grace = setTimeout(() => finish(exitCode, signal), timedOut ? 0 : PIPE_GRACE_MS);
    });
    child.on('close', (exitCode, signal) => finish(exitCode, signal));
  });
}

/** Copies into the target's folder under a temporary name, then renames: readers never see half a file. */
async function moveIntoPlace(source: string, target: string): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // copy, not rename: the source is in the system temp folder, often another file system.
    await copyFile(source, temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A file-system failure in vanban's own temporary folder (a full /tmp, most often), as a ConversionError. */
export function temporaryAreaError(path: string, error: unknown): ConversionError {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code === 'ENOSPC' || code === 'EDQUOT' ? 'ổ đĩa đã đầy' : (code ?? (error as Error).message);
  return conversionError('temporaryArea', { path, detail });
}

function conversionFailed(docxPath: string, detail: string): ConversionError {
  return conversionError('failed', { path: docxPath, detail });
}

export interface DocxToPdfOptions {
  timeoutMs?: number;
  /** The LibreOffice executable; defaults to findSoffice(). */
  soffice?: string;
}

export async function docxToPdf(
  docxPath: string,
  outPdfPath: string,
  opts: DocxToPdfOptions = {},
): Promise<void> {
  const soffice = opts.soffice ?? findSoffice();
  if (soffice === undefined || !isExecutable(soffice)) throw missingLibreOffice(soffice ?? 'not on PATH');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const source = resolve(docxPath);
  // A private profile per call: LibreOffice locks its user profile, so two conversions sharing one
  // (parallel tests, a clerk's open LibreOffice window) would fail or hand the job to the other instance.
  const work = await makeTemporaryFolder('vanban-soffice-');
  try {
    const outDir = join(work, 'out');
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      source,
    ];
    let result: RunResult;
    try {
      result = await run(soffice, args, timeoutMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') throw missingLibreOffice(`${soffice}: ${code}`);
      throw conversionFailed(docxPath, (error as Error).message);
    }
    if (result.timedOut) {
      const seconds = Math.round(timeoutMs / 1000);
      throw conversionError('timeout', { path: docxPath, seconds, ms: timeoutMs });
    }
    // soffice exits 0 even when it could not load the file ("Error: source file could not be loaded"),
    // so the produced PDF, not the exit code, is the proof of success.
    const pdfs = (await readdir(outDir).catch(() => [] as string[])).filter((name) => name.endsWith('.pdf'));
    const pdf = pdfs[0];
    if (result.exitCode !== 0 || pdf === undefined) {
      const how = result.signal ? `signal ${result.signal}` : `exit code ${result.exitCode}`;
      throw conversionFailed(docxPath, `${how}; ${result.output || 'no output'}`);
    }
    await moveIntoPlace(join(outDir, pdf), outPdfPath);
  } finally {
    await removeTemporaryFolder(work);
  }
}

export interface PdfToPngsOptions {
  dpi?: number;
  /** The pdftoppm executable; defaults to the one on PATH. */
  pdftoppm?: string;
}

const PAGE_FILE = /^page-(\d+)\.png$/;

/**
 * Writes one PNG per page as `<outPrefix>-N.png` (pdftoppm pads N to the page count's width: -1 or -01)
 * and returns their paths in page order. pdftoppm renders into a private folder first, so the result
 * lists exactly the files this call wrote, never stale pages of an earlier, longer document.
 */
export async function pdfToPngs(
  pdfPath: string,
  outPrefix: string,
  opts: PdfToPngsOptions = {},
): Promise<string[]> {
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const work = await makeTemporaryFolder('vanban-png-');
  try {
    let result: RunResult;
    try {
      result = await run(
        opts.pdftoppm ?? 'pdftoppm',
        ['-png', '-r', String(dpi), resolve(pdfPath), join(work, 'page')],
        DEFAULT_TIMEOUT_MS,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingPoppler();
      throw error;
    }
    if (result.exitCode !== 0 || result.timedOut) {
      const how = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
      throw conversionError('previewFailed', { path: pdfPath, detail: `${how}; ${result.output}` });
    }
    const pages = (await readdir(work))
      .map((name) => ({ name, match: PAGE_FILE.exec(name) }))
      .filter((entry) => entry.match !== null)
      .sort((a, b) => Number(a.match?.[1]) - Number(b.match?.[1]));
    const written: string[] = [];
    for (const { name } of pages) {
      const target = `${outPrefix}${name.slice('page'.length)}`;
      await moveIntoPlace(join(work, name), target);
      written.push(target);
    }
    return written;
  } finally {
    await removeTemporaryFolder(work);
  }
}
