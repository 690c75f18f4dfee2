/**
 * PDF and page images of a document, for `vanban render --pdf` and `vanban preview`, as library calls.
 *
 * All or nothing per document: the DOCX is rendered in memory, converted in a private temporary folder,
 * and only when LibreOffice (and pdftoppm) succeeded are the results written, each with writeFileSafely
 * (never over an existing file without force). A missing LibreOffice, a conversion that fails or hangs,
 * leaves the output folder exactly as it was.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { ConversionError, docxToPdf, pdfToPngs, temporaryAreaError } from '../convert/libreoffice.js';
import { inTemporaryFolder } from '../io/interruptCleanup.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { ND30 } from '../layout/nd30.js';
import { holdsSameBytes, writeFileSafely } from '../io/writeFileSafely.js';
import type { DocumentLoader } from '../load/loadDocument.js';
import { defaultOutputPath, renderFile, type RenderOptions, type RenderResult } from './renderFile.js';

/** Why a document got no PDF or images: LibreOffice or poppler missing or failing, or an input that is no DOCX. */
export interface OutputProblem {
  code: ConversionError['code'] | 'NOT_DOCX';
  /** Vietnamese, for the clerk. */
  message: string;
  messageEn: string;
}

export interface ConversionOptions {
  /** The LibreOffice executable; by default findSoffice() (which honours VANBAN_SOFFICE). */
  soffice?: string;
  timeoutMs?: number;
}

export interface FitOptions {
  /** `--fit`: measure the pages through LibreOffice and set the compact layout when it saves one. */
  fit?: boolean;
  /** false: the PDF was only for measuring (`--fit` without `--pdf`); write the DOCX alone. */
  writePdf?: boolean;
}

/** Pages of a PDF LibreOffice wrote: its page objects, counted in the uncompressed object dictionaries. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

export interface RenderWithPdfResult extends RenderResult {
  /** `--fit` set the compact layout (13 pt, single spacing) because it takes fewer pages. */
  fitted?: { from: number; to: number };
  /** `--fit` measured the document and kept the default layout, on this many pages. */
  fitKept?: number;
  /** The PDF written beside the DOCX. */
  pdf?: string;
  /** Set when conversion failed; then neither the DOCX nor the PDF was written. */
  problem?: OutputProblem;
}

/** out/thong-bao.docx → out/thong-bao.pdf; a name without .docx gets .pdf added. */
export function pdfPathFor(docxPath: string): string {
  return /\.docx$/i.test(docxPath) ? docxPath.replace(/\.docx$/i, '.pdf') : `${docxPath}.pdf`;
}

/** A ConversionError about a file in our temporary folder, reworded to name the file the user knows. */
function renamed(error: OutputProblem, temporary: string, shown: string): OutputProblem {
  return {
    code: error.code,
    message: error.message.split(temporary).join(shown),
    messageEn: error.messageEn.split(temporary).join(shown),
  };
}

/** Converts DOCX bytes to PDF bytes in a private folder; a ConversionError becomes an OutputProblem. */
async function pdfBytesOf(
  docx: Uint8Array,
  shownAs: string,
  options: ConversionOptions,
): Promise<{ pdf?: Buffer; problem?: OutputProblem }> {
  return inTemporaryFolder('vanban-out-', async (dir) => {
    const source = join(dir, `${basename(shownAs).replace(/\.(docx|ya?ml)$/i, '')}.docx`);
    const target = join(dir, 'document.pdf');
    try {
      await writeFile(source, docx);
    } catch (error) {
      return { problem: renamed(temporaryAreaError(source, error), source, shownAs) };
    }
    try {
      await docxToPdf(source, target, { soffice: options.soffice, timeoutMs: options.timeoutMs });
    } catch (error) {
      if (error instanceof ConversionError) return { problem: renamed(error, source, shownAs) };
      throw error;
    }
    return { pdf: readFileSync(target) };
  });
}

/**
 * `vanban render --pdf`: the DOCX and, beside it, its PDF made by LibreOffice. Existing files are checked
 * before any work (without force, nothing is replaced), and nothing is written unless the PDF was made.
 */
export async function renderFileWithPdf(
  input: string,
  loader: DocumentLoader,
  options: RenderOptions & ConversionOptions & FitOptions = {},
): Promise<RenderWithPdfResult> {
  const checked: RenderWithPdfResult = await renderFile(input, loader, { ...options, dryRun: true });
  if (!checked.model || hasErrors(checked.diagnostics, options.strict) || options.dryRun) return checked;
  const docxPath = options.output ?? defaultOutputPath(input, options.outDir);
  const pdfPath = pdfPathFor(docxPath);
  const { renderDocx } = await import('../render/docx/renderDocx.js');
  let docx = await renderDocx(checked.model);
  let measured: Buffer | undefined;
  if (options.fit && checked.model.bodyStyle === undefined) {
    // The decree's ranges allow 13 pt and single spacing: kept only when it saves a page.
    const normal = await pdfBytesOf(docx, docxPath, options);
    if (normal.problem || !normal.pdf) {
      if (normal.problem) checked.problem = normal.problem;
      return checked;
    }
    const compactModel = { ...checked.model, bodyStyle: { ...ND30.body.compact } };
    const compactDocx = await renderDocx(compactModel);
    const compact = await pdfBytesOf(compactDocx, docxPath, options);
    const [from, to] = [pdfPageCount(normal.pdf), compact.pdf ? pdfPageCount(compact.pdf) : Infinity];
    if (compact.pdf && to < from) {
      checked.model = compactModel;
      docx = compactDocx;
      measured = compact.pdf;
      checked.fitted = { from, to };
    } else {
      measured = normal.pdf;
      checked.fitKept = from;
    }
  }
  // A DOCX that already holds these very bytes is no obstacle: `render` then `render --pdf` adds the PDF.
  const docxUnchanged = !options.force && holdsSameBytes(docxPath, docx);
  if (!options.force) {
    const existing = [docxPath, ...(options.writePdf === false ? [] : [pdfPath])].filter(
      (path) => existsSync(path) && !(path === docxPath && docxUnchanged),
    );
    for (const path of existing) checked.diagnostics.push(diagnostic('OUTPUT_EXISTS', { path }));
    if (existing.length > 0) return checked;
  }
  const { pdf, problem } = measured
    ? { pdf: measured, problem: undefined }
    : await pdfBytesOf(docx, docxPath, options);
  if (problem || !pdf) {
    if (problem) checked.problem = problem;
    return checked;
  }
  const docxProblem = writeFileSafely(docxPath, docx, { force: options.force ?? false });
  if (docxProblem) {
    checked.diagnostics.push(docxProblem);
    return checked;
  }
  checked.written = docxPath;
  if (docxUnchanged) checked.unchanged = true;
  if (options.writePdf === false) return checked;
  const pdfProblem = writeFileSafely(pdfPath, pdf, { force: options.force ?? false });
  if (pdfProblem) checked.diagnostics.push(pdfProblem);
  else checked.pdf = pdfPath;
  return checked;
}

// ------------------------------------------------------------------------------------------- preview

export interface PreviewOptions extends ConversionOptions {
  /** Folder for the images; default out. */
  outDir?: string;
  /** Resolution of the images; default 100 dots per inch. */
  dpi?: number;
  /** Replace images of an earlier preview of the same name (and remove its pages beyond the new count). */
  force?: boolean;
  /** For YAML input: warnings count as errors. */
  strict?: boolean;
  /** pdftoppm, by default the one on PATH. */
  pdftoppm?: string;
}

export interface PreviewResult {
  input: string;
  diagnostics: Diagnostic[];
  /** The images written, in page order. */
  pages: string[];
  problem?: OutputProblem;
}

const DOCX_PARTS = ['[Content_Types].xml', 'word/document.xml'];

/**
 * The names in a zip file's central directory, or undefined when the bytes are not a zip file. Reads only
 * the end of the file: a DOCX with pictures can be large.
 */
function zipEntryNames(path: string): string[] | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) < 4 || head.readUInt32LE(0) !== 0x04034b50) return undefined;
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) return undefined;
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) return undefined;
    const directory = Buffer.alloc(directorySize);
    readSync(fd, directory, 0, directorySize, directoryOffset);
    const names: string[] = [];
    let at = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > directorySize || directory.readUInt32LE(at) !== 0x02014b50) return undefined;
      const nameLength = directory.readUInt16LE(at + 28);
      names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return names;
  } finally {
    closeSync(fd);
  }
}

/** LibreOffice "converts" any text file into a PDF of that text, so a .docx is checked to be one first. */
function notDocx(path: string): OutputProblem | undefined {
  const names = zipEntryNames(path);
  const missing = DOCX_PARTS.filter((part) => !names?.includes(part));
  if (names && missing.length === 0) return undefined;
  const why = names ? `: tệp nén không có ${missing.join(', ')}` : '';
  const whyEn = names ? `: the zip file has no ${missing.join(', ')}` : '';
  return {
    code: 'NOT_DOCX',
    message: `Tệp ${path} không phải tệp Word (DOCX) hợp lệ${why}. Hãy mở thử bằng Word hoặc LibreOffice, lưu lại dạng .docx rồi chạy lại.`,
    messageEn: `${path} is not a valid Word (DOCX) file${whyEn}. Open it in Word or LibreOffice, save it as .docx and run again.`,
  };
}

/** Earlier images of this name in the folder: "<name>-<page>.png". */
function previewImages(outDir: string, name: string): string[] {
  const page = new RegExp(`^${escapeRegExp(name)}-\\d+\\.png$`);
  try {
    return readdirSync(outDir)
      .filter((file) => page.test(file))
      .map((file) => join(outDir, file));
  } catch {
    return [];
  }
}

/**
 * `vanban preview`: PNG images of a document's pages, from a YAML document (rendered in memory, nothing
 * else written) or an existing DOCX. Images are named <name>-1.png, <name>-2.png … in outDir.
 */
export async function previewFile(
  input: string,
  loader: DocumentLoader,
  options: PreviewOptions = {},
): Promise<PreviewResult> {
  const result: PreviewResult = { input, diagnostics: [], pages: [] };
  const isDocx = /\.docx$/i.test(input);
  const name = basename(input).replace(/\.(docx|ya?ml)$/i, '');
  const outDir = options.outDir ?? 'out';
  const force = options.force ?? false;

  let docx: Uint8Array | undefined;
  if (isDocx) {
    let isFile = false;
    try {
      isFile = statSync(input).isFile();
    } catch {
      // reported below
    }
    if (!isFile) {
      result.diagnostics.push(diagnostic('FILE_NOT_FOUND', { path: input }));
      return result;
    }
    const problem = notDocx(input);
    if (problem) {
      result.problem = problem;
      return result;
    }
  } else {
    const checked = await renderFile(input, loader, { strict: options.strict, dryRun: true });
    result.diagnostics.push(...checked.diagnostics);
    if (!checked.model || hasErrors(checked.diagnostics, options.strict)) return result;
    const { renderDocx } = await import('../render/docx/renderDocx.js');
    docx = await renderDocx(checked.model);
  }

  const earlier = previewImages(outDir, name);
  if (!force && earlier.length > 0) {
    result.diagnostics.push(diagnostic('OUTPUT_EXISTS', { path: earlier.sort()[0] ?? outDir }));
    return result;
  }

  return inTemporaryFolder('vanban-out-', async (dir) => {
    const source = docx ? join(dir, `${name}.docx`) : input;
    if (docx) {
      try {
        await writeFile(source, docx);
      } catch (error) {
        result.problem = renamed(temporaryAreaError(source, error), source, input);
        return result;
      }
    }
    const pdf = join(dir, `${name}.pdf`);
    let images: string[];
    try {
      await docxToPdf(source, pdf, { soffice: options.soffice, timeoutMs: options.timeoutMs });
      images = await pdfToPngs(pdf, join(dir, 'images', name), {
        dpi: options.dpi,
        pdftoppm: options.pdftoppm,
      });
    } catch (error) {
      if (error instanceof ConversionError) {
        result.problem = renamed(renamed(error, source, input), pdf, input);
        return result;
      }
      throw error;
    }
    for (const image of images) {
      const target = join(outDir, basename(image));
      const problem = writeFileSafely(target, readFileSync(image), { force });
      if (problem) {
        result.diagnostics.push(problem);
        return result;
      }
      result.pages.push(target);
    }
    // With force, pages of an earlier, longer preview would otherwise stay and look like part of this one.
    for (const stale of earlier.filter((path) => !result.pages.includes(path))) {
      try {
        unlinkSync(stale);
      } catch {
        // Already gone, or not ours to remove: harmless.
      }
    }
    return result;
  });
}
