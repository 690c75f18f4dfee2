import { parseDocument, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import { lineCounterFor } from './lineCounter.js';
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { expandedSize, MAX_EXPANDED_NODES } from './aliasExpansion.js';

/** A parsed YAML file that can still say where each of its nodes came from. */
export interface YamlSource {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export function locateOffset(
  source: Pick<YamlSource, 'file' | 'text' | 'lineCounter'>,
  offset: number,
  length = 1,
): SourceLocation {
  const { line, col } = source.lineCounter.linePos(Math.min(offset, source.text.length));
  const lineStart = source.lineCounter.lineStarts[line - 1] ?? 0;
  const lineEnd = source.text.indexOf('\n', lineStart);
  const lineText = source.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const maxLength = Math.max(1, lineText.length - (col - 1));
  return { file: source.file, line, column: col, lineText, length: Math.max(1, Math.min(length, maxLength)) };
}

export function locateNode(source: YamlSource, node: YamlNode | null | undefined): SourceLocation {
  const range = node?.range;
  if (!range) return locateOffset(source, 0);
  return locateOffset(source, range[0], range[1] - range[0]);
}

/** yaml's own error codes that mean something more specific to a clerk than "syntax error". */
const YAML_CODE_MAP: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
};

/** yaml's error codes in words a clerk understands; the parser's own English text is kept for --lang en. */
const YAML_DETAIL_VI: Record<string, string> = {
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_INDENT: 'thụt lề không khớp với các dòng cùng cấp',
  MISSING_CHAR: 'thiếu dấu ":" sau tên trường, hoặc thiếu dấu đóng ngoặc/nháy',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng (thường do thiếu dấu ":" ở dòng trên)',
  BLOCK_AS_IMPLICIT_KEY: 'khối nội dung bị dùng như tên trường (kiểm tra dấu ":" và thụt lề)',
  MISSING_ANCHOR: 'dùng *tên nhưng chưa khai báo &tên',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy',
  BAD_DQ_ESCAPE: 'ký tự thoát sau dấu \\ không hợp lệ trong chuỗi nháy kép',
  UNEXPECTED_END: 'tệp kết thúc khi chưa đóng ngoặc hoặc dấu nháy',
  TAB_AS_INDENT: 'thụt lề bằng Tab',
};

/**
 * Parses YAML text; syntax problems become located diagnostics instead of exceptions. After a syntax
 * error the parser reports every later token too; only the first is shown, since the rest follow from it.
 */
export function parseYamlSource(
  file: string,
  text: string,
): { source: YamlSource; diagnostics: Diagnostic[] } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  // Our own line table: the parser's is incomplete once it has met an error.
  const source: YamlSource = { file, text, document, lineCounter: lineCounterFor(text) };
  const diagnostics: Diagnostic[] = [];
  let syntaxReported = false;
  for (const error of document.errors) {
    const code = YAML_CODE_MAP[error.code] ?? 'YAML_SYNTAX';
    if (code === 'YAML_SYNTAX' && syntaxReported) continue;
    if (code === 'YAML_SYNTAX') syntaxReported = true;
    const location = locateOffset(source, error.pos[0], error.pos[1] - error.pos[0]);
    if (diagnostics.some((d) => d.code === code && d.location?.line === location.line)) continue;
    const firstLine = (error.message.split('\n')[0] ?? error.message).replace(
      / at line \d+, column \d+.*$/,
      '',
    );
    const key = /Map keys must be unique/.test(firstLine) ? keyAt(text, error.pos[0]) : '';
    diagnostics.push(
      diagnostic(
        code,
        { detailVi: YAML_DETAIL_VI[error.code] ?? firstLine, detailEn: firstLine, key },
        location,
      ),
    );
  }
  if (diagnostics.length === 0) {
    const expansion = expandedSize(document);
    if (expansion.size > MAX_EXPANDED_NODES)
      diagnostics.push(diagnostic('YAML_TOO_COMPLEX', {}, locateNode(source, expansion.firstAlias)));
  }
  return { source, diagnostics };
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^\s*([^:\n]+?)\s*:/.exec(rest);
  return match?.[1] ?? '';
}
