/**
 * YAML text (not yet saved) → the same diagnostics `vanban check` gives, and the document model. The text
 * is checked as the file it will be saved as (the loader takes the text in place of the file's bytes), and
 * each location gets the form path (keys and indexes) of the field it points at.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hintOf, messageOf } from '../diagnostics/format.js';
import { REVIEW_MARK_COMMENT } from '../kinds/newDocument.js';
import type { DocumentLoader } from '../load/loadDocument.js';
import { lintDisagreements } from '../api/lintAgreement.js';
import type { OfficialDocument } from '../model/document.js';
import { pathAtOffset } from './yamlPatch.js';

export interface ShownDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: { vi: string; en: string };
  hint?: { vi: string; en: string };
  file?: string;
  line?: number;
  column?: number;
  /** The field it belongs to, when it is in this document. */
  path?: Array<string | number>;
}

/** A "# XEM LẠI" line left by "next month from this one", and the field below it. */
export interface ReviewMark {
  /** 1-based line of the comment. */
  line: number;
  path: Array<string | number>;
}

export interface CheckedText {
  diagnostics: ShownDiagnostic[];
  marks: ReviewMark[];
  model?: OfficialDocument;
}

export function shown(
  d: Diagnostic,
  rel: string,
  text: string | undefined,
  temporary?: string,
): ShownDiagnostic {
  const file = d.location?.file === temporary || d.location?.file === undefined ? rel : d.location.file;
  const out: ShownDiagnostic = {
    code: d.code,
    severity: d.severity,
    message: { vi: messageOf(d, 'vi'), en: messageOf(d, 'en') },
  };
  const hintVi = hintOf(d, 'vi');
  if (hintVi) out.hint = { vi: hintVi, en: hintOf(d, 'en') ?? hintVi };
  if (d.location) {
    out.file = file;
    out.line = d.location.line;
    out.column = d.location.column;
    if (file === rel && text !== undefined) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      const lineStart = counter.lineStarts[d.location.line - 1];
      if (lineStart !== undefined) {
        out.path = pathAtOffset(doc.contents, lineStart + d.location.column - 1);
        // A missing field is reported at the start of its map, which is also where the map's first key
        // starts: it belongs to the map, not to that key.
        if (d.code === 'FIELD_MISSING' && typeof out.path[out.path.length - 1] === 'string') out.path.pop();
      }
    }
  }
  return out;
}

/**
 * Each "# XEM LẠI" comment line and the field it stands above, so the form can flag that field and offer
 * to clear the mark once the clerk has reviewed it.
 */
export function reviewMarks(text: string): ReviewMark[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return [];
  const lines = text.split('\n');
  const marks: ReviewMark[] = [];
  let offset = 0;
  const starts = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  lines.forEach((line, i) => {
    if (!REVIEW_MARK_COMMENT.test(line.trimStart())) return;
    // The field is on the next line that is not a comment or blank.
    let j = i + 1;
    while (j < lines.length && /^\s*(#|$)/.test(lines[j]!)) j++;
    if (j >= lines.length) return;
    const at = starts[j]! + /^[\s-]*/.exec(lines[j]!)![0].length;
    marks.push({ line: i + 1, path: pathAtOffset(doc.contents, at) });
  });
  return marks;
}

export function createChecker(loader: DocumentLoader) {
  return async function checkText(absPath: string, rel: string, text: string): Promise<CheckedText> {
    // Checked where it will be saved: agency profiles and relative `templates:` resolve as the CLI's do.
    const loaded = loader.load(absPath, { text });
    // The same judgement as `vanban check`: what lint would report on the DOCX, at the field.
    if (loaded.model && !loaded.diagnostics.some((d) => d.severity === 'error'))
      loaded.diagnostics.push(
        ...(await lintDisagreements(loaded.model, absPath, loaded.locate, loaded.data)),
      );
    const result: CheckedText = {
      diagnostics: loaded.diagnostics.map((d) => shown(d, rel, text, absPath)),
      marks: reviewMarks(text),
    };
    if (loaded.model) result.model = loaded.model;
    return result;
  };
}
