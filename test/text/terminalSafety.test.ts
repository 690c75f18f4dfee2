/** Diagnostics and lint's report print the same characters safely: one list (src/text/terminalSafety.ts). */
import { describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../src/diagnostics/format.js';
import { safeJson, visible } from '../../src/lint/report.js';

const UNSAFE = [
  '\u001b',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u200b',
  '\u200f',
  '\u2028',
  '\u202e',
  '\u2066',
  '\ufeff',
];

describe('terminal safety, one list for every printer', () => {
  it.each(UNSAFE.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    '%s is shown escaped by diagnostics, lint text and lint JSON',
    (_name, c) => {
      expect(escapeTerminal(`a${c}b`)).not.toContain(c);
      expect(visible(`a${c}b`)).not.toContain(c);
      expect(safeJson({ t: `a${c}b` })).not.toContain(c);
      expect(JSON.parse(safeJson({ t: `a${c}b` }))).toEqual({ t: `a${c}b` });
    },
  );

  it('leaves Vietnamese text and the printers’ own line breaks alone', () => {
    const text = 'Cộng hòa xã hội chủ nghĩa Việt Nam – Độc lập';
    expect(escapeTerminal(text)).toBe(text);
    expect(visible(text)).toBe(text);
    expect(escapeTerminal('dòng một\ndòng hai')).toBe('dòng một\ndòng hai');
  });
});
