/**
 * Recognises the legacy Vietnamese encodings older office files still use, so a clerk who saved a YAML
 * file from an old editor is told which one it is rather than shown garbled letters.
 */

/** Bytes TCVN3 (ABC, ".Vn" fonts) uses for common lower-case letters: ă â ê ô ơ ư đ and á à ả ã ạ. */
const TCVN3_BYTES = new Set([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]);
/** Windows-1258 writes tones as separate combining bytes after the letter. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** VNI-Windows appends tone and shape bytes after a plain Latin vowel: ø ù û õ ï and â ê ô. */
const VNI_MARKS = new Set([0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe2, 0xea, 0xf4, 0xf6, 0xf7]);

const isAsciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

export type LegacyEncoding = 'TCVN3 (ABC)' | 'VNI-Windows' | 'Windows-1258' | 'một bảng mã cũ';

/** Best guess for bytes that are not valid UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  let tcvn3 = 0;
  let cp1258 = 0;
  let vni = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const afterLetter = isAsciiLetter(bytes[i - 1]);
    if (TCVN3_BYTES.has(b)) tcvn3++;
    if (CP1258_TONES.has(b) && afterLetter) cp1258 += 2;
    if (VNI_MARKS.has(b) && afterLetter && /[aeiouyAEIOUY]/.test(String.fromCharCode(bytes[i - 1]!)))
      vni += 2;
  }
  const best = Math.max(tcvn3, cp1258, vni);
  if (best === 0) return 'một bảng mã cũ';
  if (best === tcvn3) return 'TCVN3 (ABC)';
  return best === vni ? 'VNI-Windows' : 'Windows-1258';
}

/**
 * Text that decoded as UTF-8 but was typed with a TCVN3 (".VnTime") font reads like "Th«ng b¸o":
 * Latin-1 symbols standing inside words. Returns the offset of the first such word, or -1.
 */
export function findTcvn3Mojibake(text: string): number {
  // Not U+00AD (TCVN3's ư): as itself it is a soft hyphen pasted from Word, which
  // TEXT_INVISIBLE_CHARACTER names; TCVN3 text has other letters this finds.
  const match = /[a-zA-Z][«¸µ¶·¹©®¬ª¨][a-zA-Z]?|[«¸µ¶·¹©®¬ª¨][a-zA-Z]/.exec(text);
  return match ? match.index : -1;
}

export type Utf16Encoding = 'UTF-16 LE' | 'UTF-16 BE';

/**
 * Windows Notepad's "Unicode" is UTF-16: with a byte-order mark (FF FE little-endian, FE FF big-endian),
 * or without one, when every other byte of Latin text is NUL. Returns which, or undefined.
 */
export function detectUtf16(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  }
  // Without a mark: YAML is mostly ASCII (keys, spaces, newlines), so one byte of each pair is NUL.
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs === 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return 'UTF-16 LE';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return 'UTF-16 BE';
  return undefined;
}

/** File signatures of what a clerk might pick by mistake instead of the YAML file. */
const SIGNATURES: Array<{ magic: number[]; vi: string; en: string }> = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    vi: 'một tệp nén ZIP (Word .docx, Excel .xlsx…)',
    en: 'a ZIP file (Word .docx, Excel .xlsx…)',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    vi: 'một tệp Word/Excel đời cũ (.doc, .xls)',
    en: 'an old Word/Excel file (.doc, .xls)',
  },
  { magic: [0x25, 0x50, 0x44, 0x46], vi: 'một tệp PDF', en: 'a PDF file' },
  { magic: [0x89, 0x50, 0x4e, 0x47], vi: 'một ảnh PNG', en: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], vi: 'một ảnh JPEG', en: 'a JPEG image' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], vi: 'một chương trình (ELF)', en: 'a program (ELF)' },
  { magic: [0x1f, 0x8b], vi: 'một tệp nén gzip', en: 'a gzip file' },
];

/** C0 control bytes no text file holds (tab, line breaks, form feed and escape aside). */
function isBinaryControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/**
 * What a file is when it is not text at all: a known signature, or NUL and other control bytes that no
 * text encoding (UTF-8, TCVN3, VNI, Windows-1258) produces. UTF-16 is told apart by the caller first.
 */
export function sniffBinary(bytes: Uint8Array): { vi: string; en: string } | undefined {
  for (const s of SIGNATURES) if (s.magic.every((b, i) => bytes[i] === b)) return { vi: s.vi, en: s.en };
  return undefined;
}

/** Whether bytes that are neither UTF-8 nor UTF-16 look like binary data rather than a legacy encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let controls = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0 || isBinaryControl(bytes[i]!)) controls++;
  return controls > 0 && controls >= sample * 0.01;
}
