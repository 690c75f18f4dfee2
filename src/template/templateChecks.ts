/**
 * Checks of a template's text before it runs, each located in the file:
 *
 * - `{{{x}}}` and `{{& x}}` print data unescaped, so a value like `</p><p align="center"><b>…` would
 *   become markup. Data reaches the markup only through `{{ }}`, which escapes `<`, `>`, `&` and quotes;
 *   the helpers (helpers.ts) return plain strings, which `{{ }}` escapes too.
 * - A numeric character reference in the literal text must name a character a DOCX can hold.
 * - A character XML 1.0 does not allow, typed into the file itself, is refused the same way.
 *
 * The shipped templates pass these at build time (precompile.ts) and in the tests.
 */
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { codePointName, INVALID_XML_CHARS } from '../render/docx/xmlChars.js';
import { NUMERIC_REF, refCodePoint, refProblem } from './charRefs.js';

export interface TemplateProblem {
  code: Extract<DiagnosticCode, 'TEMPLATE_UNESCAPED' | 'TEMPLATE_CHAR_REF' | 'TEMPLATE_CHAR_INVALID'>;
  args: Record<string, string | number>;
  /** Offset in the template's text, and how many characters the problem spans there. */
  offset: number;
  length: number;
}

/** Enough to show the writer what is wrong; a file full of one mistake need not list each. */
const MAX_PROBLEMS = 10;

interface Node {
  type?: string;
  escaped?: boolean;
  path?: { original?: unknown };
  loc?: hbs.AST.SourceLocation;
}

/** How deep {{#…}} blocks, and (subexpressions) in one {{…}}, may nest; the shipped templates need 3 and 1. */
export const MAX_NESTING = 50;

/**
 * The offset of the block opening (`{{#`, `{{^`) or the `(` that nests deeper than MAX_NESTING, or -1.
 * Run before Handlebars parses the text: its parser takes time that grows with the square of the depth
 * or worse (minutes for the thousands of levels a template file can hold). Comments are skipped;
 * `{{^}}` alone is an else.
 */
export function tooDeep(text: string): number {
  let depth = 0;
  for (const m of text.matchAll(/\{\{(?:!--[\s\S]*?--\}\}|![\s\S]*?\}\}|~?\s*([#^/]?)([^}]*)\}\})/g)) {
    const [, kind, inside] = m;
    if (inside === undefined) continue; // a comment
    let parens = 0;
    for (let i = 0; i < inside.length; i++) {
      if (inside[i] === '(' && ++parens > MAX_NESTING) return m.index + m[0].indexOf(inside) + i;
      if (inside[i] === ')') parens--;
    }
    if (kind === '/') depth = Math.max(0, depth - 1);
    else if (
      (kind === '#' || kind === '^') &&
      !(kind === '^' && /^\s*~?$/.test(inside)) &&
      ++depth > MAX_NESTING
    )
      return m.index;
  }
  return -1;
}

/** The problems of a template, in file order, at most MAX_PROBLEMS. */
export function checkTemplate(text: string, ast: hbs.AST.Program): TemplateProblem[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (p: hbs.AST.Position) => (lineStarts[p.line - 1] ?? text.length) + p.column;

  const problems: TemplateProblem[] = [];
  for (const m of text.matchAll(INVALID_XML_CHARS)) {
    problems.push({
      code: 'TEMPLATE_CHAR_INVALID',
      args: { char: codePointName(m[0].codePointAt(0)!) },
      offset: m.index,
      length: m[0].length,
    });
    if (problems.length >= MAX_PROBLEMS) break;
  }

  visit(ast, (node) => {
    if (!node.loc) return;
    const start = offsetOf(node.loc.start);
    const end = offsetOf(node.loc.end);
    if (node.type === 'MustacheStatement' && node.escaped === false) {
      const source = text.slice(start, end);
      const original = node.path?.original;
      problems.push({
        code: 'TEMPLATE_UNESCAPED',
        args: {
          expression: typeof original === 'string' ? original : source,
          form: /^\{\{~?\{/.test(source) ? '{{{ }}}' : '{{& }}',
        },
        offset: start,
        length: end - start,
      });
    } else if (node.type === 'ContentStatement') {
      // The file's own text of the statement: Handlebars' `value` may have lost standalone whitespace.
      for (const m of text.slice(start, end).matchAll(NUMERIC_REF)) {
        const problem = refProblem(refCodePoint(m));
        if (!problem) continue;
        problems.push({
          code: 'TEMPLATE_CHAR_REF',
          args: { ref: m[0], reasonVi: problem.vi, reasonEn: problem.en },
          offset: start + m.index,
          length: m[0].length,
        });
      }
    }
  });
  return problems.sort((a, b) => a.offset - b.offset).slice(0, MAX_PROBLEMS);
}

/** Calls `fn` on every node of a Handlebars AST (programs, blocks, partial blocks, their inverses). */
function visit(node: unknown, fn: (node: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, fn);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') fn(n);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value, fn);
}
