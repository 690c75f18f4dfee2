/** The document kinds vanban knows, by id. Adding a kind: a file beside this one and a template. */
import type { DocumentKind } from './documentKind.js';
import { thongBaoKetLuan } from './thongBaoKetLuan.js';

export const KINDS: ReadonlyArray<DocumentKind<never>> = [thongBaoKetLuan as unknown as DocumentKind<never>];

export function findKind(id: string): DocumentKind | undefined {
  return KINDS.find((k) => k.id === id) as DocumentKind | undefined;
}
