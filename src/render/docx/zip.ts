/**
 * A small deterministic zip writer for the DOCX package, compressing with node:zlib (native) rather than the
 * pure-JavaScript deflate inside docx. Every entry is deflated, in the order given, with its modification time
 * at the DOS epoch (1980-01-01 00:00), no extra fields and no comments: the same files always give the same
 * bytes, whatever the clock or the time zone. The deflated bytes are those of the zlib that Node bundles
 * (`process.versions.zlib`), so they hold for one Node build; they are not promised across Node versions.
 */
import * as zlib from 'node:zlib';

/** A file in the package: text (written as UTF-8) or bytes. */
export type ZipData = string | Uint8Array;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/** DOS date for 1980-01-01: (year-1980)<<9 | month<<5 | day; the time is 00:00:00. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

interface Entry {
  name: Buffer;
  flags: number;
  crc: number;
  size: number;
  packed: Buffer;
  offset: number;
}

export function zip(files: Iterable<readonly [string, ZipData]>): Uint8Array {
  const entries: Entry[] = [];
  let offset = 0;
  let central = 0;
  for (const [path, data] of files) {
    const name = Buffer.from(path, 'utf8');
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const packed = zlib.deflateRawSync(raw);
    const flags = name.length === path.length ? 0 : UTF8_NAME;
    entries.push({ name, flags, crc: crc32(raw), size: raw.length, packed, offset });
    offset += 30 + name.length + packed.length;
    central += 46 + name.length;
  }
  if (entries.length > 0xffff || offset + central > 0xffffffff)
    throw new Error('zip: too large without zip64');
  const out = Buffer.alloc(offset + central + 22);
  for (const e of entries) {
    let at = e.offset;
    at = out.writeUInt32LE(LOCAL_HEADER, at);
    at = out.writeUInt16LE(VERSION, at);
    at = writeCommon(out, at, e);
    at = out.writeUInt16LE(0, at); // extra field length
    at += e.name.copy(out, at);
    e.packed.copy(out, at);
  }
  let at = offset;
  for (const e of entries) {
    at = out.writeUInt32LE(CENTRAL_HEADER, at);
    at = out.writeUInt16LE(VERSION, at); // made by: MS-DOS, 2.0
    at = out.writeUInt16LE(VERSION, at); // needed to extract
    at = writeCommon(out, at, e);
    at = out.writeUInt16LE(0, at); // extra field length
    at = out.writeUInt16LE(0, at); // comment length
    at = out.writeUInt16LE(0, at); // disk number
    at = out.writeUInt16LE(0, at); // internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(e.offset, at);
    at += e.name.copy(out, at);
  }
  at = out.writeUInt32LE(END_OF_CENTRAL, at);
  at = out.writeUInt16LE(0, at); // this disk
  at = out.writeUInt16LE(0, at); // disk with the central directory
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt32LE(central, at);
  at = out.writeUInt32LE(offset, at);
  out.writeUInt16LE(0, at); // comment length
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The fields a local header and a central-directory record share, from the flags to the name length. */
function writeCommon(out: Buffer, at: number, e: Entry): number {
  at = out.writeUInt16LE(e.flags, at);
  at = out.writeUInt16LE(DEFLATE, at);
  at = out.writeUInt16LE(DOS_TIME, at);
  at = out.writeUInt16LE(DOS_DATE, at);
  at = out.writeUInt32LE(e.crc, at);
  at = out.writeUInt32LE(e.packed.length, at);
  at = out.writeUInt32LE(e.size, at);
  return out.writeUInt16LE(e.name.length, at);
}

/** zlib.crc32 is in Node 20.15 and later; before that, the same CRC-32 in JavaScript. */
const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32InJavaScript;

let table: Uint32Array | undefined;

function crc32InJavaScript(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
