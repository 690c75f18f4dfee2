#!/usr/bin/env node
// Builds src/measure/serifMetrics.json: advance widths of Liberation Serif, which is
// metric-compatible with Times New Roman (the font Decree 30 requires but we cannot ship).
//
// Usage: node scripts/build-font-metrics.mjs [fontDir]
// No dependencies: parses the TrueType tables directly. Output is deterministic for given fonts.
//
// Needs Liberation Serif 2.x (Debian: fonts-liberation2, installed under .../liberation2). Version 1.x
// (Debian: fonts-liberation) has no Vietnamese letters at all: ư/ơ are wider than u/o in Times New
// Roman, so falling back to base letters would undermeasure; the script refuses such fonts.
// Without installing: apt-get download fonts-liberation2 && dpkg-deb -x fonts-liberation2_*.deb x
// then pass x/usr/share/fonts/truetype/liberation2 as fontDir.

import { Buffer } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const DEFAULT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FONT_DIR =
  process.argv[2] ??
  DEFAULT_DIRS.find((d) => existsSync(join(d, 'LiberationSerif-Regular.ttf'))) ??
  DEFAULT_DIRS[0];
const OUT = fileURLToPath(new URL('../src/measure/serifMetrics.json', import.meta.url));

const STYLES = [
  ['regular', 'LiberationSerif-Regular.ttf'],
  ['bold', 'LiberationSerif-Bold.ttf'],
  ['italic', 'LiberationSerif-Italic.ttf'],
  ['boldItalic', 'LiberationSerif-BoldItalic.ttf'],
];

// Latin, Latin-1, Latin Extended-A/B, combining marks, Vietnamese (Latin Extended Additional),
// general punctuation (dashes, quotes, ellipsis). U+00A0 is inside the first range.
const RANGES = [
  [0x0020, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];

// Every Vietnamese letter: the 12 vowels in both cases with each of the 6 tones, and Đ/đ.
const VIETNAMESE = (() => {
  const vowels = 'aăâeêioôơuưy';
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters = ['Đ', 'đ'];
  for (const v of vowels + vowels.toUpperCase())
    for (const t of tones) letters.push((v + t).normalize('NFC'));
  return letters.map((l) => l.codePointAt(0));
})();

function readTables(buf) {
  const numTables = buf.readUInt16BE(4);
  const tables = new Map();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = buf.toString('latin1', rec, rec + 4);
    tables.set(tag, { offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) });
  }
  const get = (tag) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`missing table '${tag}'`);
    return t.offset;
  };
  return get;
}

function readAdvances(buf, table, numGlyphs) {
  const numberOfHMetrics = buf.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advances = new Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    // Glyphs past numberOfHMetrics repeat the last advance (monospaced tail).
    const idx = Math.min(g, numberOfHMetrics - 1);
    advances[g] = buf.readUInt16BE(hmtx + idx * 4);
  }
  return advances;
}

function parseFormat4(buf, sub, map) {
  const segCount = buf.readUInt16BE(sub + 6) / 2;
  const endCodes = sub + 14;
  const startCodes = endCodes + segCount * 2 + 2; // skip reservedPad
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = buf.readUInt16BE(endCodes + s * 2);
    const start = buf.readUInt16BE(startCodes + s * 2);
    const delta = buf.readInt16BE(idDeltas + s * 2);
    const rangeOffsetPos = idRangeOffsets + s * 2;
    const rangeOffset = buf.readUInt16BE(rangeOffsetPos);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        // idRangeOffset is relative to its own position in the file.
        const g = buf.readUInt16BE(rangeOffsetPos + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0 && !map.has(c)) map.set(c, glyph);
    }
  }
}

function parseFormat12(buf, sub, map) {
  const nGroups = buf.readUInt32BE(sub + 12);
  for (let i = 0; i < nGroups; i++) {
    const rec = sub + 16 + i * 12;
    const start = buf.readUInt32BE(rec);
    const end = buf.readUInt32BE(rec + 4);
    const glyph0 = buf.readUInt32BE(rec + 8);
    for (let c = start; c <= end; c++) {
      const glyph = glyph0 + (c - start);
      if (glyph !== 0 && !map.has(c)) map.set(c, glyph);
    }
  }
}

function readCmap(buf, table) {
  const cmap = table('cmap');
  const numSubtables = buf.readUInt16BE(cmap + 2);
  const candidates = [];
  for (let i = 0; i < numSubtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmap + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 4 || format === 12)) candidates.push({ format, sub });
  }
  if (candidates.length === 0) throw new Error('no Unicode cmap subtable (format 4 or 12)');
  // Format 12 is a superset of format 4 when present; read it first, fill gaps from format 4.
  candidates.sort((a, b) => b.format - a.format);
  const map = new Map();
  for (const { format, sub } of candidates) {
    if (format === 12) parseFormat12(buf, sub, map);
    else parseFormat4(buf, sub, map);
  }
  return map;
}

function readName(buf, table, nameId) {
  const name = table('name');
  const count = buf.readUInt16BE(name + 2);
  const strings = name + buf.readUInt16BE(name + 4);
  for (let i = 0; i < count; i++) {
    const rec = name + 6 + i * 12;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const language = buf.readUInt16BE(rec + 4);
    if (platform !== 3 || encoding !== 1 || language !== 0x409 || buf.readUInt16BE(rec + 6) !== nameId) {
      continue;
    }
    const len = buf.readUInt16BE(rec + 8);
    const off = strings + buf.readUInt16BE(rec + 10);
    return buf
      .subarray(off, off + len)
      .swap16()
      .toString('utf16le');
  }
  return undefined;
}

function readFont(path) {
  // Copy so swap16() in readName never touches a shared buffer.
  const buf = Buffer.from(readFileSync(path));
  const table = readTables(buf);
  const unitsPerEm = buf.readUInt16BE(table('head') + 18);
  const numGlyphs = buf.readUInt16BE(table('maxp') + 4);
  const advances = readAdvances(buf, table, numGlyphs);
  const cmap = readCmap(buf, table);
  const widths = new Map();
  for (const [lo, hi] of RANGES) {
    for (let c = lo; c <= hi; c++) {
      const glyph = cmap.get(c);
      if (glyph !== undefined && glyph < numGlyphs) widths.set(c, advances[glyph]);
    }
  }
  return { unitsPerEm, widths, fullName: readName(buf, table, 4), version: readName(buf, table, 5) };
}

// One string per run of consecutive code points: "U+0020: 512 682 836" gives U+0020 512 units,
// U+0021 682, U+0022 836. Strings keep the file compact and Prettier leaves them on one line each.
function encodeRuns(widths) {
  const codes = [...widths.keys()].sort((a, b) => a - b);
  const runs = [];
  let run;
  let prev = -2;
  for (const c of codes) {
    if (c !== prev + 1) {
      run = { start: c, widths: [] };
      runs.push(run);
    }
    run.widths.push(widths.get(c));
    prev = c;
  }
  return runs.map((r) => `U+${r.start.toString(16).toUpperCase().padStart(4, '0')}: ${r.widths.join(' ')}`);
}

const fonts = STYLES.map(([style, file]) => [style, readFont(join(FONT_DIR, file))]);
const unitsPerEm = fonts[0][1].unitsPerEm;
for (const [style, f] of fonts) {
  const missing = VIETNAMESE.filter((c) => !f.widths.has(c));
  if (missing.length > 0) {
    const sample = missing
      .slice(0, 8)
      .map((c) => String.fromCodePoint(c))
      .join(' ');
    throw new Error(
      `${style}: ${f.fullName} ${f.version} lacks ${missing.length} Vietnamese letters (${sample} ...); ` +
        'use Liberation Serif 2.x (fonts-liberation2), see the header of this script',
    );
  }
  if (f.unitsPerEm !== unitsPerEm) throw new Error(`${style}: unitsPerEm ${f.unitsPerEm} != ${unitsPerEm}`);
}
const regular = fonts[0][1];
const source = `${regular.fullName ?? 'Liberation Serif'} (${regular.version ?? 'unknown version'}), metric-compatible with Times New Roman; generated by scripts/build-font-metrics.mjs`;

const json =
  JSON.stringify(
    {
      unitsPerEm,
      source,
      encoding:
        'per style, one string per run of consecutive code points: "U+XXXX: w w w ..." gives the advance ' +
        'widths in font units of U+XXXX and the code points after it',
      styles: Object.fromEntries(fonts.map(([style, f]) => [style, encodeRuns(f.widths)])),
    },
    null,
    2,
  ) + '\n';
JSON.parse(json); // sanity check before writing
writeFileSync(OUT, json);
const counts = fonts.map(([style, f]) => `${style}=${f.widths.size}`).join(' ');
process.stdout.write(`wrote ${OUT} (${json.length} bytes; code points ${counts})\n`);
