import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
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

/** Parses YAML text; syntax problems become located diagnostics instead of exceptions. */
export function parseYamlSource(
  file: string,
  text: string,
): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  const source: YamlSource = { file, text, document, lineCounter };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of document.errors) {
    const code = YAML_CODE_MAP[error.code] ?? 'YAML_SYNTAX';
    const location = locateOffset(source, error.pos[0], error.pos[1] - error.pos[0]);
    const key = `${code}:${location.line}:${location.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const keyMatch = /Map keys must be unique/.test(firstLine) ? keyAt(text, error.pos[0]) : undefined;
    diagnostics.push(
      diagnostic(
        code,
        { detail: firstLine.replace(/ at line \d+, column \d+.*$/, ''), key: keyMatch ?? '' },
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
