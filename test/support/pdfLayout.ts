/**
 * Measures a rendered PDF the way a reviewer with a ruler would: where each line of text sits, in which
 * font, and where the drawn horizontal rules are. Millimetres, origin at the top-left of each page.
 *
 * Three poppler tools, because none tells the whole story alone:
 * - pdftotext -bbox-layout gives the right characters with exact word boxes, grouped into lines per
 *   column (the two cells of the ND30 header come out as separate lines);
 * - pdftohtml -xml gives the fonts. Its text alone is not usable: when a glyph comes from a fallback font
 *   (Liberation Serif 1.x has no "Ộ", LibreOffice takes it from DejaVu Serif) it writes a space in the
 *   main run and the glyph as a separate run, so "CỘNG" reads "C NG" + "Ộ";
 * - pdftoppm rasterises the pages, because rules are paths, which no text tool reports.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import { docxToPdf, findSoffice } from '../../src/convert/libreoffice.js';

export interface PdfLayout {
  pages: PdfPage[];
}

export interface PdfPage {
  number: number;
  widthMm: number;
  heightMm: number;
  lines: PdfTextLine[];
  rules: PdfRule[];
}

export interface PdfTextLine {
  text: string;
  leftMm: number;
  topMm: number;
  widthMm: number;
  heightMm: number;
  /** The font most of the line's characters use, without subset tag or style: "Liberation Serif". */
  fontFamily: string;
  /** Whole points: pdftohtml rounds font sizes (13.5 pt reads 14). */
  sizePt: number;
  bold: boolean;
  italic: boolean;
  /** Every font family in the line, most used first; more than one means a fallback font filled in glyphs. */
  fontFamilies: string[];
}

export interface PdfRule {
  leftMm: number;
  rightMm: number;
  /** The middle of the stroke. */
  yMm: number;
  lengthMm: number;
  thicknessMm: number;
}

const MM_PER_PT = 25.4 / 72;
const RULE_DPI = 300;
const MIN_RULE_MM = 5;
const MAX_RULE_THICKNESS_MM = 1;

const run = promisify(execFile);

async function tool(file: string, args: string[]): Promise<string> {
  const { stdout } = await run(file, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)="([^"]*)"/g)) attrs[m[1] ?? ''] = m[2] ?? '';
  return attrs;
}

function num(attrs: Record<string, string>, name: string): number {
  const value = Number(attrs[name]);
  if (!Number.isFinite(value)) throw new Error(`pdf layout: attribute ${name} missing or not a number`);
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------- fonts

interface FontInfo {
  family: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
}

interface Fragment {
  left: number;
  top: number;
  right: number;
  bottom: number;
  text: string;
  font: FontInfo;
}

const STYLE_WORD =
  /^(bold|italic|oblique|regular|roman|book|medium|semibold|demibold|black|heavy|light|it)+(mt|ps)*$/i;
// Words that are one family word despite the inner capital, so camel-case splitting must keep them.
const KEEP_TOGETHER = ['DejaVu'];

/**
 * "BAAAAA+LiberationSerif-BoldItalic" → Liberation Serif, bold, italic. Also "TimesNewRomanPS-BoldMT",
 * "TimesNewRomanPSMT", "Arial,Bold". The subset tag (six capitals and +) is dropped.
 */
export function parseFontName(fullName: string): Pick<FontInfo, 'family' | 'bold' | 'italic'> {
  let name = fullName.replace(/^[A-Z]{6}\+/, '');
  let style = '';
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf(','));
  if (cut > 0 && STYLE_WORD.test(name.slice(cut + 1))) {
    style = name.slice(cut + 1);
    name = name.slice(0, cut);
  }
  name = name.replace(/(PSMT|PS|MT)$/, '');
  name = name.replace(/([a-z])([A-Z])/g, '$1 $2');
  for (const word of KEEP_TOGETHER) name = name.replace(word.replace(/([a-z])([A-Z])/g, '$1 $2'), word);
  return {
    family: name.trim(),
    bold: /bold|black|heavy|demi/i.test(style),
    italic: /italic|oblique|it(mt|ps)?$/i.test(style),
  };
}

/** Runs of text with their font, per page (index 0 = page 1), from `pdftohtml -xml`. */
function parseFragments(xml: string): Fragment[][] {
  const pages: Fragment[][] = [];
  const fonts = new Map<string, FontInfo>();
  let current: Fragment[] | undefined;
  const element = /<page\s([^>]*)>|<fontspec\s([^>]*?)\/?>|<text\s([^>]*)>([\s\S]*?)<\/text>/g;
  for (const m of xml.matchAll(element)) {
    if (m[1] !== undefined) {
      current = [];
      pages[num(attributes(m[1]), 'number') - 1] = current;
    } else if (m[2] !== undefined) {
      const attrs = attributes(m[2]);
      const parsed = parseFontName(decodeXml(attrs.family ?? ''));
      fonts.set(attrs.id ?? '', { ...parsed, sizePt: num(attrs, 'size') });
    } else if (m[3] !== undefined && current) {
      const attrs = attributes(m[3]);
      const content = m[4] ?? '';
      const font = fonts.get(attrs.font ?? '') ?? { family: '', sizePt: 0, bold: false, italic: false };
      const left = num(attrs, 'left');
      const top = num(attrs, 'top');
      current.push({
        left,
        top,
        right: left + num(attrs, 'width'),
        bottom: top + num(attrs, 'height'),
        text: decodeXml(content.replace(/<[^>]*>/g, '')),
        // pdftohtml's <b>/<i> come from the same font name, but also catch names we don't parse.
        font: {
          ...font,
          bold: font.bold || content.includes('<b>'),
          italic: font.italic || content.includes('<i>'),
        },
      });
    }
  }
  return pages.map((page) => page ?? []);
}

// ---------------------------------------------------------------------------------------------- text

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface TextPage {
  width: number;
  height: number;
  lines: Word[][];
}

/** Pages, lines and words from `pdftotext -bbox-layout`, in points. */
function parseWords(html: string): TextPage[] {
  const pages: TextPage[] = [];
  const element = /<page\s([^>]*)>|<line(?:\s[^>]*)?>|<word\s([^>]*)>([^<]*)<\/word>/g;
  for (const m of html.matchAll(element)) {
    const page = pages[pages.length - 1];
    if (m[1] !== undefined) {
      const attrs = attributes(m[1]);
      pages.push({ width: num(attrs, 'width'), height: num(attrs, 'height'), lines: [] });
    } else if (m[2] === undefined) {
      page?.lines.push([]);
    } else {
      const attrs = attributes(m[2]);
      page?.lines[page.lines.length - 1]?.push({
        text: decodeXml(m[3] ?? ''),
        xMin: num(attrs, 'xMin'),
        yMin: num(attrs, 'yMin'),
        xMax: num(attrs, 'xMax'),
        yMax: num(attrs, 'yMax'),
      });
    }
  }
  return pages;
}

/**
 * The run a word was drawn with. A fallback glyph's run lies inside the main run's box and its box can
 * cover main-font words too ("ử ổ" spans "ửa đổ"), so a run whose text contains the word wins over one
 * that merely contains its middle; among equals, the narrower run.
 */
function fontOf(word: Word, fragments: Fragment[]): FontInfo | undefined {
  const x = (word.xMin + word.xMax) / 2;
  const y = (word.yMin + word.yMax) / 2;
  const slack = 0.5;
  let best: { fragment: Fragment; score: number } | undefined;
  for (const f of fragments) {
    if (x < f.left - slack || x > f.right + slack || y < f.top - slack || y > f.bottom + slack) continue;
    const width = f.right - f.left;
    // Text match first (score 0 or 1), then width as the tie-break.
    const score = (f.text.includes(word.text) ? 0 : 1) * 1e6 + width;
    if (!best || score < best.score) best = { fragment: f, score };
  }
  return best?.fragment.font;
}

/**
 * pdftotext breaks words where the font changes, so "CỘNG" arrives as "C", "Ộ", "NG" with no gap:
 * words closer than a tenth of the line height belong together, others had a space between them.
 * A gap wider than twice the line height (a tab stop, a column) starts a separate line.
 */
function splitAndJoin(words: Word[]): { text: string; words: Word[] }[] {
  const segments: { text: string; words: Word[] }[] = [];
  let previous: Word | undefined;
  for (const word of words) {
    const height = word.yMax - word.yMin;
    const gap = previous ? word.xMin - previous.xMax : Infinity;
    const segment = segments[segments.length - 1];
    if (!segment || gap > 2 * height) {
      segments.push({ text: word.text, words: [word] });
    } else {
      segment.text += (gap < 0.1 * height ? '' : ' ') + word.text;
      segment.words.push(word);
    }
    previous = word;
  }
  return segments;
}

function buildLine(words: Word[], text: string, fragments: Fragment[]): PdfTextLine {
  const weight = new Map<string, { font: FontInfo; chars: number }>();
  for (const word of words) {
    const font = fontOf(word, fragments);
    if (!font) continue;
    const key = JSON.stringify(font);
    const entry = weight.get(key) ?? { font, chars: 0 };
    entry.chars += [...word.text].length;
    weight.set(key, entry);
  }
  const ranked = [...weight.values()].sort((a, b) => b.chars - a.chars);
  const main = ranked[0]?.font ?? { family: '', sizePt: 0, bold: false, italic: false };
  const left = Math.min(...words.map((w) => w.xMin));
  const top = Math.min(...words.map((w) => w.yMin));
  return {
    text: text.normalize('NFC'),
    leftMm: left * MM_PER_PT,
    topMm: top * MM_PER_PT,
    widthMm: (Math.max(...words.map((w) => w.xMax)) - left) * MM_PER_PT,
    heightMm: (Math.max(...words.map((w) => w.yMax)) - top) * MM_PER_PT,
    fontFamily: main.family,
    sizePt: main.sizePt,
    bold: main.bold,
    italic: main.italic,
    fontFamilies: [...new Set(ranked.map((r) => r.font.family))],
  };
}

// ---------------------------------------------------------------------------------------------- rules

interface Gray {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black; maxval scaled to 255 is assumed (pdftoppm writes 255). */
  pixels: Uint8Array;
  maxval: number;
}

/** Binary PGM (P5) as pdftoppm -gray writes it: "P5", width, height, maxval, one whitespace, pixels. */
export function parsePgm(bytes: Uint8Array): Gray {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos] ?? 0))) pos++;
      if (bytes[pos] !== 0x23) break; // '#': a comment runs to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos] ?? 0))) pos++;
    return Buffer.from(bytes.subarray(start, pos)).toString('latin1');
  };
  if (token() !== 'P5') throw new Error('pdf layout: not a binary PGM (P5)');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  if (!(width > 0 && height > 0 && maxval > 0 && maxval < 256))
    throw new Error('pdf layout: unsupported PGM');
  pos++; // the single whitespace byte after maxval
  const pixels = bytes.subarray(pos, pos + width * height);
  if (pixels.length < width * height) throw new Error('pdf layout: truncated PGM');
  return { width, height, pixels, maxval };
}

interface OpenRule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Horizontal strokes: per row, runs of dark pixels at least 5 mm long; a run continuing one of the row
 * above (same ends within 2 px) thickens it. Glyphs never make runs that long, and filled boxes are
 * dropped for being thicker than 1 mm.
 */
export function findRules(image: Gray, dpi: number): PdfRule[] {
  const mmPerPx = 25.4 / dpi;
  const minRun = Math.ceil(MIN_RULE_MM / mmPerPx);
  const dark = (image.maxval + 1) / 2;
  const done: OpenRule[] = [];
  let open: OpenRule[] = [];
  for (let y = 0; y < image.height; y++) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    const next: OpenRule[] = [];
    let x = 0;
    while (x < image.width) {
      if ((row[x] ?? 255) >= dark) {
        x++;
        continue;
      }
      const start = x;
      while (x < image.width && (row[x] ?? 255) < dark) x++;
      if (x - start < minRun) continue;
      const end = x - 1;
      const continued = open.find((r) => Math.abs(r.x0 - start) <= 2 && Math.abs(r.x1 - end) <= 2);
      if (continued) {
        open = open.filter((r) => r !== continued);
        next.push({
          x0: Math.min(continued.x0, start),
          x1: Math.max(continued.x1, end),
          y0: continued.y0,
          y1: y,
        });
      } else {
        next.push({ x0: start, x1: end, y0: y, y1: y });
      }
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  return done
    .map((r) => ({
      leftMm: r.x0 * mmPerPx,
      rightMm: (r.x1 + 1) * mmPerPx,
      yMm: ((r.y0 + r.y1 + 1) / 2) * mmPerPx,
      lengthMm: (r.x1 + 1 - r.x0) * mmPerPx,
      thicknessMm: (r.y1 + 1 - r.y0) * mmPerPx,
    }))
    .filter((r) => r.thicknessMm <= MAX_RULE_THICKNESS_MM)
    .sort((a, b) => a.yMm - b.yMm || a.leftMm - b.leftMm);
}

/** Rules per page (index 0 = page 1). pdftoppm names pages page-1 or page-01…, so sort by number. */
async function measureRules(pdfPath: string): Promise<PdfRule[][]> {
  const work = await mkdtemp(join(tmpdir(), 'vanban-rules-'));
  try {
    await tool('pdftoppm', ['-gray', '-r', String(RULE_DPI), pdfPath, join(work, 'page')]);
    const files = (await readdir(work))
      .map((name) => ({ name, page: Number(/^page-(\d+)\.pgm$/.exec(name)?.[1]) }))
      .filter((f) => Number.isInteger(f.page))
      .sort((a, b) => a.page - b.page);
    const pages: PdfRule[][] = [];
    for (const file of files) {
      // One page at a time: an A4 page at 300 dpi is 8.7 MB.
      const image = parsePgm(await readFile(join(work, file.name)));
      pages[file.page - 1] = findRules(image, RULE_DPI);
    }
    return pages;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------- API

/** The text lines only, without the rules drawn on the page (which need a picture of each page). */
export async function measurePdfText(pdfPath: string): Promise<PdfLayout> {
  return measurePdf(pdfPath, false);
}

export async function measurePdf(pdfPath: string, withRules = true): Promise<PdfLayout> {
  const [pdftohtmlXml, pdftotextBbox, rules] = await Promise.all([
    // -noroundcoord: fractional points, so runs line up exactly with pdftotext's word boxes.
    tool('pdftohtml', [
      '-xml',
      '-i',
      '-fontfullname',
      '-noroundcoord',
      '-zoom',
      '1',
      '-stdout',
      '-q',
      pdfPath,
    ]),
    tool('pdftotext', ['-bbox-layout', '-q', pdfPath, '-']),
    withRules ? measureRules(pdfPath) : Promise.resolve([]),
  ]);
  return parseLayout(pdftohtmlXml, pdftotextBbox, rules);
}

/** The tools' outputs combined into the layout; separate from measurePdf so it can be tested on fixtures. */
export function parseLayout(pdftohtmlXml: string, pdftotextBbox: string, rules: PdfRule[][] = []): PdfLayout {
  const fragments = parseFragments(pdftohtmlXml);
  return {
    pages: parseWords(pdftotextBbox).map((page, index) => ({
      number: index + 1,
      // pdftotext's page size, not pdftohtml's: the latter truncates A4's 841.89 pt to 841.
      widthMm: page.width * MM_PER_PT,
      heightMm: page.height * MM_PER_PT,
      lines: page.lines
        .filter((line) => line.length > 0)
        .flatMap((line) => splitAndJoin(line))
        .map((segment) => buildLine(segment.words, segment.text, fragments[index] ?? []))
        .sort((a, b) => a.topMm - b.topMm || a.leftMm - b.leftMm),
      rules: rules[index] ?? [],
    })),
  };
}

function matcher(re: RegExp | string): (line: PdfTextLine) => boolean {
  if (typeof re === 'string') {
    const wanted = re.normalize('NFC');
    return (line) => line.text.includes(wanted);
  }
  // A fresh copy: a /g or /y pattern's lastIndex would otherwise make every other test() fail.
  const pattern = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  return (line) => pattern.test(line.text);
}

/** The first line (top to bottom) containing the string or matching the pattern. */
export function findLine(page: PdfPage, re: RegExp | string): PdfTextLine | undefined {
  return page.lines.find(matcher(re));
}

export function linesMatching(page: PdfPage, re: RegExp | string): PdfTextLine[] {
  return page.lines.filter(matcher(re));
}

// ---------------------------------------------------------------------------------------------- LibreOffice

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** LibreOffice and the poppler tools measurePdf needs. */
export const libreOfficeAvailable: boolean =
  findSoffice() !== undefined && ['pdftohtml', 'pdftotext', 'pdftoppm'].every(onPath);

/**
 * For rendered-layout test files: true when they can run. Without LibreOffice or poppler, CI fails
 * (the layout would go unchecked silently) and a developer's machine skips with a visible note.
 */
export function layoutTestsCanRun(what = 'rendered-layout tests'): boolean {
  if (libreOfficeAvailable) return true;
  const missing = 'LibreOffice (soffice) or poppler-utils (pdftohtml, pdftotext, pdftoppm) not found';
  if (process.env.CI === 'true') throw new Error(`${missing}: ${what} cannot run in CI.`);
  console.warn(`[skip] ${what}: ${missing}. Install libreoffice-writer and poppler-utils to run them.`);
  return false;
}

let scratch: string | undefined;
let converted = 0;

// Registered when a test file imports this module, so it runs after that file's tests. (A process
// 'exit' handler does not: vitest ends its workers without one.)
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** Converts with the product's docxToPdf into a temp folder removed after the test file; returns the PDF path. */
export async function renderDocxToPdfForTest(docxPath: string): Promise<string> {
  scratch ??= mkdtempSync(join(tmpdir(), 'vanban-pdf-test-'));
  const pdf = join(scratch, `${basename(docxPath).replace(/\.docx$/i, '')}-${++converted}.pdf`);
  await docxToPdf(docxPath, pdf);
  return pdf;
}

/**
 * Many DOCX files to PDF with one LibreOffice start (a start costs more than most conversions), into
 * `outDir`, each PDF named as its DOCX. A private profile, as docxToPdf uses; killed after `timeoutMs`.
 */
export async function convertManyToPdf(
  docxPaths: string[],
  outDir: string,
  timeoutMs = 600_000,
): Promise<void> {
  const soffice = findSoffice();
  if (soffice === undefined) throw new Error('LibreOffice (soffice) not found');
  const profile = await mkdtemp(join(tmpdir(), 'vanban-soffice-many-'));
  try {
    await promisify(execFile)(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
