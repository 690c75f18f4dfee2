/**
 * What the linter reports: one finding per broken rule and place. Every piece of wording is given in
 * both languages here (Localized), so the report can be printed in either without re-running the rules.
 */
import type { Severity } from '../diagnostics/diagnostic.js';

export interface Localized {
  vi: string;
  en: string;
}

export const L = (vi: string, en: string): Localized => ({ vi, en });
/** A value that reads the same in both languages (numbers, units, quoted text). */
export const same = (text: string): Localized => ({ vi: text, en: text });

export interface Where {
  /** Package part, e.g. word/document.xml or word/header1.xml. */
  part?: string;
  /** 1-based paragraph number in that part. */
  paragraph?: number;
  /** The start of the paragraph's text. */
  text?: string;
  /** 1-based section number (page set-up, headers). */
  section?: number;
}

export interface Finding {
  /** Rule id from the spec's table (PG-05, QH-02 …) or LINT_* for the linter's own problems. */
  rule: string;
  /** The decree clause the rule comes from (PL1-I.3 …). */
  clause: string;
  severity: Severity;
  element: Localized;
  /** What was checked (font size, alignment …). */
  property: Localized;
  expected: Localized;
  found: Localized;
  where: Where;
  /** Further paragraphs with the same problem, when findings were merged. */
  alsoAt?: number[];
  /** A full sentence replacing the composed "element: property must be …" message. */
  message?: Localized;
  /** The rule's hint with this document's own examples (its place, agency, symbol), when they differ. */
  hint?: Localized;
}
