/** What every API handler needs: the workspace, the checker, and how to reach LibreOffice. */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CheckedText } from './checkText.js';
import type { Workspace } from './workspace.js';

export interface ServeContext {
  workspace: Workspace;
  checkText(absPath: string, rel: string, text: string): Promise<CheckedText>;
  /** The LibreOffice executable; null when pages are never converted (HTML approximation only). */
  soffice: string | null;
  /** Runs conversions one at a time (two shared cores; LibreOffice is heavy). */
  serial<T>(job: () => Promise<T>): Promise<T>;
}

export type Handler = (
  ctx: ServeContext,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
) => Promise<void>;

/** A file's version as the page knows it: the SHA-256 of its bytes. */
export function versionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
