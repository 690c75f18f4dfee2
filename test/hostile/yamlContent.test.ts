/**
 * Hostile YAML content: alias amplification, deep or huge trees, terminal escapes, prototype-named
 * keys, invisible characters, tags. Each is refused or flagged with a code that names the real cause,
 * located, fast; the bombs also in a child process with a capped heap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatDiagnostics } from '../../src/diagnostics/format.js';
import { diagnostic } from '../../src/diagnostics/make.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { scanShape } from '../../src/load/aliasExpansion.js';
import { EXAMPLE, office, printedCodes, PROFILE, vanbanChild } from './yamlLoadSupport.js';

const example = readFileSync(EXAMPLE, 'utf8');

function withExample(search: string, replacement: string): string {
  expect(example).toContain(search);
  return example.replace(search, replacement);
}

function check(text: string): Diagnostic[] {
  return loadDocument(office().write('data/doc.yaml', text)).diagnostics;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = Date.now();
  const value = run();
  return { value, ms: Date.now() - started };
}

/** 300 aliases of a list of eight 120 KB strings: under 1 MiB on disk, 290 MB expanded. */
function amplification(aliases: number): string {
  const long = 'x'.repeat(120_000);
  const anchor = `bomb: &b [${Array(8).fill(long).join(', ')}]\n`;
  return (
    anchor + withExample('conclusions:', `extra: [${Array(aliases).fill('*b').join(', ')}]\nconclusions:`)
  );
}

describe('alias amplification', () => {
  it.each([300, 990])('%i aliases of 960 KB of text: YAML_ALIAS_EXPANSION at an alias, fast', (n) => {
    const text = amplification(n);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const { value: d, ms } = timed(() => check(text));
    expect(ms).toBeLessThan(3000);
    expect(d.map((x) => x.code)).toEqual(['YAML_ALIAS_EXPANSION']);
    expect(d[0]!.location!.lineText).toMatch(/^extra: \[\*b/);
    expect(text.slice(0, 0) + d[0]!.location!.lineText!.substr(d[0]!.location!.column - 1, 2)).toBe('*b');
    expect(String(d[0]!.args.whatEn)).toContain('MiB of text');
  });

  it('in the CLI with a 128 MB heap: exit 1 with the code, no crash, no template error', () => {
    const ws = office();
    ws.write('data/bomb.yaml', amplification(990));
    const r = vanbanChild(['render', 'data/bomb.yaml'], ws.dir, { heapMb: 128, timeoutMs: 20_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(printedCodes(r.stderr)).toEqual(['YAML_ALIAS_EXPANSION']);
    expect(r.stderr).not.toContain('Invalid string length');
  });

  it('billion laughs: refused at an alias, with the expansion named', () => {
    const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const { value: d, ms } = timed(() => check(`${levels.join('\n')}\n${example}`));
    expect(ms).toBeLessThan(2000);
    expect(d.map((x) => x.code)).toEqual(['YAML_ALIAS_EXPANSION']);
    expect(String(d[0]!.args.whatEn)).toContain('nodes');
  });

  it('many uses of one small alias: YAML_TOO_COMPLEX, which speaks of aliases because there are some', () => {
    const text = withExample(
      'general_tasks:\n',
      `general_tasks:\n  - &t Việc chung.\n${'  - *t\n'.repeat(1200)}`,
    );
    const d = check(text);
    expect(d.map((x) => x.code)).toEqual(['YAML_TOO_COMPLEX']);
    expect(d[0]!.args.limit).toBe(1000);
    expect(d[0]!.location!.lineText).toBe('  - *t');
  });
});

describe('large or deep files without aliases get an honest message', () => {
  it('250 000 nested brackets: YAML_TOO_DEEP before the parser, fast', () => {
    const text = `a: ${'['.repeat(250_000)}${']'.repeat(250_000)}\n`;
    const { value: d, ms } = timed(() => check(text));
    expect(ms).toBeLessThan(1000);
    expect(d.map((x) => x.code)).toEqual(['YAML_TOO_DEEP']);
    expect(d[0]!.location!.line).toBe(1);
    expect(formatDiagnostics(d)).not.toMatch(/alias/);
  });

  it('ever deeper indentation: YAML_TOO_DEEP', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const d = check(text);
    expect(d.map((x) => x.code)).toEqual(['YAML_TOO_DEEP']);
    expect(d[0]!.location!.line).toBe(65);
  });

  it('brackets and colons inside block text (| and >) are text, not nesting or nodes', () => {
    const text = withExample('closing:', `closing: |\n${'  [ { a: b, c: d\n'.repeat(200)}x:`).replace(
      /^x:.*$/m,
      '',
    );
    const shape = scanShape(text);
    expect(shape).toEqual({});
    expect(scanShape(`a: >-\n${'  - [x: y,\n'.repeat(60_000)}`)).toEqual({});
    // The same lines as YAML structure are counted.
    expect(scanShape(`a:\n${'  - [x: y,\n'.repeat(60_000)}`).tooDeepAt).toBeDefined();
  });

  it('260 000 list items: YAML_TOO_MANY_NODES before the parser, fast', () => {
    const text = `kind: thong-bao-ket-luan\nx:\n${'- a\n'.repeat(260_000)}`;
    const { value: d, ms } = timed(() => check(text));
    expect(ms).toBeLessThan(1500);
    expect(d.map((x) => x.code)).toEqual(['YAML_TOO_MANY_NODES']);
    expect(formatDiagnostics(d)).not.toMatch(/alias/);
  });

  it('a map of 20 000 keys is checked for duplicates in linear time', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: v`);
    keys.push('  k17: again');
    const { value: d, ms } = timed(() =>
      check(withExample('conclusions:', `x:\n${keys.join('\n')}\nconclusions:`)),
    );
    expect(ms).toBeLessThan(5000);
    expect(d.map((x) => x.code)).toEqual(['YAML_DUPLICATE_KEY']);
    expect(d[0]!.args.key).toBe('k17');
    expect(d[0]!.location!.lineText).toBe('  k17: again');
  });

  it('the ordinary duplicate key keeps its place and wording', () => {
    const d = check(withExample('issue_date: 2020-08-31', 'issue_date: 2020-08-31\nissue_date: 2020-09-01'));
    expect(d.map((x) => x.code)).toEqual(['YAML_DUPLICATE_KEY']);
    expect(d[0]!.location!.lineText).toMatch(/^issue_date: 2020-09-01/);
    expect(d[0]!.location!.column).toBe(1);
  });
});

describe('terminal output escapes control characters', () => {
  const hostileKey = '"\u001b]0;pwned\u0007\u001b[2J"';

  it('the echoed line, the key name and the path show <U+001B>, never ESC; the caret stays under the key', () => {
    const text = withExample('issue_date: 2020-08-31', `issue_date: 2020-08-31\n${hostileKey}: 1`);
    const d = check(text).filter((x) => x.code === 'FIELD_UNKNOWN');
    expect(d).toHaveLength(1);
    // The data keeps the real characters (for JSON and the library); only the printed text escapes.
    expect(d[0]!.args.field).toContain('\u001b');
    const printed = formatDiagnostic(d[0]!, 'en');
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain('<U+001B>]0;pwned<U+0007><U+001B>[2J');
    const [, excerpt, caret] = printed.split('\n');
    const at = excerpt!.indexOf('"<U+001B>');
    expect(caret!.indexOf('^')).toBe(at);
    expect(caret!.trimEnd().length - at).toBe('"<U+001B>]0;pwned<U+0007><U+001B>[2J"'.length);
  });

  it('bidi controls, C1 controls and DEL are escaped; tabs still show as one space', () => {
    const loc = {
      file: 'a\u202e.yaml',
      line: 3,
      column: 9,
      lineText: '\tk: x\u009b2J\u007f\u202ey',
      length: 1,
    };
    const printed = formatDiagnostic(diagnostic('FIELD_UNKNOWN', { field: 'k\u202e\n' }, loc));
    expect(printed).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(printed).toContain('a<U+202E>.yaml:3:9');
    expect(printed).toContain('"k<U+202E><U+000A>"');
    const [, excerpt, caret] = printed.split('\n');
    expect(excerpt).toBe('  3 |  k: x<U+009B>2J<U+007F><U+202E>y');
    // Column 9 is the DEL: the caret sits under its escape, as wide as the escape.
    expect(excerpt!.slice(caret!.indexOf('^'), caret!.length)).toBe('<U+007F>');
  });

  it('a 900 KB line is shown cut around the caret, not whole', () => {
    const loc = { file: 'f.yaml', line: 1, column: 500_000, lineText: 'x'.repeat(900_000), length: 3 };
    const printed = formatDiagnostic(diagnostic('YAML_SYNTAX', { detailVi: 'x', detailEn: 'x' }, loc));
    const [, excerpt, caret] = printed.split('\n');
    expect(excerpt!.length).toBeLessThan(200);
    expect(excerpt).toMatch(/\| …x+…$/);
    expect(caret!.indexOf('^')).toBeLessThan(excerpt!.length);
    expect(caret!.split('| ')[1]!.trim()).toBe('^^^');
  });
});

describe('keys named after Object.prototype members are unknown fields', () => {
  const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

  it.each(names)('%s at the top, inside meeting, and in a profile', (name) => {
    const top = check(withExample('issue_date: 2020-08-31', `issue_date: 2020-08-31\n${name}: x`));
    expect(top.map((x) => [x.code, x.args.field])).toEqual([['FIELD_UNKNOWN', name]]);
    const nested = check(withExample('  time:', `  ${name}: x\n  time:`));
    expect(nested.map((x) => [x.code, x.args.field])).toEqual([['FIELD_UNKNOWN', name]]);
    const ws = office();
    const profile = readFileSync(PROFILE, 'utf8');
    ws.write('data/agencies/so-khcn-quang-binh.yaml', `${profile}\n${name}: x\n`);
    const d = loadDocument(ws.write('data/doc.yaml', example)).diagnostics;
    expect(d.map((x) => [x.code, x.args.field])).toEqual([['FIELD_UNKNOWN', name]]);
    expect(d[0]!.location!.file).toContain('agencies');
  });

  it('a unit id "__proto__" in unit_tasks is an unknown unit, not a crash', () => {
    const text = example.replace(/^unit_tasks:\n/m, 'unit_tasks:\n  __proto__:\n    - Việc gì đó.\n');
    expect(text).not.toBe(example);
    const d = check(text);
    expect(d.map((x) => x.code)).toContain('UNIT_UNKNOWN');
  });
});

describe('invisible characters in text', () => {
  it.each([
    ['\u202e', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u200f', 'U+200F'],
    ['\u061c', 'U+061C'],
    ['\u200b', 'U+200B'],
    ['\u2060', 'U+2060'],
    ['\ufeff', 'U+FEFF'],
    ['\u00ad', 'U+00AD'],
  ])('%j: a located warning with the code point', (char, codePoint) => {
    const text = withExample('Treo cờ,', `Treo ${char}cờ,`);
    const d = check(text);
    expect(d.map((x) => [x.code, x.severity, x.args.char])).toEqual([
      ['TEXT_INVISIBLE_CHARACTER', 'warning', codePoint],
    ]);
    const lineText = d[0]!.location!.lineText!;
    expect(lineText.slice(d[0]!.location!.column - 1)).toMatch(new RegExp(`^${char}cờ`));
    expect(formatDiagnostic(d[0]!)).toContain(codePoint);
  });

  it('written as an escape in double quotes, it is found too (at the value)', () => {
    const d = check(withExample('  - Treo cờ,', '  - "Treo \\u202Ecờ, bố trí lịch trực."\n  - Treo cờ,'));
    expect(d.map((x) => x.code)).toEqual(['TEXT_INVISIBLE_CHARACTER']);
  });

  it('in a profile as well', () => {
    const ws = office();
    const profile = readFileSync(PROFILE, 'utf8').replace(/^place: (.*)$/m, 'place: Quảng\u200b Bình');
    ws.write('data/agencies/so-khcn-quang-binh.yaml', profile);
    const d = loadDocument(ws.write('data/doc.yaml', example)).diagnostics;
    expect(d.map((x) => [x.code, x.args.char, x.args.field])).toEqual([
      ['TEXT_INVISIBLE_CHARACTER', 'U+200B', 'place'],
    ]);
  });
});

describe('messages that name the real cause', () => {
  it.each(['1850-08-31', '3000-01-01', '31/8/1899'])('a year outside 1900–2999 (%s)', (date) => {
    const d = check(withExample('issue_date: 2020-08-31', `issue_date: ${date}`));
    expect(d.map((x) => x.code)).toContain('DATE_YEAR_RANGE');
    expect(formatDiagnostics(d)).not.toContain('không có thật');
  });

  it('a day that does not exist is still DATE_INVALID', () => {
    const d = check(withExample('issue_date: 2020-08-31', 'issue_date: 2020-02-30'));
    expect(d.map((x) => x.code)).toEqual(['DATE_INVALID']);
  });

  it.each(['!!binary aGVsbG8=', '!!timestamp 2020-08-31', '!!set {a}', '!foo x', '!!float 1'])(
    'the tag of %s is named at the tag',
    (value) => {
      const d = check(withExample('issue_date: 2020-08-31', `issue_date: ${value}`));
      expect(d.map((x) => x.code)).toEqual(['YAML_TAG']);
      const tag = value.split(' ')[0]!;
      expect(d[0]!.args.tag).toBe(tag);
      expect(d[0]!.location!.lineText!.slice(d[0]!.location!.column - 1)).toMatch(new RegExp(`^${tag}`));
      expect(formatDiagnostics(d)).not.toContain('nhưng đang là một chuỗi chữ');
    },
  );

  it('!!str only forces text and is accepted', () => {
    expect(check(withExample('issue_date: 2020-08-31', 'issue_date: !!str 2020-08-31'))).toEqual([]);
  });
});
