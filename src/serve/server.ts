/**
 * `vanban serve`: a local web editor. node:http only; loopback only; every request needs the run's token,
 * a Host of this server and (when the browser sends one) an Origin of this server; changes are POST.
 * See docs/serve.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findSoffice } from '../convert/libreoffice.js';
import { DocumentLoader } from '../load/loadDocument.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { createChecker } from './checkText.js';
import type { Handler, ServeContext } from './context.js';
import { HttpError, send, sendError } from './http.js';
import { checkRequest, cookieName, newToken } from './security.js';
import { Workspace } from './workspace.js';
import { list } from './api/list.js';
import { getDocument } from './api/document.js';
import { validate } from './api/validate.js';
import { save } from './api/save.js';
import { preview } from './api/preview.js';
import { download } from './api/download.js';
import { newDocument } from './api/newDocument.js';
import { lintUpload } from './api/lintUpload.js';

export interface ServeOptions {
  workspace: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token (tests); a random one by default. */
  token?: string;
  /** LibreOffice: a path, null for never (HTML approximation only), undefined to look for it. */
  soffice?: string | null;
  /** Folder of the built front end (index.html, app.js, app.css); dist/web by default. */
  assetsDir?: string;
  /** Folder of the clerk's own templates, as `--templates`. */
  templatesDir?: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  /** http://127.0.0.1:PORT/?token=… */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_ASSETS_DIR = join(PACKAGE_ROOT, 'dist', 'web');

const ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler }> = {
  '/api/list': { method: 'GET', handler: list },
  '/api/document': { method: 'GET', handler: getDocument },
  '/api/download': { method: 'GET', handler: download },
  '/api/validate': { method: 'POST', handler: validate },
  '/api/save': { method: 'POST', handler: save },
  '/api/preview': { method: 'POST', handler: preview },
  '/api/new': { method: 'POST', handler: newDocument },
  '/api/lint': { method: 'POST', handler: lintUpload },
};

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

function serialQueue(): ServeContext['serial'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const workspace = new Workspace(options.workspace);
  const token = options.token ?? newToken();
  const assetsDir = options.assetsDir ?? DEFAULT_ASSETS_DIR;
  const ctx: ServeContext = {
    workspace,
    checkText: createChecker(new DocumentLoader({ templatesDir: options.templatesDir })),
    soffice: options.soffice === undefined ? (findSoffice() ?? null) : options.soffice,
    serial: serialQueue(),
  };
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    checkRequest(req, url, port, token);
    const route = ROUTES[url.pathname];
    if (route) {
      if (req.method !== route.method)
        throw new HttpError(405, 'Phương thức không được phép.', `Use ${route.method} for ${url.pathname}.`);
      await route.handler(ctx, req, url, res);
      return;
    }
    const asset = ASSETS[url.pathname];
    if (!asset) throw new HttpError(404, 'Không có trang này.', 'Not found.');
    if (req.method !== 'GET') throw new HttpError(405, 'Phương thức không được phép.', 'Use GET.');
    const file = join(assetsDir, asset.file);
    if (!existsSync(file))
      throw new HttpError(
        500,
        'Chưa dựng giao diện: chạy "npm run build".',
        `${file} is missing: run "npm run build".`,
      );
    const headers: Record<string, string> = {};
    // The page's own requests (scripts, downloads) then carry the token without it in every address.
    if (url.pathname === '/')
      headers['Set-Cookie'] = `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    send(res, 200, readFileSync(file), asset.type, headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) sendError(res, error);
      else {
        const message = error instanceof Error ? error.message : String(error);
        sendError(res, new HttpError(500, `Lỗi bên trong vanban: ${message}`, `Internal error: ${message}`));
      }
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nobody else on the network can reach the editor.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
