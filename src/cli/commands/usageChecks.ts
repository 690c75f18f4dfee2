/**
 * Mistakes in how a command was called, found before any work: they exit 2 and nothing is written.
 * A mistyped --templates folder must not silently fall back to the built-in wording, a DOCX must not be
 * written under a .pdf name, and two inputs must not be rendered onto the same output file.
 */
import { resolve } from 'node:path';
import type { Language } from '../../diagnostics/format.js';
import { isFolder } from '../../io/isFolder.js';

const WORDS = {
  vi: {
    noFolder: (option: string, path: string) =>
      `lỗi: không thấy thư mục "${path}" (${option}). Kiểm tra lại tên và đường dẫn thư mục.`,
    notDocx: (path: string) =>
      /\.pdf$/i.test(path)
        ? `lỗi: -o "${path}": vanban ghi tệp Word, tên tệp phải có đuôi .docx; muốn có thêm PDF thì dùng --pdf (PDF được ghi cạnh tệp .docx, cùng tên).`
        : `lỗi: -o "${path}": tên tệp phải có đuôi .docx, ví dụ: -o thong-bao.docx.`,
    collision: (path: string, inputs: string[]) =>
      `lỗi: ${inputs.map((i) => `"${i}"`).join(' và ')} cùng ra một tệp ${path}. Đổi tên một tệp YAML, hoặc tạo từng tệp với -o.`,
  },
  en: {
    noFolder: (option: string, path: string) =>
      `error: no folder "${path}" (${option}). Check the folder's name and path.`,
    notDocx: (path: string) =>
      /\.pdf$/i.test(path)
        ? `error: -o "${path}": vanban writes a Word file, whose name must end in .docx; add --pdf for a PDF beside it.`
        : `error: -o "${path}": the file name must end in .docx, e.g. -o notice.docx.`,
    collision: (path: string, inputs: string[]) =>
      `error: ${inputs.map((i) => `"${i}"`).join(' and ')} would all be written to ${path}. Rename one YAML file, or render each with -o.`,
  },
} as const;

/** The first folder option that names no folder, as a message; undefined when all are there. */
export function missingFolder(
  options: { agencies?: string; templates?: string },
  lang: Language,
): string | undefined {
  for (const [option, path] of [
    ['--agencies', options.agencies],
    ['--templates', options.templates],
  ] as const) {
    if (path !== undefined && !isFolder(path)) return WORDS[lang].noFolder(option, path);
  }
  return undefined;
}

/** A message when -o names something other than a .docx file. */
export function notDocxOutput(output: string | undefined, lang: Language): string | undefined {
  return output !== undefined && !/\.docx$/i.test(output) ? WORDS[lang].notDocx(output) : undefined;
}

/** Messages for every output path that two or more inputs would be written to. */
export function outputCollisions(
  inputs: string[],
  outputOf: (input: string) => string,
  lang: Language,
): string[] {
  const byPath = new Map<string, string[]>();
  for (const input of inputs) {
    const path = outputOf(input);
    // Case-insensitive: on Windows and macOS "TB.docx" and "tb.docx" are one file.
    const key = resolve(path).toLowerCase();
    byPath.set(key, [...(byPath.get(key) ?? []), input]);
  }
  return [...byPath.values()]
    .filter((same) => same.length > 1)
    .map((same) => WORDS[lang].collision(outputOf(same[0]!), same));
}
