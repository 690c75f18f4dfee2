/**
 * Sets every entry's modification time in a zip to 1980-01-01 00:00 (the DOS epoch). The zip writer
 * inside docx stamps the current time; the stamps live at fixed offsets of each local header and
 * central-directory record, and no checksum covers them, so rewriting them in place is safe.
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** DOS date for 1980-01-01: (year-1980)<<9 | month<<5 | day. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

export function normalizeZipTimestamps(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentral(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new Error('zip: bad central directory');
    view.setUint16(offset + 12, DOS_TIME, true);
    view.setUint16(offset + 14, DOS_DATE, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('zip: bad local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return zip;
}

function findEndOfCentral(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL) return i;
  }
  throw new Error('zip: end of central directory not found');
}
