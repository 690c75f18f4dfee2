/** Small helpers over node:http: JSON replies, bodies read with a size limit, errors with a status. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A refusal with its HTTP status and a message for the clerk (Vietnamese) and for developers (English). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly vi: string,
    readonly en: string = vi,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(en);
  }
}

/** JSON bodies: a document's YAML is at most 1 MB (MAX_SOURCE_BYTES); its form data a little more. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** An uploaded DOCX to lint. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
};

export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: { vi: error.vi, en: error.en }, ...error.extra });
}

/** The request body, refused with 413 as soon as it passes `limit` bytes (a declared length is checked first). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () =>
      new HttpError(
        413,
        `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB).`,
        `Request body too large (at most ${Math.round(limit / 1024 / 1024)} MB).`,
      );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(tooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('application/json'))
    throw new HttpError(415, 'Cần dữ liệu dạng JSON.', 'Expected application/json.');
  const body = await readBody(req, MAX_JSON_BYTES);
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // below
  }
  throw new HttpError(400, 'Dữ liệu JSON không hợp lệ.', 'Malformed JSON body.');
}

export function stringField(
  body: Record<string, unknown>,
  name: string,
  required = true,
): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string')
    throw new HttpError(400, `Thiếu trường "${name}".`, `Missing string field "${name}".`);
  return value;
}
