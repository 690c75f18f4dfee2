/** A tiny PNG encoder for fixtures: 8-bit RGBA (or RGB) pixels from a function, no filtering. */
import { crc32, deflateSync } from 'node:zlib';

export type Pixel = readonly [number, number, number, number];

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(
  width: number,
  height: number,
  pixel: (x: number, y: number) => Pixel,
  { alpha = true }: { alpha?: boolean } = {},
): Uint8Array {
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc(height * (width * channels + 1));
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const p = pixel(x, y);
      for (let c = 0; c < channels; c++) raw[row + 1 + x * channels + c] = p[c]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const CLEAR: Pixel = [0, 0, 0, 0];

/** A signature: a stroke of `ink` across a transparent (or white) ground. */
export function strokeImage(ink: Pixel, background: Pixel = CLEAR): Uint8Array {
  return png(60, 30, (x, y) => (Math.abs(y - 15 - Math.round(8 * Math.sin(x / 6))) <= 1 ? ink : background), {
    alpha: true,
  });
}

/** A seal: a red ring on a transparent (or white) ground. */
export function sealImage(background: Pixel = CLEAR): Uint8Array {
  return png(40, 40, (x, y) => {
    const r = Math.hypot(x - 20, y - 20);
    return r >= 15 && r <= 18 ? [220, 20, 30, 255] : background;
  });
}

export const BLUE: Pixel = [20, 40, 200, 255];
export const BLACK: Pixel = [10, 10, 10, 255];
export const WHITE: Pixel = [255, 255, 255, 255];
