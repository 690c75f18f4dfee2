/**
 * Who may talk to the server: only this machine (loopback), only pages the server itself served (Host and
 * Origin checked, so DNS rebinding and cross-site requests fail), and only with the run's token. Changes
 * need POST with the token in a header, which no cross-site form can send.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function cookieName(port: number): string {
  // Cookies do not tell ports apart: two servers on one machine each get their own name.
  return `vanban-token-${port}`;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Throws 403 for a foreign Host or Origin, 401 without the token. */
export function checkRequest(req: IncomingMessage, url: URL, port: number, token: string): void {
  const hosts = allowedHosts(port);
  const host = String(req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host))
    throw new HttpError(403, 'Tên máy chủ không được phép.', `Host "${host}" is not allowed.`);
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice(7).toLowerCase())))
    throw new HttpError(403, 'Yêu cầu từ trang khác bị từ chối.', `Origin "${origin}" is not allowed.`);
  if (req.headers['sec-fetch-site'] === 'cross-site')
    throw new HttpError(403, 'Yêu cầu từ trang khác bị từ chối.', 'Cross-site request refused.');
  const header = req.headers['x-vanban-token'];
  const fromHeader = typeof header === 'string' ? header : undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // A change must carry the token in a header: a cookie alone would let another site's form post here.
    if (!sameToken(fromHeader, token))
      throw new HttpError(401, 'Thiếu mã truy cập.', 'Missing or wrong token (X-Vanban-Token header).');
    return;
  }
  const given = fromHeader ?? url.searchParams.get('token') ?? cookieValue(req, cookieName(port));
  if (!sameToken(given ?? undefined, token))
    throw new HttpError(
      401,
      'Thiếu mã truy cập: mở đúng địa chỉ mà lệnh "vanban serve" đã in ra (có ?token=…).',
      'Missing or wrong token: open the address "vanban serve" printed (with ?token=…).',
    );
}
