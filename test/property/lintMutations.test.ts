/**
 * `vanban lint` on random bytes and on random damage to real documents (issue #14): byte flips,
 * truncation, a deleted entry, mutated XML tags. Whatever the input, lint returns findings, never throws,
 * and ends in bounded time; through the CLI it exits 0 or 1, never 3 (an internal error). The real
 * documents are read from ../shared/real-docs beside the checkout and never copied into the repository;
 * without them, those properties are skipped.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe as group, expect, it } from 'vitest';
import { main } from '../../src/cli/program.js';
import type { Finding } from '../../src/lint/finding.js';
import { lintDocx } from '../../src/lint/lint.js';
import { openZip } from '../../src/lint/zip.js';
import { zip } from '../lint/support/zipWriter.js';

const REPO = join(import.meta.dirname, '..', '..');
const REAL_DOCS = join(REPO, '..', 'shared', 'real-docs');
const realDocs = existsSync(REAL_DOCS)
  ? readdirSync(REAL_DOCS)
      .filter((name) => name.endsWith('.docx'))
      .sort()
  : [];
/** One lint of a real document, damaged or not, takes well under a second; this is the hang bound. */
const RUN_MS = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'vanban-lint-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cache = new Map<string, Buffer>();
function real(index: number): Buffer {
  const name = realDocs[index % realDocs.length]!;
  let bytes = cache.get(name);
  if (!bytes) cache.set(name, (bytes = readFileSync(join(REAL_DOCS, name))));
  return bytes;
}

/** Lints and checks what must hold for any input: findings with codes, no throw, bounded time. */
function lintsCleanly(bytes: Uint8Array): Finding[] {
  const started = performance.now();
  const findings = lintDocx(bytes);
  expect(performance.now() - started).toBeLessThan(RUN_MS);
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    expect(f.rule).toMatch(/^[A-Z]+[-_][A-Z0-9_-]+$/);
    expect(typeof (f.message ?? f.found).vi).toBe('string');
  }
  return findings;
}

/** The entries of a real document, XML as text. */
function entries(bytes: Uint8Array): Map<string, string | Uint8Array> {
  const archive = openZip(bytes);
  const out = new Map<string, string | Uint8Array>();
  for (const name of archive.names()) {
    const data = archive.read(name)!;
    out.set(name, /\.(xml|rels)$/.test(name) ? data.toString('utf8') : new Uint8Array(data));
  }
  return out;
}

/** Damage to an XML text: a tag cut, doubled, renamed or left open; text between tags removed. */
const xmlMutation = fc.record({
  kind: fc.constantFrom('cut', 'double', 'rename', 'unclose', 'drop-range', 'insert'),
  at: fc.nat(),
  length: fc.nat(2000),
  text: fc.constantFrom(
    '<w:p>',
    '</w:tbl>',
    '<w:t>\u001b[2J',
    '&#0;',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '<',
    '>',
  ),
});

function mutateXml(xml: string, m: { kind: string; at: number; length: number; text: string }): string {
  const tags = [...xml.matchAll(/<[^<>]+>/g)];
  if (tags.length === 0) return xml.slice(0, m.at % (xml.length + 1));
  const tag = tags[m.at % tags.length]!;
  const start = tag.index;
  const end = start + tag[0].length;
  switch (m.kind) {
    case 'cut':
      return xml.slice(0, start) + xml.slice(end);
    case 'double':
      return xml.slice(0, end) + tag[0] + xml.slice(end);
    case 'rename':
      return xml.slice(0, start + 1) + tag[0].slice(1).replace(/^(\/?)[\w:]+/, '$1w:x') + xml.slice(end);
    case 'unclose':
      return xml.slice(0, start) + tag[0].replace(/\/>$/, '>') + xml.slice(end);
    case 'drop-range':
      return xml.slice(0, start) + xml.slice(Math.min(xml.length, start + m.length));
    default:
      return xml.slice(0, start) + m.text + xml.slice(start);
  }
}

group('lint never crashes or hangs on random or damaged input', () => {
  it('random bytes, and random bytes behind a ZIP signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), (random, signed) => {
        const bytes = signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]) : random;
        lintsCleanly(bytes);
      }),
      { numRuns: 200 },
    );
  });

  const withReal = realDocs.length > 0 ? it : it.skip;

  withReal('real documents with bytes flipped', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 16,
        }),
        (doc, flips) => {
          const bytes = new Uint8Array(real(doc));
          for (const [where, value] of flips)
            bytes[Math.min(bytes.length - 1, Math.floor(where * bytes.length))] = value;
          lintsCleanly(bytes);
        },
      ),
      { numRuns: 15 },
    );
  });

  withReal('real documents truncated anywhere', () => {
    fc.assert(
      fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (doc, share) => {
        const bytes = real(doc);
        const findings = lintsCleanly(bytes.subarray(0, Math.floor(share * bytes.length)));
        if (share < 1) expect(findings.map((f) => f.rule)).toContain('LINT_UNREADABLE');
      }),
      { numRuns: 15 },
    );
  });

  withReal('real documents with an entry deleted', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (doc, which) => {
        const parts = entries(real(doc));
        const names = [...parts.keys()];
        parts.delete(names[which % names.length]!);
        lintsCleanly(zip(parts));
      }),
      { numRuns: 15 },
    );
  });

  withReal('real documents with XML tags mutated', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('main', 'styles', 'rels', 'any'),
        fc.nat(),
        fc.array(xmlMutation, { minLength: 1, maxLength: 4 }),
        (doc, target, pick, mutations) => {
          const parts = entries(real(doc));
          const xmlNames = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n));
          const name =
            target === 'main'
              ? 'word/document.xml'
              : target === 'styles'
                ? 'word/styles.xml'
                : target === 'rels'
                  ? 'word/_rels/document.xml.rels'
                  : xmlNames[pick % xmlNames.length]!;
          const xml = parts.get(name);
          if (typeof xml !== 'string') return;
          parts.set(
            name,
            mutations.reduce((x, m) => mutateXml(x, m), xml),
          );
          lintsCleanly(zip(parts));
        },
      ),
      { numRuns: 15 },
    );
  });

  withReal('through the CLI, damaged documents exit 0 or 1, never 3, with no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.boolean(), async (doc, cut, json) => {
        const bytes = real(doc);
        const file = join(dir, 'damaged.docx');
        writeFileSync(file, bytes.subarray(0, bytes.length - (cut % 200)));
        const out: string[] = [];
        const code = await main(['lint', file, ...(json ? ['--json'] : [])], {
          out: (t) => out.push(t),
          err: (t) => out.push(t),
        });
        expect([0, 1]).toContain(code);
        expect(out.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (json) JSON.parse(out.join('\n'));
      }),
      { numRuns: 10 },
    );
  });
});
