/** A document's text loaded as the clerk's file would be, for tests that assert its diagnostics. */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { makeWorkspace } from './workspace.js';

/** The diagnostics of `text` saved as data/doc.yaml beside the shipped agency profile. */
export function check(text: string | Uint8Array): Diagnostic[] {
  const ws = makeWorkspace();
  return loadDocument(ws.write('data/doc.yaml', text)).diagnostics;
}

/** The one diagnostic there is; fails the test when there are none or several. */
export function only(diagnostics: Diagnostic[]): Diagnostic {
  expect(diagnostics.map((d) => d.code)).toHaveLength(1);
  return diagnostics[0]!;
}
