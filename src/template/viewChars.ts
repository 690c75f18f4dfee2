/**
 * Data may hold characters a DOCX cannot (a control character pasted from Word, a "\uFFFE" escape in a
 * double-quoted YAML string). They are left out of the view a template runs on, with a warning naming
 * the field, so the markup and the document only ever see text XML 1.0 allows.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import {
  codePointName,
  firstInvalidXmlChar,
  isPlainObject,
  withValidXmlText,
} from '../render/docx/xmlChars.js';

/** One warning per field, for at most this many fields. */
const MAX_WARNINGS = 10;

/**
 * The view without characters XML 1.0 does not allow (the same object when it has none), and a
 * TEMPLATE_DATA_CHAR_REMOVED warning for each field that had some. Fields are named as the template
 * names them (meeting.place, conclusions[1]; list items counted from 1).
 */
export function viewWithValidText(
  view: Record<string, unknown>,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  const found: Array<{ field: string; char: string }> = [];
  collect(view, '', found);
  if (found.length === 0) return view;
  for (const { field, char } of found.slice(0, MAX_WARNINGS))
    diagnostics.push(diagnostic('TEMPLATE_DATA_CHAR_REMOVED', { field, char }));
  return withValidXmlText(view);
}

function collect(value: unknown, path: string, found: Array<{ field: string; char: string }>): void {
  if (found.length >= MAX_WARNINGS) return;
  if (typeof value === 'string') {
    const at = firstInvalidXmlChar(value);
    if (at >= 0) found.push({ field: path, char: codePointName(value.codePointAt(at)!) });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${path}[${i + 1}]`, found));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) collect(item, path ? `${path}.${key}` : key, found);
  }
}
