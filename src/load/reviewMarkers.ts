/**
 * `vanban new --from` marks what it carried over from last month with "# XEM LẠI" comments. While any
 * remain, the document has not been reviewed: one warning per file, at the first mark, with the count.
 */
import { Lexer } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { REVIEW_MARK_COMMENT as MARK } from '../kinds/newDocument.js';
import { locateOffset, type YamlSource } from './yamlSource.js';

/** The lexer's document-start, flow-end and scalar markers, which stand for no source text. */
const ZERO_WIDTH = new Set(['\x02', '\x18', '\x1f']);

export function reviewMarkers(source: Pick<YamlSource, 'file' | 'text' | 'lineCounter'>): Diagnostic[] {
  // YAML's own lexer tells comments from text: "# XEM LẠI" inside quotes or a | block is no mark.
  // Its tokens, less the zero-width markers it adds, concatenate back to the source: offsets are a sum.
  let offset = 0;
  let first: number | undefined;
  let count = 0;
  for (const token of new Lexer().lex(source.text)) {
    if (ZERO_WIDTH.has(token)) continue;
    if (MARK.test(token)) {
      first ??= offset;
      count++;
    }
    offset += token.length;
  }
  if (first === undefined) return [];
  const length = MARK.exec(source.text.slice(first))?.[0].length ?? 1;
  return [diagnostic('REVIEW_MARKERS_LEFT', { count }, locateOffset(source, first, length))];
}
