/**
 * Template paths that would reach JavaScript internals. Handlebars already refuses them at run time
 * with only a console warning; we refuse them before running, with the template's line and column.
 */
import type Handlebars from 'handlebars';

const FORBIDDEN = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

export interface UnsafePath {
  name: string;
  line: number;
  column: number;
}

export function findUnsafePath(node: unknown): UnsafePath | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const n = node as { type?: string; parts?: unknown[]; original?: unknown; loc?: hbs.AST.SourceLocation };
  if (n.type === 'PathExpression' && Array.isArray(n.parts)) {
    const bad = n.parts.find((p) => typeof p === 'string' && FORBIDDEN.has(p)) as string | undefined;
    if (bad) return { name: bad, line: n.loc?.start.line ?? 1, column: n.loc?.start.column ?? 0 };
  }
  if (n.type === 'StringLiteral' && typeof n.original === 'string' && FORBIDDEN.has(n.original)) {
    return { name: n.original, line: n.loc?.start.line ?? 1, column: n.loc?.start.column ?? 0 };
  }
  for (const value of Object.values(node)) {
    if (value === n.loc) continue;
    const found = Array.isArray(value) ? value.map(findUnsafePath).find(Boolean) : findUnsafePath(value);
    if (found) return found;
  }
  return undefined;
}

export type { Handlebars };
