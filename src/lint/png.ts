/**
 * Just enough of PNG to judge a signature or seal image (PL1-II.7.d, II.8.a): is it a PNG, does it have a
 * transparent background, and what colour is its ink. 8-bit, non-interlaced images are decoded; others
 * report their format and alpha channel only. The input is hostile: sizes are capped before inflating.
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * Pixels decoded at most: twice the largest image in the 46 real documents measured (2000 × 2000), and
 * about 72 MB of memory while decoding. A bigger image is reported by format and alpha channel only.
 */
const MAX_PIXELS = 8_000_000;

export type Ink = 'blue' | 'red' | 'black' | 'other';

export interface PngInfo {
  width: number;
  height: number;
  /** The image can hold transparency: an alpha channel or a tRNS chunk. */
  hasAlpha: boolean;
  /** Share of pixels that are (nearly) fully transparent, when decoded. */
  transparentShare?: number;
  /** The dominant colour of the visible, non-white pixels, when decoded. */
  ink?: Ink;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

export function imageFormat(bytes: Uint8Array): string {
  if (isPng(bytes)) return 'PNG';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'JPEG';
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'GIF';
  if (bytes[0] === 0x42 && bytes[1] === 0x4d) return 'BMP';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d)) return 'TIFF';
  if (bytes[0] === 0xd7 && bytes[1] === 0xcd) return 'WMF';
  if (bytes[0] === 0x01 && bytes[1] === 0x00 && bytes[2] === 0x00 && bytes[3] === 0x00) return 'EMF';
  return '?';
}

interface Chunk {
  type: string;
  data: Uint8Array;
}

function chunks(bytes: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) break;
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-scanline filters; undefined when the data is short or a filter is unknown. */
function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array | undefined {
  const stride = width * bpp;
  if (data.length < height * (stride + 1)) return undefined;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      let v: number;
      switch (filter) {
        case 0:
          v = raw;
          break;
        case 1:
          v = raw + a;
          break;
        case 2:
          v = raw + b;
          break;
        case 3:
          v = raw + ((a + b) >> 1);
          break;
        case 4:
          v = raw + paeth(a, b, c);
          break;
        default:
          return undefined;
      }
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

function classify(r: number, g: number, b: number): Ink | 'white' {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (min > 200 && max - min < 40) return 'white';
  if (b > r + 40 && b > g + 20) return 'blue';
  if (r > g + 60 && r > b + 60) return 'red';
  if (max < 90) return 'black';
  return 'other';
}

export function readPng(bytes: Uint8Array): PngInfo | undefined {
  if (!isPng(bytes)) return undefined;
  const all = chunks(bytes);
  const ihdr = all.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr || ihdr.length < 13) return undefined;
  const view = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const depth = ihdr[8]!;
  const colourType = ihdr[9]!;
  const interlaced = ihdr[12] !== 0;
  const trns = all.find((c) => c.type === 'tRNS')?.data;
  const info: PngInfo = {
    width,
    height,
    hasAlpha: colourType === 4 || colourType === 6 || trns !== undefined,
  };
  const channels = CHANNELS[colourType];
  if (depth !== 8 || interlaced || !channels || width * height > MAX_PIXELS || width === 0) return info;
  const idat = all.filter((c) => c.type === 'IDAT').map((c) => c.data);
  let raw: Uint8Array;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: height * (width * channels + 1) + 1024 });
  } catch {
    return info;
  }
  const pixels = unfilter(raw, width, height, channels);
  if (!pixels) return info;
  const palette = all.find((c) => c.type === 'PLTE')?.data;
  const counts = { blue: 0, red: 0, black: 0, other: 0 };
  let transparent = 0;
  let ink = 0;
  const total = width * height;
  for (let i = 0; i < total; i++) {
    const at = i * channels;
    let r: number;
    let g: number;
    let b: number;
    let alpha = 255;
    if (colourType === 3) {
      const index = pixels[at]!;
      r = palette?.[index * 3] ?? 0;
      g = palette?.[index * 3 + 1] ?? 0;
      b = palette?.[index * 3 + 2] ?? 0;
      alpha = trns?.[index] ?? 255;
    } else if (colourType === 0 || colourType === 4) {
      r = g = b = pixels[at]!;
      if (colourType === 4) alpha = pixels[at + 1]!;
    } else {
      r = pixels[at]!;
      g = pixels[at + 1]!;
      b = pixels[at + 2]!;
      if (colourType === 6) alpha = pixels[at + 3]!;
    }
    if (alpha < 32) {
      transparent++;
      continue;
    }
    if (alpha < 128) continue;
    const kind = classify(r, g, b);
    if (kind === 'white') continue;
    counts[kind]++;
    ink++;
  }
  info.transparentShare = transparent / total;
  if (ink > 0) {
    const [top, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
    info.ink = n / ink >= 0.5 ? (top as Ink) : 'other';
  }
  return info;
}
